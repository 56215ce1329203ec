/**
 * The seed document laid out as worksheets, without any spreadsheet library: the grids the xlsx sample
 * workbooks are built from (seedWorkbook.ts), and that engine tests read directly.
 *
 * - pasted: the whole document pasted from Word into one sheet "Sheet1": preamble paragraphs in column A,
 *   then each table (title row merged across the table, rows with Word's merges, text exactly as written),
 *   one blank row between tables.
 * - per sheet: one table per sheet named after the project, no merges, amounts as numbers and spend-plan
 *   percentages as fractions formatted "0%".
 */
import { CellRange } from '../engine/grid/address';
import { CellValue, SheetGrid } from '../engine/grid/grid';
import { safeSheetName } from '../engine/render/sheetName';
import { compact } from '../engine/text/normalize';
import { SeedDocument, SeedTable } from './seedText';

export const PASTED_SHEET_NAME = 'Sheet1';

const LABEL_BUDGET = '预算规模及资金用途';
const LABEL_SPEND = '资金支出计划（%）';
const LABEL_GOAL = '绩效目标';
const LABEL_LEVEL1 = '一级指标';
const LABEL_NAME = '项目名称';

function isBlankText(t: string | undefined): boolean {
  return t === undefined || t.trim() === '';
}

/** Widest row of a table: the title and one-cell rows span this many columns. */
export function seedTableWidth(table: SeedTable): number {
  return table.rows.reduce((w, r) => Math.max(w, r.length), 1);
}

/** The project name of a seed table (the cell after 项目名称), or its title when absent. */
export function seedProjectName(table: SeedTable): string {
  for (const row of table.rows) {
    const i = row.findIndex((c) => compact(c) === LABEL_NAME);
    if (i >= 0 && i + 1 < row.length && !isBlankText(row[i + 1])) return row[i + 1].trim();
  }
  return table.title;
}

/**
 * Merges Word produces for one table whose first seed row sits at worksheet row `top` (0-based) and whose
 * title is the row above it.
 */
export function seedTableMerges(table: SeedTable, top: number): CellRange[] {
  const width = seedTableWidth(table);
  const last = width - 1;
  const merges: CellRange[] = [];
  const rows = table.rows;
  let indicatorRun: number | null = null;
  let inIndicators = false;
  const closeRun = (end: number): void => {
    if (indicatorRun !== null && end > indicatorRun) {
      merges.push({ r0: top + indicatorRun, c0: 0, r1: top + end, c1: 0 });
    }
    indicatorRun = null;
  };
  for (let i = 0; i < rows.length; i++) {
    const first = compact(rows[i][0] ?? '');
    const next = rows[i + 1];
    if ((first === LABEL_BUDGET || first === compact(LABEL_SPEND)) && next && isBlankText(next[0])) {
      merges.push({ r0: top + i, c0: 0, r1: top + i + 1, c1: 0 });
      // The purpose line under 预算数 is one cell across the table.
      if (first === LABEL_BUDGET && next.length === 2) merges.push({ r0: top + i + 1, c0: 1, r1: top + i + 1, c1: last });
    }
    if (first === LABEL_GOAL && rows[i].length === 2) merges.push({ r0: top + i, c0: 1, r1: top + i, c1: last });
    if (first === LABEL_LEVEL1) {
      inIndicators = true;
      continue;
    }
    if (inIndicators) {
      if (isBlankText(rows[i][0])) continue;
      closeRun(i - 1);
      indicatorRun = i;
    }
  }
  if (inIndicators) closeRun(rows.length - 1);
  return merges;
}

/** Text of a seed cell in a pasted sheet: as written, '' becomes an empty cell. */
function pastedValue(text: string): CellValue {
  return text === '' ? null : text;
}

export function pastedGrid(doc: SeedDocument, name = PASTED_SHEET_NAME): SheetGrid {
  const values: CellValue[][] = [];
  const merges: CellRange[] = [];
  for (const p of doc.preamble) values.push(isBlankText(p) ? [] : [p]);
  for (const table of doc.tables) {
    if (values.length > 0) values.push([]);
    const width = seedTableWidth(table);
    const titleRow = values.length;
    values.push([table.title]);
    if (width > 1) merges.push({ r0: titleRow, c0: 0, r1: titleRow, c1: width - 1 });
    const top = values.length;
    for (const row of table.rows) values.push(row.map(pastedValue));
    merges.push(...seedTableMerges(table, top));
  }
  return { name, values, merges };
}

const AMOUNT = /^\s*[-+]?\d+(\.\d+)?\s*$/;
const PERCENT = /^\s*[-+]?\d+(\.\d+)?\s*%\s*$/;

/** One table on its own sheet: title in A1, seed rows below, amounts and percentages as numbers. */
export function perSheetGrid(table: SeedTable, name: string): SheetGrid {
  const values: CellValue[][] = [[table.title]];
  const numberFormats: (string | null)[][] = [[]];
  let previousFirst = '';
  for (const row of table.rows) {
    const first = compact(row[0] ?? '');
    // Amounts sit on the 预算数 row; cumulative percentages on the row under 资金支出计划.
    const amounts = first === LABEL_BUDGET;
    const percents = previousFirst === compact(LABEL_SPEND);
    const outRow: CellValue[] = [];
    const fmtRow: (string | null)[] = [];
    row.forEach((text, c) => {
      if (c > 0 && amounts && AMOUNT.test(text)) {
        outRow.push(Number(text.trim()));
        fmtRow.push('0.00');
      } else if (c > 0 && percents && PERCENT.test(text)) {
        outRow.push(Number(text.trim().replace(/\s*%$/, '')) / 100);
        fmtRow.push('0%');
      } else {
        outRow.push(text === '' ? null : text);
        fmtRow.push(null);
      }
    });
    values.push(outRow);
    numberFormats.push(fmtRow);
    previousFirst = first;
  }
  return { name, values, numberFormats, merges: [] };
}

export function perSheetGrids(doc: SeedDocument): SheetGrid[] {
  const taken: string[] = [];
  return doc.tables.map((t) => {
    const name = safeSheetName(seedProjectName(t), taken);
    taken.push(name);
    return perSheetGrid(t, name);
  });
}
