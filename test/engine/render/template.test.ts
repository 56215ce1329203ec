import { rangeAddress } from '../../../src/engine/grid/address';
import { ProjectTable } from '../../../src/engine/model/table';
import { renderTemplate, TEMPLATE_LAYOUT } from '../../../src/engine/render/template';
import { seedTable, seedTables } from '../fixtures/seedTables';
import { cell, formatOf, mergeAddresses, styleOf } from '../fixtures/planAccess';

const hebei = { profile: 'hebei-2023' as const };

describe('renderTemplate with seed table 1', () => {
  const plan = renderTemplate(seedTable(1), hebei);

  test.each([
    ['A1', '1.食品安全业务经费绩效目标表'],
    ['A2', '414001卢龙县市场监督管理局本级'],
    ['F2', '单位：万元'],
    ['A3', '项目编码'],
    ['B3', '13032423P00442810053A'],
    ['D3', '项目名称'],
    ['E3', '食品安全业务经费'],
    ['A4', '预算规模及资金用途'],
    ['B4', '预算数'],
    ['C4', 5],
    ['D4', '其中：财政资金'],
    ['E4', 5],
    ['F4', '其他资金'],
    ['G4', null],
    ['B5', '食品抽检，保障产品质量。'],
    ['A6', '资金支出计划（%）'],
    ['B6', '3月底'],
    ['E6', '12月底'],
    ['B7', 0.5],
    ['C7', 1],
    ['E7', 1],
    ['A8', '绩效目标'],
    ['B8', '1.做好经费保障工作，保障正常运转。'],
    ['A9', '一级指标'],
    ['F9', '指标值确定依据'],
    ['A10', '产出指标'],
    ['B10', '数量指标'],
    ['C10', '抽检批次'],
    ['E10', '≥130批次'],
    ['F10', '年度工作计划'],
    // 一级 on every row, not only the first of its group.
    ['A11', '产出指标'],
    ['A13', '产出指标'],
    ['B13', '成本指标'],
    ['E12', '及时保障'],
    ['A14', '效益指标'],
    ['E14', '食品安全意识提高'],
    ['A15', '满意度指标'],
    ['B15', '服务对象满意度指标'],
    ['E15', '≥98%'],
  ])('%s = %p', (address, expected) => {
    expect(cell(plan, address)).toEqual(expected);
  });

  test('number formats: code as text, money 0.00, percents 0%', () => {
    expect(formatOf(plan, 'B3')).toBe('@');
    expect(formatOf(plan, 'C4')).toBe('0.00');
    expect(formatOf(plan, 'E4')).toBe('0.00');
    expect(formatOf(plan, 'G4')).toBe('0.00');
    for (const a of ['B7', 'C7', 'D7', 'E7']) expect(formatOf(plan, a)).toBe('0%');
    expect(formatOf(plan, 'E10')).toBeNull();
  });

  test('merges follow the fixed layout', () => {
    const merges = mergeAddresses(plan);
    for (const m of ['A1:G1', 'A2:E2', 'F2:G2', 'B3:C3', 'E3:G3', 'A4:A5', 'B5:G5', 'A6:A7', 'F6:G6', 'F7:G7', 'B8:G8', 'F9:G9']) {
      expect(merges).toContain(m);
    }
    for (let r = 10; r <= 15; r++) expect(merges).toContain(`F${r}:G${r}`);
    // No vertical merge in the indicator block.
    expect(plan.merges.filter((m) => m.r0 >= TEMPLATE_LAYOUT.firstIndicatorRow && m.r0 !== m.r1)).toEqual([]);
    // Merged areas never overlap.
    for (let i = 0; i < plan.merges.length; i++) {
      for (let j = i + 1; j < plan.merges.length; j++) {
        const a = plan.merges[i];
        const b = plan.merges[j];
        const overlap = a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;
        expect(overlap ? `${rangeAddress(a)} ${rangeAddress(b)}` : '').toBe('');
      }
    }
  });

  test('cells covered by a merge hold no value', () => {
    for (const a of ['B1', 'G1', 'C3', 'F3', 'A5', 'C5', 'G5', 'F6', 'G7', 'G9', 'G10']) expect(cell(plan, a)).toBeNull();
  });

  test('borders on every table cell, title outside; header bold with a fill', () => {
    for (const a of ['A3', 'G3', 'A4', 'G7', 'D9', 'A15', 'G15']) expect(styleOf(plan, a).border).toBe(true);
    expect(styleOf(plan, 'A1').border).toBeUndefined();
    expect(styleOf(plan, 'A1')).toMatchObject({ bold: true, horizontal: 'center' });
    expect(styleOf(plan, 'A1').fontSize).toBeGreaterThan(11);
    expect(styleOf(plan, 'C9')).toMatchObject({ bold: true });
    expect(styleOf(plan, 'C9').fill).toMatch(/^#[0-9A-F]{6}$/);
    expect(styleOf(plan, 'D12').wrap).toBe(true);
  });

  test('dropdowns on 一级 and 二级, 20 spare rows below the last indicator', () => {
    expect(plan.validations).toHaveLength(2);
    const [l1, l2] = plan.validations;
    expect(rangeAddress(l1.range)).toBe('A10:A35');
    expect(l1.list).toEqual(['产出指标', '效益指标', '满意度指标']);
    expect(rangeAddress(l2.range)).toBe('B10:B35');
    expect(l2.list).toEqual(['数量指标', '质量指标', '时效指标', '成本指标', '经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标', '服务对象满意度指标']);
    expect(l1.errorMessage).toBeTruthy();
  });

  test('seven columns that fit an A4 portrait page; header row repeats when printed', () => {
    expect(plan.columnWidths).toHaveLength(7);
    const total = plan.columnWidths.reduce((s, w) => s + w, 0);
    expect(total).toBeGreaterThan(80);
    expect(total).toBeLessThan(110);
    expect(plan.print).toEqual({ paper: 'A4', orientation: 'portrait', fitToWidth: 1, repeatRows: { r0: 8, r1: 8 } });
    expect(plan.name).toBe('');
    expect(plan.values.every((r) => r.length === 7)).toBe(true);
    expect(plan.values).toHaveLength(15);
  });
});

describe('renderTemplate with other seed tables', () => {
  test('table 4: uneven percents become fractions', () => {
    const plan = renderTemplate(seedTable(4), hebei);
    expect([cell(plan, 'B7'), cell(plan, 'C7'), cell(plan, 'D7'), cell(plan, 'E7')]).toEqual([0.32, 0.63, 1, 1]);
    expect(cell(plan, 'C4')).toBe(38);
    expect(cell(plan, 'E13')).toBe('≤38万元');
  });

  test('table 8: eight indicators, long texts get taller rows', () => {
    const t = seedTable(8);
    const plan = renderTemplate(t, hebei);
    expect(cell(plan, 'A17')).toBe('满意度指标');
    expect(cell(plan, 'E16')).toBe('重大案件发生0次');
    expect(rangeAddress(plan.validations[0].range)).toBe('A10:A37');
    expect(plan.rowHeights?.[16]).toBeGreaterThan(15); // D17's long description
    expect(plan.rowHeights?.[4]).toBeGreaterThanOrEqual(30); // 资金用途
  });

  test('every seed table renders its indicators in order', () => {
    for (const t of seedTables()) {
      const plan = renderTemplate(t, hebei);
      t.indicators.forEach((ind, i) => {
        const row = plan.values[TEMPLATE_LAYOUT.firstIndicatorRow + i];
        expect(row.slice(0, 6)).toEqual([ind.level1, ind.level2, ind.level3, ind.description, ind.value, ind.basis]);
      });
      expect(plan.values).toHaveLength(TEMPLATE_LAYOUT.firstIndicatorRow + t.indicators.length);
    }
  });

  test('cell text stays data, numbers stay numbers', () => {
    const t: ProjectTable = seedTable(1);
    t.indicators[0].value = '=1+1';
    t.indicators[0].basis = '@年度计划';
    t.projectCode = '0012';
    const plan = renderTemplate(t, hebei);
    expect(cell(plan, 'E10')).toBe('=1+1');
    expect(cell(plan, 'F10')).toBe('@年度计划');
    expect(cell(plan, 'B3')).toBe('0012');
    expect(typeof cell(plan, 'C4')).toBe('number');
  });

  test('money unit and title fall back sensibly', () => {
    const t = seedTable(2);
    t.moneyUnit = '元';
    t.title = '';
    const plan = renderTemplate(t, hebei);
    expect(cell(plan, 'F2')).toBe('单位：元');
    expect(cell(plan, 'A1')).toBe('食品安全业务经费f绩效目标表');
  });
});

describe('spend-plan checkpoints', () => {
  const withCheckpoints = (labels: string[]): ProjectTable => {
    const t = seedTable(2);
    t.spendPlan = labels.map((label, i) => ({ label, percent: Math.round(((i + 1) * 100) / labels.length), cell: '' }));
    return t;
  };

  test('two checkpoints: the rest of the row is one blank merged cell', () => {
    const plan = renderTemplate(withCheckpoints(['6月底', '12月底']), hebei);
    expect([cell(plan, 'B6'), cell(plan, 'C6'), cell(plan, 'B7'), cell(plan, 'C7')]).toEqual(['6月底', '12月底', 0.5, 1]);
    expect(mergeAddresses(plan)).toEqual(expect.arrayContaining(['D6:G6', 'D7:G7']));
  });

  test('six checkpoints fill B:G without a trailing merge', () => {
    const plan = renderTemplate(withCheckpoints(['1', '2', '3', '4', '5', '6']), hebei);
    expect(cell(plan, 'G6')).toBe('6');
    expect(cell(plan, 'G7')).toBe(1);
    expect(mergeAddresses(plan).filter((m) => /^[A-G][67]:/.test(m) && !m.startsWith('A6'))).toEqual([]);
  });

  test('more checkpoints than columns are written to the right, never dropped', () => {
    const labels = ['1月', '2月', '3月', '4月', '5月', '6月', '12月'];
    const plan = renderTemplate(withCheckpoints(labels), hebei);
    expect(cell(plan, 'H6')).toBe('12月');
    expect(cell(plan, 'H7')).toBe(1);
    expect(formatOf(plan, 'H7')).toBe('0%');
    expect(plan.columnWidths).toHaveLength(8);
  });

  test('an unreadable percent stays empty', () => {
    const t = seedTable(1);
    t.spendPlan[1].percent = null;
    expect(cell(renderTemplate(t, hebei), 'C7')).toBeNull();
  });
});

describe('empty template', () => {
  test('hebei-2023: one row per 二级 to fill', () => {
    const plan = renderTemplate(null, hebei);
    expect(cell(plan, 'A1')).toBe('项目绩效目标表');
    expect(cell(plan, 'F2')).toBe('单位：万元');
    expect(cell(plan, 'C4')).toBeNull();
    expect(['B6', 'C6', 'D6', 'E6'].map((a) => cell(plan, a))).toEqual(['3月底', '6月底', '10月底', '12月底']);
    expect(['B7', 'C7', 'D7', 'E7'].map((a) => cell(plan, a))).toEqual([null, null, null, null]);
    const rows = plan.values.slice(9).map((r) => [r[0], r[1], r[2], r[4]]);
    expect(rows).toEqual([
      ['产出指标', '数量指标', '', ''],
      ['产出指标', '质量指标', '', ''],
      ['产出指标', '时效指标', '', ''],
      ['产出指标', '成本指标', '', ''],
      ['效益指标', '社会效益指标', '', ''],
      ['满意度指标', '服务对象满意度指标', '', ''],
    ]);
    expect(rangeAddress(plan.validations[0].range)).toBe('A10:A35');
  });

  test('mof-2021: 成本指标 first, no 产出/成本', () => {
    const plan = renderTemplate(null, { profile: 'mof-2021' });
    const rows = plan.values.slice(9).map((r) => `${r[0]}/${r[1]}`);
    expect(rows).toEqual([
      '成本指标/经济成本指标',
      '产出指标/数量指标',
      '产出指标/质量指标',
      '产出指标/时效指标',
      '效益指标/社会效益指标',
      '满意度指标/服务对象满意度指标',
    ]);
    expect(plan.validations[0].list).toEqual(['成本指标', '产出指标', '效益指标', '满意度指标']);
    expect(plan.validations[1].list).toContain('生态环境成本指标');
    expect(plan.validations[1].list).not.toContain('成本指标');
  });

  test('configured checkpoints are used', () => {
    const plan = renderTemplate(null, { profile: 'hebei-2023', checkpoints: ['3月底', '6月底', '9月底', '12月底'] });
    expect(cell(plan, 'D6')).toBe('9月底');
  });

  test('a name can be given', () => {
    expect(renderTemplate(null, { ...hebei, name: '模板' }).name).toBe('模板');
  });
});
