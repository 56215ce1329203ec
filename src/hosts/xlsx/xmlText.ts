/**
 * Text in the XML of an .xlsx package: escaping what we write, unescaping attribute values we read.
 * Characters XML 1.0 cannot hold (control characters other than tab and line breaks, lone surrogates) are
 * left out, as ExcelJS does, so the file always opens.
 */

const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const TEXT_SPECIAL = /[&<>\r]/;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

function clean(s: string): string {
  // Most text is plain; the regular expression runs only when a character below U+0020 or a surrogate is there.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe) return s.replace(INVALID, '');
  }
  return s;
}

/**
 * Text as a spreadsheet string must be stored: in .xlsx strings "_x0041_" stands for the character U+0041,
 * so a literal "_xHHHH_" in a cell gets its underscore escaped as "_x005F_" (ECMA-376 Part 1, 22.9.2.19).
 * Excel, LibreOffice and ExcelJS all decode the escape on reading, so the text comes back as typed.
 */
export function ooxmlString(s: string): string {
  return s.indexOf('_x') < 0 ? s : s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** Character data: `&`, `<`, `>` escaped, and carriage returns, which XML readers would turn into line feeds. */
export function xmlText(s: string): string {
  const t = clean(s);
  return TEXT_SPECIAL.test(t) ? t.replace(/[&<>\r]/g, (c) => ENTITIES[c]) : t;
}

/** An attribute value for double quotes; tabs and line breaks as character references so they survive. */
export function xmlAttr(s: string): string {
  const t = clean(s);
  return ATTR_SPECIAL.test(t) ? t.replace(/[&<>"\t\n\r]/g, (c) => ENTITIES[c]) : t;
}

/** The value of an attribute as read from XML: the five entities and character references resolved. */
export function xmlUnescape(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    switch (e) {
      case 'amp':
        return '&';
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
      default:
        return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    }
  });
}

/** The attributes of one start tag (`<sheet name="a" r:id='x'/>`), names as written, values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  // Skip the element name so "<x:y" is not taken for an attribute.
  const start = tag.search(/\s/);
  if (start < 0) return out;
  re.lastIndex = start;
  while ((m = re.exec(tag)) !== null) out.set(m[1], xmlUnescape(m[2] ?? m[3] ?? ''));
  return out;
}

/** A change to a text: the characters from `at` to `end` replaced by `text` (an insertion when `end` is `at`). */
export interface TextEdit {
  at: number;
  end: number;
  text: string;
}

/**
 * `xml` with non-overlapping `edits` applied, all positions referring to the original text. At the same
 * position an insertion goes before a replacement, so text inserted before an element stays outside it.
 */
export function applyEdits(xml: string, edits: TextEdit[]): string {
  const ordered = edits.slice().sort((a, b) => a.at - b.at || (a.end - a.at) - (b.end - b.at));
  let out = '';
  let pos = 0;
  for (const e of ordered) {
    if (e.at < pos) throw new Error('overlapping text edits');
    out += xml.slice(pos, e.at) + e.text;
    pos = e.end;
  }
  return out + xml.slice(pos);
}
