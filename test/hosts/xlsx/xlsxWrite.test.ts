import { Workbook } from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { HostError } from '../../../src/hosts/host';
import { MARK_COLORS } from '../../../src/hosts/xlsx/marks';
import { rangeAddress } from '../../../src/engine/grid/address';
import { valueAt, formatAt } from '../../../src/engine/grid/grid';
import { SheetPlan } from '../../../src/engine/model/plan';
import { workbookBuffer } from '../../fixtures/seedWorkbooks';
import { zipPart, zipPartNames } from './zipText';

function plan(name: string, overrides: Partial<SheetPlan> = {}): SheetPlan {
  return {
    name,
    values: [
      ['标题', null, null],
      ['=1+1', '+86 123', '@备注'],
      ['产出指标', 0.5, 12.345],
      ['跳转', null, '-5'],
    ],
    merges: [{ r0: 0, c0: 0, r1: 0, c1: 2 }],
    columnWidths: [12, 20, 9],
    rowHeights: { 1: 30 },
    numberFormats: [
      { range: { r0: 2, c0: 1, r1: 2, c1: 1 }, format: '0%' },
      { range: { r0: 2, c0: 2, r1: 2, c1: 2 }, format: '0.00' },
    ],
    styles: [
      { range: { r0: 0, c0: 0, r1: 3, c1: 2 }, style: { border: true } },
      { range: { r0: 0, c0: 0, r1: 0, c1: 2 }, style: { bold: true, fontSize: 16, horizontal: 'center', fill: '#DDEBF7' } },
      { range: { r0: 1, c0: 0, r1: 1, c1: 2 }, style: { wrap: true, vertical: 'top', fontColor: '#C00000' } },
    ],
    validations: [{ range: { r0: 2, c0: 0, r1: 9, c1: 0 }, list: ['产出指标', '效益指标', '满意度指标'], errorMessage: '请从下拉列表中选择。' }],
    links: [{ row: 3, col: 0, sheet: '目标 表', cell: 'B2' }],
    print: { paper: 'A4', orientation: 'landscape', fitToWidth: 1, repeatRows: { r0: 1, r1: 2 } },
    freeze: { rows: 2, cols: 1 },
    autoFilter: { r0: 1, c0: 0, r1: 3, c1: 2 },
    ...overrides,
  };
}

async function roundTrip(host: XlsxHost): Promise<{ host: XlsxHost; buf: Buffer; wb: Workbook }> {
  const buf = await host.toBuffer();
  const again = await XlsxHost.fromBuffer(buf);
  return { host: again, buf, wb: again.workbook };
}

describe('XlsxHost writing plans', () => {
  it('round-trips values, text that looks like a formula, merges and formats', async () => {
    const host = XlsxHost.empty();
    await host.applyPlans([plan('目标 表')]);
    const { host: back, wb } = await roundTrip(host);
    const [g] = await back.readSheets();
    expect(g.values).toEqual([
      ['标题'],
      ['=1+1', '+86 123', '@备注'],
      ['产出指标', 0.5, 12.345],
      ['跳转', null, '-5'],
    ]);
    expect(g.merges.map(rangeAddress)).toEqual(['A1:C1']);
    expect(formatAt(g, 2, 1)).toBe('0%');
    expect(formatAt(g, 2, 2)).toBe('0.00');
    const cell = wb.getWorksheet('目标 表')!.getCell('A2');
    expect(cell.value).toBe('=1+1');
    expect(cell.formula).toBeUndefined();
  });

  it('writes "=" text as a shared string, never as a formula', async () => {
    const host = XlsxHost.empty();
    await host.applyPlans([plan('S')]);
    const buf = await host.toBuffer();
    const sheetXml = await zipPart(buf, 'xl/worksheets/sheet1.xml');
    expect(sheetXml).not.toContain('<f>');
    expect(sheetXml).toMatch(/<c r="A2"[^>]*t="s"/);
    const shared = await zipPart(buf, 'xl/sharedStrings.xml');
    expect(shared).toContain('=1+1');
  });

  it('writes styles, widths, heights, validation, print setup, freeze and filter', async () => {
    const host = XlsxHost.empty();
    await host.applyPlans([plan('目标 表')]);
    const { wb } = await roundTrip(host);
    const ws = wb.getWorksheet('目标 表')!;
    expect(ws.getColumn(1).width).toBe(12);
    expect(ws.getColumn(2).width).toBe(20);
    expect(ws.getRow(2).height).toBe(30);
    const title = ws.getCell('A1');
    expect(title.font?.bold).toBe(true);
    expect(title.font?.size).toBe(16);
    expect(title.alignment?.horizontal).toBe('center');
    expect(title.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(title.border?.top?.style).toBe('thin'); // border and bold both applied
    const a2 = ws.getCell('A2');
    expect(a2.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(a2.font?.color?.argb).toBe('FFC00000');
    expect(ws.getCell('C4').border?.right?.style).toBe('thin');
    for (const addr of ['A3', 'A10']) {
      expect(ws.getCell(addr).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"产出指标,效益指标,满意度指标"'],
        showErrorMessage: true,
        error: '请从下拉列表中选择。',
      });
    }
    expect(ws.getCell('A11').dataValidation).toBeUndefined();
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.pageSetup.printTitlesRow).toBe('2:3');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(ws.autoFilter).toBe('A2:C4');
  });

  it('writes internal links as in-document locations without an external relationship', async () => {
    const host = XlsxHost.empty();
    await host.applyPlans([plan('目标 表')]);
    const buf = await host.toBuffer();
    const xml = await zipPart(buf, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<hyperlink ref="A4" location="(&apos;|')目标 表(&apos;|')!B2"\s*\/>/);
    const names = await zipPartNames(buf);
    if (names.includes('xl/worksheets/_rels/sheet1.xml.rels')) {
      const rels = await zipPart(buf, 'xl/worksheets/_rels/sheet1.xml.rels');
      expect(rels).not.toContain('hyperlink');
    }
    const [g] = await (await XlsxHost.fromBuffer(buf)).readSheets();
    expect(valueAt(g, 3, 0)).toBe('跳转'); // the link cell still reads as its text
  });

  it('keeps external hyperlinks working', async () => {
    const wb = new Workbook();
    wb.addWorksheet('A').getCell('A1').value = { text: '网站', hyperlink: 'https://example.org/' };
    const host = await XlsxHost.fromBuffer(await workbookBuffer(wb));
    const buf = await host.toBuffer();
    expect(await zipPart(buf, 'xl/worksheets/_rels/sheet1.xml.rels')).toContain('https://example.org/');
    expect(host.workbook.getWorksheet('A')!.getCell('A1').hyperlink).toBe('https://example.org/');
  });

  it('refuses a name clash unless replacing, and replaces in place', async () => {
    const wb = new Workbook();
    wb.addWorksheet('原表').getCell('A1').value = '用户内容';
    wb.addWorksheet('部门汇总').getCell('A1').value = '旧汇总';
    wb.addWorksheet('最后').getCell('A1').value = '末';
    const host = await XlsxHost.fromBuffer(await workbookBuffer(wb));
    const err = await host.applyPlans([plan('新表'), plan('部门汇总')]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('conflict');
    expect((err as HostError).message).toBe('工作表“部门汇总”已存在，未覆盖。');
    expect((await host.workbookInfo()).sheets).toEqual(['原表', '部门汇总', '最后']); // nothing written

    await host.applyPlans([plan('部门汇总'), plan('新表')], { replaceExisting: true, activate: '部门汇总' });
    const { host: back } = await roundTrip(host);
    const info = await back.workbookInfo();
    expect(info.sheets).toEqual(['原表', '部门汇总', '最后', '新表']);
    expect(info.active).toBe('部门汇总');
    const grids = await back.readSheets();
    expect(valueAt(grids[0], 0, 0)).toBe('用户内容');
    expect(valueAt(grids[1], 0, 0)).toBe('标题');
    expect(valueAt(grids[2], 0, 0)).toBe('末');
  });

  it('refuses two plans with the same name in one batch', async () => {
    const host = XlsxHost.empty();
    await expect(host.applyPlans([plan('X'), plan('x')])).rejects.toMatchObject({ code: 'conflict' });
  });
});

describe('XlsxHost marks', () => {
  it('fills only cells without a fill of their own and clears only its own marks', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('表');
    ws.getCell('A1').value = '无填充';
    ws.getCell('B1').value = '用户填充';
    ws.getCell('B1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
    ws.getCell('C1').value = '多条';
    const host = await XlsxHost.fromBuffer(await workbookBuffer(wb));
    await host.setMarks(['表'], [
      { sheet: '表', cell: 'A1', severity: 'warning', note: 'V03' },
      { sheet: '表', cell: 'B1', severity: 'error', note: 'S02' },
      { sheet: '表', cell: 'C1', severity: 'error', note: 'S02' },
      { sheet: '表', cell: 'C1', severity: 'info', note: 'H10' },
    ]);
    const { host: back } = await roundTrip(host);
    const sheet = back.workbook.getWorksheet('表')!;
    const argbOf = (a: string) => (sheet.getCell(a).fill as { fgColor?: { argb?: string } } | undefined)?.fgColor?.argb;
    expect(argbOf('A1')).toBe(MARK_COLORS.warning);
    expect(argbOf('B1')).toBe('FF00FF00');
    expect(argbOf('C1')).toBe(MARK_COLORS.error);

    await back.setMarks(['表'], [{ sheet: '表', cell: 'C1', severity: 'info', note: 'H10' }]);
    expect(argbOf('A1')).toBeUndefined();
    expect(argbOf('B1')).toBe('FF00FF00');
    expect(argbOf('C1')).toBe(MARK_COLORS.info);
    await back.setMarks(['表'], []);
    expect(argbOf('C1')).toBeUndefined();
  });
});
