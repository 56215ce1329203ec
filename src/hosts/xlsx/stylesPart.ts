/**
 * The workbook's styles part (xl/styles.xml) with the formats of new sheets appended: fonts, fills,
 * borders, number formats and cell formats are added after the existing ones, which keep their indices,
 * so every cell of the original sheets looks exactly as before.
 *
 * New fonts start from the workbook's default font (its name, size, colour, scheme), the way a spreadsheet
 * program styles a cell that is only made bold.
 */
import { CellStyle } from '../../engine/model/plan';
import { argb } from './writeSheet';
import { applyEdits, attributes, TextEdit, xmlAttr } from './xmlText';

/** What one cell of a plan looks like. */
export interface CellLook {
  numFmt?: string;
  style?: CellStyle;
  link?: boolean;
}

/** Formats with a built-in id: written as that id, which every program knows. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const LINK_COLOR = 'FF0563C1';
const THIN = '<color indexed="64"/>';
const THIN_BORDER = `<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`;
/** CT_Font children in the order Excel writes them. */
const FONT_ORDER = ['b', 'i', 'strike', 'condense', 'extend', 'outline', 'shadow', 'u', 'vertAlign', 'sz', 'color', 'name', 'family', 'charset', 'scheme'];

interface Section {
  tag: string;
  /** Position of the start tag and its end (after ">" or "/>"). */
  start: number;
  startEnd: number;
  selfClosing: boolean;
  /** Where new children go: before the end tag. */
  insertAt: number;
  count: number;
  added: string[];
}

function findSection(xml: string, tag: string, child: string): Section | null {
  const open = new RegExp(`<${tag}(?=[\\s/>])[^>]*?(/?)>`).exec(xml);
  if (!open) return null;
  const start = open.index;
  const startEnd = start + open[0].length;
  if (open[1] === '/') return { tag, start, startEnd, selfClosing: true, insertAt: startEnd, count: 0, added: [] };
  const close = xml.indexOf(`</${tag}>`, startEnd);
  if (close < 0) return null;
  const body = xml.slice(startEnd, close);
  const count = (body.match(new RegExp(`<${child}(?=[\\s/>])`, 'g')) ?? []).length;
  return { tag, start, startEnd, selfClosing: false, insertAt: close, count, added: [] };
}

/** The children of the first `<font>` of the fonts section, by element name. */
function defaultFontParts(xml: string, fonts: Section): Map<string, string> {
  const parts = new Map<string, string>();
  const body = xml.slice(fonts.startEnd, fonts.insertAt);
  const m = /<font(?=[\s/>])[^>]*?(\/>|>([\s\S]*?)<\/font>)/.exec(body);
  const inner = m?.[2] ?? '';
  const re = /<(\w+)(?=[\s/>])[^>]*?(\/>|>[\s\S]*?<\/\1>)/g;
  let c: RegExpExecArray | null;
  while ((c = re.exec(inner)) !== null) parts.set(c[1], c[0]);
  return parts;
}

export class StylesPart {
  private readonly fonts: Section;
  private readonly fills: Section;
  private readonly borders: Section;
  private readonly cellXfs: Section;
  private readonly numFmts: Section | null;
  private readonly defaultFont: Map<string, string>;
  private readonly formatIds = new Map<string, number>();
  private nextFormatId = FIRST_CUSTOM_FORMAT;
  private readonly fontIds = new Map<string, number>();
  private readonly fillIds = new Map<string, number>();
  private borderId = -1;
  private readonly xfIds = new Map<string, number>();
  /** Custom formats added to a styles part that had no numFmts section. */
  private readonly orphanFormats: string[] = [];

  private constructor(private readonly xml: string, s: { fonts: Section; fills: Section; borders: Section; cellXfs: Section; numFmts: Section | null }) {
    this.fonts = s.fonts;
    this.fills = s.fills;
    this.borders = s.borders;
    this.cellXfs = s.cellXfs;
    this.numFmts = s.numFmts;
    this.defaultFont = defaultFontParts(xml, s.fonts);
    // New ids come after every id in use, also those of the differential formats (dxfs), which need not be
    // listed in numFmts; only the numFmts list is reused by format code, as cells can refer to nothing else.
    const listed = s.numFmts ? [s.numFmts.startEnd, s.numFmts.insertAt] : [-1, -1];
    const re = /<numFmt(?=[\s/>])[^>]*>/g;
    let m: RegExpExecArray | null;
    while ((m = re.exec(xml)) !== null) {
      const a = attributes(m[0]);
      const id = Number(a.get('numFmtId'));
      const code = a.get('formatCode');
      if (!Number.isInteger(id)) continue;
      const inList = m.index >= listed[0] && m.index < listed[1];
      if (inList && code !== undefined && !this.formatIds.has(code)) this.formatIds.set(code, id);
      this.nextFormatId = Math.max(this.nextFormatId, id + 1);
    }
  }

  /**
   * Reads the parts of styles.xml this class appends to; null when the part has a shape it does not
   * handle (a prefixed namespace, no fonts, no cell formats), and the package is then written another way.
   */
  static parse(xml: string): StylesPart | null {
    if (!/<styleSheet(?=[\s>])/.test(xml)) return null;
    const fonts = findSection(xml, 'fonts', 'font');
    const fills = findSection(xml, 'fills', 'fill');
    const borders = findSection(xml, 'borders', 'border');
    const cellStyleXfs = findSection(xml, 'cellStyleXfs', 'xf');
    const cellXfs = findSection(xml, 'cellXfs', 'xf');
    const numFmts = findSection(xml, 'numFmts', 'numFmt');
    if (!fonts || !fills || !borders || !cellStyleXfs || !cellXfs) return null;
    // Index 0 of each is what unformatted cells use; fills 0 and 1 are reserved by Excel.
    if (fonts.count < 1 || fills.count < 2 || borders.count < 1 || cellStyleXfs.count < 1 || cellXfs.count < 1) return null;
    return new StylesPart(xml, { fonts, fills, borders, cellXfs, numFmts });
  }

  /** The cell format index (the `s` of a cell) for `look`; 0 for a cell with no look at all. */
  xf(look: CellLook): number {
    const key = JSON.stringify(look);
    const known = this.xfIds.get(key);
    if (known !== undefined) return known;
    const style = look.style ?? {};
    const numFmtId = look.numFmt ? this.formatId(look.numFmt) : 0;
    const fontId = this.fontId(style, look.link === true);
    const fill = argb(style.fill);
    const fillId = fill ? this.fillId(fill) : 0;
    const borderId = style.border ? this.thinBorderId() : 0;
    const align: string[] = [];
    if (style.horizontal) align.push(`horizontal="${style.horizontal}"`);
    if (style.vertical) align.push(`vertical="${style.vertical === 'middle' ? 'center' : style.vertical}"`);
    if (style.wrap) align.push('wrapText="1"');
    let xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    xf += align.length > 0 ? ` applyAlignment="1"><alignment ${align.join(' ')}/></xf>` : '/>';
    const id = this.cellXfs.count + this.cellXfs.added.length;
    this.cellXfs.added.push(xf);
    this.xfIds.set(key, id);
    return id;
  }

  /** styles.xml with everything added so far. */
  toXml(): string {
    const edits: TextEdit[] = [];
    const sections = [this.numFmts, this.fonts, this.fills, this.borders, this.cellXfs];
    for (const s of sections) {
      if (!s || s.added.length === 0) continue;
      const total = s.count + s.added.length;
      const open = this.xml.slice(s.start, s.startEnd).replace(/\/?>$/, '>');
      const withCount = /\scount\s*=\s*("[^"]*"|'[^']*')/.test(open)
        ? open.replace(/\scount\s*=\s*("[^"]*"|'[^']*')/, ` count="${total}"`)
        : open.replace(/>$/, ` count="${total}">`);
      if (s.selfClosing) edits.push({ at: s.start, end: s.startEnd, text: `${withCount}${s.added.join('')}</${s.tag}>` });
      else {
        edits.push({ at: s.start, end: s.startEnd, text: withCount });
        edits.push({ at: s.insertAt, end: s.insertAt, text: s.added.join('') });
      }
    }
    const formats = this.pendingFormats();
    if (!this.numFmts && formats.length > 0) {
      // numFmts is the first child of styleSheet.
      const root = /<styleSheet(?=[\s>])[^>]*>/.exec(this.xml) as RegExpExecArray;
      const at = root.index + root[0].length;
      edits.push({ at, end: at, text: `<numFmts count="${formats.length}">${formats.join('')}</numFmts>` });
    }
    return applyEdits(this.xml, edits);
  }

  private pendingFormats(): string[] {
    return this.numFmts ? this.numFmts.added : this.orphanFormats;
  }

  private formatId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    const known = this.formatIds.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.formatIds.set(code, id);
    this.pendingFormats().push(`<numFmt numFmtId="${id}" formatCode="${xmlAttr(code)}"/>`);
    return id;
  }

  private fontId(style: CellStyle, link: boolean): number {
    const parts = new Map(this.defaultFont);
    let changed = false;
    if (style.bold) {
      parts.set('b', '<b/>');
      changed = true;
    }
    if (style.fontSize) {
      parts.set('sz', `<sz val="${style.fontSize}"/>`);
      changed = true;
    }
    const color = link ? LINK_COLOR : argb(style.fontColor);
    if (color) {
      parts.set('color', `<color rgb="${color}"/>`);
      changed = true;
    }
    if (link) {
      parts.set('u', '<u/>');
      changed = true;
    }
    if (!changed) return 0;
    const xml = `<font>${FONT_ORDER.map((k) => parts.get(k) ?? '').join('')}${[...parts.keys()]
      .filter((k) => !FONT_ORDER.includes(k))
      .map((k) => parts.get(k))
      .join('')}</font>`;
    let id = this.fontIds.get(xml);
    if (id === undefined) {
      id = this.fonts.count + this.fonts.added.length;
      this.fonts.added.push(xml);
      this.fontIds.set(xml, id);
    }
    return id;
  }

  private fillId(color: string): number {
    let id = this.fillIds.get(color);
    if (id === undefined) {
      id = this.fills.count + this.fills.added.length;
      this.fills.added.push(`<fill><patternFill patternType="solid"><fgColor rgb="${color}"/><bgColor indexed="64"/></patternFill></fill>`);
      this.fillIds.set(color, id);
    }
    return id;
  }

  private thinBorderId(): number {
    if (this.borderId < 0) {
      this.borderId = this.borders.count + this.borders.added.length;
      this.borders.added.push(THIN_BORDER);
    }
    return this.borderId;
  }
}
