/**
 * The workbench's .xlsx route (src/workbench/xlsxBridge.ts): ExcelJS file → Univer snapshot → real headless
 * Univer → snapshot → ExcelJS file, compared with what the .xlsx adapter reads from the same files.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { Assistant } from '../../../src/app/assistant';
import { renderTemplate } from '../../../src/engine/render/template';
import { SheetGrid } from '../../../src/engine/grid/grid';
import { UniverHost } from '../../../src/hosts/univer/univerHost';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { pastedWorkbook } from '../../../src/samples/seedWorkbook';
import { cellsToRanges, excelToUniver, fileProblem, univerToExcel } from '../../../src/workbench/xlsxBridge';
import { createHeadlessUniver, HeadlessUniver } from './headlessUniver';

let univer: HeadlessUniver | null = null;
afterEach(() => {
  univer?.dispose();
  univer = null;
});

async function roundTrip(wb: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return back;
}

function trimmed(g: SheetGrid): unknown {
  const values = g.values.map((r) => {
    const copy = [...(r ?? [])];
    while (copy.length && (copy[copy.length - 1] === null || copy[copy.length - 1] === undefined)) copy.pop();
    return copy;
  });
  while (values.length && values[values.length - 1].length === 0) values.pop();
  const merges = [...g.merges].sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
  return { name: g.name, values, merges };
}

async function openInUniver(wb: ExcelJS.Workbook): Promise<UniverHost> {
  const opened = excelToUniver(await roundTrip(wb));
  univer = createHeadlessUniver(opened.data);
  return new UniverHost(univer.api);
}

async function saveFromUniver(host: UniverHost): Promise<XlsxHost> {
  const wb = univerToExcel(host.unmarkedSnapshot(), new ExcelJS.Workbook(), (await host.workbookInfo()).active);
  return XlsxHost.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
}

test('the seed pasted from Word opens in Univer exactly as the .xlsx adapter reads it; convert, save, reopen: same cells', async () => {
  const file = await XlsxHost.fromBuffer(Buffer.from(await pastedWorkbook().xlsx.writeBuffer()));
  const host = await openInUniver(pastedWorkbook());
  expect((await host.readSheets()).map(trimmed)).toEqual((await file.readSheets()).map(trimmed));

  const assistant = new Assistant(host);
  const created = await assistant.convert(await assistant.previewConversion('sheet'));
  expect(created).toHaveLength(12);
  await assistant.checkAll();
  const inUniver = await host.readSheets();
  const saved = await saveFromUniver(host);
  expect((await saved.readSheets()).map(trimmed)).toEqual(inUniver.map(trimmed));
  const formats = (await saved.readSheets([created[0]]))[0].numberFormats?.flat().filter(Boolean);
  expect(formats).toEqual(expect.arrayContaining(['0.00']));
});

test('styles, widths, merges and list validations survive Univer → .xlsx → Univer; marks are not saved', async () => {
  const empty = new ExcelJS.Workbook();
  empty.addWorksheet('Sheet1').getCell('A1').value = '备注';
  const host = await openInUniver(empty);
  const plan = renderTemplate(null, { profile: 'hebei-2023' });
  plan.name = '绩效目标表';
  await host.applyPlans([plan], { activate: plan.name });
  await host.setMarks([plan.name], [{ sheet: plan.name, cell: 'A1', severity: 'error', note: 'x' }]);

  const wb = univerToExcel(host.unmarkedSnapshot(), new ExcelJS.Workbook(), '绩效目标表');
  const back = await roundTrip(wb);
  const ws = back.getWorksheet('绩效目标表')!;
  expect(back.views[0].activeTab).toBe(1);
  const bold = plan.styles.find((s) => s.style.bold)!;
  expect(ws.getCell(bold.range.r0 + 1, bold.range.c0 + 1).font?.bold).toBe(true);
  const bordered = plan.styles.find((s) => s.style.border)!;
  expect(ws.getCell(bordered.range.r1 + 1, bordered.range.c1 + 1).border?.bottom?.style).toBe('thin');
  const fmt = plan.numberFormats[0];
  expect(ws.getCell(fmt.range.r0 + 1, fmt.range.c0 + 1).numFmt).toBe(fmt.format);
  expect(ws.getColumn(1).width).toBeCloseTo(plan.columnWidths[0], 1);
  const a1Fill = ws.getCell('A1').fill as { pattern?: string; fgColor?: { argb?: string } } | undefined;
  const planFill = plan.styles.filter((st) => st.range.r0 === 0 && st.range.c0 === 0 && st.style.fill).pop()?.style.fill;
  expect(a1Fill?.pattern === 'solid' ? a1Fill.fgColor?.argb : null).toBe(planFill ? `FF${planFill.slice(1).toUpperCase()}` : null);
  const v = plan.validations[0];
  const dv = ws.getCell(v.range.r0 + 1, v.range.c0 + 1).dataValidation as { type?: string; formulae?: string[] };
  expect(dv.type).toBe('list');
  expect(dv.formulae?.[0]).toBe(`"${v.list.join(',')}"`);

  // And back into Univer: the same table, the list still there.
  const original = await host.readSheets([plan.name]);
  univer?.dispose();
  const reopened = excelToUniver(back);
  univer = createHeadlessUniver(reopened.data);
  const again = new UniverHost(univer.api);
  expect((await again.readSheets([plan.name])).map(trimmed)).toEqual(original.map(trimmed));
  const wsU = univer.api.getActiveWorkbook()!.getSheets().find((s) => s.getSheetName() === plan.name)!;
  const rule = (wsU.getRange(v.range.r0, v.range.c0, 1, 1) as unknown as { getDataValidation(): { getCriteriaValues(): unknown[] } | null }).getDataValidation();
  expect(JSON.parse(String(rule?.getCriteriaValues()[1]))).toEqual(v.list);
});

test('text that looks like a formula stays text in the saved file; a real formula stays a formula', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('S');
  ws.getCell('A1').value = 2;
  ws.getCell('A2').value = { formula: 'A1*3', result: 6 } as ExcelJS.CellFormulaValue;
  const host = await openInUniver(wb);
  await host.applyPlans([
    { name: 'T', values: [['=1+1', '+86', '@x', '-']], merges: [], columnWidths: [], numberFormats: [], styles: [], validations: [], links: [], print: { paper: 'A4', orientation: 'portrait', fitToWidth: 1 } },
  ]);
  const back = await roundTrip(univerToExcel(host.unmarkedSnapshot(), new ExcelJS.Workbook()));
  const t = back.getWorksheet('T')!;
  expect([1, 2, 3, 4].map((c) => t.getCell(1, c).value)).toEqual(['=1+1', '+86', '@x', '-']);
  expect(t.getCell(1, 1).type).toBe(ExcelJS.ValueType.String);
  const s = back.getWorksheet('S')!;
  expect(s.getCell('A2').formula).toBe('A1*3');
  expect((await host.readSheets(['S']))[0].values).toEqual([[2], [6]]);
});

test('file problems are recognised before ExcelJS sees the bytes', () => {
  expect(fileProblem(new Uint8Array([0x50, 0x4b, 3, 4]))).toBeNull();
  expect(fileProblem(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('protected');
  expect(fileProblem(new TextEncoder().encode('项目名称,预算'))).toBe('unreadable');
});

test('cellsToRanges covers exactly the given cells with disjoint rectangles', () => {
  fc.assert(
    fc.property(fc.array(fc.record({ row: fc.integer({ min: 0, max: 12 }), col: fc.integer({ min: 0, max: 6 }) }), { maxLength: 40 }), (cells) => {
      const ranges = cellsToRanges(cells);
      const covered: string[] = [];
      for (const r of ranges) for (let row = r.r0; row <= r.r1; row++) for (let col = r.c0; col <= r.c1; col++) covered.push(`${row},${col}`);
      expect(new Set(covered).size).toBe(covered.length);
      expect(new Set(covered)).toEqual(new Set(cells.map((c) => `${c.row},${c.col}`)));
    }),
  );
});
