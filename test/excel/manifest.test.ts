/**
 * The add-in manifest, checked offline: XSD validation (Microsoft's task-pane schemas in
 * vendor/office-manifest-xsd, run by libxml2 compiled to WASM) plus the checks the schema cannot make.
 * The built dist/manifest.xml is checked too when it exists.
 */
import fs from 'fs';
import path from 'path';
import { validateXML } from 'xmllint-wasm';

const ROOT = path.join(__dirname, '..', '..');
const XSD_DIR = path.join(ROOT, 'vendor', 'office-manifest-xsd');
const MAIN_XSD = 'OfficeAppManifestV1_1.xsd';

async function xsdErrors(xml: string): Promise<string[]> {
  const others = fs.readdirSync(XSD_DIR).filter((f) => f.endsWith('.xsd') && f !== MAIN_XSD);
  const result = await validateXML({
    xml: [{ fileName: 'manifest.xml', contents: xml }],
    schema: [{ fileName: MAIN_XSD, contents: fs.readFileSync(path.join(XSD_DIR, MAIN_XSD), 'utf8') }],
    preload: others.map((f) => ({ fileName: f, contents: fs.readFileSync(path.join(XSD_DIR, f), 'utf8') })),
  });
  return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

function attrValues(xml: string, element: RegExp, attr: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${element.source}\\b[^>]*\\b${attr}="([^"]*)"`, 'g');
  for (let m = re.exec(xml); m; m = re.exec(xml)) out.push(m[1]);
  return out;
}

function resourceIds(xml: string, tag: 'bt:Url' | 'bt:Image' | 'bt:String'): Set<string> {
  return new Set(attrValues(xml, new RegExp(tag.replace(':', ':')), 'id'));
}

function allUrls(xml: string): string[] {
  const fromAttrs = [...xml.matchAll(/(?:DefaultValue|Value)="(https?:\/\/[^"]*)"/g)].map((m) => m[1]);
  const appDomains = [...xml.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
  return [...fromAttrs, ...appDomains];
}

const manifests: [string, string][] = [['manifest.xml', path.join(ROOT, 'manifest.xml')]];
if (fs.existsSync(path.join(ROOT, 'dist', 'manifest.xml'))) manifests.push(['dist/manifest.xml', path.join(ROOT, 'dist', 'manifest.xml')]);

describe.each(manifests)('%s', (_label, file) => {
  const xml = fs.readFileSync(file, 'utf8');

  test('validates against the Office add-in manifest XSD', async () => {
    expect(await xsdErrors(xml)).toEqual([]);
  });

  test('the Id is a GUID', () => {
    expect(xml).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/i);
  });

  test('every resid resolves to a resource of the right kind', () => {
    const urls = resourceIds(xml, 'bt:Url');
    const images = resourceIds(xml, 'bt:Image');
    const strings = resourceIds(xml, 'bt:String');
    const refs = [...xml.matchAll(/<([\w:]+)\b[^>]*\bresid="([^"]*)"/g)].map((m) => ({ tag: m[1], id: m[2] }));
    expect(refs.length).toBeGreaterThan(10);
    for (const { tag, id } of refs) {
      const pool = tag === 'bt:Image' ? images : ['SourceLocation', 'FunctionFile', 'LearnMoreUrl'].includes(tag) ? urls : strings;
      expect({ tag, id, found: pool.has(id) }).toEqual({ tag, id, found: true });
    }
  });

  test('every URL is https on one origin', () => {
    const urls = allUrls(xml);
    expect(urls.length).toBeGreaterThan(5);
    const origins = new Set(urls.map((u) => new URL(u).origin));
    expect(origins.size).toBe(1);
    for (const u of urls) expect(new URL(u).protocol).toBe('https:');
  });

  test('every icon the manifest names exists under assets/', () => {
    const icons = allUrls(xml).filter((u) => /\.png$/.test(u));
    expect(icons.length).toBeGreaterThanOrEqual(4);
    for (const u of icons) {
      const rel = decodeURIComponent(new URL(u).pathname).split('/assets/')[1];
      expect(rel).toBeTruthy();
      expect(fs.existsSync(path.join(ROOT, 'assets', rel))).toBe(true);
    }
  });

  test('Excel host, ReadWriteDocument, ExcelApi minimum and the two ribbon buttons', () => {
    expect(xml).toContain('<Host Name="Workbook"/>');
    expect(xml).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(xml).toMatch(/<Set Name="ExcelApi" MinVersion="1\.8"\/>/);
    expect(xml).toContain('<OfficeTab id="TabHome">');
    expect(xml).toMatch(/xsi:type="ShowTaskpane"/);
    expect(xml).toMatch(/<FunctionName>insertTemplate<\/FunctionName>/);
    expect(xml).toContain('DefaultValue="打开助手"');
    expect(xml).toContain('DefaultValue="插入模板"');
    expect(xml).toContain('<DefaultLocale>zh-CN</DefaultLocale>');
  });
});

test('the schema check rejects a manifest with elements out of order (so it can fail)', async () => {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');
  const broken = xml.replace(/(<Id>[^<]*<\/Id>)(\s*)(<Version>[^<]*<\/Version>)/, '$3$2$1');
  expect(broken).not.toBe(xml);
  const errors = await xsdErrors(broken);
  expect(errors.join('\n')).toMatch(/Version/);
});
