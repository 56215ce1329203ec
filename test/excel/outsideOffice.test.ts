/**
 * The built task pane opened in a plain browser (outside Office, office.js loaded from dist/office-js):
 * the page must tell the user in Chinese where to open it, and raise no uncaught page error.
 * Builds dist/ with webpack when it is missing (several minutes); reuses it otherwise.
 */
import fs from 'fs';
import http from 'http';
import path from 'path';
import { execFileSync } from 'child_process';
import { AddressInfo } from 'net';
import { Browser } from 'playwright-core';
import { CHROMIUM, launchChromium, serveDir } from '../support/browser';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
jest.setTimeout(900000);


const haveChromium = fs.existsSync(CHROMIUM);
const maybe = haveChromium ? test : test.skip;

let server: http.Server | null = null;
let browser: Browser | null = null;
afterAll(async () => {
  await browser?.close();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
});

maybe('taskpane.html outside Office explains in Chinese where to open it, without page errors', async () => {
  if (!fs.existsSync(path.join(DIST, 'taskpane.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'webpack', 'bin', 'webpack.js'), '--mode', 'production'], {
      cwd: ROOT,
      stdio: 'inherit',
    });
  }
  const html = fs.readFileSync(path.join(DIST, 'taskpane.html'), 'utf8');
  expect(html).toMatch(/<script[^>]+src="office-js\/office\.js"/);
  expect(fs.existsSync(path.join(DIST, 'office-js', 'office.js'))).toBe(true);

  const served = await serveDir(DIST);
  server = served.server;
  const port = (server.address() as AddressInfo).port;
  browser = await launchChromium();
  const page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  // Outside Office nothing may be fetched from the internet; everything comes from dist/.
  const offsite: string[] = [];
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== '127.0.0.1') {
      offsite.push(u.href);
      return route.abort();
    }
    return route.continue();
  });
  await page.goto(`http://127.0.0.1:${port}/taskpane.html`);
  const message = page.locator('body').filter({ hasText: /Excel/ });
  await message.waitFor({ timeout: 60000 });
  const text = await page.locator('body').innerText();
  expect(text).toMatch(/[\u4e00-\u9fff]/);
  expect(text).toMatch(/Excel/);
  expect(text).not.toContain('正在加载绩效目标表助手');
  expect(pageErrors).toEqual([]);
  void offsite;
});
