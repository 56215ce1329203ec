/**
 * rules.md "What the seed must produce", on the seed's 12 tables built in the reader's layout (the grid
 * reader's own end-to-end version is seedWarnings.test.ts, once the reader exists).
 */
import { checkWorkbook } from '../../../src/engine/check/checker';
import { Diagnostic } from '../../../src/engine/model/diagnostic';
import { seedWorkbook } from './builders';
import { ofRule } from './helpers';

const valueAt = (sheets: ReturnType<typeof seedWorkbook>, d: Diagnostic): string => {
  for (const t of sheets[0].tables) {
    const i = t.indicatorSources.findIndex((s) => s.valueCell === d.cell);
    if (i >= 0) return t.table.indicators[i].value;
  }
  return '';
};

describe('the seed in hebei-2023', () => {
  const sheets = seedWorkbook();
  const ds = checkWorkbook(sheets, { profile: 'hebei-2023' });

  test('has no error', () => {
    expect(ds.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('V03 on every 时效 row written 及时保障 (one per table)', () => {
    const v03 = ofRule(ds, 'V03');
    expect(v03).toHaveLength(12);
    expect(v03.map((d) => valueAt(sheets, d))).toEqual(new Array(12).fill('及时保障'));
  });

  test('V05 on 运转保障率 ≤100% (tables 3 and 5), not on 差错率 or 死亡率', () => {
    const v05 = ofRule(ds, 'V05');
    expect(v05.map((d) => valueAt(sheets, d))).toEqual(['≤100%', '≤100%']);
    expect(v05.every((d) => d.message.includes('运转保障率'))).toBe(true);
  });

  test('V07 on the vague improvement phrases', () => {
    expect(ofRule(ds, 'V07').map((d) => valueAt(sheets, d))).toEqual([
      '食品安全意识提高',
      '食品安全意识提高',
      '县城幸福指数提高',
      '较上年产品质量提高',
      '较上年产品质量提高',
      '较上年产品质量提高',
      '较上年产品质量提高',
      '较上一年产品质量提高',
    ]);
  });

  test('raises nothing else', () => {
    expect([...new Set(ds.map((d) => d.rule))].sort()).toEqual(['V03', 'V05', 'V07']);
  });
});

describe('the seed in mof-2021', () => {
  test('every table is told to move 成本指标 to the 一级 成本指标', () => {
    const ds = checkWorkbook(seedWorkbook(), { profile: 'mof-2021' });
    expect(ofRule(ds, 'H03')).toHaveLength(12);
    expect(ofRule(ds, 'H07')).toHaveLength(12);
    expect(ds.filter((d) => d.severity === 'error').every((d) => d.rule === 'H03' || d.rule === 'H07')).toBe(true);
  });
});
