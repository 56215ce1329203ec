/**
 * Reads parts of an .xlsx (a zip) as text, to assert on the XML that was written. JSZip comes with ExcelJS
 * (its zip layer), so the tests read files with a library independent of the package writer under test.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as {
  loadAsync(data: Buffer): Promise<JsZip>;
  new (): JsZip;
};

interface JsZipFile {
  async(kind: 'string'): Promise<string>;
  async(kind: 'nodebuffer'): Promise<Buffer>;
  dir: boolean;
}
export interface JsZip {
  file(name: string): JsZipFile | null;
  file(name: string, data: string | Buffer): JsZip;
  remove(name: string): JsZip;
  files: Record<string, JsZipFile>;
  generateAsync(o: { type: 'nodebuffer'; compression: 'DEFLATE' }): Promise<Buffer>;
}

export async function openZip(buf: Buffer): Promise<JsZip> {
  return JSZip.loadAsync(buf);
}

export async function zipPart(buf: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name} in the zip; parts: ${Object.keys(zip.files).join(', ')}`);
  return f.async('string');
}

export async function zipPartNames(buf: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(buf)).files);
}

/** Every file of the zip (no folders) with its content. */
export async function zipContents(buf: Buffer): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(buf);
  const out = new Map<string, Buffer>();
  for (const [name, f] of Object.entries(zip.files)) if (!f.dir) out.set(name, await f.async('nodebuffer'));
  return out;
}

/** The zip entry name of the worksheet called `sheet`, found through xl/workbook.xml and its relationships. */
export async function sheetPartName(buf: Buffer, sheet: string): Promise<string> {
  const workbook = await zipPart(buf, 'xl/workbook.xml');
  const rels = await zipPart(buf, 'xl/_rels/workbook.xml.rels');
  const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  for (const tag of workbook.match(/<sheet\s[^>]*>/g) ?? []) {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    const id = /\sr:id="([^"]*)"/.exec(tag)?.[1];
    if (name === undefined || decode(name) !== sheet) continue;
    const rel = (rels.match(/<Relationship\s[^>]*>/g) ?? []).find((r) => r.includes(`Id="${id}"`));
    const target = rel ? /Target="([^"]*)"/.exec(rel)?.[1] : undefined;
    if (target) return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  }
  throw new Error(`no sheet ${sheet} in xl/workbook.xml`);
}
