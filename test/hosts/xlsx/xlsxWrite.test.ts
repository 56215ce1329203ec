import { Workbook } from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { HostError } from '../../../src/hosts/host';
import { MARK_COLORS } from '../../../src/hosts/xlsx/marks';
import { rangeAddress } from '../../../src/engine/grid/address';
import { valueAt, formatAt } from '../../../src/engine/grid/grid';
import { workbookBuffer } from '../../fixtures/seedWorkbooks';
import { fullPlan } from './planFixture';
import { sheetPartName, zipPart, zipPartNames } from './zipText';

const plan = fullPlan;

async function roundTrip(host: XlsxHost): Promise<{ host: XlsxHost; buf: Buffer; wb: Workbook }> {
  const buf = await host.toBuffer();
  const again = await XlsxHost.fromBuffer(buf);
  return { host: again, buf, wb: again.workbook };
}

/**
 * The two ways plans reach a file: a new workbook is written by ExcelJS; sheets added to an opened file are
 * appended to its package (addSheets.ts). Both must give the same sheets.
 */
const STARTS: [string, () => Promise<XlsxHost>][] = [
  ['a new workbook (ExcelJS writes it)', async () => XlsxHost.empty()],
  [
    'an opened file (sheets appended to its package)',
    async () => {
      const wb = new Workbook();
      wb.addWorksheet('原表').getCell('A1').value = '用户内容';
      return XlsxHost.fromBuffer(await workbookBuffer(wb));
    },
  ],
];

describe.each(STARTS)('plans written into %s', (_label, start) => {
  it('round-trip values, text that looks like a formula, merges and formats', async () => {
    const host = await start();
    await host.applyPlans([plan('目标 表')]);
    const { host: back, wb } = await roundTrip(host);
    const [g] = await back.readSheets(['目标 表']);
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

  it('write text as text, never as a formula', async () => {
    const host = await start();
    await host.applyPlans([plan('S')]);
    const buf = await host.toBuffer();
    const sheetXml = await zipPart(buf, await sheetPartName(buf, 'S'));
    expect(sheetXml).not.toContain('<f>');
    const a2 = /<c r="A2"[^>]*t="(s|inlineStr)"[^>]*>(.*?)<\/c>/.exec(sheetXml);
    expect(a2).not.toBeNull();
    if (a2![1] === 's') expect(await zipPart(buf, 'xl/sharedStrings.xml')).toContain('=1+1');
    else expect(a2![2]).toBe('<is><t>=1+1</t></is>');
  });

  it('keep text that looks like an OOXML escape ("_x0041_") as typed', async () => {
    const host = await start();
    const p = plan('转义');
    p.values[1] = ['_x0041_', '备注_x000D_结束', '_x005F_', '_x12_'];
    await host.applyPlans([p]);
    // Stored with the underscore escaped, as Excel (which decodes every "_xHHHH_") needs it.
    const buf = await host.toBuffer();
    const stored = (await zipPart(buf, await sheetPartName(buf, '转义'))) + (await zipPart(buf, 'xl/sharedStrings.xml').catch(() => ''));
    expect(stored).toContain('_x005F_x0041_');
    expect(stored).toContain('备注_x005F_x000D_结束');
    expect(stored).toContain('_x12_');
    const { host: back } = await roundTrip(host);
    const [g] = await back.readSheets(['转义']);
    expect(g.values[1]).toEqual(['_x0041_', '备注_x000D_结束', '_x005F_', '_x12_']);
  });

  it('write styles, widths, heights, validation, print setup, freeze and filter', async () => {
    const host = await start();
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
    expect(ws.getCell('C1').border?.right?.style).toBe('thin'); // covered merge cells keep their borders
    const a2 = ws.getCell('A2');
    expect(a2.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(a2.font?.color?.argb).toBe('FFC00000');
    expect(a2.font?.bold).toBeFalsy();
    expect(ws.getCell('C4').border?.right?.style).toBe('thin');
    expect(ws.getCell('B3').numFmt).toBe('0%');
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

  it('write internal links as in-document locations without an external relationship', async () => {
    const host = await start();
    await host.applyPlans([plan('目标 表')]);
    const buf = await host.toBuffer();
    const part = await sheetPartName(buf, '目标 表');
    const xml = await zipPart(buf, part);
    expect(xml).toMatch(/<hyperlink ref="A4" location="(&apos;|')目标 表(&apos;|')!B2"\s*\/>/);
    const rels = part.replace(/([^/]+)$/, '_rels/$1.rels');
    if ((await zipPartNames(buf)).includes(rels)) expect(await zipPart(buf, rels)).not.toContain('hyperlink');
    const back = await XlsxHost.fromBuffer(buf);
    const [g] = await back.readSheets(['目标 表']);
    expect(valueAt(g, 3, 0)).toBe('跳转'); // the link cell still reads as its text
    const link = back.workbook.getWorksheet('目标 表')!.getCell('A4');
    expect(link.font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
  });

  it('make the activated sheet the only selected tab', async () => {
    const host = await start();
    await host.applyPlans([plan('甲'), plan('乙')], { activate: '乙' });
    const buf = await host.toBuffer();
    const back = await XlsxHost.fromBuffer(buf);
    expect((await back.workbookInfo()).active).toBe('乙');
    let selected = 0;
    for (const name of (await back.workbookInfo()).sheets) {
      if (/tabSelected="1"/.test(await zipPart(buf, await sheetPartName(buf, name)))) selected++;
    }
    expect(selected).toBeLessThanOrEqual(1);
  });
});

describe('XlsxHost writing plans', () => {
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
