/** Text normalisation shared by label matching and value parsing. */
import { memoizeString } from './memo';

const FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

/** Full-width ASCII variants (！ to ～) and the ideographic space become their ASCII forms. */
export function toHalfWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

/** Trims and removes every white-space run (labels like "其中：财政    资金" or "一级\n指标"). */
export function compact(text: string): string {
  // Most texts have no white space at all; looking costs less than a regex replace that finds nothing.
  return hasWhiteSpace(text) ? text.replace(/\s+/g, '') : text;
}

/** Whether the text holds any character \s matches, found without a regex. */
export function hasWhiteSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isWhiteSpaceCode(text.charCodeAt(i))) return true;
  return false;
}

/**
 * The key a label is matched by: half-width, no white space, no score suffix "(50分)" / "（40-50）分",
 * no required-mark "*", no trailing colon.
 */
export const labelKey = memoizeString((text: string): string => {
  let t = compact(toHalfWidth(text));
  t = t.replace(/\*/g, '');
  t = t.replace(/\(\s*[\d.\-~～]+\s*分?\s*\)\s*分?/g, '');
  t = t.replace(/[:：]+$/, '');
  return t;
});

/** Trims, and turns non-breaking and ideographic spaces into plain ones; free text (绩效目标 …) is otherwise kept as written. */
export function cleanText(text: string): string {
  // One pass in JavaScript: this runs for every data cell a table reads, and most cells need nothing done.
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xa0 || code === 0x3000) return text.replace(/[\u00a0\u3000]/g, ' ').trim();
  }
  return n > 0 && (isWhiteSpaceCode(text.charCodeAt(0)) || isWhiteSpaceCode(text.charCodeAt(n - 1))) ? text.trim() : text;
}

/**
 * `cleanText` for the texts of cells, cached: the reader cleans every data cell of every table on each
 * live re-check, and one lookup of a text seen before costs less than scanning it again.
 */
export function cleanCellText(text: string): string {
  // Long free texts (绩效目标, 资金用途) are few and cost a scan either way; caching them would only hold memory.
  return text.length > CLEAN_CACHED_LENGTH ? cleanText(text) : cleanShortText(text);
}
const CLEAN_CACHED_LENGTH = 64;
const cleanShortText = memoizeString(cleanText);

/** The UTF-16 code units JavaScript's \s matches (white space and line terminators), without a regex. */
export function isWhiteSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  // Most text here is Chinese (above U+3000): one more comparison settles it.
  if (code > 0x3000) return code === 0xfeff;
  if (code >= 0x2000) return code <= 0x200a || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
  return code === 0xa0 || code === 0x1680;
}
