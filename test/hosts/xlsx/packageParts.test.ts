/** Edits of the parts that list sheets, on the shapes Excel, WPS, LibreOffice and ExcelJS write. */
import { extendAppProperties, extendWorkbook, parseWorkbook, resolveTarget, withoutTabSelected } from '../../../src/hosts/xlsx/packageParts';
import { applyEdits } from '../../../src/hosts/xlsx/xmlText';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const EXCEL = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS}><fileVersion appName="xl"/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12300" activeTab="1"/></bookViews><sheets><sheet name="封面" sheetId="3" r:id="rId1"/><sheet name="Sheet1" sheetId="1" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Sheet1!$A$1:$G$40</definedName></definedNames><calcPr calcId="191029"/></workbook>`;
const LIBREOFFICE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook ${NS}><fileVersion appName="Calc"/><workbookPr backupFile="false"/><bookViews><workbookView showSheetTabs="true" firstSheet="0" activeTab="0"/></bookViews><sheets><sheet name="Sheet1" sheetId="1" state="visible" r:id="rId2"/></sheets><calcPr iterateCount="100"/><extLst><ext uri="x"/></extLst></workbook>`;
const NO_VIEWS = `<workbook ${NS}><sheets><sheet name="A&amp;B" sheetId="1" r:id="rId1"/></sheets><definedNames/></workbook>`;
const OTHER_PREFIX = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" rel:id="rId1"/></sheets></workbook>`;

const NEW = [
  { name: "甲's", relId: 'rId9', printTitles: "'甲''s'!$9:$9" },
  { name: '乙', relId: 'rId10', printTitles: null },
];

describe('workbook part', () => {
  it.each([
    ['Excel', EXCEL, 2, /r:id="rId2"\/><sheet name="甲's" sheetId="4" r:id="rId9"\/><sheet name="乙" sheetId="5" r:id="rId10"\/><\/sheets>/],
    ['LibreOffice', LIBREOFFICE, 1, /<sheet name="甲's" sheetId="2" r:id="rId9"\/><sheet name="乙" sheetId="3" r:id="rId10"\/><\/sheets>/],
    ['no book views, empty defined names', NO_VIEWS, 1, /<sheet name="甲's" sheetId="2" r:id="rId9"\/>/],
    ['another prefix for relationships', OTHER_PREFIX, 1, /<sheet name="甲's" sheetId="2" rel:id="rId9"\/>/],
  ])('%s: appends sheets, print titles and the active tab', (_label, xml, existing, sheetsRe) => {
    const wb = parseWorkbook(xml)!;
    expect(wb.sheets).toHaveLength(existing);
    const out = extendWorkbook(wb, NEW, existing)!;
    expect(out).toMatch(sheetsRe);
    expect(out).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${existing}">'甲''s'!$9:$9</definedName>`);
    expect(out.match(/activeTab="(\d+)"/g)).toEqual([`activeTab="${existing}"`]);
    // Everything that was there is still there, in order.
    const kept = xml.replace(/\s+activeTab="\d+"/, '').replace('<definedNames/>', '');
    const outKept = out.replace(/\s+activeTab="\d+"/, '');
    let at = 0;
    for (const piece of kept.split(/(?=<)/)) {
      const i = outKept.indexOf(piece, at);
      expect([piece, i >= 0]).toEqual([piece, true]);
      at = i;
    }
    // Defined names come after the sheets and before calcPr, as the schema orders them.
    const names = out.indexOf('<definedNames>');
    expect(names).toBeGreaterThan(out.indexOf('</sheets>'));
    if (out.includes('<calcPr')) expect(names).toBeLessThan(out.indexOf('<calcPr'));
  });

  it('reads names with entities and refuses a prefixed main namespace', () => {
    expect(parseWorkbook(NO_VIEWS)!.sheets[0].name).toBe('A&B');
    expect(parseWorkbook(`<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheets/></x:workbook>`)).toBeNull();
  });

  it('refuses a Strict workbook, whose sheets would need the Strict namespaces', () => {
    const strict = `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    expect(parseWorkbook(strict)).toBeNull();
  });

  it('reads the relationship of a sheet whose prefix is declared on the sheet itself, as appended sheets have it', () => {
    const bare = `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="S" sheetId="1" r:id="rId1" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"/></sheets></workbook>`;
    const wb = parseWorkbook(bare)!;
    expect(wb.sheets).toEqual([{ name: 'S', sheetId: 1, relId: 'rId1' }]);
    const twice = parseWorkbook(extendWorkbook(wb, [{ name: 'T', relId: 'rId2', printTitles: null }], 1)!)!;
    expect(twice.sheets.map((s) => s.relId)).toEqual(['rId1', 'rId2']);
  });
});

describe('sheet views', () => {
  it.each([
    ['<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>', '<sheetViews><sheetView workbookViewId="0"/></sheetViews>'],
    ['<sheetViews><sheetView showGridLines="0" tabSelected="true" zoomScale="85" workbookViewId="0">', '<sheetViews><sheetView showGridLines="0" zoomScale="85" workbookViewId="0">'],
    ['<sheetViews><sheetView workbookViewId="0"/></sheetViews>', null],
    ['<customSheetViews><customSheetView guid="{1}" tabSelected="1"/></customSheetViews>', null],
  ])('%s', (xml, expected) => {
    expect(withoutTabSelected(xml)).toBe(expected);
  });
});

describe('document properties', () => {
  const app = (pairs: string, titles: string) =>
    `<Properties xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><HeadingPairs><vt:vector size="${pairs.split('<vt:variant>').length - 1}" baseType="variant">${pairs}</vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="${titles.split('<vt:lpstr>').length - 1}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts></Properties>`;
  const pair = (name: string, n: number) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`;
  const t = (names: string[]) => names.map((n) => `<vt:lpstr>${n}</vt:lpstr>`).join('');

  it.each([
    ['Excel, with named ranges after the sheets', pair('Worksheets', 2) + pair('Named Ranges', 1), t(['封面', 'Sheet1', 'Sheet1!Print_Area']), pair('Worksheets', 4) + pair('Named Ranges', 1), t(['封面', 'Sheet1', '甲&amp;', '乙', 'Sheet1!Print_Area'])],
    ['WPS, Chinese headings', pair('工作表', 2) + pair('命名范围', 1), t(['封面', 'Sheet1', 'Sheet1!Print_Area']), pair('工作表', 4) + pair('命名范围', 1), t(['封面', 'Sheet1', '甲&amp;', '乙', 'Sheet1!Print_Area'])],
    ['charts listed first', pair('Charts', 1) + pair('Worksheets', 2), t(['图1', '封面', 'Sheet1']), pair('Charts', 1) + pair('Worksheets', 4), t(['图1', '封面', 'Sheet1', '甲&amp;', '乙'])],
  ])('%s', (_label, pairs, titles, newPairs, newTitles) => {
    const out = extendAppProperties(app(pairs, titles), ['封面', 'Sheet1'], ['甲&', '乙']);
    expect(out).toBe(app(newPairs, newTitles));
  });

  it('leaves the part as it is when its titles do not match the sheets', () => {
    const stale = app(pair('Worksheets', 1), t(['旧名字']));
    expect(extendAppProperties(stale, ['封面', 'Sheet1'], ['甲'])).toBe(stale);
    const none = '<Properties><Application>LibreOffice</Application></Properties>';
    expect(extendAppProperties(none, ['Sheet1'], ['甲'])).toBe(none);
  });
});

describe('helpers', () => {
  it.each([
    ['xl/', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', '/xl/worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/', '../docProps/app.xml', 'docProps/app.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/', './styles.xml', 'xl/styles.xml'],
  ])('resolves %s + %s', (folder, target, expected) => {
    expect(resolveTarget(folder, target)).toBe(expected);
  });

  it('applies edits at one position: insertions before replacements', () => {
    expect(applyEdits('<a><b/></a>', [{ at: 3, end: 7, text: '<c/>' }, { at: 3, end: 3, text: '<n/>' }])).toBe('<a><n/><c/></a>');
    expect(() => applyEdits('abcdef', [{ at: 1, end: 4, text: '' }, { at: 2, end: 3, text: '' }])).toThrow(/overlapping/);
  });
});
