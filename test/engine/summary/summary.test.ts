import { rangeAddress } from '../../../src/engine/grid/address';
import { Diagnostic } from '../../../src/engine/model/diagnostic';
import { SheetPlan } from '../../../src/engine/model/plan';
import { indicatorCounts, summaryPlans } from '../../../src/engine/summary';
import { seedTable, seedTables } from '../fixtures/seedTables';
import { cell, formatOf, headerCol, styleOf } from '../fixtures/planAccess';

const hebei = { profile: 'hebei-2023' as const };

function d(rule: Diagnostic['rule'], severity: Diagnostic['severity'], sheet: string, c: string): Diagnostic {
  return { rule, severity, sheet, cell: c, message: `${rule} 说明` };
}

function byName(plans: SheetPlan[], name: string): SheetPlan {
  const p = plans.find((x) => x.name === name);
  if (!p) throw new Error(name);
  return p;
}

describe('summaryPlans', () => {
  test('returns the three sheets in order', () => {
    expect(summaryPlans([], [], hebei).map((p) => p.name)).toEqual(['部门汇总', '指标汇总', '校验结果']);
  });
});

describe('部门汇总', () => {
  test('header: budget split, two columns per checkpoint, then counts', () => {
    const plan = summaryPlans([seedTable(1)], [], hebei)[0];
    expect(plan.values[0]).toEqual([
      '序号', '项目编码', '项目名称', '预算数', '财政资金', '其他资金',
      '3月底累计%', '3月底金额', '6月底累计%', '6月底金额', '10月底累计%', '10月底金额', '12月底累计%', '12月底金额',
      '错误数', '警告数',
    ]);
    expect(styleOf(plan, 'A1').bold).toBe(true);
    expect(plan.freeze?.rows).toBe(1);
    expect(plan.print).toMatchObject({ paper: 'A4', orientation: 'landscape', fitToWidth: 1 });
  });

  test('two seed tables: rows, amounts and totals', () => {
    const t1 = seedTable(1);
    const t4 = seedTable(4);
    const diagnostics = [
      d('V03', 'warning', '表1', 'E12'),
      d('B02', 'error', '表1', 'C4'),
      d('V07', 'warning', '表1', 'E14'),
      d('D01', 'info', '表1', 'A2'),
      d('V03', 'warning', '表4', 'E12'),
      d('D01', 'warning', '表1', 'H40'), // outside table 1's range A1:F15
      d('V03', 'warning', '表9', 'E12'), // another sheet
    ];
    const plan = summaryPlans([t1, t4], diagnostics, hebei)[0];
    expect(plan.values[1].slice(0, 6)).toEqual([1, '13032423P00442810053A', '食品安全业务经费', 5, 5, null]);
    expect(plan.values[2].slice(0, 6)).toEqual([2, '13032423P004428100513', '市场监管综合业务经费', 38, 38, null]);
    // 3月底: 5 × 50% = 2.50; 38 × 32% = 12.16.
    expect([cell(plan, 'G2'), cell(plan, 'H2'), cell(plan, 'G3'), cell(plan, 'H3')]).toEqual([0.5, 2.5, 0.32, 12.16]);
    // 6月底: 5.00 and 38 × 63% = 23.94.
    expect([cell(plan, 'J2'), cell(plan, 'J3')]).toEqual([5, 23.94]);
    expect([cell(plan, 'O2'), cell(plan, 'P2'), cell(plan, 'O3'), cell(plan, 'P3')]).toEqual([1, 2, 0, 1]);

    expect(plan.values[3].slice(0, 6)).toEqual(['合计', null, null, 43, 43, 0]);
    expect(cell(plan, 'H4')).toBe(14.66);
    expect(cell(plan, 'G4')).toBeCloseTo(14.66 / 43, 6);
    expect(cell(plan, 'J4')).toBe(28.94);
    expect(cell(plan, 'G4')).not.toBe(cell(plan, 'G2'));
    expect([cell(plan, 'N4'), cell(plan, 'M4')]).toEqual([43, 1]);
    expect([cell(plan, 'O4'), cell(plan, 'P4')]).toEqual([1, 3]);
    expect(plan.merges.map(rangeAddress)).toContain('A4:C4');

    expect(formatOf(plan, 'G2')).toBe('0%');
    expect(formatOf(plan, 'G4')).toBe('0%');
    expect(formatOf(plan, 'H3')).toBe('0.00');
    expect(formatOf(plan, 'D4')).toBe('0.00');
    expect(formatOf(plan, 'B2')).toBe('@');
    expect(styleOf(plan, 'A4').bold).toBe(true);
  });

  test('the whole seed: 12 projects, 195.00 万元', () => {
    const plan = summaryPlans(seedTables(), [], hebei)[0];
    const total = plan.values[13];
    expect(total[0]).toBe('合计');
    const col = (label: string): number => headerCol(plan, label);
    expect(total[col('预算数')]).toBe(195);
    expect(total[col('财政资金')]).toBe(195);
    // Hand-summed from the seed: 2.5+7.5+5+12.16+5+2.97+2.25+3+7+1.25+0.75+4.
    expect(total[col('3月底金额')]).toBe(53.38);
    expect(total[col('3月底累计%')]).toBeCloseTo(53.38 / 195, 6);
    expect(total[col('6月底金额')]).toBe(106.38);
    expect(total[col('12月底金额')]).toBe(195);
    expect(total[col('12月底累计%')]).toBe(1);
    expect(plan.values.slice(1, 13).map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // 9.00 × 33% (table 6).
    expect(plan.values[6][col('3月底金额')]).toBe(2.97);
  });

  test('checkpoints are matched by label; a missing one stays blank', () => {
    const t = seedTable(2);
    t.spendPlan = [
      { label: '6月 底', percent: 50, cell: 'B7' },
      { label: '12月底', percent: 100, cell: 'C7' },
    ];
    const plan = summaryPlans([t], [], hebei)[0];
    const col = (label: string): number => headerCol(plan, label);
    expect(plan.values[1][col('3月底累计%')]).toBeNull();
    expect(plan.values[1][col('3月底金额')]).toBeNull();
    expect(plan.values[1][col('6月底金额')]).toBe(15);
    expect(plan.values[1][col('12月底金额')]).toBe(30);
  });

  test('configured checkpoints change the columns', () => {
    const plan = summaryPlans([seedTable(1)], [], { ...hebei, checkpoints: ['6月底', '12月底'] })[0];
    expect(plan.values[0].slice(6, 10)).toEqual(['6月底累计%', '6月底金额', '12月底累计%', '12月底金额']);
    expect(plan.values[1].slice(6, 10)).toEqual([1, 5, 1, 5]);
  });

  test('a project whose budget is empty gives blank amounts, never NaN, and is left out of the totals', () => {
    const empty = { ...seedTable(1), budget: { total: null, fiscal: null, other: null } };
    const plan = summaryPlans([empty, seedTable(4)], [], hebei)[0];
    const col = (label: string): number => headerCol(plan, label);
    expect(plan.values[1][col('3月底金额')]).toBeNull();
    expect(plan.values[3][col('预算数')]).toBe(38);
    expect(plan.values[3][col('3月底金额')]).toBe(12.16);
    expect(plan.values[3][col('3月底累计%')]).toBeCloseTo(0.32, 6);
    for (const row of plan.values) for (const v of row) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    // No budget at all: the department percentages are blank rather than 0/0.
    const none = summaryPlans([empty], [], hebei)[0];
    expect(none.values[2][col('3月底累计%')]).toBeNull();
  });

  test('tables in other money units are converted into the first table\'s unit before they are added up', () => {
    const inYuan = { ...seedTable(2), moneyUnit: '元', budget: { total: 300000, fiscal: 250000, other: 50000 } };
    const inYi = { ...seedTable(4), moneyUnit: '亿元', budget: { total: 0.0038, fiscal: 0.0038, other: null } };
    const plan = summaryPlans([seedTable(1), inYuan, inYi], [], hebei)[0];
    const col = (label: string): number => headerCol(plan, label);
    expect(plan.values[2].slice(3, 6)).toEqual([30, 25, 5]);
    expect(plan.values[3].slice(3, 6)).toEqual([38, 38, null]);
    // 30 万元 × 25% and 38 万元 × 32%.
    expect(plan.values[2][col('3月底金额')]).toBe(7.5);
    expect(plan.values[3][col('3月底金额')]).toBe(12.16);
    expect(plan.values[4].slice(3, 6)).toEqual([73, 68, 5]);
  });

  test('project names link to the standard sheet when there is one, else to the table', () => {
    const plan = summaryPlans([seedTable(1), seedTable(2)], [], { ...hebei, tableSheets: ['食品安全业务经费', null] })[0];
    expect(plan.links).toEqual([
      { row: 1, col: 2, sheet: '食品安全业务经费', cell: 'A1' },
      { row: 2, col: 2, sheet: '表2', cell: 'A1' },
    ]);
  });
});

describe('指标汇总', () => {
  const plan = summaryPlans(seedTables(), [], hebei)[1];

  test('every indicator with its project and source', () => {
    expect(plan.values[0]).toEqual(['项目编码', '项目名称', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据', '来源']);
    expect(plan.values[1]).toEqual(['13032423P00442810053A', '食品安全业务经费', '产出指标', '数量指标', '抽检批次', '抽检批次', '≥130批次', '年度工作计划', '表1!10']);
    expect(plan.values[75].slice(1, 5)).toEqual(['食品抽检经费', '满意度指标', '服务对象满意度指标', '服务对象满意度']);
    expect(plan.values[75][8]).toBe('表12!15');
    expect(plan.links[0]).toEqual({ row: 1, col: 8, sheet: '表1', cell: 'A10' });
    expect(plan.links).toHaveLength(75);
    expect(rangeAddress(plan.autoFilter!)).toBe('A1:I76');
  });

  test('a table that does not start in column A links to its own first column', () => {
    const t = { ...seedTable(1), range: 'C5:H19', indicators: seedTable(1).indicators.map((i) => ({ ...i, row: i.row + 4 })) };
    const links = summaryPlans([t], [], hebei)[1].links;
    expect(links[0]).toEqual({ row: 1, col: 8, sheet: '表1', cell: 'C14' });
  });

  test('counts per 一级/二级 below the list', () => {
    const title = plan.values.findIndex((r) => r[2] === '指标数量统计');
    expect(title).toBe(78);
    const rows = plan.values.slice(title + 2).map((r) => [r[2], r[3], r[4]]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', 13],
      ['产出指标', '质量指标', 13],
      ['产出指标', '时效指标', 12],
      ['产出指标', '成本指标', 12],
      ['产出指标', '小计', 50],
      ['效益指标', '经济效益指标', 1],
      ['效益指标', '社会效益指标', 12],
      ['效益指标', '生态效益指标', 0],
      ['效益指标', '可持续影响指标', 0],
      ['效益指标', '小计', 13],
      ['满意度指标', '服务对象满意度指标', 12],
      ['满意度指标', '小计', 12],
      ['全部指标', null, 75],
    ]);
  });

  test('names outside the profile are counted under their 一级', () => {
    const counts = indicatorCounts(seedTables(), 'mof-2021');
    expect(counts.find((c) => c.level1 === '产出指标' && c.level2 === '成本指标')?.count).toBe(12);
    expect(counts.find((c) => c.level1 === '成本指标' && c.level2 === '经济成本指标')?.count).toBe(0);
    const l1Order = [...new Set(counts.map((c) => c.level1))];
    expect(l1Order).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    expect(counts.reduce((s, c) => s + c.count, 0)).toBe(75);
  });
});

describe('校验结果', () => {
  test('every diagnostic with a link to its cell', () => {
    const diagnostics = [d('V03', 'warning', '表1', 'E12'), d('B02', 'error', '表4', 'C4'), d('H10', 'info', '表2', 'A10')];
    const plan = summaryPlans([], diagnostics, hebei)[2];
    expect(plan.values).toEqual([
      ['级别', '规则', '工作表', '单元格', '说明'],
      ['警告', 'V03', '表1', 'E12', 'V03 说明'],
      ['错误', 'B02', '表4', 'C4', 'B02 说明'],
      ['提示', 'H10', '表2', 'A10', 'H10 说明'],
    ]);
    expect(plan.links).toEqual([
      { row: 1, col: 3, sheet: '表1', cell: 'E12' },
      { row: 2, col: 3, sheet: '表4', cell: 'C4' },
      { row: 3, col: 3, sheet: '表2', cell: 'A10' },
    ]);
    expect(styleOf(plan, 'A3').fill).not.toBe(styleOf(plan, 'A2').fill);
    expect(rangeAddress(plan.autoFilter!)).toBe('A1:E4');
  });

  test('no diagnostics: says so', () => {
    const plan = summaryPlans([], [], hebei)[2];
    expect(plan.values[1][0]).toBe('未发现问题');
    expect(plan.links).toEqual([]);
  });
});
