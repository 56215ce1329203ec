/**
 * Worksheet names that every host accepts: at most 31 characters, none of []:*?/\, not blank, no leading
 * or trailing apostrophe, not Excel's reserved "History", and unique (case-insensitively) in the workbook.
 */
import { SHEET_NAMES } from '../../strings/sheets';

export const MAX_SHEET_NAME = 31;

/**
 * Forbidden ASCII characters become their full-width forms, which Excel and WPS allow, so a name such as
 * "冀财行[2022]104号" stays readable instead of losing its brackets.
 */
const REPLACEMENTS: Record<string, string> = {
  '[': '【',
  ']': '】',
  ':': '：',
  '*': '＊',
  '?': '？',
  '/': '／',
  '\\': '＼',
};

/** True when `name` is a valid worksheet name on its own (uniqueness aside). */
export function isValidSheetName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= MAX_SHEET_NAME &&
    !/[[\]:*?/\\]/.test(name) &&
    // eslint-disable-next-line no-control-regex
    !/[\u0000-\u001f\u007f]/.test(name) &&
    name.trim() !== '' &&
    !name.startsWith("'") &&
    !name.endsWith("'") &&
    !isReserved(name)
  );
}

export function safeSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set<string>();
  for (const t of taken) used.add(key(t));

  let clean = tidy(base);
  if (clean === '' || isReserved(clean)) clean = clean === '' ? SHEET_NAMES.fallback : `${clean}(1)`;
  clean = tidy(clean);

  if (!used.has(key(clean))) return clean;
  for (let n = 2; ; n++) {
    const suffix = `(${n})`;
    const head = tidy(cut(clean, MAX_SHEET_NAME - suffix.length));
    const candidate = `${head || SHEET_NAMES.fallback.slice(0, MAX_SHEET_NAME - suffix.length)}${suffix}`;
    if (!used.has(key(candidate))) return candidate;
  }
}

/** Replaces forbidden characters, drops control characters, trims blanks and apostrophes, cuts to 31. */
function tidy(text: string): string {
  let t = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x20 || code === 0x7f) t += ' ';
    else t += REPLACEMENTS[ch] ?? ch;
  }
  t = t.replace(/\s+/g, ' ');
  t = stripEnds(t);
  t = stripEnds(cut(t, MAX_SHEET_NAME));
  return t;
}

function stripEnds(text: string): string {
  return text.replace(/^[\s']+|[\s']+$/g, '');
}

/** Cuts to at most `max` UTF-16 units without splitting a surrogate pair. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return text.slice(0, end);
}

function key(name: string): string {
  return name.toLocaleUpperCase('en-US');
}

function isReserved(name: string): boolean {
  return SHEET_NAMES.reserved.some((r) => key(r) === key(name));
}
