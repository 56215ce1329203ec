/**
 * The labels of a project table and their synonyms (domain.md). A cell is a label only when its whole
 * text, normalised, is one of these keys: sentences that merely contain a label word are data.
 */
import { memoizeString } from '../text/memo';
import { isWhiteSpaceCode, labelKey } from '../text/normalize';

export type FieldLabel =
  | 'projectCode'
  | 'projectName'
  | 'budgetBlock'
  | 'budgetTotal'
  | 'budgetFiscal'
  | 'budgetOther'
  | 'purpose'
  | 'spendPlan'
  | 'goal'
  | 'unitName';

const FIELD_SYNONYMS: Record<FieldLabel, string[]> = {
  projectCode: ['项目编码', '项目代码', '项目编号'],
  projectName: ['项目名称'],
  budgetBlock: ['预算规模及资金用途', '资金规模及用途', '预算规模及用途', '项目资金'],
  budgetTotal: ['预算数', '年度预算数', '年度预算', '预算金额', '资金总额', '年度资金总额', '预算资金'],
  budgetFiscal: ['财政资金', '财政拨款', '财政拨款资金'],
  budgetOther: ['其他资金'],
  purpose: ['资金用途', '项目资金用途'],
  spendPlan: ['资金支出计划', '支出计划', '资金支出进度计划', '资金支出进度'],
  goal: ['绩效目标', '年度绩效目标', '项目绩效目标', '年度目标', '总体目标'],
  unitName: ['预算单位', '单位名称', '主管部门及代码', '实施单位'],
};

/** Each field's place in per-field lists: readers index small arrays rather than records keyed by name. */
export const FIELD_SLOTS: Readonly<Record<FieldLabel, number>> = Object.freeze({
  projectCode: 0,
  projectName: 1,
  budgetBlock: 2,
  budgetTotal: 3,
  budgetFiscal: 4,
  budgetOther: 5,
  purpose: 6,
  spendPlan: 7,
  goal: 8,
  unitName: 9,
});
export const FIELD_COUNT = 10;

/** Keys for matching: "其中：财政 资金" → "财政资金", "资金支出计划（%）" → "资金支出计划". */
export function fieldKey(text: string): string {
  return labelKey(text)
    .replace(/^其中[:：]?/, '')
    .replace(/\(%\)$|\(万元\)$|\(元\)$/, '')
    .replace(/[:：]$/, '');
}

const FIELD_BY_KEY = new Map<string, FieldLabel>();
for (const [field, names] of Object.entries(FIELD_SYNONYMS) as [FieldLabel, string[]][]) {
  for (const n of names) FIELD_BY_KEY.set(fieldKey(n), field);
}

export function matchFieldLabel(text: string): FieldLabel | null {
  return matchLabel(text).field;
}

/** Columns of the indicator block. */
export type IndicatorColumn =
  | 'level1'
  | 'level2'
  | 'level3'
  | 'description'
  | 'value'
  | 'basis'
  | 'op'
  | 'unit'
  | 'weight'
  | 'direction';

const COLUMN_SYNONYMS: Record<IndicatorColumn, string[]> = {
  level1: ['一级指标'],
  level2: ['二级指标'],
  level3: ['三级指标', '指标名称', '指标内容'],
  description: ['绩效指标描述', '指标解释', '指标描述', '指标说明'],
  value: ['指标值', '目标值', '年度指标值', '指标值及单位', '绩效指标值', '年度目标值'],
  basis: ['指标值确定依据', '绩效标准', '指标值设定依据', '确定依据', '评分标准'],
  op: ['计算符号', '指标性质', '符号'],
  unit: ['计量单位', '度量单位', '单位'],
  weight: ['权重', '分值', '权重(分值)'],
  direction: ['指标方向'],
};

/** Each indicator column's place in per-column lists (a block's column map is an array indexed by it). */
export const COLUMN_SLOTS: Readonly<Record<IndicatorColumn, number>> = Object.freeze({
  level1: 0,
  level2: 1,
  level3: 2,
  description: 3,
  value: 4,
  basis: 5,
  op: 6,
  unit: 7,
  weight: 8,
  direction: 9,
});
export const COLUMN_COUNT = 10;

const COLUMN_BY_KEY = new Map<string, IndicatorColumn>();
for (const [col, names] of Object.entries(COLUMN_SYNONYMS) as [IndicatorColumn, string[]][]) {
  for (const n of names) COLUMN_BY_KEY.set(labelKey(n), col);
}

export function matchIndicatorColumn(text: string): IndicatorColumn | null {
  return matchLabel(text).column;
}

/** What a cell's text is as a label: a field label, an indicator column header, a money unit, or nothing. */
export interface LabelMatch {
  readonly field: FieldLabel | null;
  /** `FIELD_SLOTS[field]`, or -1 when the text labels no field. */
  readonly fieldSlot: number;
  readonly column: IndicatorColumn | null;
  /** `COLUMN_SLOTS[column]`, or -1 when the text heads no indicator column. */
  readonly columnSlot: number;
  readonly moneyUnit: string | null;
}

export const NOT_A_LABEL: LabelMatch = Object.freeze({ field: null, fieldSlot: -1, column: null, columnSlot: -1, moneyUnit: null });

const MONEY_UNIT_LABEL = /^(?:金额)?单位[:：]?\s*(亿元|万元|元)$/;

/** The full reading of a text as a label, uncached (`matchLabel` is the fast, cached entry). */
export function readLabel(text: string): LabelMatch {
  const key = labelKey(text);
  const field = FIELD_BY_KEY.get(fieldKey(text)) ?? null;
  const column = COLUMN_BY_KEY.get(key) ?? null;
  const moneyUnit = MONEY_UNIT_LABEL.exec(key)?.[1] ?? null;
  if (field === null && column === null && moneyUnit === null) return NOT_A_LABEL;
  return Object.freeze({
    field,
    fieldSlot: field === null ? -1 : FIELD_SLOTS[field],
    column,
    columnSlot: column === null ? -1 : COLUMN_SLOTS[column],
    moneyUnit,
  });
}

const labelOf = memoizeString(readLabel);

/**
 * The first character a label's key can start with. Every label starts with a CJK character, which
 * normalisation leaves alone; only leading white space, the required-mark "*" and a bracketed score are
 * dropped before it, and "其中：" before a field label. Most data cells fail this test and skip the cache lookup.
 */
const LABEL_STARTS = new Uint8Array(0x10000 / 8); // one bit per UTF-16 code unit: a test per cell costs no hashing
for (const key of [...FIELD_BY_KEY.keys(), ...COLUMN_BY_KEY.keys(), '单位', '金额单位', '其中']) {
  const code = key.charCodeAt(0);
  LABEL_STARTS[code >> 3] |= 1 << (code & 7);
}
const ASTERISK = 0x2a;
const FULL_WIDTH_ASTERISK = 0xff0a;
const OPEN_BRACKET = 0x28;
const FULL_WIDTH_OPEN_BRACKET = 0xff08;

/**
 * False when a text whose first visible character is `code` cannot be a label (a first test the sheet
 * scan makes on every text cell before anything else; `matchLabelFrom` makes the full one).
 */
export function mayStartLabel(code: number): boolean {
  return (
    (LABEL_STARTS[code >> 3] & (1 << (code & 7))) !== 0 ||
    code === ASTERISK ||
    code === FULL_WIDTH_ASTERISK ||
    code === OPEN_BRACKET ||
    code === FULL_WIDTH_OPEN_BRACKET
  );
}

/**
 * False when the text cannot be a label: its first visible character (at or after `start`, before which
 * the caller found only white space) starts no label.
 */
export function mayBeLabelFrom(text: string, start: number): boolean {
  for (let i = start; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === ASTERISK || code === FULL_WIDTH_ASTERISK || isWhiteSpaceCode(code)) continue;
    // A score in brackets may come first ("(30分)一级指标"); such texts take the full path.
    return mayStartLabel(code);
  }
  return false;
}

/** Every reading of a cell's text in one lookup. Results are shared: do not modify. */
export function matchLabel(text: string): LabelMatch {
  return text.length > 24 || !mayBeLabelFrom(text, 0) ? NOT_A_LABEL : labelOf(text);
}

/**
 * `matchLabel` for a cell the caller has already scanned up to its first visible character `start`
 * (the sheet view does so to tell empty cells from filled ones). Long texts are trimmed first: a label
 * padded with spaces is still a label.
 */
export function matchLabelFrom(text: string, start: number): LabelMatch {
  if (!mayBeLabelFrom(text, start)) return NOT_A_LABEL;
  if (text.length <= 24) return labelOf(text);
  const trimmed = text.trim();
  return trimmed.length > 24 ? NOT_A_LABEL : labelOf(trimmed);
}

/** "单位：万元" / "金额单位:元" → the money unit; null when the text is not such a label. */
export function matchMoneyUnit(text: string): string | null {
  return matchLabel(text).moneyUnit;
}
