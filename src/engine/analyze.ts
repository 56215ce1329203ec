/**
 * Reading a workbook: locate the tables of each sheet, read them, collect what no table claimed, and run
 * the checker. This is the engine's front door for every host and the command line.
 */
import { SUMMARY } from '../strings/sheets';
import { checkWorkbook } from './check/checker';
import { SheetGrid } from './grid/grid';
import { SheetAnalysis, WorkbookAnalysis } from './model/analysis';
import { CheckOptions } from './model/options';
import { analyzeSheet } from './read/analyzeSheet';
import { supersededBy } from './read/standardLayout';

export { analyzeSheet };

/** Sheets the add-in generates from the others (部门汇总 …); they are outputs, never read as input. */
export function isSummarySheet(name: string): boolean {
  return name === SUMMARY.departmentSheet || name === SUMMARY.indicatorSheet || name === SUMMARY.diagnosticSheet;
}

/** Reads and checks every sheet; tables come in reading order. */
export function analyzeWorkbook(grids: SheetGrid[], options: CheckOptions): WorkbookAnalysis {
  return checkSheets(grids.filter((g) => !isSummarySheet(g.name)).map(analyzeSheet), options);
}

/**
 * Checks sheets already read (the live check re-reads one table and reuses the rest). A pasted original
 * whose project also has a converted standard sheet is left out (listed in `superseded`), so no project
 * is counted or reported twice.
 */
export function checkSheets(read: SheetAnalysis[], options: CheckOptions): WorkbookAnalysis {
  const all = read.flatMap((s) => s.tables);
  const by = supersededBy(all);
  const dropped = new Map(all.map((t, i) => [t, by[i]] as const).filter(([, b]) => b !== null));
  const sheets: SheetAnalysis[] = read.map((s) => {
    const superseded = s.tables.flatMap((t) => {
      const b = dropped.get(t);
      return b ? [{ range: t.table.range, bySheet: b.table.sheet }] : [];
    });
    return superseded.length ? { ...s, tables: s.tables.filter((t) => !dropped.has(t)), superseded } : s;
  });
  const tables = sheets.flatMap((s) => s.tables);
  const diagnostics = checkWorkbook(sheets, options);
  return { sheets, tables, diagnostics };
}
