import fc from 'fast-check';
import { convertTable, planConversion } from '../../../src/engine/convert/convert';
import { Indicator } from '../../../src/engine/model/table';
import { isValidSheetName } from '../../../src/engine/render/sheetName';
import { seedTable, seedTables } from '../fixtures/seedTables';
import { cell } from '../fixtures/planAccess';

const pairs = (list: Indicator[]): string[] => list.map((i) => `${i.level1}/${i.level2}/${i.level3}`);

describe('convertTable', () => {
  test('hebei-2023 → mof-2021 moves 产出/成本 to 成本/经济成本, first', () => {
    const t = seedTable(1);
    const out = convertTable(t, 'mof-2021');
    expect(pairs(out.indicators)).toEqual([
      '成本指标/经济成本指标/按预算资金完成',
      '产出指标/数量指标/抽检批次',
      '产出指标/质量指标/抽检合格率',
      '产出指标/时效指标/经费保障及时性',
      '效益指标/社会效益指标/市场监测和预警工作',
      '满意度指标/服务对象满意度指标/服务对象满意度',
    ]);
    expect(out.indicators[0]).toMatchObject({ value: '5万元', description: '委托业务费支出', basis: '年初预算', row: 13 });
    // The input is not modified.
    expect(t.indicators[3].level1).toBe('产出指标');
    expect(out.budget).toEqual(t.budget);
  });

  test('mof-2021 → hebei-2023 puts cost back as the last 产出 row', () => {
    const mof = convertTable(seedTable(6), 'mof-2021');
    mof.indicators.unshift({ ...mof.indicators[0], level2: '社会成本指标', level3: '社会成本' });
    const back = convertTable(mof, 'hebei-2023');
    expect(pairs(back.indicators)).toEqual([
      '产出指标/数量指标/散煤抽检批次',
      '产出指标/数量指标/农资抽检批次',
      '产出指标/质量指标/抽检合格率',
      '产出指标/时效指标/及时性',
      '产出指标/成本指标/社会成本',
      '产出指标/成本指标/预算控制数',
      '效益指标/社会效益指标/依法实施产品质量监督',
      '满意度指标/服务对象满意度指标/服务对象满意度',
    ]);
  });

  test('every seed table survives hebei → mof → hebei unchanged', () => {
    for (const t of seedTables()) {
      const mof = convertTable(t, 'mof-2021');
      expect(mof.indicators.filter((i) => i.level1 === '成本指标')).toHaveLength(1);
      expect(mof.indicators.some((i) => i.level2 === '成本指标')).toBe(false);
      expect(convertTable(mof, 'hebei-2023')).toEqual(t);
    }
  });

  test('converting to the profile a table already follows changes nothing', () => {
    const t = seedTable(8);
    expect(convertTable(t, 'hebei-2023')).toEqual(t);
    const mof = convertTable(t, 'mof-2021');
    expect(convertTable(mof, 'mof-2021')).toEqual(mof);
  });

  test('property: no indicator is ever dropped or invented', () => {
    const level = fc.constantFrom(
      ['产出指标', '数量指标'], ['产出指标', '成本指标'], ['成本指标', '经济成本指标'], ['成本指标', '社会成本指标'],
      ['效益指标', '社会效益指标'], ['满意度指标', '服务对象满意度指标'], ['其他', '未知'],
    );
    const indicator = fc.record({ lv: level, level3: fc.string({ maxLength: 6 }), value: fc.string({ maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(indicator, { maxLength: 12 }), fc.constantFrom('hebei-2023' as const, 'mof-2021' as const), (raw, target) => {
        const t = seedTable(1);
        t.indicators = raw.map((x, i) => ({
          level1: x.lv[0], level2: x.lv[1], level3: x.level3, description: '', value: x.value, basis: '', parsed: null, row: 10 + i,
        }));
        const out = convertTable(t, target);
        const key = (i: Indicator): string => `${i.row}|${i.level3}|${i.value}`;
        expect(out.indicators.map(key).sort()).toEqual(t.indicators.map(key).sort());
        if (target === 'mof-2021') expect(out.indicators.some((i) => i.level1 === '产出指标' && i.level2 === '成本指标')).toBe(false);
        else expect(out.indicators.some((i) => i.level1 === '成本指标')).toBe(false);
      }),
    );
  });
});

describe('planConversion', () => {
  test('one standard sheet per seed table, named after the project, unique', () => {
    const existing = ['Sheet1', '食品安全业务经费'];
    const plans = planConversion(seedTables(), existing, { profile: 'hebei-2023' });
    expect(plans).toHaveLength(12);
    const names = plans.map((p) => p.name);
    expect(names[0]).toBe('食品安全业务经费(2)');
    expect(names[1]).toBe('食品安全业务经费f');
    expect(names[7]).toBe('冀财行【2022】104号-提前下达2023年市场监督专项补助');
    expect(names.every(isValidSheetName)).toBe(true);
    const all = [...existing, ...names].map((n) => n.toUpperCase());
    expect(new Set(all).size).toBe(all.length);
    expect(cell(plans[3], 'C4')).toBe(38);
    expect(cell(plans[3], 'B13')).toBe('成本指标');
  });

  test('two projects with the same name get numbered sheets', () => {
    const a = seedTable(1);
    const b = seedTable(1);
    b.projectCode = '13032423P00442810053B';
    expect(planConversion([a, b], [], { profile: 'hebei-2023' }).map((p) => p.name)).toEqual(['食品安全业务经费', '食品安全业务经费(2)']);
  });

  test('to mof-2021 the 成本 row leads the indicator block and the dropdowns follow the profile', () => {
    const [plan] = planConversion([seedTable(1)], [], { profile: 'mof-2021' });
    expect([cell(plan, 'A10'), cell(plan, 'B10'), cell(plan, 'C10'), cell(plan, 'E10')]).toEqual(['成本指标', '经济成本指标', '按预算资金完成', '5万元']);
    expect(cell(plan, 'A11')).toBe('产出指标');
    expect(plan.validations[0].list[0]).toBe('成本指标');
  });

  test('a table without a project name is named after its title', () => {
    const t = seedTable(3);
    t.projectName = '';
    expect(planConversion([t], [], { profile: 'hebei-2023' })[0].name).toBe('3.市场监管综合事务经费f绩效目标表');
  });
});
