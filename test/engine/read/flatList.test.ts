/**
 * The flat-list variant (domain.md): several projects in one sheet, one row per indicator, the project's
 * cells only on its first row (or merged down over its rows). Built from the seed's tables 1, 6 and 8 as
 * written in samples/seed-2023-卢龙县市场监督管理局.txt.
 */
import * as fc from 'fast-check';
import { analyzeSheet, analyzeWorkbook } from '../../../src/engine/analyze';
import { planConversion } from '../../../src/engine/convert/convert';
import { CellRange, parseRange, rangeContains, rangesIntersect } from '../../../src/engine/grid/address';
import { CellValue, SheetGrid, gridFromRows } from '../../../src/engine/grid/grid';
import { ProjectTable } from '../../../src/engine/model/table';
import { planToGrid } from '../../../src/engine/render/planToGrid';
import { compact } from '../../../src/engine/text/normalize';
import { SeedTable, seedTables } from '../../../src/samples/seedText';

interface SeedProject {
  code: string;
  name: string;
  budget: string;
  fiscal: string;
  goal: string;
  /** 一级, 二级, 三级, 描述, 指标值, 依据 as in the seed (blank 一级 where Word merged it). */
  indicators: string[][];
}

/** A seed table's fields by their place in the Word layout (not through the reader under test). */
function seedProject(t: SeedTable): SeedProject {
  const rowOf = (label: string): string[] => {
    const r = t.rows.find((row) => compact(row[0] ?? '') === label);
    if (!r) throw new Error(`${t.title}: no ${label}`);
    return r;
  };
  const code = rowOf('项目编码');
  const budget = rowOf('预算规模及资金用途');
  const header = t.rows.findIndex((row) => compact(row[0] ?? '') === '一级指标');
  return {
    code: code[1].trim(),
    name: code[3].trim(),
    budget: budget[2].trim(),
    fiscal: budget[4].trim(),
    goal: rowOf('绩效目标')[1].trim(),
    indicators: t.rows.slice(header + 1).map((r) => r.slice(0, 6)),
  };
}

const SEED = seedTables();
const PROJECTS = [SEED[0], SEED[5], SEED[7]].map(seedProject);

const HEAD: CellValue[][] = [['2023年项目支出绩效目标表'], ['414001卢龙县市场监督管理局本级', '', '', '', '', '', '', '', '', '', '', '单位：万元']];
const HEADER = ['项目名称', '项目编码', '预算数', '财政资金', '其他资金', '年度绩效目标', '一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'];
const PROJECT_COLS = 6;

/**
 * Rows of the flat list under HEAD and HEADER; a 二级 equal to the row above's inside the same 一级 group is
 * left blank, as an export of merged cells gives it. Returns the first worksheet row (0-based) of each project.
 */
function flatRows(): { rows: CellValue[][]; starts: number[] } {
  const rows: CellValue[][] = [...HEAD, HEADER];
  const starts: number[] = [];
  for (const p of PROJECTS) {
    starts.push(rows.length);
    p.indicators.forEach((ind, i) => {
      const [l1, l2, ...rest] = ind;
      const prev2 = i > 0 ? p.indicators[i - 1][1] : '';
      const level2 = l1 === '' && l2 === prev2 ? '' : l2;
      const project = i === 0 ? [p.name, p.code, p.budget, p.fiscal, '', p.goal] : ['', '', '', '', '', ''];
      rows.push([...project, l1, level2, ...rest]);
    });
  }
  return { rows, starts };
}

/** The same list with each project's cells merged down over its rows, and each 一级 over its group. */
function mergedGrid(): SheetGrid {
  const { rows, starts } = flatRows();
  const merges: CellRange[] = [];
  const ends = [...starts.slice(1), rows.length];
  starts.forEach((s, i) => {
    for (let c = 0; c < PROJECT_COLS; c++) merges.push({ r0: s, c0: c, r1: ends[i] - 1, c1: c });
    let run = s;
    for (let r = s + 1; r <= ends[i]; r++) {
      if (r === ends[i] || rows[r][PROJECT_COLS] !== '') {
        if (r - 1 > run) merges.push({ r0: run, c0: PROJECT_COLS, r1: r - 1, c1: PROJECT_COLS });
        run = r;
      }
    }
  });
  // A merged area's covered cells hold nothing, as hosts give them.
  const values = rows.map((r) => r.map((v) => (v === '' ? null : v)));
  return { name: '项目绩效目标', values, merges };
}

type Tuple = [string, string, string, string, string, string];
const tuples = (t: ProjectTable): Tuple[] => t.indicators.map((i) => [i.level1, i.level2, i.level3, i.description, i.value, i.basis]);

const TABLE_1: Tuple[] = [
  ['产出指标', '数量指标', '抽检批次', '抽检批次', '≥130批次', '年度工作计划'],
  ['产出指标', '质量指标', '抽检合格率', '抽检合格率', '≥96%', '历史经验'],
  ['产出指标', '时效指标', '经费保障及时性', '及时保障各项办公业务需要', '及时保障', '年度工作安排'],
  ['产出指标', '成本指标', '按预算资金完成', '委托业务费支出', '5万元', '年初预算'],
  ['效益指标', '社会效益指标', '市场监测和预警工作', '保障产品质量，创建安全县城', '食品安全意识提高', '往年经验'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '≥98%', '历史经验'],
];
const TABLE_6: Tuple[] = [
  ['产出指标', '数量指标', '散煤抽检批次', '散煤抽检批次', '10批次', '《产品质量监督抽查管理暂行办法》'],
  ['产出指标', '数量指标', '农资抽检批次', '农资抽检批次', '50批次', '年度工作计划'],
  ['产出指标', '质量指标', '抽检合格率', '抽检合格率', '≥95%', '《中华人民共和国产品质量法》'],
  ['产出指标', '时效指标', '及时性', '及时保障各项办公需要', '及时保障', '年度工作安排'],
  ['产出指标', '成本指标', '预算控制数', '委托业务费支出', '9万元', '年初预算'],
  ['效益指标', '社会效益指标', '依法实施产品质量监督', '产品质量有效提升', '较上年产品质量提高', '往年经验'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '≥98%', '年初预算'],
];
const DOC = '冀财行【2022】104号文件';
const TABLE_8: Tuple[] = [
  ['产出指标', '数量指标', '市场专项整治行动次数', '根据上级文件要求及往年经验检查经营主体及抽检工作', '≥5次', DOC],
  ['产出指标', '质量指标', '监管执法计划完成率', '规范市场监管执法', '≥90%', DOC],
  ['产出指标', '质量指标', '特种设备定检完成率', '符合国家产品质量标准', '≥95%', DOC],
  ['产出指标', '时效指标', '按时完成', '按时完成', '及时保障', DOC],
  ['产出指标', '成本指标', '支出控制在预算之内', '办公费、委托业务费支出', '12万元', '年初预算'],
  ['效益指标', '经济效益指标', '万台特种设备死亡率', '加强特种设备市场监管', '<0.36%', DOC],
  ['效益指标', '社会效益指标', '重大案件发生次数', '减少重大案件发生次数，提高质监执法能力', '重大案件发生0次', DOC],
  ['满意度指标', '服务对象满意度指标', '反馈意见对市场监管工作满意度', '服务对象是指部门履行职责而影响到的部门、群体或个人，一般采取社会调查的方式。', '≥85%', '历史经验'],
];

const variants: [string, () => SheetGrid][] = [
  ['unmerged, project cells on the first row only', () => gridFromRows('项目绩效目标', flatRows().rows)],
  ['project cells merged down over their rows', mergedGrid],
];

describe.each(variants)('flat list of seed tables 1, 6, 8 – %s', (_name, grid) => {
  const sheet = analyzeSheet(grid());
  const tables = sheet.tables;

  test('one table per project, with code, name, budget, goal, unit and money unit', () => {
    expect(tables.map((t) => t.table.projectCode)).toEqual(['13032423P00442810053A', '13032423P00443110178W', '13032423P000001100500']);
    expect(tables.map((t) => t.table.projectName)).toEqual([
      '食品安全业务经费',
      '产品质量检测检验费',
      '冀财行【2022】104号-提前下达2023年市场监督专项补助经费',
    ]);
    expect(tables.map((t) => t.table.budget)).toEqual([
      { total: 5, fiscal: 5, other: null },
      { total: 9, fiscal: 9, other: null },
      { total: 12, fiscal: 12, other: null },
    ]);
    expect(tables[1].table.goal).toBe('1.提高产品质量，保障消费者权益。');
    expect(tables.every((t) => t.table.unit === '414001卢龙县市场监督管理局本级' && t.table.moneyUnit === '万元')).toBe(true);
    // The list's title names the list, not a project.
    expect(tables.every((t) => t.table.title === '')).toBe(true);
  });

  test('every indicator tuple, with inherited 一级 and 二级', () => {
    expect(tuples(tables[0].table)).toEqual(TABLE_1);
    expect(tuples(tables[1].table)).toEqual(TABLE_6);
    expect(tuples(tables[2].table)).toEqual(TABLE_8);
    // Table 6's second 数量指标 row had both 一级 and 二级 blank.
    expect(tables[1].indicatorSources[1]).toMatchObject({ level1Inherited: true, level2Inherited: true, level1Raw: '', level2Raw: '' });
    expect(tables[2].indicatorSources[2]).toMatchObject({ level1Inherited: true, level2Inherited: true });
    expect(tables[2].indicatorSources[6]).toMatchObject({ level1Inherited: true, level2Inherited: false, level2Raw: '社会效益指标' });
    expect(tables[0].table.indicators[0].parsed).toEqual({ op: '>=', number: 130, unit: '批次' });
  });

  test('indicator rows (1-based) and cell addresses on the sheet', () => {
    expect(tables.map((t) => t.table.indicators.map((i) => i.row))).toEqual([
      [4, 5, 6, 7, 8, 9],
      [10, 11, 12, 13, 14, 15, 16],
      [17, 18, 19, 20, 21, 22, 23, 24],
    ]);
    expect(tables[1].fields).toMatchObject({ projectName: 'A10', projectCode: 'B10', budgetTotal: 'C10', budgetFiscal: 'D10', budgetOther: 'E10', goal: 'F10' });
    expect(tables[2].indicatorSources[4]).toMatchObject({ level1Cell: 'G21', level3Cell: 'I21', valueCell: 'K21', basisCell: 'L21' });
  });

  test('ranges cover each project’s rows; the first holds the head and header; nothing is left over', () => {
    expect(tables.map((t) => t.table.range)).toEqual(['A1:L9', 'A10:L16', 'A17:L24']);
    expect(tables.every((t) => t.list && t.list.r0 === 0 && t.list.r1 === 23)).toBe(true);
    expect(sheet.unclaimed).toEqual([]);
    expect(tables.flatMap((t) => t.unclaimed)).toEqual([]);
  });

  test('no spend plan and no D02 for it; analyzeWorkbook reports no error', () => {
    expect(tables.every((t) => t.table.spendPlan.length === 0 && t.missingBlocks.length === 0)).toBe(true);
    const a = analyzeWorkbook([grid()], { profile: 'hebei-2023', requireFullByYearEnd: true });
    expect(a.tables).toHaveLength(3);
    expect(a.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(a.diagnostics.filter((d) => d.rule === 'D02' || d.rule === 'D01' || d.rule.startsWith('S'))).toEqual([]);
  });

  test('converting a project gives a standard sheet that reads back to the same indicators', () => {
    const plans = planConversion(tables.map((t) => t.table), [], { profile: 'hebei-2023' });
    expect(plans.map((p) => p.name)).toEqual(['食品安全业务经费', '产品质量检测检验费', expect.stringContaining('冀财行【2022】104号')]);
    plans.forEach((plan, i) => {
      const back = analyzeSheet(planToGrid(plan)).tables;
      expect(back).toHaveLength(1);
      const t = back[0].table;
      expect(t.title).toBe(`${tables[i].table.projectName}绩效目标表`);
      expect([t.projectCode, t.projectName, t.budget]).toEqual([tables[i].table.projectCode, tables[i].table.projectName, tables[i].table.budget]);
      expect(tuples(t)).toEqual([TABLE_1, TABLE_6, TABLE_8][i]);
    });
  });
});

test('a project cell that differs on a later row of the same project is reported, not dropped', () => {
  const { rows } = flatRows();
  rows[5][2] = '6.00'; // a second 预算数 inside project 1
  const t = analyzeSheet(gridFromRows('S', rows)).tables[0];
  expect(t.table.budget.total).toBe(5);
  expect(t.unclaimed).toEqual([{ cell: 'C6', text: '6.00' }]);
});

test('exports that repeat the project on every row read as one project per name', () => {
  const { rows, starts } = flatRows();
  const ends = [...starts.slice(1), rows.length];
  starts.forEach((s, i) => {
    for (let r = s + 1; r < ends[i]; r++) for (let c = 0; c < PROJECT_COLS; c++) rows[r][c] = rows[s][c];
  });
  const a = analyzeSheet(gridFromRows('S', rows));
  expect(a.tables.map((t) => t.table.indicators.length)).toEqual([6, 7, 8]);
  expect(a.tables.map((t) => t.table.budget.total)).toEqual([5, 9, 12]);
  expect(a.unclaimed).toEqual([]);
  expect(a.tables.flatMap((t) => t.unclaimed)).toEqual([]);
});

/** Seed value → 计算符号, 指标值, 计量单位, as layouts with split columns write it. */
function splitValue(v: string): [string, string, string] {
  const m = /^(≥|≤|<|>|=)?(\d+(?:\.\d+)?)(\D*)$/.exec(v);
  return m ? [m[1] ?? '', m[2], m[3]] : ['', v, ''];
}

test('split 计算符号 / 指标值 / 计量单位 columns, code first, budget in 元 from the header', () => {
  const header = ['项目编码', '项目名称', '年度预算（元）', '绩效目标', '一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位', '指标值确定依据'];
  const rows: CellValue[][] = [header];
  for (const p of [PROJECTS[0], PROJECTS[2]]) {
    p.indicators.forEach(([l1, l2, l3, , value, basis], i) => {
      const project = i === 0 ? [p.code, p.name, Number(p.budget) * 10000, p.goal] : [null, null, null, null];
      rows.push([...project, l1, l2, l3, ...splitValue(value), basis]);
    });
  }
  const a = analyzeSheet(gridFromRows('S', rows));
  expect(a.tables.map((t) => [t.table.projectCode, t.table.budget.total, t.table.moneyUnit])).toEqual([
    ['13032423P00442810053A', 50000, '元'],
    ['13032423P000001100500', 120000, '元'],
  ]);
  const noDescription = (list: Tuple[]) => list.map(([l1, l2, l3, , value, basis]) => [l1, l2, l3, '', value, basis]);
  expect(tuples(a.tables[0].table)).toEqual(noDescription(TABLE_1));
  expect(tuples(a.tables[1].table)).toEqual(noDescription(TABLE_8));
  expect(a.tables[1].table.indicators[5].parsed).toEqual({ op: '<', number: 0.36, unit: '%' });
  expect(a.tables[1].indicatorSources[5].valueCell).toBe('I13');
  expect(a.tables[1].table.indicators[5].row).toBe(13);
  expect(a.unclaimed).toEqual([]);
});

test('a stacked table below a flat list still reads as before', () => {
  const { rows } = flatRows();
  const stacked: CellValue[][] = [
    ['项目编码', 'P9', '项目名称', '堆叠项目'],
    ['预算数', '3'],
    ['绩效目标', '完成'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '次数', '≥1次'],
  ];
  const a = analyzeSheet(gridFromRows('S', [...rows, [], ...stacked]));
  expect(a.tables.map((t) => t.table.projectCode)).toEqual(['13032423P00442810053A', '13032423P00443110178W', '13032423P000001100500', 'P9']);
  expect(a.tables[3].table.range).toBe('A26:D30');
  expect(a.tables[3].missingBlocks).toContain('资金支出计划');
});

const FLAT_LABELS = ['项目名称', '项目编码', '预算数', '资金总额', '财政资金', '年度绩效目标', '一级指标', '二级指标', '三级指标', '计算符号', '指标值', '计量单位', '目标值'];
const cellValue = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...FLAT_LABELS, '资金支出计划', '单位：万元', '产出指标', '数量指标', '50%', '≥96%', ' ', 'P1', 'P2'),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);
/** A flat-list header: project labels and 一级/二级 in one row, shuffled, with random cells among them. */
const flatHeader = fc
  .tuple(fc.shuffledSubarray(FLAT_LABELS, { minLength: 0 }), fc.array(cellValue, { maxLength: 2 }))
  .map(([labels, extra]) => [...labels, '项目名称', '一级指标', '二级指标', ...extra] as CellValue[]);
const row = fc.oneof({ weight: 4, arbitrary: fc.array(cellValue, { maxLength: 10 }) }, { weight: 1, arbitrary: flatHeader });

test('random grids with flat-list headers never throw; every non-empty cell is in a table or reported; tables do not overlap', () => {
  fc.assert(
    fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
      const a = analyzeSheet(gridFromRows('S', rows));
      const reported = new Set(a.unclaimed.map((u) => u.cell));
      const bounds = a.tables.map((t) => parseRange(t.table.range));
      rows.forEach((cells, r) =>
        cells.forEach((v, c) => {
          if (v === null || (typeof v === 'string' && v.trim() === '')) return;
          const addr = `${String.fromCharCode(65 + c)}${r + 1}`;
          const inside = bounds.some((b) => b !== null && rangeContains(b, r, c));
          if (!inside && !reported.has(addr)) throw new Error(`${addr} (${String(v)}) lost`);
        }),
      );
      for (let i = 0; i < a.tables.length; i++) {
        for (let j = i + 1; j < a.tables.length; j++) {
          if (rangesIntersect(a.tables[i].bounds, a.tables[j].bounds)) throw new Error(`${a.tables[i].table.range} overlaps ${a.tables[j].table.range}`);
        }
      }
    }),
    { numRuns: 400 },
  );
});
