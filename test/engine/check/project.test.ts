import { checkTable, checkWorkbook } from '../../../src/engine/check/checker';
import { projectNameInTitle } from '../../../src/engine/check/rules/project';
import { CheckOptions } from '../../../src/engine/model/options';
import { getProfileConfig } from '../../../src/engine/profile/lists';
import { buildTable, seedSpec, seedTable1 } from './builders';
import { brief, ofRule } from './helpers';

const HEBEI: CheckOptions = { profile: 'hebei-2023' };
const pRules = (ds: ReturnType<typeof checkTable>) => ds.filter((d) => d.rule.startsWith('P'));

describe('project rules fire on broken input', () => {
  test.each([
    ['P01 empty 项目编码', { projectCode: '' }, 'P01', 'error', 'B3'],
    ['P02 empty 项目名称', { projectName: ' ' }, 'P02', 'error', 'E3'],
    ['P03 empty 绩效目标', { goal: '' }, 'P03', 'error', 'B8'],
    ['P04 empty 资金用途', { purpose: '' }, 'P04', 'warning', 'B5'],
    ['P06 title names another project', { title: '1.食品安全经费绩效目标表' }, 'P06', 'warning', 'A1'],
  ] as const)('%s', (_name, overrides, rule, severity, cell) => {
    expect(brief(pRules(checkTable(seedTable1(overrides), HEBEI)))).toEqual([{ rule, severity, cell }]);
  });

  test('P05 the same 项目编码 in two tables is reported on the later table', () => {
    const first = buildTable(seedSpec(0));
    const second = buildTable(seedSpec(1, { top: 20, projectCode: '13032423P00442810053A' }));
    const ds = ofRule(checkWorkbook([{ sheet: 'Sheet1', tables: [first, second], unclaimed: [] }], HEBEI), 'P05');
    expect(brief(ds)).toEqual([{ rule: 'P05', severity: 'error', cell: 'B23' }]);
    expect(ds[0].message).toContain('B3');
  });

  test('P05 across sheets names the other sheet', () => {
    const first = buildTable(seedSpec(0, { sheet: '食品' }));
    const second = buildTable(seedSpec(1, { sheet: '综合', projectCode: '13032423P00442810053A' }));
    const ds = ofRule(
      checkWorkbook(
        [
          { sheet: '食品', tables: [first], unclaimed: [] },
          { sheet: '综合', tables: [second], unclaimed: [] },
        ],
        HEBEI,
      ),
      'P05',
    );
    expect(ds).toHaveLength(1);
    expect(ds[0].sheet).toBe('综合');
    expect(ds[0].message).toContain('食品');
  });

  test('a field whose cell the reader did not find falls back to the table\'s first cell', () => {
    const t = seedTable1({ top: 30, projectCode: '' });
    delete t.fields.projectCode;
    expect(brief(pRules(checkTable(t, HEBEI)))).toEqual([{ rule: 'P01', severity: 'error', cell: 'A31' }]);
  });
});

describe('project rules stay quiet on good input', () => {
  test('every seed table has no P diagnostic (titles match 项目名称)', () => {
    for (let i = 0; i < 12; i++) expect(pRules(checkTable(buildTable(seedSpec(i)), HEBEI))).toEqual([]);
  });

  test.each([
    // The name itself ends with 项目 / 项目支出, which are also title suffix words.
    ['1.大型工程建设项目绩效目标表', '大型工程建设项目'],
    ['2.农村公路养护项目支出绩效目标表', '农村公路养护项目支出'],
    // The name itself starts with a year, which a title may also carry before the name.
    ['3.2023年农村环境整治绩效目标表', '2023年农村环境整治'],
    ['2023年度农村环境整治绩效目标表', '农村环境整治'],
    ['（4）食品 抽检经费绩效目标表', '食品抽检经费'],
  ])('P06 stays quiet: title %s, 项目名称 %s', (title, projectName) => {
    expect(pRules(checkTable(seedTable1({ title, projectName }), HEBEI))).toEqual([]);
  });

  test('P06 still fires when only a suffix-like word differs in the middle', () => {
    const ds = pRules(checkTable(seedTable1({ title: '1.大型工程建设项目绩效目标表', projectName: '小型工程建设项目' }), HEBEI));
    expect(brief(ds)).toEqual([{ rule: 'P06', severity: 'warning', cell: 'A1' }]);
    expect(ds[0].message).toContain('小型工程建设项目');
  });

  test.each([
    ['1.食品安全业务经费绩效目标表', '食品安全业务经费'],
    ['8.冀财行【2022】104号-提前下达2023年市场监督专项补助经费绩效目标表', '冀财行【2022】104号-提前下达2023年市场监督专项补助经费'],
    ['（3）食品抽检经费项目绩效目标表', '食品抽检经费'],
    ['二、食品抽检经费绩效目标表', '食品抽检经费'],
    ['2023年度食品抽检经费项目支出绩效目标申报表', '食品抽检经费'],
    ['项目支出绩效目标表', null],
    ['2023年度项目支出绩效目标表', null],
    ['卢龙县市场监督管理局', null],
  ])('title %s carries project name %s', (title, name) => {
    expect(projectNameInTitle(title, getProfileConfig('hebei-2023'))).toBe(name);
  });
});
