import { checkTable } from '../../../src/engine/check/checker';
import { CheckOptions } from '../../../src/engine/model/options';
import { buildTable, seedSpec, seedTable1, table1Rows } from './builders';
import { brief, ofRule } from './helpers';

const HEBEI: CheckOptions = { profile: 'hebei-2023' };
const MOF: CheckOptions = { profile: 'mof-2021' };
const bRules = (ds: ReturnType<typeof checkTable>) => ds.filter((d) => d.rule.startsWith('B'));

describe('budget rules fire on broken input', () => {
  test('B01 empty 预算数', () => {
    const ds = bRules(checkTable(seedTable1({ budget: { total: null, fiscal: 5, other: null } }), HEBEI));
    expect(brief(ds)).toEqual([{ rule: 'B01', severity: 'error', cell: 'C4' }]);
  });

  test('B02 预算数 ≠ 财政资金 + 其他资金', () => {
    const ds = bRules(checkTable(seedTable1({ budget: { total: 5, fiscal: 4, other: null } }), HEBEI));
    expect(brief(ds)).toEqual([{ rule: 'B02', severity: 'error', cell: 'C4' }]);
    expect(ds[0].message).toContain('4万元');
  });

  test('B03 cost above the budget, converted from 元', () => {
    const ds = checkTable(seedTable1({ rows: table1Rows({ 3: { 4: '60000元' } }) }), HEBEI);
    expect(brief(ofRule(ds, 'B03'))).toEqual([{ rule: 'B03', severity: 'error', cell: 'E13' }]);
    expect(ofRule(ds, 'B03')[0].message).toContain('折合6万元');
  });

  test('B03 cost above the budget in 万元', () => {
    const ds = checkTable(seedTable1({ rows: table1Rows({ 3: { 4: '6万元' } }) }), HEBEI);
    expect(brief(ofRule(ds, 'B03'))).toEqual([{ rule: 'B03', severity: 'error', cell: 'E13' }]);
  });

  test('B03 in a 元 table: 0.0006亿元 is 60000元 > 50000元', () => {
    const t = seedTable1({ moneyUnit: '元', budget: { total: 50000, fiscal: 50000, other: null }, rows: table1Rows({ 3: { 4: '0.0006亿元' } }) });
    expect(brief(ofRule(checkTable(t, HEBEI), 'B03'))).toEqual([{ rule: 'B03', severity: 'error', cell: 'E13' }]);
  });

  test('B04 cost amounts that do not match the budget', () => {
    const ds = bRules(checkTable(seedTable1({ rows: table1Rows({ 3: { 4: '4万元' } }) }), HEBEI));
    expect(brief(ds)).toEqual([{ rule: 'B04', severity: 'warning', cell: 'E13' }]);
  });

  test('B05 negative 财政资金', () => {
    const ds = ofRule(checkTable(seedTable1({ budget: { total: 5, fiscal: -5, other: 10 } }), HEBEI), 'B05');
    expect(brief(ds)).toEqual([{ rule: 'B05', severity: 'error', cell: 'E4' }]);
  });

  test('B05 negative cost amount', () => {
    const ds = ofRule(checkTable(seedTable1({ rows: table1Rows({ 3: { 4: '-1万元' } }) }), HEBEI), 'B05');
    expect(brief(ds)).toEqual([{ rule: 'B05', severity: 'error', cell: 'E13' }]);
  });

  test('B05 a negative 预算数 is reported once per cell, without B03/B04 comparing costs to it', () => {
    const ds = bRules(checkTable(seedTable1({ budget: { total: -5, fiscal: -5, other: null } }), HEBEI));
    expect(brief(ds)).toEqual([
      { rule: 'B05', severity: 'error', cell: 'C4' },
      { rule: 'B05', severity: 'error', cell: 'E4' },
    ]);
  });

  test('B05 a cost written with a typographic minus (−1万元)', () => {
    const ds = ofRule(checkTable(seedTable1({ rows: table1Rows({ 3: { 4: '−1万元' } }) }), HEBEI), 'B05');
    expect(brief(ds)).toEqual([{ rule: 'B05', severity: 'error', cell: 'E13' }]);
  });

  test.each([
    [2.504, false],
    [2.506, true],
  ])('B02 tolerance is 0.005 of the money unit: 5 vs 2.5 + %d', (other, fires) => {
    const ds = ofRule(checkTable(seedTable1({ budget: { total: 5, fiscal: 2.5, other } }), HEBEI), 'B02');
    expect(ds.length > 0).toBe(fires);
  });

  test.each([
    ['15000万元', []],
    ['1.5亿元', []],
    ['15100万元', ['B03', 'B04']],
    ['151000000元', ['B03', 'B04']],
  ])('B03 in a 亿元 table of 1.5: cost %s', (value, rules) => {
    const t = seedTable1({ moneyUnit: '亿元', budget: { total: 1.5, fiscal: 1.5, other: null }, rows: table1Rows({ 3: { 4: value } }) });
    expect(bRules(checkTable(t, HEBEI)).map((d) => d.rule)).toEqual(rules);
  });

  test('mof-2021 takes cost rows from the 一级 成本指标', () => {
    const rows = table1Rows({}).filter((_, i) => i !== 3);
    rows.unshift(['成本指标', '经济成本指标', '委托业务费', '委托业务费支出', '7万元', '年初预算']);
    const ds = bRules(checkTable(seedTable1({ rows }), MOF));
    expect(brief(ds)).toEqual([
      { rule: 'B03', severity: 'error', cell: 'E10' },
      { rule: 'B04', severity: 'warning', cell: 'E10' },
    ]);
  });
});

describe('budget rules stay quiet on good input', () => {
  test.each([
    ['seed table 1: 5万元 vs 5.00', seedTable1()],
    ['seed table 4: ≤38万元 vs 38.00', buildTable(seedSpec(3))],
    ['50000元 equals 5.00 万元', seedTable1({ rows: table1Rows({ 3: { 4: '50000元' } }) })],
    ['250万 written without 元', seedTable1({ budget: { total: 250, fiscal: 250, other: null }, rows: table1Rows({ 3: { 4: '250万' } }) })],
    ['split 3 + 2 = 5', seedTable1({ budget: { total: 5, fiscal: 3, other: 2 } })],
    ['rounding within 0.005', seedTable1({ budget: { total: 5, fiscal: 2.333, other: 2.669 } })],
    [
      'two cost rows that add up to the budget',
      seedTable1({
        rows: [
          ...table1Rows({ 3: { 4: '2万元' } }).slice(0, 4),
          ['', '成本指标', '印刷费', '印刷费支出', '3万元', '年初预算'],
          ...table1Rows({}).slice(4),
        ],
      }),
    ],
  ])('%s', (_name, t) => {
    expect(bRules(checkTable(t, HEBEI))).toEqual([]);
  });

  test('a 成本 row in hebei-2023 is not read as cost under mof-2021 (it is not a 一级 成本指标 row)', () => {
    expect(bRules(checkTable(seedTable1({ rows: table1Rows({ 3: { 4: '6万元' } }) }), MOF))).toEqual([]);
  });
});
