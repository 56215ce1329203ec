/**
 * Reading a workbook: locate the tables of each sheet, read them, collect what no table claimed, and run
 * the checker. This is the engine's front door for every host and the command line.
 */
import { checkWorkbook } from './check/checker';
import { SheetGrid } from './grid/grid';
import { WorkbookAnalysis } from './model/analysis';
import { CheckOptions } from './model/options';
import { analyzeSheet } from './read/analyzeSheet';

export { analyzeSheet };

/** Reads and checks every sheet; tables come in reading order. */
export function analyzeWorkbook(grids: SheetGrid[], options: CheckOptions): WorkbookAnalysis {
  const sheets = grids.map(analyzeSheet);
  const tables = sheets.flatMap((s) => s.tables);
  const diagnostics = checkWorkbook(sheets, options);
  return { sheets, tables, diagnostics };
}
