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
import { chromium, Browser } from 'playwright-core';

const ROOT = path.join(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const CHROMIUM = '/usr/bin/chromium';
jest.setTimeout(900000);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.css': 'text/css',
  '.map': 'application/json',
};

function serve(dir: string): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.normalize(path.join(dir, decodeURIComponent(url.pathname)));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

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

  server = await serve(DIST);
  const port = (server.address() as AddressInfo).port;
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
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
