/** Diagnostics: a rule id from rules.md, its severity, the cell to fix and a Chinese message. */

export type Severity = 'error' | 'warning' | 'info';

export type RuleId =
  | 'H01' | 'H02' | 'H03' | 'H04' | 'H05' | 'H06' | 'H07' | 'H08' | 'H09' | 'H10'
  | 'V01' | 'V02' | 'V03' | 'V04' | 'V05' | 'V06' | 'V07' | 'V08' | 'V09' | 'V10'
  | 'B01' | 'B02' | 'B03' | 'B04' | 'B05'
  | 'S01' | 'S02' | 'S03' | 'S04'
  | 'P01' | 'P02' | 'P03' | 'P04' | 'P05' | 'P06'
  | 'D01' | 'D02' | 'D03';

export interface Diagnostic {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 address of the cell to fix (the first cell of a range for D01). */
  cell: string;
  message: string;
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
