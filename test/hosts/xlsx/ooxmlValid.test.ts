/**
 * What the package writer (addSheets.ts) produces is SpreadsheetML that Excel opens without offering to
 * "recover" it: every part it writes or edits validates against the ECMA-376 schemas (vendor/ooxml-xsd, run
 * offline by libxml2 in WASM), and the whole package keeps the rules Excel checks beyond the schema
 * (packageRules.ts). Inputs: the seed workbook as ExcelJS writes it, run through the command line's convert
 * and summarize, and the same sheets appended to packages shaped as Excel 365, WPS and LibreOffice save them.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { SheetPlan } from '../../../src/engine/model/plan';
import { main } from '../../../src/cli/main';
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { addSheetsToPackage } from '../../../src/hosts/xlsx/addSheets';
import { pastedWorkbook, workbookBuffer } from '../../fixtures/seedWorkbooks';
import { excelPackage, libreOfficePackage, wpsPackage } from './hostPackages';
import { schemaErrors } from './ooxmlSchema';
import { packageProblems } from './packageRules';
import { fullPlan } from './planFixture';
import { zipContents } from './zipText';

/** Parts the writer edits; with the new sheets, these are what the schema must accept. */
const EDITED = ['[Content_Types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docProps/app.xml'];

interface Run {
  plans: SheetPlan[];
  activate?: string;
}

/** The parts the writer wrote or changed: new entries and the edited ones. */
function writtenParts(before: Map<string, Buffer>, after: Map<string, Buffer>): Map<string, string> {
  const out = new Map<string, string>();
  for (const [name, data] of after) {
    const old = before.get(name);
    if (!old || (EDITED.includes(name) && !old.equals(data))) out.set(name, data.toString('utf8'));
  }
  return out;
}

/**
 * What the writer wrote into `output` (part name, prefixed with `label`, → XML), for one schema run over
 * several outputs, the problems of the whole package, and the new sheets' part names.
 */
async function inspect(input: Buffer, output: Buffer, label = ''): Promise<{ written: Map<string, string>; rules: string[]; newSheets: string[] }> {
  const before = await zipContents(input);
  const after = await zipContents(output);
  const written = writtenParts(before, after);
  const newSheets = [...written.keys()].filter((n) => !before.has(n));
  return { written: new Map([...written].map(([n, x]) => [label + n, x])), rules: packageProblems(after), newSheets };
}

/** Plans that take the writer to its edges: text Excel would trim or decode, odd names, limits. */
function edgePlans(): SheetPlan[] {
  const long = Array.from({ length: 40 }, (_, i) => `很长的二级指标名称${i}`);
  return [
    fullPlan('目标 表', {
      numberFormats: [
        { range: { r0: 2, c0: 1, r1: 2, c1: 1 }, format: '0.000"分"' },
        { range: { r0: 2, c0: 2, r1: 2, c1: 2 }, format: '#,##0.00_ ' },
      ],
    }),
    fullPlan("甲's 表", {
      values: [
        [' 前后有空格 ', '_x0041_ 不是转义', '换行\n第二行'],
        [true, 1e21, -1.5e-7],
        ['\u3000全角空格开头', 'A&B <c> "d"', "'单引号"],
        ['=SUM(A1)', '制表\t符', ''],
      ],
      merges: [
        { r0: 0, c0: 0, r1: 0, c1: 1 },
        { r0: 0, c0: 1, r1: 1, c1: 2 },
      ],
      columnWidths: [300, 0, 8.5],
      rowHeights: { 0: 500, 7: 20 },
      validations: [
        { range: { r0: 1, c0: 0, r1: 5, c1: 0 }, list: ['带"引号"的', '普通'], errorMessage: '很长的提示'.repeat(60) },
        { range: { r0: 1, c0: 1, r1: 5, c1: 1 }, list: long },
      ],
      links: [{ row: 3, col: 2, sheet: "甲's 表", cell: 'A1' }],
      print: { paper: 'A4', orientation: 'portrait', fitToWidth: 1 },
      freeze: { rows: 1, cols: 0 },
      autoFilter: undefined,
    }),
    fullPlan('仅冻结列', { freeze: { rows: 0, cols: 2 }, values: [], merges: [], styles: [], numberFormats: [], validations: [], links: [], rowHeights: {} }),
  ];
}

describe('the package writer writes valid SpreadsheetML', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-ooxml-'));
  const input = path.join(dir, 'seed.xlsx');
  const runs = new Map<string, Run>();
  let seed: Buffer;

  beforeAll(async () => {
    seed = await workbookBuffer(pastedWorkbook());
    fs.writeFileSync(input, seed);
    const spy = jest.spyOn(XlsxHost.prototype, 'applyPlans');
    const io = { out: () => undefined, err: (t: string) => console.error(t) };
    for (const command of ['convert', 'summarize']) {
      spy.mockClear();
      expect(await main([command, input, '-o', path.join(dir, `${command}.xlsx`)], io)).toBe(0);
      const [plans, options] = spy.mock.calls[0];
      runs.set(command, { plans, activate: options?.activate });
    }
    spy.mockRestore();
  });

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it.each(['convert', 'summarize'])('%s of the ExcelJS seed workbook, through the command line', async (command) => {
    const output = fs.readFileSync(path.join(dir, `${command}.xlsx`));
    const { written, rules, newSheets } = await inspect(seed, output);
    // The package writer, not the ExcelJS fallback, wrote the file: only it writes inline strings.
    expect(newSheets.length).toBe(runs.get(command)!.plans.length);
    for (const n of newSheets) expect(written.get(n)).toContain('t="inlineStr"');
    expect(await schemaErrors(written)).toEqual([]);
    expect(rules).toEqual([]);
  });

  const shapes: [string, () => Promise<Buffer>][] = [
    ['ExcelJS (the seed workbook)', () => workbookBuffer(pastedWorkbook())],
    ['Excel 365', excelPackage],
    ['WPS', wpsPackage],
    ['LibreOffice', libreOfficePackage],
  ];

  it.each(shapes)('the %s package as it comes validates, and its checker finds nothing', async (_label, make) => {
    const pkg = await make();
    const parts = await zipContents(pkg);
    const xml = new Map([...parts].filter(([n]) => /\.(xml|rels)$/.test(n) && !n.includes('theme') && !n.includes('core.xml') && !n.includes('custom.xml')).map(([n, d]) => [n, d.toString('utf8')]));
    expect(await schemaErrors(xml)).toEqual([]);
    expect(packageProblems(parts)).toEqual([]);
  });

  it.each(shapes)('%s package: the converted, summary and edge-case sheets appended', async (_label, make) => {
    const pkg = await make();
    const all = new Map<string, string>();
    const cases: [string, Run][] = [
      ['convert', runs.get('convert')!],
      ['summarize', runs.get('summarize')!],
      ['edge cases', { plans: edgePlans(), activate: "甲's 表" }],
    ];
    for (const [label, run] of cases) {
      const output = addSheetsToPackage(pkg, run.plans, run.activate);
      expect(output).not.toBeNull();
      const { written, rules, newSheets } = await inspect(pkg, output!, `${label}: `);
      expect(newSheets).toHaveLength(run.plans.length);
      expect(rules).toEqual([]);
      for (const [n, x] of written) all.set(n, x);
    }
    expect(await schemaErrors(all)).toEqual([]);
  });

  it('appends twice to the same package (a summary of a converted file) and stays valid', async () => {
    const once = addSheetsToPackage(await excelPackage(), runs.get('convert')!.plans, runs.get('convert')!.activate)!;
    const twice = addSheetsToPackage(once, runs.get('summarize')!.plans, runs.get('summarize')!.activate)!;
    expect(twice).not.toBeNull();
    const { written, rules } = await inspect(once, twice);
    expect(await schemaErrors(written)).toEqual([]);
    expect(rules).toEqual([]);
  });
});

describe('the checks themselves', () => {
  it('the schema rejects misplaced elements, unknown attributes and bad values', async () => {
    const ws = (body: string) =>
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/>${body}</worksheet>`;
    const errors = await schemaErrors(
      new Map([
        ['xl/worksheets/order.xml', ws('<pageSetup paperSize="9"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>')],
        ['xl/worksheets/attr.xml', ws('<mergeCells count="1"><mergeCell ref="A1:B1" extra="1"/></mergeCells>')],
        ['xl/worksheets/value.xml', ws('<pageSetup orientation="sideways"/>')],
        ['xl/worksheets/space.xml', ws('').replace('<sheetData/>', '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a </t></is></c></row></sheetData>')],
      ]),
    );
    expect(errors.some((e) => e.startsWith('xl/worksheets/order.xml:') && e.includes('pageMargins'))).toBe(true);
    expect(errors.some((e) => e.startsWith('xl/worksheets/attr.xml:') && e.includes('extra'))).toBe(true);
    expect(errors.some((e) => e.startsWith('xl/worksheets/value.xml:') && e.includes('sideways'))).toBe(true);
    // xml:space on text is what Excel writes: accepted (the one repair of the vendored schemas).
    expect(errors.filter((e) => e.startsWith('xl/worksheets/space.xml'))).toEqual([]);
  });

  it('the package rules find what Excel repairs', async () => {
    const parts = await zipContents(await excelPackage());
    const text = (n: string) => parts.get(n)!.toString('utf8');
    parts.set('xl/styles.xml', Buffer.from(text('xl/styles.xml').replace('<fills count="2">', '<fills count="3">').replace('fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"', 'fontId="7" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"')));
    parts.set(
      'xl/worksheets/sheet1.xml',
      Buffer.from(
        text('xl/worksheets/sheet1.xml').replace(
          '<pageMargins',
          `<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="B2:C3"/></mergeCells><dataValidations count="1"><dataValidation type="list" sqref="A1"><formula1>"${'甲,'.repeat(130)}"</formula1></dataValidation></dataValidations><hyperlinks><hyperlink ref="A1" location="'不存在'!A1"/></hyperlinks><pageMargins`,
        ),
      ),
    );
    parts.set('xl/workbook.xml', Buffer.from(text('xl/workbook.xml').replace('sheetId="1"', 'sheetId="3"').replace('</definedNames>', '<definedName name="_xlnm.Print_Titles" localSheetId="0">Sheet1!$1:$1</definedName></definedNames>')));
    const problems = packageProblems(parts);
    expect(problems).toEqual(
      expect.arrayContaining([
        'xl/styles.xml: <fills count="3"> has 2 <fill>',
        'xl/styles.xml: cellXfs xf 1 uses fontId 7 of 2',
        'xl/worksheets/sheet1.xml: merges A1:B2 and B2:C3 overlap',
        "xl/worksheets/sheet1.xml: list validation A1 has a formula of 262 characters (Excel's limit is 255)",
        'xl/worksheets/sheet1.xml: link A1 goes to "\'不存在\'!A1", not a sheet of the workbook',
        'workbook: sheetId 3 of "Sheet1" is not a new positive integer',
        'workbook: _xlnm.Print_Titles of sheet 0 ("封面") refers to "Sheet1" (Sheet1!$1:$1)',
      ]),
    );
  });
});
