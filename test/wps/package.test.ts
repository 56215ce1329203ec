/**
 * The WPS package: ribbon.xml is well formed and starts with <customUI, every callback it names is a
 * global function of the built entry script, the <JsPlugin> manifest and the registration examples are
 * right, and scripts/package-wps.js writes a zip WPS can use as an unpacked jsaddons folder.
 */
import { execFileSync } from 'child_process';
import fs from 'fs';
import os from 'os';
import path from 'path';
import vm from 'vm';
import { build } from 'esbuild';
import JSZip from 'jszip';

// xml2js (installed with office-addin-manifest) ships no types; this is the one function used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseStringPromise } = require('xml2js') as { parseStringPromise: (xml: string, options?: { strict?: boolean }) => Promise<unknown> };

const ROOT = path.join(__dirname, '..', '..');
const WPS = path.join(ROOT, 'wps');
const read = (f: string): string => fs.readFileSync(path.join(WPS, f), 'utf8');

interface XmlNode {
  $?: Record<string, string>;
  [child: string]: unknown;
}

/** Every attribute value of every element, depth first. */
function attributes(node: unknown, out: { name: string; value: string; element: string }[] = [], element = ''): typeof out {
  if (Array.isArray(node)) node.forEach((n) => attributes(n, out, element));
  else if (node && typeof node === 'object') {
    const n = node as XmlNode;
    for (const [name, value] of Object.entries(n.$ ?? {})) out.push({ name, value, element });
    for (const [k, v] of Object.entries(n)) if (k !== '$' && k !== '_') attributes(v, out, k);
  }
  return out;
}

const CALLBACK_ATTRS = /^(onLoad|onAction|getImage|getEnabled|getLabel|getVisible|getPressed|onChange|getScreentip)$/;

async function ribbonCallbacks(): Promise<{ callbacks: string[]; buttons: string[] }> {
  const doc: unknown = await parseStringPromise(read('ribbon.xml'), { strict: true });
  const attrs = attributes(doc);
  return {
    callbacks: [...new Set(attrs.filter((a) => CALLBACK_ATTRS.test(a.name)).map((a) => a.value))],
    buttons: attrs.filter((a) => a.element === 'button' && a.name === 'id').map((a) => a.value),
  };
}

/** Runs an entry bundle in a bare page-like context and returns its window. */
function runEntry(code: string): Record<string, unknown> {
  const win: Record<string, unknown> = { location: { href: 'http://127.0.0.1:3889/index.html' }, alert: () => undefined };
  win.window = win;
  const context = vm.createContext({ window: win, document: {}, URL, console, setTimeout, clearTimeout });
  vm.runInContext(code, context);
  return win;
}

let entryCode = '';
let tmp = '';

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-wps-'));
  const result = await build({
    entryPoints: [path.join(ROOT, 'src', 'hosts', 'wps', 'entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2018',
    write: false,
  });
  entryCode = result.outputFiles[0].text;
});

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('ribbon.xml', () => {
  test('starts with <customUI (no XML declaration, no BOM) and parses as XML', async () => {
    const text = read('ribbon.xml');
    expect(text.startsWith('<customUI')).toBe(true);
    const doc = (await parseStringPromise(text, { strict: true })) as { customUI: XmlNode };
    expect(doc.customUI.$?.xmlns).toBe('http://schemas.microsoft.com/office/2006/01/customui');
  });

  test('has the 绩效目标表 tab with 打开助手 and 插入模板', async () => {
    const doc = (await parseStringPromise(read('ribbon.xml'))) as { customUI: XmlNode };
    const labels = attributes(doc).filter((a) => a.name === 'label').map((a) => a.value);
    expect(labels).toEqual(expect.arrayContaining(['绩效目标表', '打开助手', '插入模板']));
  });

  test.each([
    ['the entry built from source', () => entryCode],
    ['dist/wps/wps-entry.js (when built)', () => {
      const built = path.join(ROOT, 'dist', 'wps', 'wps-entry.js');
      return fs.existsSync(built) ? fs.readFileSync(built, 'utf8') : entryCode;
    }],
  ])('every callback it names is a global function of %s', async (_label, code) => {
    const { callbacks, buttons } = await ribbonCallbacks();
    expect(callbacks.sort()).toEqual(['GetImage', 'OnAction', 'OnAddinLoad', 'OnGetEnabled']);
    const win = runEntry(code());
    for (const cb of callbacks) expect([cb, typeof win[cb]]).toEqual([cb, 'function']);
    // Each button's image exists in the package.
    for (const id of buttons) {
      const image = (win.GetImage as (c: unknown) => string)({ Id: id });
      expect(fs.existsSync(path.join(WPS, image))).toBe(true);
    }
    // Outside WPS the buttons are disabled rather than failing.
    expect((win.OnGetEnabled as () => boolean)()).toBe(false);
  });
});

describe('manifest and registration examples', () => {
  test('manifest.xml is a <JsPlugin>, not an Office manifest', async () => {
    const doc = (await parseStringPromise(read('manifest.xml'), { strict: true })) as { JsPlugin: { Name: string[]; ApiVersion: string[] } };
    expect(doc.JsPlugin.Name[0]).toBe('绩效目标表助手');
    expect(doc.JsPlugin.ApiVersion[0]).toBe('1.0.0');
  });

  test.each(['jsplugins.example.xml', 'publish.example.xml'])('%s registers the add-in for WPS 表格 (type="et")', async (file) => {
    const doc = (await parseStringPromise(read(file), { strict: true })) as { jsplugins: XmlNode };
    const entries = attributes(doc).filter((a) => a.name === 'type');
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.map((e) => e.value)).toEqual(entries.map(() => 'et'));
  });
});

describe('scripts/package-wps.js', () => {
  test('writes the shell files and a zip holding one jixiao_<version>/ folder plus jsplugins.xml', async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package-wps.js'), '--url=http://127.0.0.1:3889/'], {
      env: { ...process.env, JIXIAO_DIST: tmp },
      stdio: 'pipe',
    });
    for (const f of ['ribbon.xml', 'manifest.xml', 'index.html', 'wps-entry.js', 'images/open.png']) {
      expect([f, fs.existsSync(path.join(tmp, 'wps', f))]).toEqual([f, true]);
    }
    const zip = await JSZip.loadAsync(fs.readFileSync(path.join(tmp, 'wps-package', `jixiao_${version}.zip`)));
    const names = Object.keys(zip.files);
    expect(names).toEqual(expect.arrayContaining([`jixiao_${version}/ribbon.xml`, `jixiao_${version}/index.html`, `jixiao_${version}/wps-entry.js`, 'jsplugins.xml']));
    const ribbon = await zip.file(`jixiao_${version}/ribbon.xml`)!.async('string');
    expect(ribbon).toBe(read('ribbon.xml'));
    const reg = await zip.file('jsplugins.xml')!.async('string');
    expect(reg).toContain(`url="jixiao_${version}"`);
    expect(reg).toContain('type="et"');
    const online = fs.readFileSync(path.join(tmp, 'wps-package', 'publish.xml'), 'utf8');
    expect(online).toContain('<jspluginonline name="jixiao" type="et" url="http://127.0.0.1:3889/"');
    // The entry script in the zip defines the ribbon callbacks too.
    const win = runEntry(await zip.file(`jixiao_${version}/wps-entry.js`)!.async('string'));
    expect(typeof win.OnAction).toBe('function');
  });
});
