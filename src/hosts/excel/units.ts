/**
 * Column widths. Plans give widths in characters (the unit Excel shows in its column-width dialog and
 * ExcelJS writes); Office.js `format.columnWidth` is in points. Excel's character unit is the width of
 * "0" in the default font (7 px for Calibri 11 / 等线 11 at 96 dpi) plus 5 px of cell padding, and a
 * point is 4/3 px: the default 8.43 characters = 64 px = 48 pt.
 */
const DIGIT_PX = 7;
const PADDING_PX = 5;
const PT_PER_PX = 0.75;

export function charsToPoints(chars: number): number {
  if (!(chars > 0)) return 0;
  return Math.round((chars * DIGIT_PX + PADDING_PX) * PT_PER_PX * 100) / 100;
}

export function pointsToChars(points: number): number {
  if (!(points > 0)) return 0;
  return Math.round(((points / PT_PER_PX - PADDING_PX) / DIGIT_PX) * 100) / 100;
}
