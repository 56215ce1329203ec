/** What reading a sheet or a workbook produces. */
import { Diagnostic } from './diagnostic';
import { ReadTable } from './table';

export interface UnclaimedCell {
  cell: string;
  text: string;
}

export interface SheetAnalysis {
  sheet: string;
  tables: ReadTable[];
  /** Non-empty cells outside every table (reported by D01). */
  unclaimed: UnclaimedCell[];
  /** Tables left out because a converted standard sheet holds the same project. */
  superseded?: { range: string; bySheet: string }[];
}

export interface WorkbookAnalysis {
  sheets: SheetAnalysis[];
  /** All tables in reading order (sheet order, then top to bottom). */
  tables: ReadTable[];
  diagnostics: Diagnostic[];
}
