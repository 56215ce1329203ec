import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { HostError } from '../../../src/hosts/host';
import { dateToSerial } from '../../../src/hosts/xlsx/cellValue';
import { rangeAddress } from '../../../src/engine/grid/address';
import { formatAt, valueAt } from '../../../src/engine/grid/grid';
import { pastedWorkbook, perSheetWorkbook, workbookBuffer } from '../../fixtures/seedWorkbooks';
import { pastedSeedGrid, perSheetSeedGrids } from '../../fixtures/seedGrids';

async function hostOf(wb: Workbook): Promise<XlsxHost> {
  return XlsxHost.fromBuffer(await workbookBuffer(wb));
}

describe('XlsxHost reading', () => {
  it('parses every kind of ExcelJS value into string | number | boolean | null', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('值');
    ws.getCell('A1').value = 42.5;
    ws.getCell('B1').value = '文本 ';
    ws.getCell('C1').value = { richText: [{ text: '富', font: { bold: true } }, { text: '文本' }] };
    ws.getCell('D1').value = { formula: '1+1', result: 2 };
    ws.getCell('E1').value = { formula: 'A1&"x"', result: '42.5x' };
    ws.getCell('F1').value = new Date(Date.UTC(2023, 2, 31));
    ws.getCell('G1').value = { text: '链接', hyperlink: 'https://example.org/' };
    ws.getCell('H1').value = { error: '#N/A' };
    ws.getCell('I1').value = true;
    ws.getCell('J1').value = { formula: '1/0', result: { error: '#DIV/0!' } };
    ws.getCell('K1').value = { formula: 'NOW()' };
    const grid = (await (await hostOf(wb)).readSheets())[0];
    expect(grid.values[0]).toEqual([42.5, '文本 ', '富文本', 2, '42.5x', 45016, '链接', '#N/A', true, '#DIV/0!']);
  });

  it('turns dates into 1900-system serial numbers', () => {
    expect(dateToSerial(new Date(Date.UTC(1900, 0, 1)))).toBe(2);
    expect(dateToSerial(new Date(Date.UTC(2023, 11, 31, 12)))).toBe(45291.5);
    expect(dateToSerial(new Date(NaN))).toBeNull();
  });

  it('reads number formats, merges, tab order and only the used area', async () => {
    const wb = new Workbook();
    const b = wb.addWorksheet('乙');
    const a = wb.addWorksheet('甲');
    b.getCell('C5').value = 0.5;
    b.getCell('C5').numFmt = '0%';
    b.getCell('B2').value = '合并';
    b.mergeCells('B2:D3');
    b.getCell('F9').numFmt = '0.00'; // formatted but empty: outside the used area
    a.getCell('A1').value = 1;
    const host = await hostOf(wb);
    expect((await host.workbookInfo()).sheets).toEqual(['乙', '甲']);
    const [gb, ga] = await host.readSheets();
    expect(gb.values.length).toBe(5);
    expect(valueAt(gb, 1, 1)).toBe('合并');
    expect(valueAt(gb, 1, 2)).toBeNull(); // covered by the merge
    expect(valueAt(gb, 4, 2)).toBe(0.5);
    expect(formatAt(gb, 4, 2)).toBe('0%');
    expect(gb.merges.map(rangeAddress)).toEqual(['B2:D3']);
    expect(ga.values).toEqual([[1]]);
    expect((await host.readSheets(['甲']))[0].name).toBe('甲');
  });

  it('reads a region keeping worksheet coordinates', async () => {
    const wb = new Workbook();
    const ws = wb.addWorksheet('S');
    for (let r = 1; r <= 6; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).value = r * 10 + c;
    ws.mergeCells('A1:B1');
    ws.mergeCells('C5:D6');
    const g = await (await hostOf(wb)).readRegion('S', { r0: 3, c0: 1, r1: 4, c1: 2 });
    expect(g.values.length).toBe(5);
    expect(g.values[0]).toEqual([]);
    expect(g.values[3]).toEqual([null, 42, 43]);
    expect(g.values[4]).toEqual([null, 52, 53]);
    expect(g.merges.map(rangeAddress)).toEqual(['C5:D6']);
  });

  it('reads the pasted seed workbook exactly as the seed grid', async () => {
    const grid = (await (await hostOf(pastedWorkbook())).readSheets())[0];
    const expected = pastedSeedGrid();
    expect(grid.name).toBe('Sheet1');
    expect(grid.values.length).toBe(expected.values.length);
    for (let r = 0; r < expected.values.length; r++) {
      const want = expected.values[r].slice();
      while (want.length > 0 && want[want.length - 1] === null) want.pop();
      expect([r, grid.values[r] ?? []]).toEqual([r, want]);
    }
    const sortKey = (m: { r0: number; c0: number }) => m.r0 * 100 + m.c0;
    expect(grid.merges.slice().sort((x, y) => sortKey(x) - sortKey(y))).toEqual(
      expected.merges.slice().sort((x, y) => sortKey(x) - sortKey(y)),
    );
  });

  it('reads the per-sheet seed workbook with numbers and formats', async () => {
    const grids = await (await hostOf(perSheetWorkbook())).readSheets();
    const expected = perSheetSeedGrids();
    expect(grids.map((g) => g.name)).toEqual(expected.map((g) => g.name));
    expect(valueAt(grids[0], 3, 2)).toBe(5);
    expect(valueAt(grids[0], 6, 1)).toBe(0.5);
    expect(formatAt(grids[0], 6, 1)).toBe('0%');
    expect(formatAt(grids[0], 3, 2)).toBe('0.00');
    expect(valueAt(grids[7], 2, 3)).toBe('冀财行【2022】104号-提前下达2023年市场监督专项补助经费');
  });
});

describe('XlsxHost bad input', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-xlsx-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  async function failure(p: string): Promise<HostError> {
    try {
      await XlsxHost.open(p);
    } catch (e) {
      if (e instanceof HostError) return e;
      throw e;
    }
    throw new Error('opened');
  }

  it('reports a missing file', async () => {
    const e = await failure(path.join(dir, '没有.xlsx'));
    expect(e.code).toBe('not-found');
    expect(e.message).toMatch(/^找不到文件：.*没有\.xlsx$/);
  });

  it('reports a text file renamed .xlsx as unreadable', async () => {
    const p = path.join(dir, 'notes.xlsx');
    fs.writeFileSync(p, '这不是表格\n');
    const e = await failure(p);
    expect(e.code).toBe('unreadable');
    expect(e.message).toContain('不是有效的 Excel 工作簿');
    expect(e.message).not.toMatch(/\n/);
  });

  it('reports a corrupt zip as unreadable', async () => {
    const good = await workbookBuffer(perSheetWorkbook());
    const p = path.join(dir, 'cut.xlsx');
    fs.writeFileSync(p, good.subarray(0, Math.floor(good.length / 2)));
    expect((await failure(p)).code).toBe('unreadable');
  });

  it('reports an encrypted (CFB) file as protected', async () => {
    const p = path.join(dir, 'secret.xlsx');
    const sig = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    fs.writeFileSync(p, Buffer.concat([sig, Buffer.alloc(504, 7)]));
    const e = await failure(p);
    expect(e.code).toBe('protected');
    expect(e.message).toMatch(/^文件已加密.*请先取消密码/);
  });

  it('reads an empty workbook as no sheets', async () => {
    const host = await XlsxHost.fromBuffer(await workbookBuffer(new Workbook()));
    expect(await host.readSheets()).toEqual([]);
    expect(await host.workbookInfo()).toEqual({ sheets: [], active: '' });
  });

  it('reports a directory as not a file', async () => {
    expect((await failure(dir)).code).toBe('not-found');
  });
});
