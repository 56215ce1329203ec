/**
 * Drives the browser workbench in headless Chromium (playwright-core + Debian's /usr/bin/chromium): build
 * if stale, serve dist/ on 127.0.0.1, open the page, click cells on the canvas and type like a user.
 * Shared by the end-to-end tests (test/e2e) and the bench (scripts/bench-workbench.js).
 */
const fs = require('fs');
const path = require('path');
const { buildWorkbench, workbenchIsFresh } = require('./build-workbench');
const { serveStatic, DIST } = require('./serve');

const CHROMIUM = process.env.JIXIAO_CHROMIUM || '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

function chromiumAvailable() {
  return fs.existsSync(CHROMIUM);
}

/** Opens the workbench; resolves once Univer shows the sample and the task pane is mounted. */
async function openWorkbench({ width = 1440, height = 900, log = () => undefined } = {}) {
  const { chromium } = require('playwright-core');
  if (!workbenchIsFresh()) await buildWorkbench({ quiet: true });
  const { server, url } = await serveStatic(DIST, { port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width, height }, acceptDownloads: true });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && log(m.text()));
  const started = Date.now();
  await page.goto(`${url}workbench/`);
  await page.waitForFunction(() => window.jixiaoWorkbench && window.jixiaoWorkbench.ready, null, { timeout: 60000 });
  // The grid paints after the pane mounts; wait until the first sheet's canvas has a size.
  await page.waitForFunction(() => [...document.querySelectorAll('#wb-sheet canvas')].some((c) => c.getBoundingClientRect().width > 300), null, { timeout: 60000 });
  const loadMs = Date.now() - started;
  return {
    page,
    browser,
    url: `${url}workbench/`,
    loadMs,
    errors,
    async close() {
      await browser.close();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Page coordinates of the centre of a cell of the active sheet (Univer's cell rect + its grid canvas). */
async function cellCenter(page, a1) {
  return page.evaluate((address) => {
    const ws = window.univerAPI.getActiveWorkbook().getActiveSheet();
    const rect = ws.getRange(address).getCellRect();
    const canvases = [...document.querySelectorAll('#wb-sheet canvas')];
    const grid = canvases.sort((a, b) => b.width * b.height - a.width * a.height)[0];
    const box = grid.getBoundingClientRect();
    return { x: box.left + rect.x + rect.width / 2, y: box.top + rect.y + rect.height / 2 };
  }, a1);
}

/** Activates a sheet through the facade (as clicking its tab would) and waits for the grid to show it. */
async function showSheet(page, name) {
  await page.evaluate((sheet) => {
    const wb = window.univerAPI.getActiveWorkbook();
    wb.setActiveSheet(wb.getSheetByName(sheet));
  }, name);
  await page.waitForFunction((sheet) => window.univerAPI.getActiveWorkbook().getActiveSheet().getSheetName() === sheet, name);
  await page.waitForTimeout(150);
}

/** Clicks a cell on the canvas, types `text` with the keyboard and presses Enter. Resolves to the Enter keydown time (page clock). */
const lastClick = new WeakMap();

async function typeInCell(page, a1, text) {
  const { x, y } = await cellCenter(page, a1);
  // Two clicks on one cell within the double-click interval open the cell editor with its old text, and
  // the typing is appended ("60%40%"): a user clicking the cell again later selects it instead.
  const since = Date.now() - (lastClick.get(page) ?? 0);
  if (since < 700) await page.waitForTimeout(700 - since);
  await page.mouse.click(x, y);
  lastClick.set(page, Date.now());
  await page.keyboard.type(text, { delay: 10 });
  // The event's own timeStamp (its creation, on the performance.now clock): Univer commits the edit in
  // its own earlier keydown listener, so a timestamp taken when our listener runs would be late.
  await page.evaluate(() => {
    window.__jxEnterAt = null;
    window.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && window.__jxEnterAt === null) window.__jxEnterAt = e.timeStamp;
    }, { capture: true, once: true });
  });
  await page.keyboard.press('Enter');
  return page.evaluate(() => window.__jxEnterAt);
}

/** Resolves to the page time at which `predicate(pane)` first held, polling every animation frame. */
async function whenPane(page, predicateSource, arg, timeoutMs = 5000) {
  return page.evaluate(
    ([source, value, timeout]) =>
      new Promise((resolve, reject) => {
        const predicate = new Function('pane', 'arg', source);
        const pane = document.getElementById('wb-pane');
        const started = performance.now();
        const tick = () => {
          if (predicate(pane, value)) resolve(performance.now());
          else if (performance.now() - started > timeout) reject(new Error(`pane condition not met in ${timeout} ms`));
          else requestAnimationFrame(tick);
        };
        tick();
      }),
    [predicateSource, arg, timeoutMs],
  );
}

/** Predicate source: a problem button whose accessible name names `arg` ("S02，sheet!C7"). */
const HAS_PROBLEM = "return [...pane.querySelectorAll('button[aria-label]')].some((b) => b.getAttribute('aria-label').includes(arg));";
const LACKS_PROBLEM = "return ![...pane.querySelectorAll('button[aria-label]')].some((b) => b.getAttribute('aria-label').includes(arg));";

/** Background colour of a cell of a sheet, read through the page's univerAPI ("#rrggbb" or null). */
async function cellBackground(page, sheet, a1) {
  return page.evaluate(
    ([s, a]) => {
      const style = window.univerAPI.getActiveWorkbook().getSheetByName(s).getRange(a).getCellStyleData();
      return style && style.bg && style.bg.rgb ? style.bg.rgb.toLowerCase() : null;
    },
    [sheet, a1],
  );
}

function screenshotDir() {
  const dir = path.resolve(__dirname, '..', 'test-output', 'e2e');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

module.exports = {
  CHROMIUM,
  CHROMIUM_ARGS,
  chromiumAvailable,
  openWorkbench,
  cellCenter,
  showSheet,
  typeInCell,
  whenPane,
  HAS_PROBLEM,
  LACKS_PROBLEM,
  cellBackground,
  screenshotDir,
};
