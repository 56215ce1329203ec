/**
 * Sheets added to an opened .xlsx are appended to its package (addSheets.ts): every original part is kept as
 * it was, including what ExcelJS does not model, and the parts that list sheets and formats are extended.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { Workbook, Worksheet } from 'exceljs';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { addSheetsToPackage } from '../../../src/hosts/xlsx/addSheets';
import { readZip, writeZip } from '../../../src/hosts/xlsx/zipArchive';
import { workbookBuffer } from '../../fixtures/seedWorkbooks';
import { fullPlan } from './planFixture';
import { JsZip, openZip, sheetPartName, zipContents, zipPart } from './zipText';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The parts appending sheets edits; every other part must come out unchanged. */
const EDITED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

/** A workbook with content the converter does not model: a note, an image, conditional formats, odd styles. */
function richWorkbook(): Workbook {
  const wb = new Workbook();
  const ws = wb.addWorksheet('原表');
  ws.getCell('A1').value = '项目名称';
  ws.getCell('B1').value = 12.5;
  ws.getCell('B1').numFmt = '#,##0.000"万元"';
  ws.getCell('A2').value = '斜体楷体';
  ws.getCell('A2').font = { italic: true, name: '楷体', size: 14, color: { argb: 'FF7030A0' } };
  ws.getCell('A3').value = '渐变';
  ws.getCell('A3').fill = {
    type: 'gradient',
    gradient: 'angle',
    degree: 45,
    stops: [
      { position: 0, color: { argb: 'FF0000FF' } },
      { position: 1, color: { argb: 'FFFFFFFF' } },
    ],
  };
  ws.getCell('A3').border = { bottom: { style: 'double', color: { argb: 'FFFF0000' } } };
  ws.getCell('B2').value = '有批注';
  ws.getCell('B2').note = '这是批注';
  ws.addConditionalFormatting({
    ref: 'B1:B5',
    rules: [{ type: 'expression', priority: 1, formulae: ['B1>10'], style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFFFC7CE' } } } }],
  });
  ws.addImage(wb.addImage({ buffer: PNG, extension: 'png' } as unknown as Parameters<Workbook['addImage']>[0]), 'D2:E4');
  ws.pageSetup.printArea = 'A1:C5';
  const other = wb.addWorksheet('第二表');
  other.getCell('A1').value = '=不是公式';
  // ExcelJS's typings omit tabSelected; it reads and writes it.
  other.views = [{ state: 'normal', tabSelected: true } as Worksheet['views'][number]];
  wb.views = [{ x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' }];
  return wb;
}

/** Adds a part ExcelJS neither reads nor writes, so only a writer that copies parts can keep it. */
async function withForeignPart(buf: Buffer): Promise<Buffer> {
  const zip = await openZip(buf);
  zip.file('customXml/item1.xml', '<?xml version="1.0" encoding="UTF-8"?><root>自定义数据</root>');
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

function expectWellFormed(name: string, xml: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let error: Error | null = null;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.write(xml).close();
  if (error) throw new Error(`${name}: ${(error as Error).message}`);
}

async function convert(input: Buffer, plans = [fullPlan('标准表')], activate: string | undefined = plans[0]?.name): Promise<Buffer> {
  const host = await XlsxHost.fromBuffer(input);
  await host.applyPlans(plans, activate ? { activate } : {});
  return host.toBuffer();
}

describe('appending sheets to an opened package', () => {
  it('keeps every original part byte for byte, also the ones ExcelJS does not model', async () => {
    const input = await withForeignPart(await workbookBuffer(richWorkbook()));
    const output = await convert(input);
    const before = await zipContents(input);
    const after = await zipContents(output);
    expect(before.has('xl/comments1.xml')).toBe(true);
    expect([...before.keys()].some((n) => n.startsWith('xl/media/'))).toBe(true);
    for (const [name, data] of before) {
      expect(after.has(name)).toBe(true);
      if (EDITED.includes(name)) continue;
      if (name === 'xl/worksheets/sheet2.xml') {
        // The only change to an original sheet: its tab is no longer selected, the new sheet is.
        expect(data.toString('utf8')).toContain(' tabSelected="1"');
        expect(after.get(name)!.toString('utf8')).toBe(data.toString('utf8').replace(/ tabSelected="1"/, ''));
        continue;
      }
      expect([name, after.get(name)!.equals(data)]).toEqual([name, true]);
    }
    // Unchanged parts are copied as stored, not inflated and deflated again.
    const raw = new Map(readZip(output)!.map((e) => [e.name, e.raw]));
    for (const e of readZip(input)!) {
      if (!EDITED.includes(e.name) && e.name !== 'xl/worksheets/sheet2.xml') expect(raw.get(e.name)!.equals(e.raw)).toBe(true);
    }
    for (const [name, data] of after) if (/\.(xml|rels)$/.test(name)) expectWellFormed(name, data.toString('utf8'));
  });

  it('keeps the original sheets looking the same and their workbook settings', async () => {
    const output = await convert(await workbookBuffer(richWorkbook()));
    const back = await XlsxHost.fromBuffer(output);
    expect((await back.workbookInfo()).sheets).toEqual(['原表', '第二表', '标准表']);
    expect((await back.workbookInfo()).active).toBe('标准表');
    const ws = back.workbook.getWorksheet('原表')!;
    expect(ws.getCell('A2').font).toMatchObject({ italic: true, name: '楷体', size: 14, color: { argb: 'FF7030A0' } });
    expect(ws.getCell('A3').fill).toMatchObject({ type: 'gradient', degree: 45 });
    expect(ws.getCell('A3').border?.bottom).toMatchObject({ style: 'double', color: { argb: 'FFFF0000' } });
    expect(ws.getCell('B1').numFmt).toBe('#,##0.000"万元"');
    expect(ws.getCell('B2').note).toBe('这是批注');
    expect(ws.pageSetup.printArea).toBe('A1:C5');
    expect(ws.getImages()).toHaveLength(1);
    expect(back.workbook.getWorksheet('第二表')!.getCell('A1').value).toBe('=不是公式');
    expect(back.workbook.getWorksheet('标准表')!.pageSetup.printTitlesRow).toBe('2:3');
  });

  it('appends to the formats without renumbering the existing ones', async () => {
    const input = await workbookBuffer(richWorkbook());
    const plan = fullPlan('标准表');
    plan.numberFormats.push({ range: { r0: 3, c0: 2, r1: 3, c1: 2 }, format: '0.000"分"' });
    const output = await convert(input, [plan]);
    const before = await zipPart(input, 'xl/styles.xml');
    const after = await zipPart(output, 'xl/styles.xml');
    for (const section of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) {
      const body = (xml: string) => new RegExp(`<${section}[^>]*>([\\s\\S]*?)</${section}>`).exec(xml)?.[1] ?? '';
      const child = section === 'cellXfs' ? 'xf' : section.slice(0, -1);
      const count = (xml: string) => (body(xml).match(new RegExp(`<${child}[\\s/>]`, 'g')) ?? []).length;
      expect(body(after).startsWith(body(before))).toBe(true);
      expect(count(after)).toBeGreaterThan(count(before));
      expect(new RegExp(`<${section} count="${count(after)}"`).test(after)).toBe(true);
    }
    // New fonts start from the workbook's default font.
    const defaultName = /<fonts[^>]*><font>[\s\S]*?<name val="([^"]+)"/.exec(before)![1];
    const added = (/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(after)![1].match(/<font>[\s\S]*?<\/font>/g) ?? []).slice(-1)[0];
    expect(added).toContain(`<name val="${defaultName}"/>`);
    const back = await XlsxHost.fromBuffer(output);
    expect(back.workbook.getWorksheet('标准表')!.getCell('C4').numFmt).toBe('0.000"分"');
    expect(back.workbook.getWorksheet('原表')!.getCell('B1').numFmt).toBe('#,##0.000"万元"');
  });

  it('adds a number-format list to a styles part that had none', async () => {
    const wb = new Workbook();
    wb.addWorksheet('原表').getCell('A1').value = 1;
    const input = await workbookBuffer(wb);
    expect(await zipPart(input, 'xl/styles.xml')).not.toContain('<numFmts');
    const plan = fullPlan('标准表');
    plan.numberFormats.push({ range: { r0: 3, c0: 2, r1: 3, c1: 2 }, format: '0.0"万元"' });
    const output = await convert(input, [plan]);
    const styles = await zipPart(output, 'xl/styles.xml');
    expect(styles).toMatch(/^<\?xml[^>]*>\s*<styleSheet[^>]*><numFmts count="1"><numFmt numFmtId="164" formatCode="0.0&quot;万元&quot;"\/><\/numFmts>/);
    expectWellFormed('xl/styles.xml', styles);
    const back = await XlsxHost.fromBuffer(output);
    expect(back.workbook.getWorksheet('标准表')!.getCell('C4').numFmt).toBe('0.0"万元"');
    expect(back.workbook.getWorksheet('标准表')!.getCell('B3').numFmt).toBe('0%');
  });

  it('writes sheet names that need escaping, in the sheet list, the print titles and the links', async () => {
    const name = `研发&<测试>"甲"'s`;
    const plan = fullPlan(name, { links: [{ row: 3, col: 0, sheet: name, cell: 'B2' }] });
    const output = await convert(await workbookBuffer(richWorkbook()), [plan]);
    for (const [part, data] of await zipContents(output)) if (/\.(xml|rels)$/.test(part)) expectWellFormed(part, data.toString('utf8'));
    const back = await XlsxHost.fromBuffer(output);
    expect((await back.workbookInfo()).sheets).toContain(name);
    const ws = back.workbook.getWorksheet(name)!;
    expect(ws.pageSetup.printTitlesRow).toBe('2:3');
    const workbookXml = await zipPart(output, 'xl/workbook.xml');
    expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'研发&amp;&lt;测试&gt;"甲"''s'!$2:$3</definedName>`);
    const sheet = await zipPart(output, await sheetPartName(output, name));
    expect(sheet).toContain(`location="'研发&amp;&lt;测试&gt;&quot;甲&quot;''s'!B2"`);
    expect(await zipPart(output, 'docProps/app.xml')).toContain('<vt:lpstr>研发&amp;&lt;测试&gt;"甲"\'s</vt:lpstr>');
  });

  it('lists the new sheets among the document properties', async () => {
    const output = await convert(await workbookBuffer(richWorkbook()), [fullPlan('甲'), fullPlan('乙')]);
    const app = await zipPart(output, 'docProps/app.xml');
    expect(app).toMatch(/<vt:i4>4<\/vt:i4>/);
    expect(app).toMatch(/<vt:vector size="4" baseType="lpstr"><vt:lpstr>原表<\/vt:lpstr><vt:lpstr>第二表<\/vt:lpstr><vt:lpstr>甲<\/vt:lpstr><vt:lpstr>乙<\/vt:lpstr><\/vt:vector>/);
  });

  it('returns the file unchanged when no sheet is added (no table found)', async () => {
    const input = await workbookBuffer(richWorkbook());
    const host = await XlsxHost.fromBuffer(input);
    await host.applyPlans([]);
    expect((await host.toBuffer()).equals(input)).toBe(true);
  });

  it('reads packages written with data descriptors and stored entries', async () => {
    const zip = await openZip(await workbookBuffer(richWorkbook()));
    const streamed = await (zip as unknown as { generateAsync(o: object): Promise<Buffer> }).generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', streamFiles: true });
    const stored = await (zip as JsZip & { generateAsync(o: object): Promise<Buffer> }).generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    for (const input of [streamed, stored]) {
      const output = addSheetsToPackage(input, [fullPlan('标准表')], '标准表');
      expect(output).not.toBeNull();
      const back = await XlsxHost.fromBuffer(output!);
      expect((await back.workbookInfo()).sheets).toEqual(['原表', '第二表', '标准表']);
      const [g] = await back.readSheets(['原表']);
      expect(g.values[0]).toEqual(['项目名称', 12.5]);
    }
  });

  it('falls back to writing through ExcelJS when the package has a shape it does not handle', async () => {
    const zip = await openZip(await workbookBuffer(richWorkbook()));
    const styles = await zip.file('xl/styles.xml')!.async('string');
    zip.file('xl/styles.xml', styles.replace(/<cellStyleXfs[\s\S]*?<\/cellStyleXfs>/, ''));
    const odd = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(addSheetsToPackage(odd, [fullPlan('标准表')], '标准表')).toBeNull();
    const output = await convert(odd);
    const back = await XlsxHost.fromBuffer(output);
    expect((await back.workbookInfo()).sheets).toEqual(['原表', '第二表', '标准表']);
    expect(back.workbook.getWorksheet('标准表')!.getCell('A1').font?.bold).toBe(true);
  });

  it('returns null for a package with a damaged part, so the caller writes through ExcelJS', async () => {
    const entries = readZip(await workbookBuffer(richWorkbook()))!;
    const styles = entries.find((e) => e.name === 'xl/styles.xml')!;
    const raw = Buffer.from(styles.raw);
    raw[Math.floor(raw.length / 2)] ^= 0x55;
    const damaged = writeZip(entries.map((e) => (e === styles ? { ...e, raw } : e)));
    expect(addSheetsToPackage(damaged, [fullPlan('标准表')], '标准表')).toBeNull();
  });

  it('refuses (returns null for) a name that is already a sheet of the package', async () => {
    expect(addSheetsToPackage(await workbookBuffer(richWorkbook()), [fullPlan('原表')])).toBeNull();
    expect(addSheetsToPackage(Buffer.from('not a zip at all, just text'), [fullPlan('x')])).toBeNull();
  });

  it.each([['a/b'], ['History'], ['x'.repeat(32)], ["'引号"]])('refuses a sheet name Excel would repair: %s', async (name) => {
    expect(addSheetsToPackage(await workbookBuffer(richWorkbook()), [fullPlan(name)])).toBeNull();
  });

  it('refuses a package whose edited part declares an encoding other than UTF-8', async () => {
    const zip = await openZip(await workbookBuffer(richWorkbook()));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    zip.file('xl/workbook.xml', workbook.replace(/^<\?xml[^>]*\?>/, '<?xml version="1.0" encoding="GB2312"?>'));
    const gb = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    expect(addSheetsToPackage(gb, [fullPlan('标准表')])).toBeNull();
  });

  it('keeps any text as text: what XML can hold comes back unchanged and is never a formula', async () => {
    const input = await workbookBuffer(richWorkbook());
    const xmlChar = (s: string) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 8 }), fc.constantFrom('=1+1', '+86', '-5', '@a', ' 前后空格 ', 'a\nb', 'a\r\nb', '_x0041_', '备注_x000D_结束', '_X005F_')), {
          minLength: 1,
          maxLength: 6,
        }),
        async (texts) => {
          const values = [texts.map((t) => (t === '' ? 'x' : t))];
          const plan = fullPlan('文本', { values, merges: [], styles: [], numberFormats: [], links: [], validations: [], autoFilter: undefined, freeze: undefined });
          const out = addSheetsToPackage(input, [plan], '文本');
          expect(out).not.toBeNull();
          const back = await XlsxHost.fromBuffer(out!);
          const ws = back.workbook.getWorksheet('文本')!;
          values[0].forEach((t, c) => {
            const cell = ws.getCell(1, c + 1);
            expect(cell.formula).toBeUndefined();
            const expected = xmlChar(t.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, ''));
            // A text with an "_xHHHH_" look-alike comes back as one rich-text run; its text is what counts.
            expect(cell.text).toBe(expected);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});
