/**
 * Writes an .xlsx that is the original package plus new sheets, without reading the original sheets into
 * an object model and writing them out again: every part of the original (sheets, shared strings,
 * comments, drawings, images, other styles, anything ExcelJS does not model) is copied as its compressed
 * bytes. Only the parts that list sheets and formats are edited, by inserting text (see packageParts.ts,
 * stylesPart.ts); the new sheets are written directly (sheetXml.ts).
 *
 * When the package has a shape this does not handle, `addSheetsToPackage` returns null and the caller
 * writes the workbook through ExcelJS instead, which is slower and keeps less, but always works.
 */
import { SheetPlan } from '../../engine/model/plan';
import { isValidSheetName } from '../../engine/render/sheetName';
import {
  addContentTypes,
  addRelationships,
  extendAppProperties,
  extendWorkbook,
  overriddenParts,
  parseWorkbook,
  REL_EXTENDED_PROPERTIES,
  REL_OFFICE_DOCUMENT,
  REL_STYLES,
  REL_WORKSHEET,
  relationships,
  resolveTarget,
  withoutTabSelected,
  WORKSHEET_CONTENT_TYPE,
} from './packageParts';
import { printTitles, sheetXml } from './sheetXml';
import { StylesPart } from './stylesPart';
import { DamagedEntry, entryData, entryHead, newEntry, readZip, replacedEntry, writeZip, ZipEntry } from './zipArchive';

/** Deflate level of the parts written here: 1, as the ExcelJS path uses; level 6 takes 40% longer for a 5% smaller file. */
const LEVEL = 1;
/** How much of a sheet part to inflate to find its sheet views (they come before the cell data). */
const SHEET_HEAD = 16 * 1024;

class Unsupported extends Error {}

function folderOf(part: string): string {
  const i = part.lastIndexOf('/');
  return i < 0 ? '' : part.slice(0, i + 1);
}

function relsPathOf(part: string): string {
  return `${folderOf(part)}_rels/${part.slice(folderOf(part).length)}.rels`;
}

class Package {
  private readonly byName = new Map<string, ZipEntry>();
  readonly changed = new Map<ZipEntry, Buffer>();

  constructor(readonly entries: ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name.toLowerCase(), e);
  }

  has(name: string): boolean {
    return this.byName.has(name.toLowerCase());
  }

  entry(name: string): ZipEntry {
    const e = this.byName.get(name.toLowerCase());
    if (!e) throw new Unsupported(`no ${name}`);
    return e;
  }

  text(name: string): string {
    const data = entryData(this.entry(name));
    // UTF-16 parts are allowed by the packaging rules but not written by spreadsheet programs.
    if (data.length >= 2 && ((data[0] === 0xff && data[1] === 0xfe) || (data[0] === 0xfe && data[1] === 0xff))) throw new Unsupported('utf-16');
    const text = data.toString('utf8');
    // Edited text is written back as UTF-8, so a part declared in another encoding cannot be edited.
    const declared = /^\uFEFF?<\?xml[^>]*\sencoding\s*=\s*["']([^"']*)["']/.exec(text);
    if (declared && !/^utf-?8$/i.test(declared[1])) throw new Unsupported(`encoding ${declared[1]}`);
    return text;
  }

  replace(name: string, text: string): void {
    this.changed.set(this.entry(name), Buffer.from(text, 'utf8'));
  }
}

function required<T>(v: T | null | undefined, what: string): T {
  if (v === null || v === undefined) throw new Unsupported(what);
  return v;
}

/**
 * The package `source` with `plans` appended as new worksheets, `activate` (one of them) the active tab.
 * Null when the package is not one this writer handles, or a plan's name is already a sheet's.
 */
export function addSheetsToPackage(source: Buffer, plans: SheetPlan[], activate?: string): Buffer | null {
  const entries = readZip(source);
  if (!entries) return null;
  try {
    return build(new Package(entries), plans, activate);
  } catch (e) {
    // A damaged part ExcelJS could still read, or a shape not handled here: the caller takes the other way.
    if (e instanceof Unsupported || e instanceof DamagedEntry) return null;
    throw e;
  }
}

function build(pkg: Package, plans: SheetPlan[], activate: string | undefined): Buffer {
  const rootRels = relationships(pkg.text('_rels/.rels'));
  const office = required(rootRels.find((r) => r.type === REL_OFFICE_DOCUMENT && !r.external), 'office document');
  const workbookPath = resolveTarget('', office.target);
  const folder = folderOf(workbookPath);
  const workbookRelsPath = relsPathOf(workbookPath);
  const relsXml = pkg.text(workbookRelsPath);
  const rels = relationships(relsXml);
  const stylesRel = required(rels.find((r) => r.type === REL_STYLES && !r.external), 'styles');
  const stylesPath = resolveTarget(folder, stylesRel.target);
  const workbook = required(parseWorkbook(pkg.text(workbookPath)), 'workbook shape');
  const styles = required(StylesPart.parse(pkg.text(stylesPath)), 'styles shape');

  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  for (const p of plans) {
    // Excel repairs a workbook with a sheet name it does not accept; ExcelJS, the other way, refuses it with a message.
    if (!isValidSheetName(p.name)) throw new Unsupported(`sheet name ${p.name}`);
    if (taken.has(p.name.toLowerCase())) throw new Unsupported(`sheet ${p.name} exists`);
    taken.add(p.name.toLowerCase());
  }
  const activeIndex = activate === undefined ? -1 : plans.findIndex((p) => p.name === activate);
  if (activate !== undefined && activeIndex < 0) throw new Unsupported('activating an existing sheet');

  // New part names and relationship ids that clash with nothing in the package.
  const relIds = new Set(rels.map((r) => r.id));
  let nextRel = rels.length + 1;
  let nextSheet = 1;
  for (const e of pkg.entries) {
    const m = /\/sheet(\d+)\.xml$/i.exec(e.name);
    if (m) nextSheet = Math.max(nextSheet, Number(m[1]) + 1);
  }
  const now = new Date();
  const added = plans.map((plan, i) => {
    while (relIds.has(`rId${nextRel}`)) nextRel++;
    const relId = `rId${nextRel++}`;
    relIds.add(relId);
    while (pkg.has(`${folder}worksheets/sheet${nextSheet}.xml`)) nextSheet++;
    const target = `worksheets/sheet${nextSheet++}.xml`;
    const part = `${folder}${target}`;
    // Deflated right away (synchronously: zlib's thread pool costs more than it overlaps for parts this small).
    const entry = newEntry(part, Buffer.from(sheetXml(plan, styles, i === activeIndex), 'utf8'), LEVEL, now);
    return { plan, relId, target, part, entry };
  });

  const contentTypesXml = pkg.text('[Content_Types].xml');
  const overridden = overriddenParts(contentTypesXml);
  if (added.some((a) => overridden.has(a.part.toLowerCase()))) throw new Unsupported('content type exists');
  pkg.replace('[Content_Types].xml', required(addContentTypes(contentTypesXml, added.map((a) => a.part), WORKSHEET_CONTENT_TYPE), 'content types shape'));
  pkg.replace(workbookRelsPath, required(addRelationships(relsXml, added.map((a) => ({ id: a.relId, type: REL_WORKSHEET, target: a.target }))), 'relationships shape'));
  const activeTab = activeIndex < 0 ? null : workbook.sheets.length + activeIndex;
  const newWorkbook = extendWorkbook(workbook, added.map((a) => ({ name: a.plan.name, relId: a.relId, printTitles: printTitles(a.plan) })), activeTab);
  pkg.replace(workbookPath, required(newWorkbook, 'defined names shape'));
  pkg.replace(stylesPath, styles.toXml());

  const relById = new Map(rels.map((r) => [r.id, r]));
  const worksheetNames: string[] = [];
  for (const s of workbook.sheets) {
    const rel = relById.get(s.relId);
    if (!rel || rel.external) continue;
    if (rel.type === REL_WORKSHEET) worksheetNames.push(s.name);
    // One selected tab: the new active sheet. A tab still selected in an original sheet (or chart sheet) would group them.
    if (activeTab !== null) unselect(pkg, resolveTarget(folder, rel.target));
  }

  const app = rootRels.find((r) => r.type === REL_EXTENDED_PROPERTIES && !r.external);
  const appPath = app ? resolveTarget('', app.target) : '';
  if (app && pkg.has(appPath)) {
    const xml = pkg.text(appPath);
    const extended = extendAppProperties(xml, worksheetNames, plans.map((p) => p.name));
    if (extended !== xml) pkg.replace(appPath, extended);
  }

  const out: ZipEntry[] = pkg.entries.map((e) => {
    const data = pkg.changed.get(e);
    return data ? replacedEntry(e, data, LEVEL) : e;
  });
  return writeZip([...out, ...added.map((a) => a.entry)]);
}

function unselect(pkg: Package, sheetPath: string): void {
  if (!pkg.has(sheetPath)) return;
  const entry = pkg.entry(sheetPath);
  const head = entryHead(entry, SHEET_HEAD).toString('utf8');
  // Sheet views come before the cell data; a head without "<sheetData" may have cut them off.
  const cut = head.indexOf('<sheetData');
  if (cut >= 0 ? !/tabSelected/.test(head.slice(0, cut)) : !/tabSelected/.test(pkg.text(sheetPath))) return;
  const xml = pkg.text(sheetPath);
  const changed = withoutTabSelected(xml);
  if (changed !== null) pkg.replace(sheetPath, changed);
}
