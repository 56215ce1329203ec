/**
 * Parses a 指标值 such as "≥130批次", "<0.2%", "5万元", "重大案件发生0次" into comparator, number and unit,
 * plus the small text tests the value rules share (comparator count, placeholders, digits).
 *
 * The first number of the text is the value; the comparator is the symbol or word right before it
 * ("≥", ">=", "不低于") or a word right after its unit ("95%以上"). Units are recognised from a known list
 * (longest first) so that "重大案件发生0次" gives 次 and "12月底前" gives 月; an unknown short tail at the
 * very end ("3辆") is still taken as the unit, anything longer is not a unit.
 */
import { Comparator, ParsedValue } from '../model/table';
import { toHalfWidth } from '../text/normalize';
import { memoizeString } from '../text/memo';

/** Comparator symbols as they appear after half-width folding, longest first. */
const SYMBOL_OPS: [string, Comparator][] = [
  ['>=', '>='],
  ['<=', '<='],
  ['≥', '>='],
  ['≤', '<='],
  ['>', '>'],
  ['<', '<'],
  ['=', '='],
];

/** Comparator words written before the number ("不低于95%"), longest first. */
const WORD_OPS_BEFORE: [string, Comparator][] = [
  ['大于或等于', '>='],
  ['小于或等于', '<='],
  ['大于等于', '>='],
  ['小于等于', '<='],
  ['不低于', '>='],
  ['不少于', '>='],
  ['不小于', '>='],
  ['不高于', '<='],
  ['不超过', '<='],
  ['不多于', '<='],
  ['不大于', '<='],
  ['至少', '>='],
  ['大于', '>'],
  ['高于', '>'],
  ['超过', '>'],
  ['多于', '>'],
  ['小于', '<'],
  ['低于', '<'],
  ['少于', '<'],
  ['等于', '='],
];

/** Comparator words written after the number and unit ("95%以上"). */
const WORD_OPS_AFTER: [string, Comparator][] = [
  ['及以上', '>='],
  ['以上', '>='],
  ['及以下', '<='],
  ['以下', '<='],
  ['以内', '<='],
];

/**
 * Units a 指标值 carries, longest first so that 万元 wins over 万 and 人次 over 人. 万 alone means 万元
 * (the seed's "250万") and 个工作日 means 工作日, see `UNIT_ALIASES`.
 */
const UNITS: string[] = [
  '个工作日', '个百分点', '平方公里', '平方米', '立方米', '万人次', '工作日', '百分点',
  '万元', '亿元', '千元', '万人', '万户', '万亩', '人次', '批次', '户次', '件次', '台次', '车次', '个月',
  '小时', '分钟', '公里', '千米', '公顷', '公斤', '千克', '万吨', '季度', '家次', '场次', '课时', '学时',
  '%', '‰', '元', '万', '亿', '人', '次', '个', '天', '日', '月', '年', '周', '批', '家', '户', '件', '项',
  '份', '册', '本', '台', '套', '辆', '座', '所', '处', '条', '张', '场', '期', '篇', '米', '亩', '吨',
  '头', '只', '株', '棵', '名', '位', '门', '类', '宗', '起', '例', '单', '分', '倍', '岗', '篇', '轮', '部',
  '村', '镇', '间', '块', '根', '枚', '支', '双', '箱', '瓶', '盒', '袋', '期', '届', '组', '队', '片', '节',
  'km', 'kg', 'm', 't',
];
const UNITS_LONGEST_FIRST: string[] = [...new Set(UNITS)].sort((a, b) => b.length - a.length);

const UNIT_ALIASES: Record<string, string> = { 万: '万元', 亿: '亿元', 个工作日: '工作日' };

/** A number as written after separators were removed: 130, 0.36, .5 */
const NUMBER_RE = /\d+(?:\.\d+)?|\.\d+/g;

/** The second half of a range right after the first number: "-2023", "~5", "至10". */
const RANGE_RE = /^(?:-|~|至|到)(?:\d+(?:\.\d+)?|\.\d+)/;

/** Comparator symbols of other scripts that mean the same thing (⩾ ⩽ ≧ ≦). */
function foldComparators(t: string): string {
  return t.replace(/[⩾≧]/g, '≥').replace(/[⩽≦]/g, '≤');
}

/**
 * Typographic minus signs and dashes (− U+2212, ﹣ U+FE63, ‐ ‑ ‒ – U+2010–2013) become "-": Word and WPS
 * turn a typed "-" into them, and "≥−5%" must keep its sign. A "-" only counts as a minus at the start or
 * right after a comparator, so ranges written with a dash ("2022–2023年") stay ranges.
 */
function foldMinus(t: string): string {
  return t.replace(/[\u2212\ufe63\u2010-\u2013]/g, '-');
}

/** Half-width, no white space, unified comparator and minus symbols, no thousands separators. */
export const normalizeValueText = memoizeString((text: string): string => {
  let t = foldMinus(foldComparators(toHalfWidth(text))).replace(/[\s\u00a0]+/g, '');
  // "8,827,620.53" → "8827620.53": a comma is a separator only when exactly three digits follow it.
  t = t.replace(/(\d),(?=\d{3}(?:\D|$))/g, '$1');
  return t;
});

function opBefore(prefix: string): Comparator | null {
  for (const [sym, op] of SYMBOL_OPS) if (prefix.endsWith(sym)) return op;
  for (const [word, op] of WORD_OPS_BEFORE) if (prefix.endsWith(word)) return op;
  return null;
}

function unitAt(rest: string): { unit: string | null; length: number } {
  for (const u of UNITS_LONGEST_FIRST) {
    if (rest.startsWith(u)) {
      // Latin units only count when no other letter follows ("5m" yes, "5mg" is not metres).
      if (/^[a-z]+$/i.test(u) && /^[a-z]/i.test(rest.slice(u.length))) continue;
      return { unit: UNIT_ALIASES[u] ?? u, length: u.length };
    }
  }
  // An unknown unit is accepted only as a short tail that ends the text ("3辆次").
  const tail = /^[\u4e00-\u9fa5A-Za-z]{1,3}$/.exec(rest);
  if (tail) return { unit: tail[0], length: tail[0].length };
  return { unit: null, length: 0 };
}

function opAfter(rest: string): Comparator | null {
  for (const [word, op] of WORD_OPS_AFTER) if (rest.startsWith(word)) return op;
  return null;
}

/** Parsed values are cached per text; callers get their own copy to keep. */
export function parseIndicatorValue(text: string): ParsedValue | null {
  if (typeof text !== 'string') return null;
  const parsed = parseCached(text);
  return parsed ? { ...parsed } : null;
}

/**
 * The cached parse itself, for callers that only read it (the checker, once per row on every edit): no
 * copy is made, so it must never be modified.
 */
export function sharedParse(text: string): Readonly<ParsedValue> | null {
  return parseCached(text);
}

const parseCached = memoizeString((text: string): ParsedValue | null => {
  const t = normalizeValueText(text);
  NUMBER_RE.lastIndex = 0;
  const m = NUMBER_RE.exec(t);
  if (!m) return null;
  let start = m.index;
  let numText = m[0];
  // A minus sign belongs to the number only at the start or right after a comparator ("≥-5", not "2022-2023").
  if (start > 0 && t[start - 1] === '-') {
    const before = t.slice(0, start - 1);
    if (before === '' || opBefore(before) !== null) {
      start -= 1;
      numText = `-${numText}`;
    }
  }
  const number = Number(numText);
  if (!Number.isFinite(number)) return null;
  const prefix = t.slice(0, start);
  let rest = t.slice(m.index + m[0].length);
  // A range ("2022-2023年", "3~5个工作日") carries its unit after the second number.
  const range = RANGE_RE.exec(rest);
  if (range) rest = rest.slice(range[0].length);
  const { unit, length } = unitAt(rest);
  const op = opBefore(prefix) ?? opAfter(rest.slice(length));
  // Frozen: the reader shares one parse per distinct text among every indicator that has it.
  return Object.freeze({ op, number: number === 0 ? 0 : number, unit });
});

/** How many comparator symbols the text holds (">=" and "≥" count once each); V10 flags two or more. */
export const countComparators = memoizeString((text: string): number => {
  let t = normalizeValueText(text);
  let n = 0;
  for (const [sym] of SYMBOL_OPS) {
    const parts = t.split(sym);
    n += parts.length - 1;
    t = parts.join(' ');
  }
  return n;
});

/** True when the text holds at least one digit. */
export const hasNumber = memoizeString((text: string): boolean => /\d/.test(toHalfWidth(text)));

/** A comparator is written but no number follows anywhere ("≥%", "≥批次"). */
export function hasComparatorWithoutNumber(text: string): boolean {
  return countComparators(text) > 0 && !hasNumber(text);
}

/**
 * True when the text holds one of the placeholder tokens (XX, **, ……) of the profile. Letters are compared
 * case-insensitively; a comparator followed by a single X ("≥X%") is a placeholder too.
 */
export function containsPlaceholder(text: string, tokens: readonly string[]): boolean {
  return placeholderTest(tokens)(text);
}

/** One cached test per token list (a profile's list is a constant, so there are only a few). */
const placeholderTests = new WeakMap<readonly string[], (text: string) => boolean>();

function placeholderTest(tokens: readonly string[]): (text: string) => boolean {
  let test = placeholderTests.get(tokens);
  if (!test) {
    const folded = tokens.filter((tok) => tok !== '').map((tok) => normalizeValueText(tok).toLowerCase());
    test = memoizeString((text: string): boolean => {
      const t = normalizeValueText(text);
      const lower = t.toLowerCase();
      if (folded.some((tok) => lower.includes(tok))) return true;
      return /(?:>=|<=|[≥≤<>=])[x×*]/i.test(t);
    });
    placeholderTests.set(tokens, test);
  }
  return test;
}

/**
 * A calendar date: "2023-12-31", "2023/6/30前", "2023.12.31", "2023年12月31日" (also what the reader
 * makes of an Excel date serial). A 时效 value that names a date has a time limit, and the date's numbers
 * need no unit.
 */
export const containsCalendarDate = memoizeString((text: string): boolean => {
  const t = normalizeValueText(text);
  return /(?:^|\D)(?:19|20)\d{2}(?:[-/.]\d{1,2}(?:[-/.]\d{1,2})?(?!\d)|年\d{1,2}月)/.test(t);
});
