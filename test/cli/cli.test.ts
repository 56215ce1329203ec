import * as fs from 'fs';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { SheetGrid, valueAt } from '../../src/engine/grid/grid';
import { rangeAddress } from '../../src/engine/grid/address';
import { HIERARCHIES } from '../../src/engine/profile/hierarchy';
import { pastedWorkbook, perSheetWorkbook, workbookBuffer, addGridSheet } from '../fixtures/seedWorkbooks';
import { perSheetSeedGrids } from '../fixtures/seedGrids';
import { seedTables } from '../fixtures/seedText';
import { ensureBuilt, expectOneChineseLine, runCli, tempDir } from './cliHarness';
import { openZip, zipContents } from '../hosts/xlsx/zipText';

const dir = tempDir('jixiao-cli-');
const file = (name: string) => path.join(dir, name);
let pasted = '';
let perSheet = '';

beforeAll(async () => {
  ensureBuilt();
  pasted = file('pasted.xlsx');
  perSheet = file('per-sheet.xlsx');
  fs.writeFileSync(pasted, await workbookBuffer(pastedWorkbook()));
  fs.writeFileSync(perSheet, await workbookBuffer(perSheetWorkbook()));
}, 240_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const TABLE_KEYS = ['sheet', 'range', 'title', 'unit', 'moneyUnit', 'projectCode', 'projectName', 'budget', 'purpose', 'spendPlan', 'goal', 'indicators'];
const INDICATOR_KEYS = ['level1', 'level2', 'level3', 'description', 'value', 'basis', 'parsed', 'row'];

interface JsonTable {
  sheet: string;
  range: string;
  title: string;
  projectCode: string;
  projectName: string;
  budget: { total: number | null; fiscal: number | null; other: number | null };
  spendPlan: { label: string; percent: number | null; cell: string }[];
  indicators: { level1: string; level2: string; level3: string; value: string; parsed: unknown; row: number }[];
}
interface JsonDoc {
  profile: string;
  files: { file: string; tables: JsonTable[]; diagnostics: { rule: string; severity: string; sheet: string; cell: string; message: string }[] }[];
}

const SPEND_KEYS = ['label', 'percent', 'cell'];
const PARSED_KEYS = ['op', 'number', 'unit'];
const BUDGET_KEYS = ['total', 'fiscal', 'other'];
const OPS = ['>=', '<=', '>', '<', '=', null];
const A1 = /^[A-Z]{1,3}[1-9]\d*$/;
const CANONICAL_LEVEL1 = Object.values(HIERARCHIES).flatMap((defs) => defs.map((d) => d.name));
const CANONICAL_LEVEL2 = Object.values(HIERARCHIES).flatMap((defs) => defs.flatMap((d) => d.level2));

/** Every object of the document has exactly the keys contract.md lists, with the contract's types. */
function expectContractShape(doc: JsonDoc): void {
  expect(Object.keys(doc)).toEqual(['profile', 'files']);
  const trimmed = (x: unknown) => {
    expect(typeof x).toBe('string');
    expect(x).toBe((x as string).trim());
  };
  const numOrNull = (x: unknown) => expect(x === null || (typeof x === 'number' && Number.isFinite(x))).toBe(true);
  for (const f of doc.files) {
    expect(Object.keys(f)).toEqual(['file', 'tables', 'diagnostics']);
    for (const t of f.tables) {
      expect(Object.keys(t)).toEqual(TABLE_KEYS);
      for (const k of ['sheet', 'range', 'title', 'unit', 'moneyUnit', 'projectCode', 'projectName', 'purpose', 'goal'] as const) trimmed((t as unknown as Record<string, unknown>)[k]);
      expect(t.range).toMatch(/^[A-Z]+\d+:[A-Z]+\d+$/);
      expect(Object.keys(t.budget)).toEqual(BUDGET_KEYS);
      for (const k of BUDGET_KEYS) numOrNull((t.budget as Record<string, unknown>)[k]);
      for (const s of t.spendPlan) {
        expect(Object.keys(s)).toEqual(SPEND_KEYS);
        trimmed(s.label);
        expect(s.label).not.toMatch(/\s/);
        numOrNull(s.percent);
        expect(s.cell).toMatch(A1);
      }
      for (const i of t.indicators) {
        expect(Object.keys(i)).toEqual(INDICATOR_KEYS);
        for (const k of ['level1', 'level2', 'level3', 'value'] as const) trimmed(i[k]);
        expect(Number.isInteger(i.row) && i.row >= 1).toBe(true);
        if (i.parsed !== null) {
          const p = i.parsed as Record<string, unknown>;
          expect(Object.keys(p)).toEqual(PARSED_KEYS);
          expect(OPS).toContain(p.op);
          expect(typeof p.number === 'number' && Number.isFinite(p.number)).toBe(true);
          expect(p.unit === null || typeof p.unit === 'string').toBe(true);
        }
      }
    }
    for (const d of f.diagnostics) {
      expect(Object.keys(d)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message']);
      expect(d.rule).toMatch(/^[HVBSPD]\d{2}$/);
      expect(['error', 'warning', 'info']).toContain(d.severity);
      expect(d.cell).toMatch(A1);
      expect(d.message).toMatch(/[\u4e00-\u9fa5]/);
    }
  }
  // Every 一级/二级 of these workbooks is recognised, so each holds a canonical name (inherited where blank).
  for (const f of doc.files) {
    for (const t of f.tables) {
      for (const i of t.indicators) {
        expect(CANONICAL_LEVEL1).toContain(i.level1);
        expect(CANONICAL_LEVEL2).toContain(i.level2);
      }
    }
  }
}

function checkJson(target: string, extra: string[] = []): { doc: JsonDoc; code: number | null } {
  const r = runCli(['check', target, '--json', ...extra]);
  expect(r.stderr).toBe('');
  return { doc: JSON.parse(r.stdout) as JsonDoc, code: r.code };
}

async function gridsOf(p: string): Promise<SheetGrid[]> {
  return (await XlsxHost.open(p)).readSheets();
}

describe('check --json', () => {
  it.each([
    ['per-sheet', () => perSheet],
    ['pasted', () => pasted],
  ])('reads the %s seed with the contract values and exit 0', (_label, target) => {
    const { doc, code } = checkJson(target());
    expect(code).toBe(0);
    expect(doc.profile).toBe('hebei-2023');
    expect(doc.files).toHaveLength(1);
    expectContractShape(doc);
    const { tables, diagnostics } = doc.files[0];
    expect(tables).toHaveLength(12);
    for (const t of tables) for (const s of t.spendPlan) expect(s.percent! >= 0 && s.percent! <= 100).toBe(true);
    for (const t of tables) expect(Object.keys(t)).toEqual(TABLE_KEYS);
    for (const t of tables) for (const i of t.indicators) expect(Object.keys(i)).toEqual(INDICATOR_KEYS);
    for (const d of diagnostics) expect(Object.keys(d)).toEqual(['rule', 'severity', 'sheet', 'cell', 'message']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);

    const t = tables[0];
    expect(t.projectCode).toBe('13032423P00442810053A');
    expect(t.projectName).toBe('食品安全业务经费');
    expect(t.title).toBe('1.食品安全业务经费绩效目标表');
    expect(t.budget).toEqual({ total: 5, fiscal: 5, other: null });
    expect(t.spendPlan.map((s) => [s.label, s.percent])).toEqual([
      ['3月底', 50],
      ['6月底', 100],
      ['10月底', 100],
      ['12月底', 100],
    ]);
    const seed = seedTables()[0].rows.slice(8);
    expect(t.indicators.map((i) => [i.level1, i.level2, i.level3, i.value])).toEqual(
      seed.map((r, k) => [r[0] || (k < 4 ? '产出指标' : ''), r[1], r[2], r[4]]),
    );
    expect(t.indicators[0].parsed).toEqual({ op: '>=', number: 130, unit: '批次' });
    const total = tables.reduce((s, x) => s + (x.budget.total ?? 0), 0);
    expect(total).toBeCloseTo(195, 6);
    // The seed's known warnings, at the value cells of their rows.
    const v03 = diagnostics.filter((d) => d.rule === 'V03');
    expect(v03.length).toBeGreaterThanOrEqual(10);
    expect(diagnostics.some((d) => d.rule === 'V05')).toBe(true);
    expect(diagnostics.some((d) => d.rule === 'V07')).toBe(true);
  });

  it('puts cells and rows where the per-sheet layout has them', () => {
    const t = checkJson(perSheet).doc.files[0].tables[0];
    expect(t.sheet).toBe('食品安全业务经费');
    expect(t.spendPlan.map((s) => s.cell)).toEqual(['B7', 'C7', 'D7', 'E7']);
    expect(t.indicators[0].row).toBe(10);
  });

  it('checks several files into one document and honours --profile', () => {
    const { doc } = checkJson(perSheet, [pasted, '--profile', 'mof-2021']);
    expectContractShape(doc);
    expect(doc.profile).toBe('mof-2021');
    expect(doc.files.map((f) => f.file)).toEqual([perSheet, pasted]);
  });

  it('exits 1 when a table has an error', async () => {
    const grid = perSheetSeedGrids()[0];
    grid.values[6] = [null, 0.5, 0.3, 1, 1]; // spend plan goes down: S02
    const wb = new Workbook();
    addGridSheet(wb, grid);
    const p = file('s02.xlsx');
    fs.writeFileSync(p, await workbookBuffer(wb));
    const { doc, code } = checkJson(p);
    expect(code).toBe(1);
    expect(doc.files[0].diagnostics).toEqual(
      expect.arrayContaining([expect.objectContaining({ rule: 'S02', severity: 'error', sheet: grid.name, cell: 'C7' })]),
    );
    const text = runCli(['check', p]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(/错误（[1-9]\d* 条）/);
    expect(text.stdout).toContain(`${grid.name}!C7  [S02]`);
  });
});

describe('check --json on edge cases', () => {
  /** An empty sheet, a sheet with only the indicator header, and a 亿元 table with numbers typed as numbers. */
  async function edgeWorkbook(): Promise<string> {
    const wb = new Workbook();
    wb.addWorksheet('空表');
    wb.addWorksheet('只有表头').addRow(['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据']);
    const ws = wb.addWorksheet('亿元表');
    const rows: (string | number | null)[][] = [
      ['1.大型工程建设项目绩效目标表'],
      ['414001某局本级', null, null, null, null, '单位：亿元'],
      ['项目编码', 'P001', null, '项目名称', '大型工程建设项目'],
      ['预算规模及资金用途', '预算数', 1.5, '其中：财政资金', 1, '其他资金', 0.5],
      [null, '工程建设'],
      ['资金支出计划（%）', '3月底', '6 月底', '10月底', '12月底'],
      [null, 0.2, 1.2, '-10%', '100％'],
      ['绩效目标', '完成建设'],
      ['一级指标', '二级指标', '三级指标', '绩效指标描述', '指标值', '指标值确定依据'],
      ['产出指标', '数量指标', '建设里程', '建设里程', 120, '计划'],
      [null, '质量指标', '验收合格率', '验收合格率', '＞＝95%', '标准'],
      [null, '时效指标', '完工时间', '完工时间', '2022-2023年', '计划'],
      [null, '成本指标', '工程成本', '工程成本', '2亿元', '预算'],
      [null, null, '增长率', '增长率', '≥−5%', '预算'],
      ['效益指标', '社会效益指标', '通行能力', '通行能力', '>=120%', '计划'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '群众满意度', 0.95, '调查'],
    ];
    rows.forEach((r) => ws.addRow(r));
    for (const a of ['B7', 'C7', 'E16']) ws.getCell(a).numFmt = '0%';
    const p = file('edge.xlsx');
    fs.writeFileSync(p, await workbookBuffer(wb));
    return p;
  }

  it('keeps the contract shape and reports each problem at its cell', async () => {
    const { doc, code } = checkJson(await edgeWorkbook());
    expect(code).toBe(1);
    expectContractShape(doc);
    const t = doc.files[0].tables.find((x) => x.sheet === '亿元表')!;
    expect(t.budget).toEqual({ total: 1.5, fiscal: 1, other: 0.5 });
    expect(t.spendPlan).toEqual([
      { label: '3月底', percent: 20, cell: 'B7' },
      { label: '6月底', percent: 120, cell: 'C7' },
      { label: '10月底', percent: -10, cell: 'D7' },
      { label: '12月底', percent: 100, cell: 'E7' },
    ]);
    const parsed = Object.fromEntries(t.indicators.map((i) => [i.value, i.parsed]));
    expect(parsed).toEqual({
      '120': { op: null, number: 120, unit: null },
      '＞＝95%': { op: '>=', number: 95, unit: '%' },
      '2022-2023年': { op: null, number: 2022, unit: '年' },
      '2亿元': { op: null, number: 2, unit: '亿元' },
      '≥−5%': { op: '>=', number: -5, unit: '%' },
      '>=120%': { op: '>=', number: 120, unit: '%' },
      '95%': { op: null, number: 95, unit: '%' },
    });
    const at = (sheet: string) =>
      doc.files[0].diagnostics.filter((d) => d.sheet === sheet && !['D01', 'D02'].includes(d.rule)).map((d) => `${d.rule} ${d.severity} ${d.cell}`);
    expect(at('亿元表').sort()).toEqual(
      [
        'V06 warning E10', // 120 typed as a number: no unit
        'V04 error E14', // ≥−5%
        'V04 error E15', // >=120%
        'B03 error E13', // 2亿元 > 1.5亿元
        'B04 warning E13',
        'S01 error C7', // 120%
        'S01 error D7', // -10%
      ].sort(),
    );
  });
});

describe('check report', () => {
  it('prints tables, diagnostics by severity and totals in Chinese', () => {
    const r = runCli(['check', pasted]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const out = r.stdout;
    expect(out).toContain(`文件：${pasted}`);
    expect(out).toContain('找到 12 张绩效目标表');
    expect(out).toContain('项目名称：食品安全业务经费  项目编码：13032423P00442810053A  预算数：5 万元');
    expect(out).toContain('错误（0 条）：无');
    const iw = out.indexOf('警告（');
    const ii = out.indexOf('提示（');
    expect(iw).toBeGreaterThan(out.indexOf('错误（'));
    expect(ii).toBeGreaterThan(iw);
    expect(out).toMatch(/Sheet1!E\d+ {2}\[V03\] /);
    expect(out).toMatch(/小计：12 张表，错误 0 条，警告 \d+ 条，提示 \d+ 条。/);
    expect(out).toContain('结论：未发现错误。');
  });
});

describe('bad input gives exit 2 and one Chinese line', () => {
  const cases: [string, () => Promise<string[]>][] = [
    ['a missing file', async () => ['check', file('无此文件.xlsx')]],
    [
      'a text file renamed .xlsx',
      async () => {
        fs.writeFileSync(file('text.xlsx'), '项目编码,项目名称\n1,2\n');
        return ['check', file('text.xlsx')];
      },
    ],
    [
      'an encrypted (CFB) file',
      async () => {
        const sig = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
        fs.writeFileSync(file('enc.xlsx'), Buffer.concat([sig, Buffer.from('junk'.repeat(200))]));
        return ['check', file('enc.xlsx'), '--json'];
      },
    ],
    [
      'an empty workbook',
      async () => {
        fs.writeFileSync(file('empty.xlsx'), await workbookBuffer(new Workbook()));
        return ['check', file('empty.xlsx')];
      },
    ],
    ['an unknown command', async () => ['frobnicate', 'x.xlsx']],
    ['no command', async () => []],
    ['convert without -o', async () => ['convert', pasted]],
    ['an unknown profile', async () => ['check', pasted, '--profile', 'beijing-2024']],
    ['an unknown option', async () => ['check', pasted, '--verbose']],
    ['output equal to input', async () => ['convert', pasted, '-o', pasted]],
    ['an output directory that does not exist', async () => ['template', '-o', file('no/such/dir/t.xlsx')]],
  ];
  it.each(cases)('%s', async (_label, args) => {
    const r = runCli(await args());
    expect(r.code).toBe(2);
    expectOneChineseLine(r.stderr);
  });

  it('names the problem in the line', async () => {
    expect(runCli(['check', file('无此文件.xlsx')]).stderr).toContain('找不到文件');
    fs.writeFileSync(file('enc2.xlsx'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(100)]));
    expect(runCli(['check', file('enc2.xlsx')]).stderr).toMatch(/^文件已加密.*请先取消密码/);
    fs.writeFileSync(file('empty2.xlsx'), await workbookBuffer(new Workbook()));
    expect(runCli(['check', file('empty2.xlsx')]).stderr).toContain('没有任何工作表');
    const json = runCli(['check', file('无此文件.xlsx'), '--json']);
    expect(JSON.parse(json.stdout)).toEqual({ profile: 'hebei-2023', files: [] });
  });

  it('keeps the other files of a check when one is missing', () => {
    const r = runCli(['check', file('无此文件.xlsx'), perSheet, '--json']);
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as JsonDoc).files.map((f) => f.file)).toEqual([perSheet]);
  });

  it('prints usage for --help', () => {
    const r = runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('jixiao check <文件.xlsx>...');
  });
});

describe('convert', () => {
  it('keeps the original sheet cell for cell and adds one standard sheet per table', async () => {
    const out = file('converted.xlsx');
    const r = runCli(['convert', pasted, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('已转换 12 张表');

    const before = await gridsOf(pasted);
    const after = await gridsOf(out);
    expect(after[0]).toEqual(before[0]);
    const names = after.map((g) => g.name);
    expect(names).toHaveLength(13);
    expect(names.slice(1, 3)).toEqual(['食品安全业务经费', '食品安全业务经费f']);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);

    const { doc } = checkJson(out);
    const converted = doc.files[0].tables;
    expect(converted.map((t) => t.sheet)).toEqual(names.slice(1));
    expect(converted.map((t) => t.projectCode)).toEqual(seedTables().map((t) => t.rows[1][1]));
    expect(converted[0].budget.total).toBe(5);
    expect(converted[0].spendPlan.map((s) => s.percent)).toEqual([50, 100, 100, 100]);
  });

  it('keeps every sheet of a multi-sheet workbook untouched', async () => {
    const out = file('converted-per-sheet.xlsx');
    expect(runCli(['convert', perSheet, '-o', out]).code).toBe(0);
    const before = await gridsOf(perSheet);
    const after = await gridsOf(out);
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(24);
    const wbBefore = (await XlsxHost.open(perSheet)).workbook;
    const wbAfter = (await XlsxHost.open(out)).workbook;
    for (const ws of wbBefore.worksheets) {
      const other = wbAfter.getWorksheet(ws.name)!;
      ws.eachRow((row, r) =>
        row.eachCell((cell, c) => {
          const o = other.getCell(r, c);
          expect([cell.address, o.value, o.numFmt, o.type]).toEqual([cell.address, cell.value, cell.numFmt, cell.type]);
        }),
      );
      expect(ws.getColumn(1).width).toBe(other.getColumn(1).width);
    }
  });

  it('carries text starting with "=" through as text, never a formula', async () => {
    const grid = perSheetSeedGrids()[0];
    grid.values[4] = [null, '=1+1 保障产品质量'];
    grid.values[9] = ['产出指标', '数量指标', '=SUM(A1:A3)', '@抽检', '≥130批次', '+年度计划'];
    const wb = new Workbook();
    addGridSheet(wb, grid);
    const input = file('equals.xlsx');
    const out = file('equals-out.xlsx');
    fs.writeFileSync(input, await workbookBuffer(wb));
    const r = runCli(['convert', input, '-o', out]);
    expect(r.code).not.toBe(2);
    const book = (await XlsxHost.open(out)).workbook;
    const texts: { value: unknown; formula: unknown }[] = [];
    for (const ws of book.worksheets) {
      ws.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.master === cell && typeof cell.value === 'string' && /^[=+@]/.test(cell.value)) texts.push({ value: cell.value, formula: cell.formula });
          expect(cell.formula).toBeUndefined();
        }),
      );
    }
    const values = texts.map((t) => t.value);
    // Each text appears on the original sheet and on the converted one.
    for (const t of ['=1+1 保障产品质量', '=SUM(A1:A3)', '@抽检', '+年度计划']) {
      expect(values.filter((v) => v === t)).toHaveLength(2);
    }
    const json = checkJson(out).doc.files[0].tables;
    expect(json[1].indicators[0].level3).toBe('=SUM(A1:A3)');
  });
  it('writes no file when the workbook holds no table', async () => {
    const wb = new Workbook();
    wb.addWorksheet('台账').getCell('A1').value = '只是一张普通的表';
    const input = file('no-tables.xlsx');
    const out = file('no-tables-out.xlsx');
    fs.writeFileSync(input, await workbookBuffer(wb));
    const r = runCli(['convert', input, '-o', out]);
    expect(r.code).toBe(2);
    expectOneChineseLine(r.stderr);
    expect(r.stderr).toContain('中找到绩效目标表，未生成输出文件');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('keeps what it does not model: a note, a custom part, the original shared strings and styles', async () => {
    const wb = perSheetWorkbook();
    const first = wb.worksheets[0];
    first.getCell('A1').note = '用户的批注';
    first.getCell('A1').font = { italic: true, name: '仿宋', size: 15 };
    const zip = await openZip(await workbookBuffer(wb));
    zip.file('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><data>用户的自定义数据</data>');
    const input = file('with-extras.xlsx');
    const out = file('with-extras-out.xlsx');
    fs.writeFileSync(input, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    const r = runCli(['convert', input, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const before = await zipContents(fs.readFileSync(input));
    const after = await zipContents(fs.readFileSync(out));
    for (const part of ['customXml/item1.xml', 'xl/comments1.xml', 'xl/sharedStrings.xml', 'xl/worksheets/sheet1.xml', 'xl/worksheets/sheet12.xml']) {
      expect([part, after.get(part)?.equals(before.get(part)!)]).toEqual([part, true]);
    }
    const book = (await XlsxHost.open(out)).workbook;
    expect(book.worksheets).toHaveLength(24);
    expect(book.worksheets[0].getCell('A1').note).toBe('用户的批注');
    expect(book.worksheets[0].getCell('A1').font).toMatchObject({ italic: true, name: '仿宋', size: 15 });
    const standard = book.worksheets[12];
    expect(standard.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(standard.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
  });
});

describe('summarize', () => {
  it('adds the three summary sheets with the department total, and replaces them on a rerun', async () => {
    const out = file('summary.xlsx');
    const r = runCli(['summarize', pasted, '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('预算数合计 195 万元');
    const grids = await gridsOf(out);
    expect(grids.map((g) => g.name)).toEqual(['Sheet1', '部门汇总', '指标汇总', '校验结果']);
    expect(grids[0]).toEqual((await gridsOf(pasted))[0]);
    const dept = grids[1];
    const totalRow = dept.values.findIndex((row) => row[0] === '合计');
    expect(totalRow).toBeGreaterThan(0);
    expect(valueAt(dept, totalRow, 3)).toBe(195);

    const again = file('summary-again.xlsx');
    expect(runCli(['summarize', out, '-o', again]).code).toBe(0);
    const grids2 = await gridsOf(again);
    expect(grids2.map((g) => g.name)).toEqual(['Sheet1', '部门汇总', '指标汇总', '校验结果']);
    expect(grids2[1].values).toEqual(dept.values);
  });
});

describe('template', () => {
  it('writes one empty standard table set up for A4 printing', async () => {
    const out = file('template.xlsx');
    const r = runCli(['template', '-o', out, '--profile', 'mof-2021']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const host = await XlsxHost.open(out);
    const info = await host.workbookInfo();
    expect(info.sheets).toHaveLength(1);
    const ws = host.workbook.worksheets[0];
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    const [g] = await host.readSheets();
    const labels = g.values.flat().filter((v) => typeof v === 'string');
    expect(labels).toEqual(expect.arrayContaining(['项目编码', '项目名称', '绩效目标', '一级指标', '指标值确定依据']));
    expect(g.merges.map(rangeAddress)).toContain('A1:G1');
    expect(ws.getCell('A10').dataValidation?.type).toBe('list');
  });
});
