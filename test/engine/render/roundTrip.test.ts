import fc from 'fast-check';
import { analyzeSheet } from '../../../src/engine/analyze';
import { convertTable } from '../../../src/engine/convert/convert';
import { ProjectTable } from '../../../src/engine/model/table';
import { planToGrid } from '../../../src/engine/render/planToGrid';
import { renderTemplate } from '../../../src/engine/render/template';
import { seedTable, seedTables } from '../fixtures/seedTables';

/** The model without where it was found (sheet, range, cells, rows), which rendering changes by design. */
function content(t: ProjectTable): unknown {
  return {
    ...t,
    sheet: undefined,
    range: undefined,
    spendPlan: t.spendPlan.map((p) => ({ label: p.label, percent: p.percent })),
    indicators: t.indicators.map((i) => ({ ...i, row: undefined })),
  };
}

function readBack(table: ProjectTable | null, profile: 'hebei-2023' | 'mof-2021' = 'hebei-2023'): ProjectTable[] {
  const grid = planToGrid(renderTemplate(table, { profile, name: '标准表' }));
  return analyzeSheet(grid).tables.map((t) => t.table);
}

describe('render → planToGrid → analyzeSheet', () => {
  test.each(seedTables().map((t, i) => [i + 1, t] as const))('seed table %i reads back the same', (_n, table) => {
    const back = readBack(table);
    expect(back).toHaveLength(1);
    expect(content(back[0])).toEqual(content(table));
    expect(back[0].sheet).toBe('标准表');
  });

  test('positions of the standard layout', () => {
    const t = seedTable(1);
    const grid = planToGrid(renderTemplate(t, { profile: 'hebei-2023', name: '标准表' }));
    const [read] = analyzeSheet(grid).tables;
    expect(read.table.spendPlan.map((p) => p.cell)).toEqual(['B7', 'C7', 'D7', 'E7']);
    expect(read.table.indicators.map((i) => i.row)).toEqual([10, 11, 12, 13, 14, 15]);
    expect(read.fields).toMatchObject({ projectCode: 'B3', budgetTotal: 'C4', spendPlanLabel: 'A6', indicatorHeader: 'A9' });
    expect(analyzeSheet(grid).unclaimed).toEqual([]);
  });

  test('converted to mof-2021 reads back with 成本 first', () => {
    const mof = convertTable(seedTable(8), 'mof-2021');
    const [back] = readBack(mof, 'mof-2021');
    expect(content(back)).toEqual(content(mof));
    expect(back.indicators[0].level1).toBe('成本指标');
  });

  test('the empty template reads back as an empty table with the skeleton rows', () => {
    const [back] = readBack(null);
    expect(back.projectCode).toBe('');
    expect(back.budget).toEqual({ total: null, fiscal: null, other: null });
    expect(back.spendPlan.map((p) => [p.label, p.percent])).toEqual([['3月底', null], ['6月底', null], ['10月底', null], ['12月底', null]]);
    expect(back.indicators.map((i) => `${i.level1}/${i.level2}`)).toEqual([
      '产出指标/数量指标', '产出指标/质量指标', '产出指标/时效指标', '产出指标/成本指标', '效益指标/社会效益指标', '满意度指标/服务对象满意度指标',
    ]);
  });

  test('property: edited seed texts survive the round trip', () => {
    const text = fc.string({ unit: fc.constantFrom('抽', '检', '批', '次', 'a', '1', '5', '%', '≥', '，', '。'), minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), text, text, fc.integer({ min: 0, max: 100 }), (n, level3, purpose, pct) => {
        const t = seedTable(n);
        t.indicators[0].level3 = level3;
        t.purpose = purpose;
        t.spendPlan[0].percent = pct;
        const [back] = readBack(t);
        expect(back.indicators[0].level3).toBe(level3);
        expect(back.purpose).toBe(purpose);
        expect(back.spendPlan[0].percent).toBe(pct);
      }),
      { numRuns: 60 },
    );
  });
});
