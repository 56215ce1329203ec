/**
 * What Excel checks in an .xlsx beyond the schema, each rule one that makes Excel offer to "recover" the
 * file (or, for tabs, open it grouped): counts that must match their children, style indices that must
 * exist, unique and resolvable sheet ids, relationships and defined names, a content type for every part,
 * rows and cells in order, no overlapping merges, list validations of at most 255 characters, text of at
 * most 32,767 characters. Returns the problems found as sentences, so a failing test says what is wrong.
 */
import { SaxesParser } from 'saxes';
import { isValidSheetName } from '../../../src/engine/render/sheetName';

export interface El {
  /** Local name. */
  name: string;
  uri: string;
  attrs: Map<string, string>;
  children: El[];
  text: string;
}

export function parseXml(xml: string): El {
  const parser = new SaxesParser({ xmlns: true });
  const stack: El[] = [];
  let root: El | null = null;
  parser.on('opentag', (tag) => {
    const attrs = new Map<string, string>();
    for (const a of Object.values(tag.attributes)) attrs.set(a.uri && a.uri !== '' ? `{${a.uri}}${a.local}` : a.local, a.value);
    const el: El = { name: tag.local, uri: tag.uri, attrs, children: [], text: '' };
    if (stack.length > 0) stack[stack.length - 1].children.push(el);
    else root = el;
    stack.push(el);
  });
  parser.on('text', (t) => {
    if (stack.length > 0) stack[stack.length - 1].text += t;
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  if (!root) throw new Error('no root element');
  return root;
}

const child = (el: El | undefined, name: string): El | undefined => el?.children.find((c) => c.name === name);
const children = (el: El | undefined, name: string): El[] => el?.children.filter((c) => c.name === name) ?? [];
const num = (el: El, attr: string): number => Number(el.attrs.get(attr));

const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const WORKSHEET = `${REL_NS}/worksheet`;
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';

function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

function resolve(folder: string, target: string): string {
  const out: string[] = [];
  for (const p of (target.startsWith('/') ? target.slice(1) : folder + target).split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relsOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

/** "AB12" → [row 12, column 28]. */
function cellRef(ref: string): [number, number] | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

function rangeRef(ref: string): [number, number, number, number] | null {
  const [a, b = a] = ref.split(':');
  const p = cellRef(a);
  const q = cellRef(b);
  return p && q ? [p[0], p[1], q[0], q[1]] : null;
}

/** The sheet name a formula such as "'甲''s'!$2:$3" starts with. */
function formulaSheet(formula: string): string | null {
  const quoted = /^'((?:[^']|'')+)'!/.exec(formula);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const plain = /^([^'!]+)!/.exec(formula);
  return plain ? plain[1] : null;
}

function checkCount(problems: string[], where: string, el: El | undefined, childName: string): void {
  if (!el || !el.attrs.has('count')) return;
  const actual = children(el, childName).length;
  if (num(el, 'count') !== actual) problems.push(`${where}: <${el.name} count="${el.attrs.get('count')}"> has ${actual} <${childName}>`);
}

interface Styles {
  cellXfs: number;
}

function checkStyles(problems: string[], name: string, xml: string): Styles {
  const root = parseXml(xml);
  const sections: [string, string][] = [
    ['numFmts', 'numFmt'],
    ['fonts', 'font'],
    ['fills', 'fill'],
    ['borders', 'border'],
    ['cellStyleXfs', 'xf'],
    ['cellXfs', 'xf'],
    ['cellStyles', 'cellStyle'],
    ['dxfs', 'dxf'],
  ];
  for (const [section, item] of sections) checkCount(problems, name, child(root, section), item);
  const custom = new Set<number>();
  for (const f of children(child(root, 'numFmts'), 'numFmt')) {
    const id = num(f, 'numFmtId');
    if (custom.has(id)) problems.push(`${name}: numFmtId ${id} defined twice`);
    custom.add(id);
  }
  const fonts = children(child(root, 'fonts'), 'font').length;
  const fills = children(child(root, 'fills'), 'fill').length;
  const borders = children(child(root, 'borders'), 'border').length;
  const styleXfs = children(child(root, 'cellStyleXfs'), 'xf').length;
  const xfs = children(child(root, 'cellXfs'), 'xf');
  xfs.forEach((xf, i) => {
    const where = `${name}: cellXfs xf ${i}`;
    const numFmtId = num(xf, 'numFmtId');
    if (numFmtId >= 164 && !custom.has(numFmtId)) problems.push(`${where} uses numFmtId ${numFmtId}, which is not defined`);
    if (!(num(xf, 'fontId') < fonts)) problems.push(`${where} uses fontId ${xf.attrs.get('fontId')} of ${fonts}`);
    if (!(num(xf, 'fillId') < fills)) problems.push(`${where} uses fillId ${xf.attrs.get('fillId')} of ${fills}`);
    if (!(num(xf, 'borderId') < borders)) problems.push(`${where} uses borderId ${xf.attrs.get('borderId')} of ${borders}`);
    if (xf.attrs.has('xfId') && !(num(xf, 'xfId') < styleXfs)) problems.push(`${where} uses xfId ${xf.attrs.get('xfId')} of ${styleXfs}`);
  });
  return { cellXfs: xfs.length };
}

function checkWorksheet(problems: string[], name: string, xml: string, styles: Styles, sheetNames: Set<string>): { selected: boolean } {
  const root = parseXml(xml);
  let lastRow = 0;
  for (const row of children(child(root, 'sheetData'), 'row')) {
    const r = num(row, 'r');
    if (!(r > lastRow)) problems.push(`${name}: row ${r} after row ${lastRow}`);
    lastRow = r;
    if (row.attrs.has('ht') && !(num(row, 'ht') <= 409)) problems.push(`${name}: row ${r} is ${row.attrs.get('ht')} points high (Excel's limit is 409)`);
    let lastCol = 0;
    for (const c of children(row, 'c')) {
      const ref = cellRef(c.attrs.get('r') ?? '');
      if (!ref || ref[0] !== r || !(ref[1] > lastCol)) problems.push(`${name}: cell ${c.attrs.get('r')} out of order in row ${r}`);
      lastCol = ref ? ref[1] : lastCol;
      if (c.attrs.has('s') && !(num(c, 's') < styles.cellXfs)) problems.push(`${name}: cell ${c.attrs.get('r')} uses style ${c.attrs.get('s')} of ${styles.cellXfs}`);
      const is = child(c, 'is');
      if (is) {
        if (c.attrs.get('t') !== 'inlineStr') problems.push(`${name}: cell ${c.attrs.get('r')} has <is> but t="${c.attrs.get('t')}"`);
        const text = [child(is, 't'), ...children(is, 'r').map((run) => child(run, 't'))].map((t) => t?.text ?? '').join('');
        if (text.length > 32767) problems.push(`${name}: cell ${c.attrs.get('r')} holds ${text.length} characters (Excel's limit is 32,767)`);
      }
      if (c.attrs.get('t') === undefined || c.attrs.get('t') === 'n') {
        const v = child(c, 'v');
        if (v && !Number.isFinite(Number(v.text))) problems.push(`${name}: numeric cell ${c.attrs.get('r')} holds "${v.text}"`);
      }
    }
  }
  for (const col of children(child(root, 'cols'), 'col')) {
    if (col.attrs.has('width') && !(num(col, 'width') <= 255)) problems.push(`${name}: column ${col.attrs.get('min')} is ${col.attrs.get('width')} wide (Excel's limit is 255)`);
  }
  const merges = children(child(root, 'mergeCells'), 'mergeCell').map((m) => ({ ref: m.attrs.get('ref') ?? '', box: rangeRef(m.attrs.get('ref') ?? '') }));
  checkCount(problems, name, child(root, 'mergeCells'), 'mergeCell');
  merges.forEach((m, i) => {
    if (!m.box) return problems.push(`${name}: merge ${m.ref} is not a range`) as unknown as void;
    if (m.box[0] === m.box[2] && m.box[1] === m.box[3]) problems.push(`${name}: merge ${m.ref} is one cell`);
    for (const o of merges.slice(0, i)) {
      if (o.box && o.box[0] <= m.box[2] && m.box[0] <= o.box[2] && o.box[1] <= m.box[3] && m.box[1] <= o.box[3]) problems.push(`${name}: merges ${o.ref} and ${m.ref} overlap`);
    }
  });
  const validations = child(root, 'dataValidations');
  checkCount(problems, name, validations, 'dataValidation');
  for (const v of children(validations, 'dataValidation')) {
    const f = child(v, 'formula1')?.text ?? '';
    if (v.attrs.get('type') === 'list' && f.startsWith('"') && f.length > 255) problems.push(`${name}: list validation ${v.attrs.get('sqref')} has a formula of ${f.length} characters (Excel's limit is 255)`);
    if ((v.attrs.get('error') ?? '').length > 225) problems.push(`${name}: validation message longer than 225 characters`);
  }
  for (const h of children(child(root, 'hyperlinks'), 'hyperlink')) {
    const location = h.attrs.get('location');
    if (location === undefined) continue;
    const sheet = formulaSheet(location);
    if (sheet === null || !sheetNames.has(sheet)) problems.push(`${name}: link ${h.attrs.get('ref')} goes to "${location}", not a sheet of the workbook`);
  }
  const views = children(child(root, 'sheetViews'), 'sheetView');
  return { selected: views.some((v) => v.attrs.get('tabSelected') === '1' || v.attrs.get('tabSelected') === 'true') };
}

/** Problems of the package `parts` (entry name → bytes). */
export function packageProblems(parts: Map<string, Buffer>): string[] {
  const problems: string[] = [];
  const text = (n: string): string => {
    const b = parts.get(n);
    if (!b) throw new Error(`no part ${n}`);
    return b.toString('utf8');
  };

  // Content types: every part has one, every override names a part.
  const types = parseXml(text('[Content_Types].xml'));
  const defaults = new Map(children(types, 'Default').map((d) => [(d.attrs.get('Extension') ?? '').toLowerCase(), d.attrs.get('ContentType') ?? '']));
  const overrides = new Map<string, string>();
  for (const o of children(types, 'Override')) {
    const part = (o.attrs.get('PartName') ?? '').replace(/^\//, '');
    if (overrides.has(part.toLowerCase())) problems.push(`[Content_Types].xml: two overrides for /${part}`);
    overrides.set(part.toLowerCase(), o.attrs.get('ContentType') ?? '');
    if (![...parts.keys()].some((n) => n.toLowerCase() === part.toLowerCase())) problems.push(`[Content_Types].xml: override for /${part}, which is not in the package`);
  }
  const contentType = (part: string): string | undefined => overrides.get(part.toLowerCase()) ?? defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());
  const lower = new Set<string>();
  for (const n of parts.keys()) {
    if (lower.has(n.toLowerCase())) problems.push(`zip: two entries named ${n}`);
    lower.add(n.toLowerCase());
    if (n !== '[Content_Types].xml' && !contentType(n)) problems.push(`${n} has no content type`);
  }

  // Relationships: unique ids, internal targets that exist.
  const rels = new Map<string, Map<string, { type: string; target: string }>>();
  for (const n of parts.keys()) {
    if (!n.endsWith('.rels')) continue;
    const source = n.replace(/_rels\/([^/]*)\.rels$/, '$1');
    const byId = new Map<string, { type: string; target: string }>();
    for (const r of children(parseXml(text(n)), 'Relationship')) {
      const id = r.attrs.get('Id') ?? '';
      if (byId.has(id)) problems.push(`${n}: relationship id ${id} used twice`);
      const target = r.attrs.get('Target') ?? '';
      const external = r.attrs.get('TargetMode') === 'External';
      const resolved = external ? target : resolve(folderOf(source), target);
      if (!external && !parts.has(resolved)) problems.push(`${n}: ${id} targets ${resolved}, which is not in the package`);
      byId.set(id, { type: r.attrs.get('Type') ?? '', target: resolved });
    }
    rels.set(source, byId);
  }

  // The workbook: sheets, defined names, active tab.
  const office = [...(rels.get('')?.values() ?? [])].find((r) => r.type === `${REL_NS}/officeDocument`);
  if (!office) return [...problems, '_rels/.rels: no office document'];
  const workbook = parseXml(text(office.target));
  const wbRels = rels.get(office.target) ?? new Map();
  const sheets = children(child(workbook, 'sheets'), 'sheet');
  const sheetNames = new Set<string>();
  const ids = new Set<number>();
  const relIds = new Set<string>();
  const worksheets: { name: string; part: string; index: number }[] = [];
  sheets.forEach((s, index) => {
    const name = s.attrs.get('name') ?? '';
    if (!isValidSheetName(name)) problems.push(`workbook: sheet name "${name}" is not one Excel accepts`);
    if ([...sheetNames].some((n) => n.toUpperCase() === name.toUpperCase())) problems.push(`workbook: sheet name "${name}" used twice`);
    sheetNames.add(name);
    const id = num(s, 'sheetId');
    if (!(Number.isInteger(id) && id > 0) || ids.has(id)) problems.push(`workbook: sheetId ${s.attrs.get('sheetId')} of "${name}" is not a new positive integer`);
    ids.add(id);
    const rid = s.attrs.get(`{${REL_NS}}id`) ?? '';
    if (relIds.has(rid)) problems.push(`workbook: r:id ${rid} used by two sheets`);
    relIds.add(rid);
    const rel = wbRels.get(rid);
    if (!rel) problems.push(`workbook: sheet "${name}" has relationship ${rid}, which does not exist`);
    else if (rel.type === WORKSHEET) {
      if (contentType(rel.target) !== WORKSHEET_TYPE) problems.push(`${rel.target}: content type ${contentType(rel.target)}`);
      worksheets.push({ name, part: rel.target, index });
    }
  });
  const definedNames = new Set<string>();
  for (const d of children(child(workbook, 'definedNames'), 'definedName')) {
    const local = d.attrs.get('localSheetId');
    const key = `${(d.attrs.get('name') ?? '').toUpperCase()}@${local ?? ''}`;
    if (definedNames.has(key)) problems.push(`workbook: defined name ${d.attrs.get('name')} (sheet ${local}) defined twice`);
    definedNames.add(key);
    if (local !== undefined && !(Number(local) < sheets.length)) problems.push(`workbook: defined name ${d.attrs.get('name')} for sheet ${local} of ${sheets.length}`);
    const builtIn = /^_xlnm\.(Print_Titles|_FilterDatabase|Print_Area)$/.test(d.attrs.get('name') ?? '');
    if (builtIn && local !== undefined) {
      const owner = sheets[Number(local)]?.attrs.get('name');
      const referenced = formulaSheet(d.text);
      if (referenced !== owner) problems.push(`workbook: ${d.attrs.get('name')} of sheet ${local} ("${owner}") refers to "${referenced}" (${d.text})`);
    }
  }
  const views = children(child(workbook, 'bookViews'), 'workbookView');
  const activeTab = views[0]?.attrs.has('activeTab') ? num(views[0], 'activeTab') : 0;
  if (!(activeTab < sheets.length)) problems.push(`workbook: activeTab ${activeTab} of ${sheets.length} sheets`);

  // Styles and sheets.
  const stylesRel = [...wbRels.values()].find((r) => r.type === `${REL_NS}/styles`);
  const styles = stylesRel ? checkStyles(problems, stylesRel.target, text(stylesRel.target)) : { cellXfs: 1 };
  const selected: string[] = [];
  for (const ws of worksheets) {
    if (checkWorksheet(problems, ws.part, text(ws.part), styles, sheetNames).selected) selected.push(ws.name);
  }
  const active = sheets[activeTab]?.attrs.get('name');
  // No selected tab at all is fine (Excel selects the active one); another one selected would be grouped with it.
  if (active !== undefined && selected.length > 0 && worksheets.some((w) => w.name === active) && !selected.includes(active)) {
    problems.push(`workbook: the active sheet "${active}" is not selected, "${selected.join('", "')}" is`);
  }
  if (selected.length > 1) problems.push(`workbook: ${selected.length} sheets selected (${selected.join(', ')}): Excel opens them grouped`);

  // Document properties: vector sizes, and the worksheet titles when they list the worksheets.
  const appRel = [...(rels.get('')?.values() ?? [])].find((r) => r.type === `${REL_NS}/extended-properties`);
  if (appRel && parts.has(appRel.target)) {
    const app = parseXml(text(appRel.target));
    const pairs = child(child(app, 'HeadingPairs'), 'vector');
    const titles = child(child(app, 'TitlesOfParts'), 'vector');
    for (const v of [pairs, titles]) {
      if (v && num(v, 'size') !== v.children.length) problems.push(`${appRel.target}: vector size ${v.attrs.get('size')} with ${v.children.length} items`);
    }
    if (pairs && titles) {
      const counts = children(pairs, 'variant').map((v) => child(v, 'i4')).filter((x): x is El => x !== undefined).map((x) => Number(x.text));
      const total = counts.reduce((a, b) => a + b, 0);
      if (total !== titles.children.length) problems.push(`${appRel.target}: heading pairs count ${total} titles, the titles are ${titles.children.length}`);
    }
  }
  return problems;
}
