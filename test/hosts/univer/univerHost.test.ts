/** The Univer adapter on a headless Univer: literal text, plan styling, marks that give colours back, events. */
import { CellChange } from '../../../src/hosts/host';
import { UniverHost } from '../../../src/hosts/univer/univerHost';
import { gridToSheetData, workbookDataOf } from '../../../src/hosts/univer/sheetData';
import { UCell, UStyle } from '../../../src/hosts/univer/facade';
import { renderTemplate } from '../../../src/engine/render/template';
import { createHeadlessUniver, HeadlessUniver } from './headlessUniver';
import { typedCell } from './typing';
import { plan } from '../../support/plans';

let univer: HeadlessUniver;
let host: UniverHost;

function open(rows: (string | number | null)[][] = [['备注']]): void {
  univer = createHeadlessUniver(workbookDataOf([gridToSheetData({ name: 'Sheet1', values: rows, merges: [] })]));
  host = new UniverHost(univer.api);
}

afterEach(() => univer?.dispose());

function sheet(name: string) {
  const ws = univer.api.getActiveWorkbook()?.getSheets().find((s) => s.getSheetName() === name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

function cell(name: string, row: number, col: number): UCell | null | undefined {
  return sheet(name).getRange(row, col, 1, 1).getCellDatas()[0][0];
}

function style(name: string, row: number, col: number): UStyle {
  return sheet(name).getRange(row, col, 1, 1).getCellStyleData() ?? {};
}

/** The user's typing: Univer's set-range-values command, as the cell editor runs it on Enter. */
function userTypes(sheetName: string, row: number, col: number, text: string): void {
  const wb = univer.api.getActiveWorkbook();
  const ok = univer.api.syncExecuteCommand('sheet.command.set-range-values', {
    unitId: wb?.getId(),
    subUnitId: sheet(sheetName).getSheetId(),
    range: { startRow: row, startColumn: col, endRow: row, endColumn: col },
    value: typedCell(text),
  });
  expect(ok).toBe(true);
}

describe('UniverHost writing', () => {
  test.each([['=1+1'], ['+86 0335'], ['-'], ['@张三'], ['2023'], ['TRUE'], ['95%'], ["'引号"]])(
    'text %s is written and read back as text, never as a formula',
    async (text) => {
      open();
      await host.applyPlans([plan('文本', [[text, 5]])]);
      const [grid] = await host.readSheets(['文本']);
      expect(grid.values[0]).toEqual([text, 5]);
      expect(cell('文本', 0, 0)?.f ?? null).toBeNull();
    },
  );

  test("the trap the adapter avoids: the facade's setValues turns '=1+1' into a formula", () => {
    open();
    const raw = univer.raw as unknown as { getActiveWorkbook(): { getActiveSheet(): { getRange(a: string): { setValues(v: unknown[][]): void } } } };
    raw.getActiveWorkbook().getActiveSheet().getRange('B2').setValues([['=1+1']]);
    expect(cell('Sheet1', 1, 1)?.f).toBe('=1+1');
  });

  test('a standard template: merges, number formats, bold, fill, border, wrap, alignment, widths, list validation', async () => {
    open();
    const p = renderTemplate(null, { profile: 'hebei-2023' });
    p.name = '绩效目标表';
    await host.applyPlans([p], { activate: p.name });
    const ws = sheet('绩效目标表');
    expect(ws.getMergeData().map((m) => m.getA1Notation()).sort()).toEqual(p.merges.map((m) => ws.getRange(m.r0, m.c0, m.r1 - m.r0 + 1, m.c1 - m.c0 + 1).getA1Notation()).sort());
    const fmt = p.numberFormats[0];
    expect(ws.getRange(fmt.range.r0, fmt.range.c0, 1, 1).getNumberFormats()[0][0]).toBe(fmt.format);
    const bold = p.styles.find((s) => s.style.bold)!;
    expect(style('绩效目标表', bold.range.r0, bold.range.c0).bl).toBe(1);
    const bordered = p.styles.find((s) => s.style.border)!;
    expect(style('绩效目标表', bordered.range.r1, bordered.range.c1).bd?.b?.s).toBe(1);
    const filled = p.styles.find((s) => s.style.fill);
    if (filled) expect(style('绩效目标表', filled.range.r0, filled.range.c0).bg?.rgb?.toLowerCase()).toBe(filled.style.fill!.toLowerCase());
    const wrapped = p.styles.find((s) => s.style.wrap)!;
    expect(style('绩效目标表', wrapped.range.r0, wrapped.range.c0).tb).toBe(3);
    const centered = p.styles.find((s) => s.style.horizontal === 'center')!;
    expect(style('绩效目标表', centered.range.r0, centered.range.c0).ht).toBe(2);
    const save = univer.api.getActiveWorkbook()!.save();
    const data = save.sheets[ws.getSheetId()];
    expect(data.columnData?.[0]?.w).toBe(Math.round(p.columnWidths[0] * 7 + 5));
    expect(p.validations.length).toBeGreaterThan(0);
    const v = p.validations[0];
    const rule = (ws.getRange(v.range.r0, v.range.c0, 1, 1) as unknown as { getDataValidation(): { getCriteriaValues(): unknown[] } | null }).getDataValidation();
    expect(JSON.parse(String(rule?.getCriteriaValues()[1]))).toEqual(v.list);
    expect((await host.workbookInfo()).active).toBe('绩效目标表');
  });

  test('new sheets go to the end and the user stays on their sheet unless asked; a clash changes nothing', async () => {
    open();
    await host.applyPlans([plan('甲', [['a']]), plan('乙', [['b']])]);
    expect(await host.workbookInfo()).toEqual({ sheets: ['Sheet1', '甲', '乙'], active: 'Sheet1' });
    await expect(host.applyPlans([plan('丙', [['c']]), plan('甲', [['x']])])).rejects.toMatchObject({ code: 'conflict' });
    expect((await host.workbookInfo()).sheets).toEqual(['Sheet1', '甲', '乙']);
  });

  test('replaceExisting replaces a sheet in its tab position, also when it is the only sheet', async () => {
    open();
    await host.applyPlans([plan('甲', [['a']]), plan('乙', [['b']])]);
    await host.applyPlans([plan('甲', [['新']])], { replaceExisting: true });
    expect((await host.workbookInfo()).sheets).toEqual(['Sheet1', '甲', '乙']);
    expect((await host.readSheets(['甲']))[0].values).toEqual([['新']]);
    open();
    await host.applyPlans([plan('Sheet1', [['唯一']])], { replaceExisting: true });
    expect((await host.workbookInfo()).sheets).toEqual(['Sheet1']);
    expect((await host.readSheets())[0].values).toEqual([['唯一']]);
  });
});

describe('UniverHost reading', () => {
  test('readRegion keeps worksheet coordinates and leaves the rest empty', async () => {
    open([['a', 'b', 'c'], ['d', 'e', 'f'], ['g', 'h', 'i']]);
    const grid = await host.readRegion('Sheet1', { r0: 1, c0: 1, r1: 2, c1: 2 });
    expect(grid.values).toEqual([[], [null, 'e', 'f'], [null, 'h', 'i']]);
  });

  test('typed percentages read as fractions with their format; merged cells keep only the top-left value', async () => {
    open([['合并', '被盖住'], [null, null]]);
    userTypes('Sheet1', 1, 0, '40%');
    await host.applyPlans([plan('M', [['合并', 'x']], { merges: [{ r0: 0, c0: 0, r1: 0, c1: 1 }] })]);
    const [s1, m] = await host.readSheets(['Sheet1', 'M']);
    expect(s1.values[1]).toEqual([0.4]);
    expect(s1.numberFormats?.[1]?.[0]).toBe('0%');
    expect(m.values).toEqual([['合并']]);
    expect(m.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 1 }]);
  });
});

describe('UniverHost marks', () => {
  const mark = (cellRef: string, severity: 'error' | 'warning') => ({ sheet: 'Sheet1', cell: cellRef, severity, note: 'S02' });

  test("marks paint cells and give the user's own backgrounds back when removed", async () => {
    open([['a', 'b', 'c']]);
    const ws = sheet('Sheet1');
    (ws.getRange(0, 1, 1, 1) as unknown as { setBackgroundColor(c: string): void }).setBackgroundColor('#00b050');
    (ws.getRange(0, 0, 1, 1) as unknown as { setFontWeight(w: string): void }).setFontWeight('bold');
    await host.setMarks(['Sheet1'], [mark('A1', 'warning'), mark('B1', 'error'), mark('B1', 'warning')]);
    expect(style('Sheet1', 0, 0).bg?.rgb).toBe('#ffeb9c');
    expect(style('Sheet1', 0, 1).bg?.rgb).toBe('#ffc7ce');
    expect(style('Sheet1', 0, 0).bl).toBe(1);
    // A save never carries marks.
    const snap = host.unmarkedSnapshot();
    const saved = snap.sheets[ws.getSheetId()].cellData?.[0];
    const savedStyle = (c: UCell | undefined): UStyle | null | undefined => (typeof c?.s === 'string' ? snap.styles?.[c.s] : c?.s);
    expect(savedStyle(saved?.[1])?.bg?.rgb).toBe('#00b050');
    expect(savedStyle(saved?.[0])?.bg ?? null).toBeNull();
    expect(savedStyle(saved?.[0])?.bl).toBe(1);

    await host.setMarks(['Sheet1'], [mark('A1', 'warning')]);
    expect(style('Sheet1', 0, 1).bg?.rgb).toBe('#00b050');
    await host.setMarks(['Sheet1'], []);
    expect(style('Sheet1', 0, 0).bg ?? null).toBeNull();
    expect(style('Sheet1', 0, 0).bl).toBe(1);
    expect(cell('Sheet1', 0, 0)?.v).toBe('a');
  });

  test('a colour the user paints over a mark is theirs: kept when the mark goes', async () => {
    open([['a']]);
    await host.setMarks(['Sheet1'], [mark('A1', 'warning')]);
    (sheet('Sheet1').getRange(0, 0, 1, 1) as unknown as { setBackgroundColor(c: string): void }).setBackgroundColor('#0070c0');
    await host.setMarks(['Sheet1'], []);
    expect(style('Sheet1', 0, 0).bg?.rgb).toBe('#0070c0');
  });
});

describe('UniverHost events', () => {
  async function listen(): Promise<{ changes: CellChange[]; stop: () => Promise<void> }> {
    const changes: CellChange[] = [];
    const stop = await host.onChange((c) => changes.push(c));
    return { changes, stop };
  }

  test("typing is reported; style changes and the adapter's own writes, marks and selections are not", async () => {
    open([['a', 'b']]);
    const { changes, stop } = await listen();
    userTypes('Sheet1', 2, 1, '12');
    expect(changes).toEqual([{ sheet: 'Sheet1', range: { r0: 2, c0: 1, r1: 2, c1: 1 }, kind: 'edit' }]);
    changes.length = 0;
    (sheet('Sheet1').getRange(0, 0, 1, 1) as unknown as { setFontWeight(w: string): void }).setFontWeight('bold');
    await host.applyPlans([plan('甲', [['x']])], { activate: '甲' });
    await host.setMarks(['甲'], [{ sheet: '甲', cell: 'A1', severity: 'error', note: '' }]);
    await host.selectCell('Sheet1', 'B2');
    expect(changes).toEqual([]);
    expect(univer.api.getActiveWorkbook()?.getActiveRange()?.getA1Notation()).toBe('B2');
    await stop();
    userTypes('Sheet1', 0, 0, 'z');
    expect(changes).toEqual([]);
  });

  test('the user switching sheets and inserting rows are reported as activate and structure', async () => {
    open([['a']]);
    await host.applyPlans([plan('甲', [['x']])]);
    const { changes, stop } = await listen();
    univer.api.getActiveWorkbook()!.setActiveSheet(sheet('甲'));
    (sheet('甲') as unknown as { insertRowBefore(r: number): void }).insertRowBefore(0);
    expect(changes.map((c) => `${c.kind}:${c.sheet}`)).toEqual(['activate:甲', 'structure:甲']);
    await stop();
  });
});
