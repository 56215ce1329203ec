/**
 * Small .xlsx packages in the shapes Excel 365, WPS 表格 and LibreOffice Calc write, part for part (the
 * LibreOffice parts are what Calc 7.4 saved, shortened; the Excel and WPS parts follow the files those
 * programs save): Markup Compatibility attributes, revision ids, AlternateContent, extension lists, custom
 * number formats, differential formats, defined names, localised document properties. Each has a sheet
 * "Sheet1", the sheet the summary's links point to.
 */
import { JsZip } from './zipText';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as { new (): JsZip };

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const CT = {
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  workbook: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
  strings: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml',
  theme: 'application/vnd.openxmlformats-officedocument.theme+xml',
  core: 'application/vnd.openxmlformats-package.core-properties+xml',
  app: 'application/vnd.openxmlformats-officedocument.extended-properties+xml',
  custom: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
};

function contentTypes(overrides: [string, string][], extra = ''): string {
  return `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="application/xml"/>${extra}${overrides
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('')}</Types>`;
}

function rels(list: [string, string, string][]): string {
  return `${DECL}<Relationships xmlns="${PKG_REL}">${list.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`;
}

const ROOT_RELS = rels([
  ['rId3', `${R}/extended-properties`, 'docProps/app.xml'],
  ['rId2', `${PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
  ['rId1', `${R}/officeDocument`, 'xl/workbook.xml'],
]);

const CORE = `${DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>财务科</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-01-05T02:11:00Z</dcterms:created></cp:coreProperties>`;
const THEME = `${DECL}<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office 主题"><a:themeElements/></a:theme>`;
const STRINGS = `${DECL}<sst xmlns="${MAIN}" count="2" uniqueCount="2"><si><t>项目名称</t></si><si><t>封面</t></si></sst>`;

async function zip(parts: Record<string, string>): Promise<Buffer> {
  const z = new JSZip();
  for (const [name, text] of Object.entries(parts)) z.file(name, text);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

const EXCEL_NS = `xmlns="${MAIN}" xmlns:r="${R}" xmlns:mc="${MC}"`;
const X14AC = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac';
const XR = 'http://schemas.microsoft.com/office/spreadsheetml/2014/revision';

/** Excel 365 (Chinese UI): two sheets, the second active, a print area, a conditional format's dxf. */
export function excelPackage(): Promise<Buffer> {
  return zip({
    '[Content_Types].xml': contentTypes([
      ['/xl/workbook.xml', CT.workbook],
      ['/xl/worksheets/sheet1.xml', CT.worksheet],
      ['/xl/worksheets/sheet2.xml', CT.worksheet],
      ['/xl/theme/theme1.xml', CT.theme],
      ['/xl/styles.xml', CT.styles],
      ['/xl/sharedStrings.xml', CT.strings],
      ['/docProps/core.xml', CT.core],
      ['/docProps/app.xml', CT.app],
    ]),
    '_rels/.rels': ROOT_RELS,
    'docProps/core.xml': CORE,
    'docProps/app.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>封面</vt:lpstr><vt:lpstr>Sheet1</vt:lpstr><vt:lpstr>Sheet1!Print_Area</vt:lpstr></vt:vector></TitlesOfParts><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>`,
    'xl/_rels/workbook.xml.rels': rels([
      ['rId3', `${R}/theme`, 'theme/theme1.xml'],
      ['rId2', `${R}/worksheet`, 'worksheets/sheet2.xml'],
      ['rId1', `${R}/worksheet`, 'worksheets/sheet1.xml'],
      ['rId5', `${R}/sharedStrings`, 'sharedStrings.xml'],
      ['rId4', `${R}/styles`, 'styles.xml'],
    ]),
    'xl/workbook.xml': `${DECL}<workbook ${EXCEL_NS} mc:Ignorable="x15 xr xr6 xr10 xr2" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="${XR}" xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2"><fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/><mc:AlternateContent xmlns:mc="${MC}"><mc:Choice Requires="x15"><x15ac:absPath url="C:\\Users\\财务科\\Desktop\\" xmlns:x15ac="http://schemas.microsoft.com/office/spreadsheetml/2010/11/ac"/></mc:Choice></mc:AlternateContent><xr:revisionPtr revIDLastSave="0" documentId="13_ncr:1_{5C4A1B2E-0D44-4C8B-9A51-0E1F2A3B4C5D}" xr6:coauthVersionLast="47" xr6:coauthVersionMax="47" xr10:uidLastSave="{00000000-0000-0000-0000-000000000000}"/><bookViews><workbookView xWindow="-110" yWindow="-110" windowWidth="25820" windowHeight="15500" activeTab="1" xr2:uid="{9A3F0C61-7A0B-4E43-8D2B-1C2D3E4F5A6B}"/></bookViews><sheets><sheet name="封面" sheetId="3" r:id="rId1"/><sheet name="Sheet1" sheetId="1" r:id="rId2"/></sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">Sheet1!$A$1:$G$40</definedName></definedNames><calcPr calcId="191029"/><extLst><ext uri="{140A7094-0E35-4892-8432-C4D2E57EDEB5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:workbookPr chartTrackingRefBase="1"/></ext></extLst></workbook>`,
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${MAIN}" xmlns:mc="${MC}" mc:Ignorable="x14ac x16r2 xr" xmlns:x14ac="${X14AC}" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" xmlns:xr="${XR}"><numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0.00_ "/></numFmts><fonts count="2" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="等线"/><family val="2"/><charset val="134"/><scheme val="minor"/></font><font><sz val="9"/><name val="等线"/><family val="3"/><charset val="134"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"><alignment vertical="center"/></xf></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles><dxfs count="1"><dxf><font><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf></dxfs><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/><extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext></extLst></styleSheet>`,
    'xl/sharedStrings.xml': STRINGS,
    'xl/theme/theme1.xml': THEME,
    'xl/worksheets/sheet1.xml': `${DECL}<worksheet ${EXCEL_NS} mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${X14AC}" xmlns:xr="${XR}" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{1D2C3B4A-0000-4000-8000-000000000001}"><dimension ref="A1"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="14" x14ac:dyDescent="0.3"/><sheetData><row r="1" spans="1:1" x14ac:dyDescent="0.3"><c r="A1" t="s"><v>1</v></c></row></sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
    'xl/worksheets/sheet2.xml': `${DECL}<worksheet ${EXCEL_NS} mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="${X14AC}" xmlns:xr="${XR}" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{1D2C3B4A-0000-4000-8000-000000000002}"><dimension ref="A1:B1"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="B1" sqref="B1"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="14" x14ac:dyDescent="0.3"/><sheetData><row r="1" spans="1:2" x14ac:dyDescent="0.3"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>12.5</v></c></row></sheetData><conditionalFormatting sqref="B1"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>10</formula></cfRule></conditionalFormatting><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  });
}

/** WPS 表格: 宋体, its custom accounting formats from id 176, no activeTab on the book view, custom properties. */
export function wpsPackage(): Promise<Buffer> {
  const formats = ['_ \\¥* #,##0_ ;_ \\¥* \\-#,##0_ ;_ \\¥* &quot;-&quot;_ ;_ @_ ', '_ * #,##0_ ;_ * \\-#,##0_ ;_ * &quot;-&quot;_ ;_ @_ ', '_ \\¥* #,##0.00_ ;_ \\¥* \\-#,##0.00_ ;_ \\¥* &quot;-&quot;??_ ;_ @_ ', '_ * #,##0.00_ ;_ * \\-#,##0.00_ ;_ * &quot;-&quot;??_ ;_ @_ '];
  return zip({
    '[Content_Types].xml': contentTypes([
      ['/docProps/app.xml', CT.app],
      ['/docProps/core.xml', CT.core],
      ['/docProps/custom.xml', CT.custom],
      ['/xl/sharedStrings.xml', CT.strings],
      ['/xl/styles.xml', CT.styles],
      ['/xl/theme/theme1.xml', CT.theme],
      ['/xl/workbook.xml', CT.workbook],
      ['/xl/worksheets/sheet1.xml', CT.worksheet],
    ]),
    '_rels/.rels': rels([
      ['rId1', `${PKG_REL}/metadata/core-properties`, 'docProps/core.xml'],
      ['rId2', `${R}/extended-properties`, 'docProps/app.xml'],
      ['rId3', `${R}/officeDocument`, 'xl/workbook.xml'],
      ['rId4', `${R}/custom-properties`, 'docProps/custom.xml'],
    ]),
    'docProps/core.xml': CORE,
    'docProps/custom.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="KSOProductBuildVer"><vt:lpwstr>2052-11.1.0.11294</vt:lpwstr></property></Properties>`,
    'docProps/app.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Excel</Application><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>Sheet1</vt:lpstr></vt:vector></TitlesOfParts></Properties>`,
    'xl/_rels/workbook.xml.rels': rels([
      ['rId4', `${R}/sharedStrings`, 'sharedStrings.xml'],
      ['rId3', `${R}/styles`, 'styles.xml'],
      ['rId2', `${R}/theme`, 'theme/theme1.xml'],
      ['rId1', `${R}/worksheet`, 'worksheets/sheet1.xml'],
    ]),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr/><bookViews><workbookView windowWidth="28125" windowHeight="12540"/></bookViews><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="144525"/></workbook>`,
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="4">${formats.map((f, i) => `<numFmt numFmtId="${176 + i}" formatCode="${f}"/>`).join('')}</numFmts><fonts count="3"><font><sz val="11"/><color theme="1"/><name val="宋体"/><charset val="134"/><scheme val="minor"/></font><font><b/><sz val="11"/><color theme="1"/><name val="宋体"/><charset val="0"/><scheme val="minor"/></font><font><sz val="11"/><color rgb="FF9C0006"/><name val="宋体"/><charset val="0"/><scheme val="minor"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFC7CE"/><bgColor indexed="64"/></patternFill></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left/><right/><top/><bottom style="double"><color auto="1"/></bottom><diagonal/></border></borders><cellStyleXfs count="6"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"><alignment vertical="center"/></xf><xf numFmtId="176" fontId="0" fillId="0" borderId="0" applyFont="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"><alignment vertical="center"/></xf><xf numFmtId="177" fontId="0" fillId="0" borderId="0" applyFont="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"><alignment vertical="center"/></xf><xf numFmtId="178" fontId="0" fillId="0" borderId="0" applyFont="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"><alignment vertical="center"/></xf><xf numFmtId="179" fontId="0" fillId="0" borderId="0" applyFont="0" applyFill="0" applyBorder="0" applyAlignment="0" applyProtection="0"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="2" fillId="2" borderId="0" applyNumberFormat="0" applyBorder="0" applyAlignment="0" applyProtection="0"><alignment vertical="center"/></xf></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"><alignment vertical="center"/></xf><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0" applyFont="1" applyBorder="1"><alignment vertical="center"/></xf></cellXfs><cellStyles count="6"><cellStyle name="常规" xfId="0" builtinId="0"/><cellStyle name="货币[0]" xfId="1" builtinId="7"/><cellStyle name="千位分隔[0]" xfId="2" builtinId="6"/><cellStyle name="货币" xfId="3" builtinId="4"/><cellStyle name="千位分隔" xfId="4" builtinId="3"/><cellStyle name="差" xfId="5" builtinId="27"/></cellStyles><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>`,
    'xl/sharedStrings.xml': STRINGS,
    'xl/theme/theme1.xml': THEME,
    'xl/worksheets/sheet1.xml': `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}"><sheetPr/><dimension ref="A1"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="9" defaultRowHeight="13.5"/><sheetData><row r="1"><c r="A1" s="1" t="s"><v>0</v></c></row></sheetData><pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/><headerFooter/></worksheet>`,
  });
}

/** LibreOffice Calc 7.4: boolean attributes as "true"/"false", format 164 "General", no heading pairs. */
export function libreOfficePackage(): Promise<Buffer> {
  const lo = (s: string) => s.replace(/\r\n/g, '\n');
  return zip({
    '[Content_Types].xml': lo(contentTypes(
      [
        ['/_rels/.rels', CT.rels],
        ['/xl/workbook.xml', CT.workbook],
        ['/xl/styles.xml', CT.styles],
        ['/xl/worksheets/sheet1.xml', CT.worksheet],
        ['/xl/_rels/workbook.xml.rels', CT.rels],
        ['/xl/sharedStrings.xml', CT.strings],
        ['/docProps/core.xml', CT.core],
        ['/docProps/app.xml', CT.app],
      ],
      '<Default Extension="png" ContentType="image/png"/><Default Extension="jpeg" ContentType="image/jpeg"/>',
    )),
    '_rels/.rels': ROOT_RELS,
    'docProps/core.xml': CORE,
    'docProps/app.xml': `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template></Template><TotalTime>0</TotalTime><Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application><AppVersion>15.0000</AppVersion></Properties>`,
    'xl/_rels/workbook.xml.rels': rels([
      ['rId1', `${R}/styles`, 'styles.xml'],
      ['rId2', `${R}/worksheet`, 'worksheets/sheet1.xml'],
      ['rId3', `${R}/sharedStrings`, 'sharedStrings.xml'],
    ]),
    'xl/workbook.xml': `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${R}"><fileVersion appName="Calc"/><workbookPr backupFile="false" showObjects="all" date1904="false"/><workbookProtection/><bookViews><workbookView showHorizontalScroll="true" showVerticalScroll="true" showSheetTabs="true" xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" tabRatio="600" firstSheet="0" activeTab="0"/></bookViews><sheets><sheet name="Sheet1" sheetId="1" state="visible" r:id="rId2"/></sheets><calcPr iterateCount="100" refMode="A1" iterate="false" iterateDelta="0.0001"/><extLst><ext xmlns:loext="http://schemas.libreoffice.org/" uri="{7626C862-2A13-11E5-B345-FEFF819CDC9F}"><loext:extCalcPr stringRefSyntax="ExcelA1"/></ext></extLst></workbook>`,
    'xl/styles.xml': `${DECL}<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="General"/></numFmts><fonts count="3"><font><sz val="11"/><color rgb="FF000000"/><name val="Calibri"/><family val="2"/><charset val="1"/></font><font><sz val="10"/><name val="Arial"/><family val="0"/></font><font><sz val="11"/><color rgb="FF000000"/><name val="DejaVu Sans"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border diagonalUp="false" diagonalDown="false"><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="2"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyFont="true" applyBorder="true" applyAlignment="true" applyProtection="true"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf><xf numFmtId="9" fontId="1" fillId="0" borderId="0" applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false"></xf></cellStyleXfs><cellXfs count="2"><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyFont="false" applyBorder="false" applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf><xf numFmtId="164" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="true" applyBorder="false" applyAlignment="false" applyProtection="false"><alignment horizontal="general" vertical="bottom" textRotation="0" wrapText="false" indent="0" shrinkToFit="false"/><protection locked="true" hidden="false"/></xf></cellXfs><cellStyles count="2"><cellStyle name="Normal" xfId="0" builtinId="0"/><cellStyle name="Percent" xfId="1" builtinId="5"/></cellStyles></styleSheet>`,
    'xl/sharedStrings.xml': STRINGS,
    'xl/worksheets/sheet1.xml': `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${R}" xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" xmlns:mc="${MC}"><sheetPr filterMode="false"><pageSetUpPr fitToPage="false"/></sheetPr><dimension ref="A1"/><sheetViews><sheetView showFormulas="false" showGridLines="true" showRowColHeaders="true" showZeros="true" rightToLeft="false" tabSelected="true" showOutlineSymbols="true" defaultGridColor="true" view="normal" topLeftCell="A1" colorId="64" zoomScale="100" zoomScaleNormal="100" zoomScalePageLayoutView="60" workbookViewId="0"><selection pane="topLeft" activeCell="A1" activeCellId="0" sqref="A1"/></sheetView></sheetViews><sheetFormatPr defaultColWidth="8.5390625" defaultRowHeight="15" zeroHeight="false" outlineLevelRow="0" outlineLevelCol="0"></sheetFormatPr><sheetData><row r="1" customFormat="false" ht="15" hidden="false" customHeight="false" outlineLevel="0" collapsed="false"><c r="A1" s="1" t="s"><v>0</v></c></row></sheetData><printOptions headings="false" gridLines="false" gridLinesSet="true" horizontalCentered="false" verticalCentered="false"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.511811023622047" footer="0.511811023622047"/><pageSetup paperSize="1" scale="100" fitToWidth="1" fitToHeight="1" pageOrder="downThenOver" orientation="portrait" blackAndWhite="false" draft="false" cellComments="none" horizontalDpi="300" verticalDpi="300" copies="1"/><headerFooter differentFirst="false" differentOddEven="false"><oddHeader></oddHeader><oddFooter></oddFooter></headerFooter></worksheet>`,
  });
}

