/**
 * Sheet plans: everything a host needs to write one worksheet, in one batch. Hosts apply plans; they never
 * decide layout. Text values are data: adapters whose API would turn a leading "=" into a formula must
 * escape it (see `literalText` in text/literal.ts).
 */
import { CellRange } from '../grid/address';
import { CellValue } from '../grid/grid';
import { Severity } from './diagnostic';

export interface CellStyle {
  bold?: boolean;
  /** Background fill as "#RRGGBB". */
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on every edge of every cell in the range. */
  border?: boolean;
}

export interface StyledRange {
  range: CellRange;
  style: CellStyle;
}

export interface FormattedRange {
  range: CellRange;
  /** Excel number format code, e.g. "0.00" or "0%". */
  format: string;
}

export interface ListValidation {
  range: CellRange;
  /** Allowed values, written as an inline list. */
  list: string[];
  /** Shown when the value is not in the list. */
  errorMessage?: string;
}

export interface CellLink {
  /** The cell that holds the link text. */
  row: number;
  col: number;
  /** Target sheet and A1 cell inside this workbook. */
  sheet: string;
  cell: string;
}

export interface PrintSetup {
  paper: 'A4';
  orientation: 'portrait' | 'landscape';
  fitToWidth: 1;
  /** 0-based inclusive rows repeated at the top of each printed page. */
  repeatRows?: { r0: number; r1: number };
}

export interface SheetPlan {
  /** Worksheet name (already valid for Excel: ≤ 31 chars, no []:*?/\). */
  name: string;
  /** Row-major values starting at A1. */
  values: CellValue[][];
  merges: CellRange[];
  /** Column widths in characters, from column A. */
  columnWidths: number[];
  /** Row heights in points for rows that need more than the default (0-based row → points). */
  rowHeights?: Record<number, number>;
  numberFormats: FormattedRange[];
  styles: StyledRange[];
  validations: ListValidation[];
  links: CellLink[];
  print: PrintSetup;
  /** Rows and columns frozen at the top left. */
  freeze?: { rows: number; cols: number };
  /** Turn on an auto-filter over this range (the indicator list is filterable). */
  autoFilter?: CellRange;
}

/** A cell marked in the sheet because of a diagnostic. */
export interface CellMark {
  sheet: string;
  cell: string;
  severity: Severity;
  /** Short Chinese text, e.g. "S02 资金支出计划应逐期累计不减". */
  note: string;
}
