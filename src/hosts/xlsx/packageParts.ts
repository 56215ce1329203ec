/**
 * Edits of the package parts that list sheets, for sheets appended at the end: the workbook (sheets, active
 * tab, print titles), its relationships, the content types and the document properties. Each edit inserts
 * text into the part as it is; everything else in the part stays byte for byte. A function returns null
 * when the part has a shape it does not handle.
 */
import { applyEdits, attributes, TextEdit, xmlAttr, xmlText, xmlUnescape } from './xmlText';

export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** SpreadsheetML's transitional namespace, the one the sheets written here use (not Strict's purl.oclc.org one). */
export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_WORKSHEET = `${REL_NS}/worksheet`;
export const REL_STYLES = `${REL_NS}/styles`;
export const REL_OFFICE_DOCUMENT = `${REL_NS}/officeDocument`;
export const REL_EXTENDED_PROPERTIES = `${REL_NS}/extended-properties`;
export const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function relationships(xml: string): Relationship[] {
  return (xml.match(/<Relationship(?=[\s/>])[^>]*>/g) ?? []).map((tag) => {
    const a = attributes(tag);
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target: a.get('Target') ?? '', external: a.get('TargetMode') === 'External' };
  });
}

/** A relationship target resolved against the folder of its source part ("xl/"), as a zip entry name. */
export function resolveTarget(folder: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

/** Appends relationships, before `</Relationships>`. */
export function addRelationships(xml: string, rels: { id: string; type: string; target: string }[]): string | null {
  const end = xml.lastIndexOf('</Relationships>');
  if (end < 0) return null;
  const added = rels.map((r) => `<Relationship Id="${xmlAttr(r.id)}" Type="${r.type}" Target="${xmlAttr(r.target)}"/>`).join('');
  return xml.slice(0, end) + added + xml.slice(end);
}

/** Part names (without the leading "/") that have an Override in [Content_Types].xml, lower-cased. */
export function overriddenParts(xml: string): Set<string> {
  const out = new Set<string>();
  for (const tag of xml.match(/<Override(?=[\s/>])[^>]*>/g) ?? []) {
    const name = attributes(tag).get('PartName');
    if (name) out.add(name.replace(/^\//, '').toLowerCase());
  }
  return out;
}

export function addContentTypes(xml: string, parts: string[], contentType: string): string | null {
  const end = xml.lastIndexOf('</Types>');
  if (end < 0) return null;
  const added = parts.map((p) => `<Override PartName="/${xmlAttr(p)}" ContentType="${contentType}"/>`).join('');
  return xml.slice(0, end) + added + xml.slice(end);
}

export interface WorkbookSheet {
  name: string;
  sheetId: number;
  relId: string;
}

export interface WorkbookXml {
  xml: string;
  sheets: WorkbookSheet[];
  /** Prefix bound to the relationships namespace on the root element, if any. */
  relPrefix: string | null;
  sheetsEnd: number;
}

/** The prefix `attrs` (one start tag's attributes) bind to the relationships namespace, if any. */
function relPrefixOf(attrs: Map<string, string>): string | null {
  for (const [name, value] of attrs) if (value === REL_NS && name.startsWith('xmlns:')) return name.slice(6);
  return null;
}

export function parseWorkbook(xml: string): WorkbookXml | null {
  const root = /<workbook(?=[\s>])[^>]*>/.exec(xml);
  if (!root) return null;
  const rootAttrs = attributes(root[0]);
  // A Strict workbook (or one in another vocabulary) would get sheets it cannot hold.
  if (rootAttrs.get('xmlns') !== MAIN_NS) return null;
  const open = /<sheets\s*>/.exec(xml);
  if (!open) return null;
  const sheetsEnd = xml.indexOf('</sheets>', open.index);
  if (sheetsEnd < 0) return null;
  const relPrefix = relPrefixOf(rootAttrs);
  const sheets: WorkbookSheet[] = [];
  for (const tag of xml.slice(open.index, sheetsEnd).match(/<sheet(?=[\s/>])[^>]*>/g) ?? []) {
    const a = attributes(tag);
    const name = a.get('name');
    const sheetId = Number(a.get('sheetId'));
    // The prefix may be declared on the sheet element itself, as extendWorkbook does when the root has none.
    const prefix = relPrefixOf(a) ?? relPrefix;
    const relId = prefix ? a.get(`${prefix}:id`) : undefined;
    if (name === undefined || !Number.isInteger(sheetId)) return null;
    sheets.push({ name, sheetId, relId: relId ?? '' });
  }
  return { xml, sheets, relPrefix, sheetsEnd };
}

/** Elements that follow definedNames in CT_Workbook: new defined names go before the first of them. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

export interface NewSheetEntry {
  name: string;
  relId: string;
  printTitles: string | null;
}

/**
 * The workbook with `added` appended to its sheets, their print titles among the defined names, and, when
 * `activeTab` is given, that tab active.
 */
export function extendWorkbook(wb: WorkbookXml, added: NewSheetEntry[], activeTab: number | null): string | null {
  const { xml } = wb;
  const edits: TextEdit[] = [];
  let nextId = wb.sheets.reduce((m, s) => Math.max(m, s.sheetId), 0) + 1;
  const relAttr = wb.relPrefix ? `${wb.relPrefix}:id` : 'r:id';
  const relDecl = wb.relPrefix ? '' : ` xmlns:r="${REL_NS}"`;
  const sheets = added.map((s) => `<sheet name="${xmlAttr(s.name)}" sheetId="${nextId++}" ${relAttr}="${xmlAttr(s.relId)}"${relDecl}/>`).join('');
  edits.push({ at: wb.sheetsEnd, end: wb.sheetsEnd, text: sheets });

  // localSheetId is the sheet's position among all <sheet> elements; the new ones come after the existing.
  // No `_xlnm._FilterDatabase` for the auto-filters: Excel does without it, and ExcelJS, which writes the file
  // when it is changed later, would turn the sheet-level names into one workbook-level name.
  const names = added
    .map((s, i) => (s.printTitles ? `<definedName name="_xlnm.Print_Titles" localSheetId="${wb.sheets.length + i}">${xmlText(s.printTitles)}</definedName>` : ''))
    .join('');
  if (names) {
    const selfClosed = /<definedNames\s*\/>/.exec(xml);
    const close = xml.indexOf('</definedNames>', wb.sheetsEnd);
    if (selfClosed) edits.push({ at: selfClosed.index, end: selfClosed.index + selfClosed[0].length, text: `<definedNames>${names}</definedNames>` });
    else if (close >= 0) edits.push({ at: close, end: close, text: names });
    else {
      const rest = xml.slice(wb.sheetsEnd);
      const after = new RegExp(`<(${AFTER_DEFINED_NAMES.join('|')})(?=[\\s/>])|</workbook>`).exec(rest);
      if (!after) return null;
      const at = wb.sheetsEnd + after.index;
      edits.push({ at, end: at, text: `<definedNames>${names}</definedNames>` });
    }
  }

  if (activeTab !== null) {
    const view = /<workbookView(?=[\s/>])[^>]*?(\/?)>/.exec(xml);
    if (view && view.index < wb.sheetsEnd) {
      const tag = view[0];
      const changed = /\sactiveTab\s*=\s*("[^"]*"|'[^']*')/.test(tag)
        ? tag.replace(/\sactiveTab\s*=\s*("[^"]*"|'[^']*')/, ` activeTab="${activeTab}"`)
        : tag.replace(/\s*(\/?)>$/, ` activeTab="${activeTab}"$1>`);
      edits.push({ at: view.index, end: view.index + tag.length, text: changed });
    } else {
      // bookViews comes right before sheets.
      const sheetsStart = xml.lastIndexOf('<sheets', wb.sheetsEnd);
      edits.push({ at: sheetsStart, end: sheetsStart, text: `<bookViews><workbookView activeTab="${activeTab}"/></bookViews>` });
    }
  }

  return applyEdits(xml, edits);
}

/** A worksheet's XML without `tabSelected` on its sheet views, or null when it has none. */
export function withoutTabSelected(xml: string): string | null {
  const re = /(<sheetView(?=[\s/>])[^>]*?)\s+tabSelected\s*=\s*("(1|true)"|'(1|true)')/g;
  if (!re.test(xml)) return null;
  return xml.replace(re, '$1');
}

/**
 * docProps/app.xml with the new sheet names added to the worksheet titles. The worksheet group is the one
 * whose titles are exactly the workbook's worksheet names (its heading is localised: "Worksheets",
 * "工作表"); without such a group the part is returned unchanged, as it is only a summary for file browsers.
 */
export function extendAppProperties(xml: string, worksheets: string[], added: string[]): string {
  const pairs = /(<HeadingPairs>\s*<(\w+):vector(?=\s)[^>]*>)([\s\S]*?)(<\/\2:vector>\s*<\/HeadingPairs>)/.exec(xml);
  const titles = /(<TitlesOfParts>\s*<(\w+):vector(?=\s)[^>]*>)([\s\S]*?)(<\/\2:vector>\s*<\/TitlesOfParts>)/.exec(xml);
  if (!pairs || !titles || pairs[2] !== titles[2]) return xml;
  const vt = pairs[2];
  const counts = [...pairs[3].matchAll(new RegExp(`<${vt}:i4>(\\d+)</${vt}:i4>`, 'g'))];
  const lpstr = new RegExp(`<${vt}:lpstr>([^<]*)</${vt}:lpstr>`, 'g');
  const names = [...titles[3].matchAll(lpstr)];
  if (pairs.index > titles.index) return xml;
  let offset = 0;
  for (const count of counts) {
    const n = Number(count[1]);
    const group = names.slice(offset, offset + n).map((m) => xmlUnescape(m[1]));
    if (n > 0 && n === worksheets.length && group.length === n && group.every((g, i) => g === worksheets[i])) {
      const countAt = count.index as number;
      const newPairs = `${pairs[3].slice(0, countAt)}<${vt}:i4>${n + added.length}</${vt}:i4>${pairs[3].slice(countAt + count[0].length)}`;
      const last = names[offset + n - 1];
      const insertAt = (last.index as number) + last[0].length;
      const newTitles = titles[3].slice(0, insertAt) + added.map((a) => `<${vt}:lpstr>${xmlText(a)}</${vt}:lpstr>`).join('') + titles[3].slice(insertAt);
      const titlesOpen = titles[1].replace(/\ssize\s*=\s*"\d+"/, ` size="${names.length + added.length}"`);
      // The later part first, so the earlier one's position stays valid.
      const out = xml.slice(0, titles.index) + titlesOpen + newTitles + titles[4] + xml.slice(titles.index + titles[0].length);
      return out.slice(0, pairs.index) + pairs[1] + newPairs + pairs[4] + out.slice(pairs.index + pairs[0].length);
    }
    offset += n;
  }
  return xml;
}
