import { checkTable } from '../../../src/engine/check/checker';
import { CheckOptions } from '../../../src/engine/model/options';
import { buildTable, seedSpec, seedTable1, table1Rows } from './builders';
import { brief, ofRule } from './helpers';

const HEBEI: CheckOptions = { profile: 'hebei-2023' };
const MOF: CheckOptions = { profile: 'mof-2021' };

describe('hierarchy rules fire on broken input', () => {
  test.each([
    ['H01 unknown 一级', table1Rows({ 4: { 0: '社会指标' } }), 'H01', 'error', 'A14'],
    ['H01 成本指标 as 一级 in hebei-2023', table1Rows({ 3: { 0: '成本指标', 1: '经济成本指标' } }), 'H01', 'error', 'A13'],
    ['H02 unknown 二级', table1Rows({ 1: { 1: '品质指标' } }), 'H02', 'error', 'B11'],
    ['H02 mof-only 二级 in hebei-2023', table1Rows({ 3: { 1: '经济成本指标' } }), 'H02', 'error', 'B13'],
    ['H03 数量指标 under 效益指标', table1Rows({ 4: { 1: '数量指标' } }), 'H03', 'error', 'B14'],
    ['H04 value without 三级', table1Rows({ 0: { 2: '' } }), 'H04', 'error', 'C10'],
    ['H05 repeated 三级', table1Rows({ 1: { 2: '抽检批次' } }), 'H05', 'warning', 'C11'],
    ['H06 三级 is a category', table1Rows({ 0: { 2: '数量指标' } }), 'H06', 'error', 'C10'],
    ['H06 三级 is a 一级 key', table1Rows({ 5: { 2: '满意度' } }), 'H06', 'error', 'C15'],
    ['H07 no 满意度指标', table1Rows({}).slice(0, 5), 'H07', 'error', 'A9'],
    ['H08 no 时效指标', table1Rows({}).filter((_, i) => i !== 2), 'H08', 'warning', 'A10'],
    ['H09 no 一级 on the first row', table1Rows({ 0: { 0: '' } }), 'H09', 'error', 'A10'],
    ['H09 no 二级 on the first row', table1Rows({ 0: { 1: '' } }), 'H09', 'error', 'B10'],
    ['H10 一级 synonym', table1Rows({ 0: { 0: '产出值' } }), 'H10', 'info', 'A10'],
    ['H10 二级 synonym', table1Rows({ 0: { 1: '数量值' } }), 'H10', 'info', 'B10'],
  ] as const)('%s', (_name, rows, rule, severity, cell) => {
    const ds = ofRule(checkTable(seedTable1({ rows: [...rows] }), HEBEI), rule);
    expect(brief(ds)).toEqual([{ rule, severity, cell }]);
    expect(ds[0].sheet).toBe('Sheet1');
  });

  test('H03 in mof-2021: 成本指标 under 产出指标 belongs to the 一级 成本指标', () => {
    const ds = checkTable(seedTable1(), MOF);
    const h03 = ofRule(ds, 'H03');
    expect(brief(h03)).toEqual([{ rule: 'H03', severity: 'error', cell: 'B13' }]);
    expect(h03[0].message).toContain('经济成本指标');
    expect(brief(ofRule(ds, 'H07'))).toEqual([{ rule: 'H07', severity: 'error', cell: 'A9' }]);
    expect(ofRule(ds, 'H07')[0].message).toContain('成本指标');
  });

  test('H10 names the synonym and the canonical name', () => {
    const [d] = ofRule(checkTable(seedTable1({ rows: table1Rows({ 0: { 0: '产出值' } }) }), HEBEI), 'H10');
    expect(d.message).toContain('产出值');
    expect(d.message).toContain('产出指标');
  });

  test('H08 lists each missing 二级 once, at the 一级 cell', () => {
    const rows = table1Rows({}).filter((_, i) => i !== 2 && i !== 3);
    const ds = ofRule(checkTable(seedTable1({ rows }), HEBEI), 'H08');
    expect(ds.map((d) => d.message.match(/缺少二级指标“(.+?)”/)?.[1])).toEqual(['时效指标', '成本指标']);
    expect(ds.every((d) => d.cell === 'A10')).toBe(true);
  });

  test('H07 for mof-2021 needs 成本指标 as well; hebei-2023 does not', () => {
    const rows = table1Rows({}).filter((_, i) => i !== 3);
    expect(ofRule(checkTable(seedTable1({ rows }), HEBEI), 'H07')).toEqual([]);
  });

  test('an inherited 一级 is not reported again on every row', () => {
    const ds = ofRule(checkTable(seedTable1({ rows: table1Rows({ 0: { 0: '产品指标' } }) }), HEBEI), 'H01');
    expect(brief(ds)).toEqual([{ rule: 'H01', severity: 'error', cell: 'A10' }]);
  });
});

describe('hierarchy rules stay quiet on good input', () => {
  test('the seed table 1 has no H diagnostic in hebei-2023', () => {
    expect(checkTable(seedTable1(), HEBEI).filter((d) => d.rule.startsWith('H'))).toEqual([]);
  });

  test('服务对象满意度 as 三级 is the customary indicator, not a category (H06)', () => {
    expect(ofRule(checkTable(seedTable1(), HEBEI), 'H06')).toEqual([]);
  });

  test('the seed table 6 repeats 数量指标 on two rows without H05', () => {
    expect(checkTable(buildTable(seedSpec(5)), HEBEI).filter((d) => d.rule.startsWith('H'))).toEqual([]);
  });

  test('a mof-2021 table with 成本指标 as 一级 has no H diagnostic', () => {
    const rows = table1Rows({}).filter((_, i) => i !== 3);
    rows.unshift(['成本指标', '经济成本指标', '委托业务费', '委托业务费支出', '5万元', '年初预算']);
    expect(checkTable(seedTable1({ rows }), MOF).filter((d) => d.rule.startsWith('H'))).toEqual([]);
  });
});

test('H09 is reported once for a run of rows with nothing to inherit', () => {
  const rows = table1Rows({ 0: { 0: '' }, 1: { 0: '' } });
  const ds = ofRule(checkTable(seedTable1({ rows }), HEBEI), 'H09');
  expect(brief(ds)).toEqual([{ rule: 'H09', severity: 'error', cell: 'A10' }]);
  expect(ds[0].message).toContain('第10行');
});
