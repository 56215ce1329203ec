/**
 * Reading a workbook: locate the tables of each sheet, read them, collect what no table claimed, and run
 * the checker. This is the engine's front door for every host and the command line.
 */
import { SUMMARY } from '../strings/sheets';
import { checkWorkbook } from './check/checker';
import { SheetGrid } from './grid/grid';
import { SheetAnalysis, WorkbookAnalysis } from './model/analysis';
import { ReadTable } from './model/table';
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
  const read: SheetAnalysis[] = [];
  for (const g of grids) if (!isSummarySheet(g.name)) read.push(analyzeSheet(g));
  return checkSheets(read, options);
}

/**
 * Checks sheets already read (the live check re-reads one table and reuses the rest). A pasted original
 * whose project also has a converted standard sheet is left out (listed in `superseded`), so no project
 * is counted or reported twice. Plain loops rather than flatMap chains: this runs on every edit.
 */
export function checkSheets(read: SheetAnalysis[], options: CheckOptions): WorkbookAnalysis {
  const all: ReadTable[] = [];
  for (const s of read) for (const t of s.tables) all.push(t);
  const by = supersededBy(all);
  const dropped = new Map<ReadTable, ReadTable>();
  for (let i = 0; i < all.length; i++) {
    const b = by[i];
    if (b !== null) dropped.set(all[i], b);
  }
  // A new list either way: callers keep re-reading into their own `read` list after this returns.
  const sheets: SheetAnalysis[] =
    dropped.size === 0
      ? read.slice()
      : read.map((s) => {
          const superseded: { range: string; bySheet: string }[] = [];
          for (const t of s.tables) {
            const b = dropped.get(t);
            if (b) superseded.push({ range: t.table.range, bySheet: b.table.sheet });
          }
          return superseded.length ? { ...s, tables: s.tables.filter((t) => !dropped.has(t)), superseded } : s;
        });
  const tables = dropped.size === 0 ? all : sheets.flatMap((s) => s.tables);
  const diagnostics = checkWorkbook(sheets, options);
  return { sheets, tables, diagnostics };
}
