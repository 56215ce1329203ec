/**
 * matchLabel skips the label cache for texts that cannot start a label. The shortcut must never change an
 * answer: for any text, including decorated label synonyms, it agrees with the full reading.
 */
import fc from 'fast-check';
import { COLUMN_COUNT, COLUMN_SLOTS, FIELD_COUNT, FIELD_SLOTS, matchFieldLabel, matchIndicatorColumn, matchLabel, matchMoneyUnit, readLabel } from '../../../src/engine/read/labels';

const LABELS = [
  '项目编码', '项目名称', '预算数', '其中：财政资金', '其他资金', '资金支出计划（%）', '年度绩效目标', '一级指标',
  '二级指标', '三级指标', '指标值', '目标值', '计量单位', '单位：万元', '金额单位:元', '权重(分值)', '预算单位',
];
const decorations = fc.constantFrom('', ' ', '\u3000', '*', '＊', '\n', '（30分）', '(50分)', '：', ':', '\u00a0');

const decorated = fc
  .tuple(decorations, fc.constantFrom(...LABELS), decorations, fc.integer({ min: 0, max: 3 }))
  .map(([before, label, after, gap]) => {
    const spaced = gap > 0 ? `${label.slice(0, gap)} ${label.slice(gap)}` : label;
    return `${before}${spaced}${after}`;
  });

const anyText = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.constantFrom('项', '目', '编', '码', '一', '级', '指', '标', '其', '中', '：', ' ', '*', '单', '位', '元', '(', '分', ')'), maxLength: 12 }),
  decorated,
);

test('matchLabel agrees with the full reading on any text', () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const expected = text.length > 24 ? { field: null, fieldSlot: -1, column: null, columnSlot: -1, moneyUnit: null } : readLabel(text);
      expect(matchLabel(text)).toEqual(expected);
      expect(matchFieldLabel(text)).toBe(expected.field);
      expect(matchIndicatorColumn(text)).toBe(expected.column);
      expect(matchMoneyUnit(text)).toBe(expected.moneyUnit);
    }),
    { numRuns: 3000 },
  );
});

test.each([
  ['  项目 编码 ', 'projectCode', null],
  ['＊项目名称：', 'projectName', null],
  ['其中：财政 资金', 'budgetFiscal', null],
  ['（30分）一级指标', null, 'level1'],
  ['\u3000二级\n指标', null, 'level2'],
  ['目标值', null, 'value'],
  ['数量指标', null, null],
  ['≥95%', null, null],
])('%j reads as field %s, column %s', (text, field, column) => {
  expect(matchLabel(text).field).toBe(field);
  expect(matchLabel(text).column).toBe(column);
});

test('every field has its own slot below FIELD_COUNT, and a label reading carries its field’s slot', () => {
  const slots = Object.values(FIELD_SLOTS).sort((a, b) => a - b);
  expect(slots).toEqual(Array.from({ length: FIELD_COUNT }, (_, i) => i));
  expect(readLabel('项目编码').fieldSlot).toBe(FIELD_SLOTS.projectCode);
  expect(readLabel('其中：财政    资金').fieldSlot).toBe(FIELD_SLOTS.budgetFiscal);
  expect(readLabel('一级指标').fieldSlot).toBe(-1);
});

test('every indicator column has its own slot below COLUMN_COUNT, carried by header readings', () => {
  const slots = Object.values(COLUMN_SLOTS).sort((a, b) => a - b);
  expect(slots).toEqual(Array.from({ length: COLUMN_COUNT }, (_, i) => i));
  expect(readLabel('一级\n指标').columnSlot).toBe(COLUMN_SLOTS.level1);
  expect(readLabel('指标值确定依据').columnSlot).toBe(COLUMN_SLOTS.basis);
  expect(readLabel('权重(分值)').columnSlot).toBe(COLUMN_SLOTS.weight);
  expect(readLabel('项目编码').columnSlot).toBe(-1);
});
