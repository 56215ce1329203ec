/**
 * Writing text so Excel keeps it as text.
 *
 * Office.js `Range.values` parses strings the way Excel parses typing: a leading "=", "+" or "-" makes a
 * formula (stated in the Range.values documentation), "@" is taken as a formula on current builds, "#N/A"
 * becomes an error value, and "2023", "1/2", "95%", "TRUE" become numbers, dates and booleans. Excel's own
 * answer to that is the quote prefix: typing an apostrophe first stores the rest as text, hides the
 * apostrophe, and `values` reads the text back without it (office-js #6687 shows the round trip). We use
 * that rather than the "@" number format, because a text format would stay on the cell and turn the user's
 * later numbers (amounts, percentages) into text too; the quote prefix goes away when the user retypes.
 *
 * Only strings Excel would reinterpret get the prefix, so ordinary Chinese text is written untouched. The
 * test errs on the side of the prefix (a needless one is invisible and reads back without it): Excel in
 * Chinese / Japanese locales takes full-width digits and signs ("１２３", "＝…", "９５％") as their half-width
 * forms, so the check runs on the NFKC form; "Jan 5" and "上午9:30" are dates and times to Excel.
 */
import { CellValue } from '../../engine/grid/grid';

/** Characters that make Excel parse the rest as a formula, an error, or swallow a quote. */
const LEADING = /^[=+\-@#']/;
/**
 * Number-, date-, time-, percent- or currency-looking text ("2023", "1/2", "95%", "(3)", "¥5", ".5", "1e3"),
 * also after leading spaces and a sign (" +0" is typed as the number 0).
 */
const NUMERIC_LIKE = /^\s*[(]?\s*[+-]?\s*[$¥￥€£]?\s*[\d.]/;
const BOOLEAN_LIKE = /^\s*(true|false)\s*$/i;
/** English month names followed by a day or year ("Jan 5", "March-2023"), and Chinese AM/PM times. */
const DATE_WORD_LIKE = /^\s*((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[\s\-/,]*\d|(上午|下午)\s*\d)/i;

export function needsQuotePrefix(text: string): boolean {
  const typed = text.normalize('NFKC');
  return LEADING.test(typed) || NUMERIC_LIKE.test(typed) || BOOLEAN_LIKE.test(typed) || DATE_WORD_LIKE.test(typed);
}

/** The value to assign through Range.values so that Excel stores exactly `value`. */
export function excelLiteral(value: CellValue): string | number | boolean {
  if (value === null) return '';
  // "-Infinity" would be typed as a formula: non-finite numbers go through the text path.
  if (typeof value === 'number') return Number.isFinite(value) ? value : excelLiteral(String(value));
  if (typeof value === 'boolean') return value;
  return needsQuotePrefix(value) ? `'${value}` : value;
}
