import { parseSeedText, seedTables, loadSeedDocument } from '../fixtures/seedText';
import { pastedSeedGrid, perSheetSeedGrids, seedGrids } from '../fixtures/seedGrids';
import { rangeAddress } from '../../src/engine/grid/address';
import { valueAt, formatAt } from '../../src/engine/grid/grid';

describe('seed text parser', () => {
  const tables = seedTables();

  it('finds the 12 tables with their titles, bookmarks stripped', () => {
    expect(tables).toHaveLength(12);
    expect(tables[0].title).toBe('1.食品安全业务经费绩效目标表');
    expect(tables[11].title).toBe('12.食品抽检经费绩效目标表');
    for (const t of tables) expect(t.title).not.toMatch(/bookmark/);
  });

  it('keeps cell text exactly, stray spaces included', () => {
    const t = tables[0];
    expect(t.rows[0]).toEqual(['414001卢龙县市场监督管理局本级', '单位：万元']);
    expect(t.rows[1]).toEqual(['项目编码', '13032423P00442810053A', '项目名称', '食品安全业务经费']);
    expect(t.rows[2]).toEqual(['预算规模及资金用途', '预算数', '5.00', '其中：财政    资金', '5.00', '其他资金', ' ']);
    expect(t.rows[5]).toEqual(['', '50%', '100%', ' 100%', '100% ']);
    expect(t.rows[8]).toEqual(['产出指标', '数量指标', '抽检批次', '抽检批次', '≥130批次', '年度工作计划']);
  });

  it('gives row shapes 2,4,7,2,5,5,2 then six-cell indicator rows', () => {
    const indicatorCounts = tables.map((t) => t.rows.length - 8);
    expect(indicatorCounts).toEqual([6, 6, 6, 6, 6, 7, 6, 8, 6, 6, 6, 6]);
    for (const t of tables) {
      expect(t.rows.slice(0, 8).map((r) => r.length)).toEqual([2, 4, 7, 2, 5, 5, 2, 6]);
      for (const r of t.rows.slice(8)) expect(r).toHaveLength(6);
    }
  });

  it('sums the budgets to the department total 195.00', () => {
    const total = tables.reduce((s, t) => s + Number(t.rows[2][2]), 0);
    expect(total).toBeCloseTo(195, 6);
  });

  it('keeps the free text before the first table', () => {
    const doc = loadSeedDocument();
    expect(doc.preamble[0].trim()).toBe('第一部分');
    expect(doc.preamble.some((p) => p.startsWith('一、总体绩效目标'))).toBe(true);
    expect(doc.preamble[doc.preamble.length - 1]).toBe('预算项目绩效目标');
  });

  it('parses the format from a small text, and rejects text lost between tables', () => {
    const doc = parseSeedText('intro\n\n[bookmark: x]T1\n\ta\n\tb\n\n\tc\n \nT2\n\td\n');
    expect(doc.preamble).toEqual(['intro']);
    expect(doc.tables).toEqual([
      { title: 'T1', rows: [['a', 'b'], ['c']] },
      { title: 'T2', rows: [['d']] },
    ]);
    expect(() => parseSeedText('T1\n\ta\nstray\n')).toThrow(/outside a table/);
  });
});

describe('seed grids', () => {
  it('pastes the document into Sheet1 with Word merges', () => {
    const g = pastedSeedGrid();
    expect(g.name).toBe('Sheet1');
    const titleRow = g.values.findIndex((r) => r[0] === '1.食品安全业务经费绩效目标表');
    expect(titleRow).toBeGreaterThan(5);
    const merges = g.merges.map(rangeAddress);
    const t = titleRow + 1; // 1-based row of the title
    expect(merges).toContain(`A${t}:G${t}`); // title across the table
    expect(merges).toContain(`A${t + 3}:A${t + 4}`); // 预算规模及资金用途 over two rows
    expect(merges).toContain(`B${t + 4}:G${t + 4}`); // purpose across
    expect(merges).toContain(`A${t + 5}:A${t + 6}`); // 资金支出计划（%）
    expect(merges).toContain(`B${t + 7}:G${t + 7}`); // goal across
    expect(merges).toContain(`A${t + 9}:A${t + 12}`); // 产出指标 over its four rows
    expect(valueAt(g, titleRow + 3, 3)).toBe('其中：财政    资金');
    expect(valueAt(g, titleRow + 3, 6)).toBe(' ');
    expect(valueAt(g, titleRow + 6, 3)).toBe(' 100%');
    expect(valueAt(g, titleRow + 4, 0)).toBeNull();
    expect(g.values.filter((r) => typeof r[0] === 'string' && /绩效目标表$/.test(r[0] as string))).toHaveLength(12);
  });

  it('lays out one table per sheet with numbers and percent formats', () => {
    const grids = perSheetSeedGrids();
    expect(grids).toHaveLength(12);
    expect(grids[0].name).toBe('食品安全业务经费');
    expect(grids[1].name).toBe('食品安全业务经费f');
    for (const g of grids) expect(g.name.length).toBeLessThanOrEqual(31);
    const g = grids[0];
    expect(valueAt(g, 0, 0)).toBe('1.食品安全业务经费绩效目标表');
    expect(valueAt(g, 3, 2)).toBe(5);
    expect(valueAt(g, 3, 4)).toBe(5);
    expect(valueAt(g, 6, 1)).toBe(0.5);
    expect(formatAt(g, 6, 1)).toBe('0%');
    expect(valueAt(g, 6, 4)).toBe(1);
    expect(valueAt(g, 9, 4)).toBe('≥130批次');
    expect(g.merges).toEqual([]);
    expect(seedGrids('perSheet').map((x) => x.name)).toEqual(grids.map((x) => x.name));
    expect(seedGrids()).toHaveLength(1);
  });
});
