/**
 * The seed document read as users paste it: (a) the whole Word file in one sheet with Word's merges,
 * (b) one table per sheet, unmerged, amounts as numbers and percentages as 0.5 with a % format.
 * Both must give the same 12 tables with every field of contract.md right.
 */
import { analyzeSheet } from '../../../src/engine/analyze';
import { ProjectTable } from '../../../src/engine/model/table';
import { pastedSeedGrid, perSheetSeedGrids } from '../../fixtures/seedGrids';

const CODES = [
  '13032423P00442810053A', '13032423P00442810055H', '13032423P004428100565', '13032423P004428100513',
  '13032423P00442810058C', '13032423P00443110178W', '13032423P004431101823', '13032423P000001100500',
  '13032423P00443110188Q', '13032423P00443110191B', '13032423P004431101946', '13032423P00443110195R',
];
const BUDGETS = [5, 30, 20, 38, 20, 9, 9, 12, 28, 5, 3, 16];
const PLANS = [
  [50, 100, 100, 100], [25, 50, 75, 100], [25, 50, 75, 100], [32, 63, 100, 100], [25, 50, 75, 100],
  [33, 66, 100, 100], [25, 50, 75, 100], [25, 50, 75, 100], [25, 50, 75, 100], [25, 50, 75, 100],
  [25, 50, 75, 100], [25, 50, 75, 100],
];

type Tuple = [string, string, string, string, string, string];
const tuples = (t: ProjectTable): Tuple[] =>
  t.indicators.map((i) => [i.level1, i.level2, i.level3, i.description, i.value, i.basis]);

const variants: [string, () => ProjectTable[]][] = [
  ['pasted into one sheet with merges', () => analyzeSheet(pastedSeedGrid()).tables.map((t) => t.table)],
  ['one unmerged table per sheet', () => perSheetSeedGrids().flatMap((g) => analyzeSheet(g).tables.map((t) => t.table))],
];

describe.each(variants)('seed %s', (_name, read) => {
  const tables = read();

  test('finds all 12 tables in reading order', () => {
    expect(tables.map((t) => t.projectCode)).toEqual(CODES);
  });

  test('budget, fiscal share and money unit', () => {
    expect(tables.map((t) => t.budget.total)).toEqual(BUDGETS);
    expect(tables.map((t) => t.budget.fiscal)).toEqual(BUDGETS);
    expect(tables.every((t) => t.budget.other === null && t.moneyUnit === '万元')).toBe(true);
    expect(BUDGETS.reduce((a, b) => a + b, 0)).toBe(195);
  });

  test('every spend-plan percentage and label', () => {
    expect(tables.map((t) => t.spendPlan.map((s) => s.percent))).toEqual(PLANS);
    expect(tables.every((t) => t.spendPlan.map((s) => s.label).join() === '3月底,6月底,10月底,12月底')).toBe(true);
  });

  test('title, unit, name, purpose and goal of table 1', () => {
    const t = tables[0];
    expect(t.title).toBe('1.食品安全业务经费绩效目标表');
    expect(t.unit).toBe('414001卢龙县市场监督管理局本级');
    expect(t.projectName).toBe('食品安全业务经费');
    expect(t.purpose).toBe('食品抽检，保障产品质量。');
    expect(t.goal).toBe('1.做好经费保障工作，保障正常运转。');
    expect(tables[8].goal).toBe('1. 保证计量标准准确可靠，提高计量检测能力。');
    expect(tables[7].projectName).toBe('冀财行【2022】104号-提前下达2023年市场监督专项补助经费');
  });

  test('indicator tuples of table 1, with inherited 一级', () => {
    expect(tuples(tables[0])).toEqual([
      ['产出指标', '数量指标', '抽检批次', '抽检批次', '≥130批次', '年度工作计划'],
      ['产出指标', '质量指标', '抽检合格率', '抽检合格率', '≥96%', '历史经验'],
      ['产出指标', '时效指标', '经费保障及时性', '及时保障各项办公业务需要', '及时保障', '年度工作安排'],
      ['产出指标', '成本指标', '按预算资金完成', '委托业务费支出', '5万元', '年初预算'],
      ['效益指标', '社会效益指标', '市场监测和预警工作', '保障产品质量，创建安全县城', '食品安全意识提高', '往年经验'],
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '≥98%', '历史经验'],
    ]);
    expect(tables[0].indicators[0].parsed).toEqual({ op: '>=', number: 130, unit: '批次' });
  });

  test('indicator tuples of table 6 (two 数量指标 rows, not merged)', () => {
    expect(tuples(tables[5]).map((r) => r.slice(0, 3).concat(r[4]))).toEqual([
      ['产出指标', '数量指标', '散煤抽检批次', '10批次'],
      ['产出指标', '数量指标', '农资抽检批次', '50批次'],
      ['产出指标', '质量指标', '抽检合格率', '≥95%'],
      ['产出指标', '时效指标', '及时性', '及时保障'],
      ['产出指标', '成本指标', '预算控制数', '9万元'],
      ['效益指标', '社会效益指标', '依法实施产品质量监督', '较上年产品质量提高'],
      ['满意度指标', '服务对象满意度指标', '服务对象满意度', '≥98%'],
    ]);
  });

  test('indicator tuples of table 8 (经济效益 and a number inside a sentence)', () => {
    const t = tables[7];
    expect(t.indicators).toHaveLength(8);
    expect(tuples(t)[5]).toEqual([
      '效益指标', '经济效益指标', '万台特种设备死亡率', '加强特种设备市场监管', '<0.36%', '冀财行【2022】104号文件',
    ]);
    expect(t.indicators[5].parsed).toEqual({ op: '<', number: 0.36, unit: '%' });
    expect(tuples(t)[6].slice(0, 5)).toEqual([
      '效益指标', '社会效益指标', '重大案件发生次数', '减少重大案件发生次数，提高质监执法能力', '重大案件发生0次',
    ]);
    expect(t.indicators[6].parsed).toEqual({ op: null, number: 0, unit: '次' });
    expect(t.indicators[7].value).toBe('≥85%');
  });
});

test('pasted sheet: addresses follow the sheet, free text before the tables is reported, not dropped', () => {
  const a = analyzeSheet(pastedSeedGrid());
  const first = a.tables[0];
  const top = first.bounds.r0 + 1;
  expect(first.table.range.startsWith(`A${top}:`)).toBe(true);
  expect(first.table.spendPlan[0].cell).toBe(`B${top + 6}`);
  expect(first.table.indicators[0].row).toBe(top + 9);
  expect(a.unclaimed.length).toBeGreaterThan(10);
  expect(a.unclaimed.some((u) => u.text.includes('总体绩效目标'))).toBe(true);
  expect(a.unclaimed.every((u) => Number(u.cell.replace(/^[A-Z]+/, '')) < top)).toBe(true);
});

test('per-sheet table starts at A1 with the contract addresses', () => {
  const t = analyzeSheet(perSheetSeedGrids()[0]).tables[0];
  expect(t.table.spendPlan.map((s) => s.cell)).toEqual(['B7', 'C7', 'D7', 'E7']);
  expect(t.table.indicators[0].row).toBe(10);
  expect(t.indicatorSources[2].valueCell).toBe('E12');
  expect(t.table.range).toBe('A1:F15');
});
