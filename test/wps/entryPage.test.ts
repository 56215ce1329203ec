/**
 * dist/wps/index.html in headless Chromium with the ET fake injected as window.Application (bundled for
 * the browser from test/fakes/etFake): the ribbon callbacks exist on the page, 打开助手 opens the task pane
 * through CreateTaskPane at dist/wps/taskpane.html's URL (and hides it on the second click), 插入模板 writes
 * the standard sheet through WpsHost. Builds dist/wps/ with scripts/package-wps.js when it is missing.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import { execFileSync } from 'child_process';
import { build } from 'esbuild';
import { Browser } from 'playwright-core';
import { CHROMIUM, launchChromium, serveDir } from '../support/browser';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist', 'wps');
jest.setTimeout(120000);


/** The ET fake as a browser script that installs window.Application before the page's scripts run. */
async function fakeInitScript(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { createEtFake } from './test/fakes/etFake';
        const fake = createEtFake({ sheets: ['Sheet1'] });
        window.Application = fake.app;
        window.__etFake = {
          sheets: () => fake.workbook.sheets.map((s) => s.name),
          active: () => fake.workbook.active.name,
          cell: (sheet, row, col) => fake.sheet(sheet).value(row, col),
          merges: (sheet) => fake.sheet(sheet).merges.length,
          panes: () => fake.context.taskPanes.map((p) => ({ id: p.ID, url: p._url, visible: p.Visible, dock: p.DockPosition })),
          calls: () => fake.counter.calls,
        };
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2018',
    write: false,
  });
  return result.outputFiles[0].text;
}

const maybe = fs.existsSync(CHROMIUM) ? test : test.skip;

let server: http.Server | null = null;
let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

interface FakeView {
  sheets(): string[];
  active(): string;
  cell(sheet: string, row: number, col: number): unknown;
  merges(sheet: string): number;
  panes(): { id: number; url: string; visible: boolean; dock: number }[];
}

maybe('打开助手 opens dist/wps/taskpane.html through CreateTaskPane; 插入模板 writes the template', async () => {
  if (!fs.existsSync(path.join(DIST, 'wps-entry.js')) || !fs.existsSync(path.join(DIST, 'index.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'package-wps.js')], { cwd: ROOT, stdio: 'pipe' });
  }
  const served = await serveDir(DIST);
  server = served.server;
  const origin = served.origin;
  browser = await launchChromium();
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.addInitScript({ content: await fakeInitScript() });
  await page.goto(`${origin}/index.html`);

  const callbacks = await page.evaluate(() =>
    ['OnAddinLoad', 'OnAction', 'GetImage', 'OnGetEnabled'].map((n) => typeof (window as unknown as Record<string, unknown>)[n]),
  );
  expect(callbacks).toEqual(['function', 'function', 'function', 'function']);
  expect(await page.evaluate(() => (window as unknown as { OnGetEnabled(): boolean }).OnGetEnabled())).toBe(true);

  // 打开助手: one pane at taskpane.html next to index.html, docked right, shown; a second click hides it.
  const first = await page.evaluate(() => {
    const w = window as unknown as { OnAction(c: unknown): boolean; __etFake: FakeView };
    const ok = w.OnAction({ Id: 'btnOpenAssistant' });
    return { ok, panes: w.__etFake.panes() };
  });
  expect(first).toEqual({ ok: true, panes: [{ id: 1, url: `${origin}/taskpane.html`, visible: true, dock: 2 }] });
  const second = await page.evaluate(() => {
    const w = window as unknown as { OnAction(c: unknown): boolean; __etFake: FakeView };
    w.OnAction({ Id: 'btnOpenAssistant' });
    return w.__etFake.panes();
  });
  expect(second).toEqual([{ id: 1, url: `${origin}/taskpane.html`, visible: false, dock: 2 }]);

  // 插入模板: the engine's standard sheet, written through WpsHost into the fake, and made active.
  await page.evaluate(() => (window as unknown as { OnAction(c: unknown): boolean }).OnAction({ Id: 'btnInsertTemplate' }));
  await page.waitForFunction(() => (window as unknown as { __etFake: FakeView }).__etFake.sheets().length === 2);
  const after = await page.evaluate(() => {
    const f = (window as unknown as { __etFake: FakeView }).__etFake;
    return { sheets: f.sheets(), active: f.active(), title: f.cell('绩效目标表', 0, 0), merges: f.merges('绩效目标表') };
  });
  expect(after.sheets).toEqual(['Sheet1', '绩效目标表']);
  expect(after.active).toBe('绩效目标表');
  expect(String(after.title)).toContain('绩效目标表');
  expect(after.merges).toBeGreaterThan(5);

  expect(dialogs).toEqual([]);
  expect(pageErrors).toEqual([]);
});
