/**
 * The checker's shortcuts must answer exactly like the plain code they replace: blank tests without
 * trimming, H05 on long tables (map) and short ones (scan), and amounts quoted in messages.
 */
import fc from 'fast-check';
import { checkTable } from '../../../src/engine/check/checker';
import { isBlank } from '../../../src/engine/grid/grid';
import { CheckOptions } from '../../../src/engine/model/options';
import { SeedRow } from './seedTables';
import { seedTable1, table1Rows } from './builders';
import { brief, ofRule } from './helpers';

const HEBEI: CheckOptions = { profile: 'hebei-2023' };

describe('isBlank', () => {
  const spaces = [' ', '\t', '\n', '\r', '\u000b', '\u000c', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  // Characters that look blank but are not white space to JavaScript: a zero-width space, NEL, a
  // Mongolian vowel separator.
  const notSpaces = ['\u200b', '\u0085', '\u180e', 'a', '指', '0'];

  const codePoint = (ch: string) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  test.each([...spaces.map((s) => [codePoint(s), s, true] as const), ...notSpaces.map((s) => [codePoint(s), s, false] as const)])(
    '%s alone is blank exactly when trim() empties it',
    (_name, ch, blank) => {
      expect(isBlank(ch)).toBe(blank);
      expect(ch.trim() === '').toBe(blank);
    },
  );

  test('agrees with trim() on any mix of white space and text', () => {
    const ch = fc.constantFrom(...spaces, ...notSpaces);
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 8 }), (chars) => {
        const text = chars.join('');
        expect(isBlank(text)).toBe(text.trim() === '');
      }),
    );
  });
});

describe('H05 on long and short tables', () => {
  /** Table 1 followed by `n` extra rows of distinct 三级 under 数量指标. */
  function longRows(n: number, changes: Record<number, string> = {}): SeedRow[] {
    const extra: SeedRow[] = [];
    for (let i = 0; i < n; i++) extra.push(['产出指标', '数量指标', changes[i] ?? `检查户数${i + 1}`, '检查', '≥10户', '年度计划']);
    return table1Rows({}, extra);
  }

  test('a long table (past the scan limit) reports each repeat at its first occurrence', () => {
    // Rows 10–15 are table 1; extra row i is on worksheet row 16 + i.
    const rows = longRows(40, { 30: '抽检批次', 35: '检查户数2', 38: ' 抽检 批次 ' });
    const h05 = ofRule(checkTable(seedTable1({ rows }), HEBEI), 'H05');
    expect(brief(h05)).toEqual([
      { rule: 'H05', severity: 'warning', cell: 'C46' },
      { rule: 'H05', severity: 'warning', cell: 'C51' },
      { rule: 'H05', severity: 'warning', cell: 'C54' },
    ]);
    expect(h05.map((d) => d.message.match(/首次出现在 (\w+)/)?.[1])).toEqual(['C10', 'C17', 'C10']);
  });

  test('a short table finds the same repeats by scanning', () => {
    const rows = longRows(4, { 1: '抽检批次', 3: '抽检合格率' });
    const h05 = ofRule(checkTable(seedTable1({ rows }), HEBEI), 'H05');
    expect(brief(h05).map((d) => d.cell)).toEqual(['C17', 'C19']);
    expect(h05.map((d) => d.message.match(/首次出现在 (\w+)/)?.[1])).toEqual(['C10', 'C11']);
  });

  test.each([
    ['short', 4],
    ['long', 40],
  ])('in a %s table, a row whose 三级 cell is unknown is not cited as the first occurrence', (_kind, n) => {
    // Tables built by callers other than the reader may lack cells; the next row with a cell counts as first.
    const rows = longRows(n, { 0: '抽检批次', 1: '抽检批次' });
    const table = seedTable1({ rows });
    // The reader's sources make their cells on demand (getters): copy every field, then blank the 三级 cell.
    const src = table.indicatorSources[0];
    table.indicatorSources[0] = {
      level1Cell: src.level1Cell,
      level2Cell: src.level2Cell,
      level3Cell: '',
      descriptionCell: src.descriptionCell,
      valueCell: src.valueCell,
      basisCell: src.basisCell,
      level1Raw: src.level1Raw,
      level2Raw: src.level2Raw,
      level1Inherited: src.level1Inherited,
      level2Inherited: src.level2Inherited,
      level1Known: src.level1Known,
      level2Known: src.level2Known,
      level1Synonym: src.level1Synonym,
      level2Synonym: src.level2Synonym,
      extras: src.extras,
    };
    const h05 = ofRule(checkTable(table, HEBEI), 'H05');
    expect(brief(h05).map((d) => d.cell)).toEqual(['C17']);
    expect(h05.map((d) => d.message.match(/首次出现在 (\w+)/)?.[1])).toEqual(['C16']);
  });

  test('rows without a 三级 are never the first occurrence', () => {
    const rows = longRows(40, { 0: '', 1: '' });
    const ds = checkTable(seedTable1({ rows }), HEBEI);
    expect(ofRule(ds, 'H05')).toEqual([]);
    expect(brief(ofRule(ds, 'H04')).map((d) => d.cell)).toEqual(['C16', 'C17']);
  });
});

describe('amounts quoted in budget messages', () => {
  test.each([
    // [预算数, cost value, expected text of the cost, of the sum, of the budget]
    [38.25, '30万元', '30万元', '30万元', '38.25万元'],
    [5, '0.30000000000000004万元', '0.3万元', '0.3万元', '5万元'],
    [5, '1.23456万元', '1.2346万元', '1.2346万元', '5万元'],
    [100, '0.00004万元', '0万元', '0万元', '100万元'],
  ])('预算数 %s, cost %s', (total, value, cost, sum, budget) => {
    const t = seedTable1({ budget: { total, fiscal: total, other: null }, rows: table1Rows({ 3: { 4: value } }) });
    const [b04] = ofRule(checkTable(t, HEBEI), 'B04');
    expect(b04.message).toBe(`成本指标金额（${cost}）及其合计${sum}都不等于预算数${budget}；请核对成本指标，使其与预算数一致。`);
  });
});
