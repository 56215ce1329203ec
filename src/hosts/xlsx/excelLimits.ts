/**
 * Limits Excel enforces when it opens a file, beyond what the SpreadsheetML schema says: past them Excel
 * offers to "recover" the workbook and drops the offending part (a list validation, a merge), or refuses
 * the value. Both .xlsx writers (sheetXml.ts and the ExcelJS path in writeSheet.ts) keep plans within them.
 */
import { CellRange } from '../../engine/grid/address';
import { ListValidation } from '../../engine/model/plan';

/** Widest column, in characters. */
export const MAX_COLUMN_WIDTH = 255;
/** Tallest row, in points. */
export const MAX_ROW_HEIGHT = 409;
/** Longest formula of a list validation ("a,b,c" with its quotes). */
export const MAX_LIST_FORMULA = 255;
/** Longest error message of a validation. */
export const MAX_VALIDATION_MESSAGE = 225;

export function columnWidth(width: number): number {
  return Math.min(width, MAX_COLUMN_WIDTH);
}

export function rowHeight(points: number): number {
  return Math.min(points, MAX_ROW_HEIGHT);
}

/**
 * The inline list formula of a validation (items quoted as one string, inner quotes doubled), or null when
 * Excel cannot hold the list inline: longer than 255 characters, or an item with a comma, which Excel
 * would split into two items. Such a list is left out rather than written in a form Excel repairs away.
 */
export function listFormula(items: string[]): string | null {
  if (items.some((i) => i.includes(','))) return null;
  const formula = `"${items.map((i) => i.replace(/"/g, '""')).join(',')}"`;
  return formula.length <= MAX_LIST_FORMULA ? formula : null;
}

/** The validation's error message cut to the length Excel accepts, without splitting a surrogate pair. */
export function validationMessage(v: ListValidation): string | undefined {
  const m = v.errorMessage;
  if (m === undefined || m.length <= MAX_VALIDATION_MESSAGE) return m;
  const end = /[\ud800-\udbff]/.test(m[MAX_VALIDATION_MESSAGE - 1]) ? MAX_VALIDATION_MESSAGE - 1 : MAX_VALIDATION_MESSAGE;
  return m.slice(0, end);
}

/**
 * The merges without those that overlap an earlier one: Excel repairs a file whose merged areas overlap
 * (and ExcelJS refuses to write one). A plan should never hold such merges; if one does, the first wins.
 */
export function disjointMerges(merges: CellRange[]): CellRange[] {
  const kept: CellRange[] = [];
  for (const m of merges) {
    if (!kept.some((k) => k.r0 <= m.r1 && m.r0 <= k.r1 && k.c0 <= m.c1 && m.c0 <= k.c1)) kept.push(m);
  }
  return kept;
}
