/**
 * Offline validation of .xlsx parts against the ECMA-376 schemas vendored in vendor/ooxml-xsd (libxml2
 * compiled to WASM runs them), after the Markup Compatibility processing a consumer does first.
 */
import fs from 'fs';
import path from 'path';
import { SaxesParser, SaxesTagNS } from 'saxes';
import { validateXML } from 'xmllint-wasm';

const XSD_DIR = path.join(__dirname, '..', '..', '..', 'vendor', 'ooxml-xsd');
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';

/** Which schema a part is checked against, by its root element's namespace. */
const SCHEMA_BY_NAMESPACE: Record<string, string> = {
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': 'sml-sheet.xsd',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'opc-contentTypes.xsd',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'opc-relationships.xsd',
  'http://schemas.openxmlformats.org/officeDocument/2006/extended-properties': 'shared-documentPropertiesExtended.xsd',
};

function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);
}

/**
 * The part as a consumer that knows only the ECMA-376 1st edition vocabulary sees it (ECMA-376 Part 3):
 * elements and attributes of namespaces the part declares ignorable are left out, mc:AlternateContent keeps
 * its Fallback, and the mc attributes themselves go. Excel's own parts (x14ac:dyDescent, xr:uid,
 * x15ac:absPath) then validate against the vendored schemas, and so does what we insert among them.
 */
export function withoutIgnorableMarkup(xml: string): string {
  const parser = new SaxesParser({ xmlns: true });
  const ignorable: Set<string>[] = [];
  const kinds: ('keep' | 'skip' | 'transparent' | 'verbatim')[] = [];
  let skipping = 0;
  let verbatim = 0;
  let out = '';
  parser.on('opentag', (tag: SaxesTagNS) => {
    const inherited = ignorable[ignorable.length - 1] ?? new Set<string>();
    const own = Object.values(tag.attributes).find((a) => a.uri === MC_NS && a.local === 'Ignorable');
    const current = own ? new Set([...inherited, ...own.value.split(/\s+/).filter(Boolean).map((p) => tag.ns[p] ?? parser.resolve(p) ?? p)]) : inherited;
    ignorable.push(current);
    if (skipping === 0 && tag.uri === MC_NS && (tag.local === 'AlternateContent' || tag.local === 'Fallback')) {
      kinds.push('transparent');
      return;
    }
    // An extension's content is the extension's own business (CT_Extension holds any one element), so it is
    // kept whole, whatever its namespace.
    if (skipping === 0 && (verbatim > 0 || (tag.local === 'ext' && tag.uri === MAIN_NS))) {
      verbatim++;
      kinds.push('verbatim');
      let s = `<${tag.name}`;
      for (const a of Object.values(tag.attributes)) s += ` ${a.name}="${escapeXml(a.value)}"`;
      out += `${s}>`;
      return;
    }
    if (skipping > 0 || tag.uri === MC_NS || current.has(tag.uri)) {
      skipping++;
      kinds.push('skip');
      return;
    }
    let s = `<${tag.name}`;
    for (const a of Object.values(tag.attributes)) {
      const declaration = a.prefix === 'xmlns' || a.name === 'xmlns';
      if (!declaration && (a.uri === MC_NS || current.has(a.uri))) continue;
      s += ` ${a.name}="${escapeXml(a.value)}"`;
    }
    out += `${s}>`;
    kinds.push('keep');
  });
  parser.on('closetag', (tag) => {
    ignorable.pop();
    const kind = kinds.pop();
    if (kind === 'skip') skipping--;
    else if (kind === 'keep') out += `</${tag.name}>`;
    else if (kind === 'verbatim') {
      verbatim--;
      out += `</${tag.name}>`;
    }
  });
  parser.on('text', (text) => {
    if (skipping === 0) out += escapeXml(text);
  });
  parser.on('error', (e) => {
    throw e;
  });
  parser.write(xml).close();
  return out;
}

function rootNamespace(xml: string): string {
  const root = /<([\w.-]+:)?[\w.-]+(?=[\s/>])[^>]*>/.exec(xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''));
  if (!root) return '';
  const prefix = root[1] ? root[1].slice(0, -1) : '';
  const decl = new RegExp(`\\sxmlns${prefix ? `:${prefix}` : ''}\\s*=\\s*"([^"]*)"`).exec(root[0]);
  return decl ? decl[1] : '';
}

let schemaFiles: { fileName: string; contents: string }[] | null = null;

function schemas(): { fileName: string; contents: string }[] {
  schemaFiles ??= fs
    .readdirSync(XSD_DIR)
    .filter((f) => f.endsWith('.xsd'))
    .map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), 'utf8') }));
  return schemaFiles;
}

/**
 * Schema errors of `parts` (part name → XML), grouped by the schema their root namespace selects; a part
 * whose namespace has no schema here is an error too. One xmllint run per schema.
 */
export async function schemaErrors(parts: Map<string, string>): Promise<string[]> {
  const bySchema = new Map<string, { fileName: string; contents: string }[]>();
  const errors: string[] = [];
  let n = 0;
  const names = new Map<string, string>();
  for (const [name, xml] of parts) {
    const ns = rootNamespace(xml);
    const schema = SCHEMA_BY_NAMESPACE[ns];
    if (!schema) {
      errors.push(`${name}: no schema for the namespace "${ns}"`);
      continue;
    }
    // xmllint takes file names as arguments: plain ones, mapped back to the part names in the messages.
    const fileName = `part${n++}.xml`;
    names.set(fileName, name);
    const list = bySchema.get(schema) ?? [];
    list.push({ fileName, contents: withoutIgnorableMarkup(xml) });
    bySchema.set(schema, list);
  }
  for (const [schema, xml] of bySchema) {
    const all = schemas();
    const result = await validateXML({
      xml,
      schema: all.filter((f) => f.fileName === schema),
      preload: all.filter((f) => f.fileName !== schema),
      maxMemoryPages: 4096,
    });
    if (result.valid) continue;
    const before = errors.length;
    for (const e of result.errors) {
      // xmllint closes each invalid file with "<file> fails to validate"; the errors before it say why.
      if (/fails to validate$/.test(e.rawMessage)) continue;
      const file = e.loc?.fileName ?? '';
      errors.push(`${names.get(file) ?? file}: ${e.message}`);
    }
    if (errors.length === before) errors.push(`${schema}: ${result.rawOutput}`);
  }
  return errors;
}
