/**
 * ExcelJS's workbook class, loaded on its own. `require('exceljs')` also loads the streaming reader and
 * writer (unzipper, archiver and their dependencies), about a quarter of a second of every command-line
 * run, and this adapter uses neither: reading and writing whole files goes through `Workbook.xlsx`.
 * It is the same class the package exports (same module file), so values and types are interchangeable.
 */
import type { Workbook as WorkbookType } from 'exceljs';

// ExcelJS has no typings for its module files; the class is the one `exceljs` exports as `Workbook`.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const WorkbookClass: typeof WorkbookType = require('exceljs/lib/doc/workbook');

export type Workbook = WorkbookType;

export function newWorkbook(): Workbook {
  return new WorkbookClass();
}
