/** Groups diagnostics for the problem list; counts come from the list itself so badges and items agree. */
import { Diagnostic, Severity, SEVERITY_ORDER } from '../engine/model/diagnostic';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export type SeverityCounts = Record<Severity, number>;

export interface ProblemGroups {
  groups: Record<Severity, Diagnostic[]>;
  counts: SeverityCounts;
  total: number;
}

export function groupBySeverity(diagnostics: readonly Diagnostic[]): ProblemGroups {
  const groups: Record<Severity, Diagnostic[]> = { error: [], warning: [], info: [] };
  for (const d of diagnostics) {
    if (d.severity in SEVERITY_ORDER) groups[d.severity].push(d);
  }
  const counts: SeverityCounts = {
    error: groups.error.length,
    warning: groups.warning.length,
    info: groups.info.length,
  };
  return { groups, counts, total: counts.error + counts.warning + counts.info };
}

export function cellRef(d: Pick<Diagnostic, 'sheet' | 'cell'>): string {
  return `${d.sheet}!${d.cell}`;
}

/** Stable React key: one rule fires at most once per cell. */
export function diagnosticKey(d: Diagnostic): string {
  return `${d.rule}|${d.sheet}|${d.cell}|${d.message}`;
}
