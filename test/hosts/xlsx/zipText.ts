/**
 * Reads one part of an .xlsx (a zip) as text, to assert on the XML ExcelJS wrote. JSZip comes with ExcelJS
 * (its zip layer), so the test reads the file with the same library that wrote it.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const JSZip = require('jszip') as {
  loadAsync(data: Buffer): Promise<{ file(name: string): { async(kind: 'string'): Promise<string> } | null; files: Record<string, unknown> }>;
};

export async function zipPart(buf: Buffer, name: string): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const f = zip.file(name);
  if (!f) throw new Error(`no part ${name} in the zip; parts: ${Object.keys(zip.files).join(', ')}`);
  return f.async('string');
}

export async function zipPartNames(buf: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(buf)).files);
}
