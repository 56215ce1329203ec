/**
 * rules.md "What the seed must produce", end to end: the seed's grids (pasted into one sheet as Word gives
 * it, and one sheet per project) read by the grid reader and checked.
 */
import { analyzeWorkbook } from '../../../src/engine/analyze';
import { Diagnostic } from '../../../src/engine/model/diagnostic';
import { WorkbookAnalysis } from '../../../src/engine/model/analysis';
import { seedGrids } from '../../fixtures/seedGrids';

function valueOf(a: WorkbookAnalysis, d: Diagnostic): string | null {
  for (const t of a.tables) {
    if (t.table.sheet !== d.sheet) continue;
    const i = t.indicatorSources.findIndex((s) => s.valueCell === d.cell);
    if (i >= 0) return t.table.indicators[i].value;
  }
  return null;
}

describe.each(['pasted', 'perSheet'] as const)('the seed read from the %s layout (hebei-2023)', (layout) => {
  const a = analyzeWorkbook(seedGrids(layout), { profile: 'hebei-2023' });
  const of = (rule: string) => a.diagnostics.filter((d) => d.rule === rule);

  test('reads 12 tables', () => {
    expect(a.tables).toHaveLength(12);
  });

  test('has no error', () => {
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  test('V03 on every 时效 row written 及时保障', () => {
    const v03 = of('V03');
    expect(v03).toHaveLength(12);
    expect(v03.map((d) => valueOf(a, d))).toEqual(new Array(12).fill('及时保障'));
  });

  test('V05 on 运转保障率 ≤100%', () => {
    const v05 = of('V05');
    expect(v05.map((d) => valueOf(a, d))).toEqual(['≤100%', '≤100%']);
    expect(v05.every((d) => d.message.includes('运转保障率'))).toBe(true);
  });

  test('V07 on 食品安全意识提高, 县城幸福指数提高, 较上年产品质量提高 and 较上一年产品质量提高', () => {
    const values = of('V07').map((d) => valueOf(a, d));
    expect([...new Set(values)].sort()).toEqual(['县城幸福指数提高', '较上一年产品质量提高', '较上年产品质量提高', '食品安全意识提高'].sort());
    expect(values).toHaveLength(8);
  });

  test('every warning points at a cell of its sheet', () => {
    for (const d of a.diagnostics) expect(d.cell).toMatch(/^[A-Z]{1,3}\d+$/);
  });
});
