/** Layout variants found in real published tables (domain.md), each read to the same model. */
import * as fc from 'fast-check';
import { analyzeSheet } from '../../../src/engine/analyze';
import { CellValue, gridFromRows } from '../../../src/engine/grid/grid';
import { parseRange, rangeContains } from '../../../src/engine/grid/address';

const TABLE: CellValue[][] = [
  ['1.食品安全业务经费绩效目标表'],
  ['414001卢龙县市场监督管理局本级', '', '', '', '单位：万元'],
  ['项目编码', '13032423P00442810053A', '项目名称', '食品安全业务经费'],
  ['预算规模及资金用途', '预算数', '5.00', '其中：财政    资金', '5.00', '其他资金', ' '],
  ['', '食品抽检，保障产品质量。'],
  ['资金支出计划（%）', '3月底', '6月底', '10月底', '12月底'],
  ['', '50%', '100%', ' 100%', '100% '],
  ['绩效目标', '1.做好经费保障工作，保障正常运转。'],
  ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
  ['产出指标', '数量指标', '抽检批次', '抽检批次', '≥130批次', '年度工作计划'],
  ['', '质量指标', '抽检合格率', '抽检合格率', '≥96%', '历史经验'],
  ['效益指标', '社会效益指标', '市场监测和预警工作', '保障产品质量', '食品安全意识提高', '往年经验'],
  ['满意度指标', '服务对象满意度指标', '服务对象满意度', '服务对象满意度', '≥98%', '历史经验'],
];

const shift = (rows: CellValue[][], dr: number, dc: number): CellValue[][] => [
  ...Array.from({ length: dr }, () => []),
  ...rows.map((r) => [...Array.from({ length: dc }, () => null), ...r]),
];

test('a table offset to column C and row 5 reads the same, with addresses on the sheet', () => {
  const t = analyzeSheet(gridFromRows('S', shift(TABLE, 4, 2))).tables[0];
  expect(t.table.projectCode).toBe('13032423P00442810053A');
  expect(t.table.range).toBe('C5:H17');
  expect(t.table.spendPlan[0]).toEqual({ label: '3月底', percent: 50, cell: 'D11' });
  expect(t.table.indicators[1]).toMatchObject({ level1: '产出指标', level2: '质量指标', row: 15 });
});

test('stacked tables with blank and stray rows between them', () => {
  const rows = [...TABLE, [], ['（此处为备注）'], [], ...TABLE.map((r) => r.map((v) => (v === '13032423P00442810053A' ? 'P2' : v)))];
  const a = analyzeSheet(gridFromRows('S', rows));
  expect(a.tables.map((t) => t.table.projectCode)).toEqual(['13032423P00442810053A', 'P2']);
  expect(a.unclaimed).toEqual([{ cell: 'A15', text: '（此处为备注）' }]);
});

test('labels broken by line breaks, full-width forms and synonyms; split comparator/value/unit columns', () => {
  const rows: CellValue[][] = [
    ['项目\n名称', '某项目', '项目编码', 'X1'],
    ['预算数', '8,827,620.53', '财政拨款', '250万', '其他资金', ''],
    ['资金支出计划', '第一季度', '第二季度', '第三季度', '第四季度'],
    ['', '25％', '50％', '75％', '100％'],
    ['年度绩效目标', '完成任务'],
    ['一级\n指标', '二级指标', '指标名称', '指标解释', '计算符号', '目标值', '计量单位', '绩效标准', '权重'],
    ['产出值(50分)', '数量值', '培训人次', '全年培训', '＞＝', '1,200', '人次', '计划', '10'],
    ['效果指标', '环境效益指标', '排放下降', '', '<=', '5', '%', '监测', '10'],
  ];
  const t = analyzeSheet(gridFromRows('S', rows)).tables[0];
  expect(t.table.projectName).toBe('某项目');
  expect(t.table.budget).toEqual({ total: 8827620.53, fiscal: 250, other: null });
  expect(t.table.spendPlan.map((s) => s.percent)).toEqual([25, 50, 75, 100]);
  expect(t.table.goal).toBe('完成任务');
  expect(t.table.indicators[0]).toMatchObject({ level1: '产出指标', level2: '数量指标', level3: '培训人次', value: '＞＝1,200人次', basis: '计划' });
  expect(t.table.indicators[0].parsed).toEqual({ op: '>=', number: 1200, unit: '人次' });
  expect(t.indicatorSources[0].level1Synonym).toBe('产出值(50分)');
  expect(t.indicatorSources[0].extras).toEqual({ 权重: '10' });
  expect(t.table.indicators[1]).toMatchObject({ level1: '效益指标', level2: '生态效益指标' });
});

test('percentages as 0.5 in a %-formatted cell, dates as serials in a date cell', () => {
  const rows = TABLE.map((r) => r.slice());
  rows[6] = ['', 0.5, 1, 1, 1];
  rows[10] = ['', '时效指标', '完成时间', '完成时间', 45291, '计划'];
  const formats: (string | null)[][] = rows.map(() => []);
  formats[6] = [null, '0%', '0%', '0%', '0%'];
  formats[10] = [null, null, null, null, 'yyyy-mm-dd'];
  const t = analyzeSheet({ name: 'S', values: rows, numberFormats: formats, merges: [] }).tables[0];
  expect(t.table.spendPlan.map((s) => s.percent)).toEqual([50, 100, 100, 100]);
  expect(t.table.indicators[1].value).toBe('2023-12-31');
});

const cellValue = fc.oneof(
  fc.constant(null),
  fc.constantFrom('项目名称', '项目编码', '一级指标', '二级指标', '三级指标', '指标值', '预算数', '资金支出计划', '绩效目标', '单位：万元', '产出指标', '50%', '≥96%', ' '),
  fc.string({ maxLength: 6 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);

test('random grids never throw, and every non-empty cell is inside a table or reported (D01)', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cellValue, { maxLength: 8 }), { maxLength: 30 }), (rows) => {
      const a = analyzeSheet(gridFromRows('S', rows));
      const reported = new Set(a.unclaimed.map((u) => u.cell));
      const bounds = a.tables.map((t) => parseRange(t.table.range));
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v === null || (typeof v === 'string' && v.trim() === '')) return;
          const addr = `${String.fromCharCode(65 + c)}${r + 1}`;
          const inside = bounds.some((b) => b !== null && rangeContains(b, r, c));
          if (!inside && !reported.has(addr)) throw new Error(`${addr} (${String(v)}) lost`);
        }),
      );
    }),
    { numRuns: 300 },
  );
});

test('the seed table with random junk rows appended is still found', () => {
  fc.assert(
    fc.property(fc.array(fc.array(cellValue, { maxLength: 6 }), { maxLength: 5 }), (junk) => {
      const a = analyzeSheet(gridFromRows('S', [...TABLE, [], ...junk]));
      return a.tables.length >= 1 && a.tables[0].table.projectCode === '13032423P00442810053A';
    }),
    { numRuns: 200 },
  );
});

test('budget amounts written with their own unit are read in the table\'s money unit', () => {
  const rows = TABLE.map((r) => r.slice());
  rows[3] = ['预算规模及资金用途', '预算数', '50000元', '其中：财政资金', '4万', '其他资金', '0.01亿元'];
  const t = analyzeSheet(gridFromRows('S', rows)).tables[0];
  expect(t.table.moneyUnit).toBe('万元');
  expect(t.table.budget).toEqual({ total: 5, fiscal: 4, other: 100 });
});

test('indicator sources name the cells of the columns the block has, and none for a missing column', () => {
  // The same table without its 指标值确定依据 column, offset to column C and row 5.
  const rows = TABLE.map((r, i) => (i >= 8 ? r.slice(0, 5) : r));
  const t = analyzeSheet(gridFromRows('S', shift(rows, 4, 2))).tables[0];
  expect(t.indicatorSources.map((s) => [s.level1Cell, s.level2Cell, s.level3Cell, s.descriptionCell, s.valueCell, s.basisCell])).toEqual([
    ['C14', 'D14', 'E14', 'F14', 'G14', ''],
    ['C15', 'D15', 'E15', 'F15', 'G15', ''],
    ['C16', 'D16', 'E16', 'F16', 'G16', ''],
    ['C17', 'D17', 'E17', 'F17', 'G17', ''],
  ]);
  expect(t.indicatorSources[1]).toMatchObject({ level1Raw: '', level1Inherited: true, level2Raw: '质量指标', level2Inherited: false });
});
