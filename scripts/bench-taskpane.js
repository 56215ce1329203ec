#!/usr/bin/env node
/**
 * Task-pane bench: initial JS size (raw and gzip) and time to first render in headless Chromium.
 *
 *   node scripts/bench-taskpane.js [--dist dist] [--runs 15] [--no-build] [--json] [--detail] [--esbuild] [--trace N]
 *                                  [--compare DIR] [--intercept]
 *
 * Build: uses dist/taskpane.html when present; otherwise runs `npx webpack --mode production` when
 * webpack.config.js exists; otherwise bundles src/taskpane/index.tsx with esbuild into .bench/taskpane
 * (clearly labelled – an approximation of the shipped build, same sources, minified, code-split).
 *
 * Size: the JS files taskpane.html loads (script tags; for the esbuild fallback also the chunks they import
 * statically), excluding office.js, which is reported separately (the local copy in @microsoft/office-js –
 * the CDN loader – since the page's CDN URL is not reachable here). The stylesheets it links (Griffel's CSS,
 * extracted at build time) are listed on their own line. Other scripts whose download had finished before
 * the first-render mark (a host chunk, say) are listed too.
 *
 * First render: office.js is replaced by a stand-in (addInitScript) whose Office.onReady resolves as Excel;
 * Excel.run never settles, so the pane renders over the real Assistant/ExcelHost without a workbook. The time
 * is performance.mark('jixiao-first-render') (set by mountApp after the first commit) relative to navigation
 * start. Each run uses a fresh browser context (cold cache), served from localhost. The local server answers
 * any .../office.js with an empty script (the control page's CDN URL is pointed at it): intercepting requests
 * with Playwright instead (--intercept; how this bench measured until 2026-11-27) sends every request of
 * the page through the Node process before Chromium may fetch it, which Office does not do and which
 * penalises each extra request (a stylesheet, a chunk) by a round trip through a busy process.
 *
 * --trace N: N more runs of each page under Chromium tracing, reporting the renderer main thread's CPU time
 * from navigation start to the mark (thread time, not wall time: it hardly depends on what else the machine
 * is doing, so two builds can be compared on a busy machine) and the CPU time of the renderer's other threads
 * (background compilation, raster) in the same span. Tracing slows the pages; these runs are not timed.
 *
 * --compare DIR: a second build (e.g. a copy of an earlier dist/) timed in the same interleaved runs.
 *
 * Targets (Microsoft's React task-pane template): 167 KB gzip JS, ~313 ms first render.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const http = require('http');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const TARGET_GZIP_KB = 167;
const TARGET_FIRST_RENDER_MS = 313;
const MARK = 'jixiao-first-render';
/** Set by boot() once the host chunk (engine + adapter) is loaded and the assistant exists. */
const HOST_READY_MARK = 'jixiao-host-ready';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const OFFICE_JS = /office(\.debug)?\.js(\?.*)?$/i;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function parseArgs(argv) {
  const args = { dist: path.join(ROOT, 'dist'), runs: 15, build: true, json: false, detail: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--dist') args.dist = path.resolve(argv[++i]);
    else if (a === '--runs') args.runs = Math.max(1, Number(argv[++i]) || 15);
    else if (a === '--no-build') args.build = false;
    else if (a === '--json') args.json = true;
    else if (a === '--detail') args.detail = true;
    else if (a === '--esbuild') args.esbuild = true;
    else if (a === '--trace') args.trace = Math.max(1, Number(argv[++i]) || 10);
    else if (a === '--intercept') args.intercept = true;
    else if (a === '--compare') args.compare = path.resolve(argv[++i]);
    else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

const kb = (bytes) => bytes / 1024;
const fmt = (bytes) => `${kb(bytes).toFixed(1)} KB`;

function sizes(file) {
  const buf = fs.readFileSync(file);
  return { raw: buf.length, gzip: zlib.gzipSync(buf, { level: 9 }).length };
}

function sum(list) {
  return list.reduce((acc, s) => ({ raw: acc.raw + s.raw, gzip: acc.gzip + s.gzip }), { raw: 0, gzip: 0 });
}

// ---- build -------------------------------------------------------------------------------------

async function ensureBuild(args) {
  if (args.esbuild) return esbuildFallback();
  if (fs.existsSync(path.join(args.dist, 'taskpane.html'))) return { dir: args.dist, kind: 'existing dist' };
  if (!args.build) throw new Error(`${args.dist}/taskpane.html not found and --no-build given`);
  if (fs.existsSync(path.join(ROOT, 'webpack.config.js'))) {
    execFileSync('npx', ['webpack', '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
    if (!fs.existsSync(path.join(args.dist, 'taskpane.html'))) throw new Error('webpack produced no taskpane.html');
    return { dir: args.dist, kind: 'webpack --mode production' };
  }
  return esbuildFallback();
}

async function esbuildFallback() {
  const esbuild = require('esbuild');
  const out = path.join(require('os').tmpdir(), 'jixiao-bench-taskpane');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { taskpane: path.join(ROOT, 'src/taskpane/index.tsx') },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2018',
    jsx: 'automatic',
    outdir: out,
    metafile: true,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const html = fs
    .readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8')
    .replace('</head>', '    <script type="module" src="taskpane.js"></script>\n  </head>')
    .split(CDN_OFFICE_JS)
    .join('office-js/office.js');
  fs.writeFileSync(path.join(out, 'taskpane.html'), html);
  const why = fs.existsSync(path.join(ROOT, 'webpack.config.js')) ? '--esbuild' : 'no webpack.config.js yet';
  return { dir: out, kind: `esbuild (${why}; approximates the webpack build)`, metafile: result.metafile };
}

/** The control page (scripts/bench/referenceTaskpane.tsx), bundled like a production build. */
async function buildReference() {
  const esbuild = require('esbuild');
  const out = path.join(require('os').tmpdir(), 'jixiao-bench-reference');
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  await esbuild.build({
    entryPoints: { reference: path.join(__dirname, 'bench', 'referenceTaskpane.tsx') },
    bundle: true,
    format: 'iife',
    minify: true,
    target: 'es2019',
    jsx: 'automatic',
    outdir: out,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  const html = fs
    .readFileSync(path.join(ROOT, 'src/taskpane/taskpane.html'), 'utf8')
    .replace('</body>', '  <script defer src="reference.js"></script>\n  </body>');
  fs.writeFileSync(path.join(out, 'taskpane.html'), html);
  // The same page with office.js from the local server (as the webpack build ships it), for runs without
  // request interception.
  fs.writeFileSync(path.join(out, 'taskpane-local.html'), html.split(CDN_OFFICE_JS).join('office-js/office.js'));
  return { dir: out, size: sizes(path.join(out, 'reference.js')) };
}

// ---- static size ------------------------------------------------------------------------------

function scriptSources(html) {
  const srcs = [];
  const re = /<script\b[^>]*\bsrc\s*=\s*["']([^"']+)["'][^>]*>/gi;
  let m;
  while ((m = re.exec(html)) !== null) srcs.push(m[1]);
  return srcs;
}

function stylesheetHrefs(html) {
  const hrefs = [];
  const re = /<link\b[^>]*>/gi;
  let m;
  while ((m = re.exec(html)) !== null) {
    if (!/\brel\s*=\s*["']?stylesheet/i.test(m[0])) continue;
    const href = /\bhref\s*=\s*["']([^"']+)["']/i.exec(m[0]);
    if (href && !/^https?:\/\//i.test(href[1])) hrefs.push(href[1]);
  }
  return hrefs;
}

const isOfficeJs = (src) => /(^|\/)office(\.debug)?\.js(\?|$)/i.test(src);

/** Local files reached from `entries` through static imports (esbuild metafile only). */
function staticClosure(entries, build) {
  if (!build.metafile) return entries;
  const outputs = build.metafile.outputs;
  const rel = (f) => path.relative(ROOT, f).split(path.sep).join('/');
  const seen = new Set();
  const stack = entries.map((f) => rel(f));
  while (stack.length) {
    const f = stack.pop();
    if (seen.has(f)) continue;
    seen.add(f);
    for (const imp of (outputs[f] && outputs[f].imports) || []) {
      if (imp.kind === 'import-statement') stack.push(imp.path);
    }
  }
  return [...seen].map((f) => path.join(ROOT, f));
}

function staticSizes(build) {
  const html = fs.readFileSync(path.join(build.dir, 'taskpane.html'), 'utf8');
  const srcs = scriptSources(html);
  const officeTags = srcs.filter(isOfficeJs);
  const local = srcs.filter((s) => !isOfficeJs(s) && !/^https?:\/\//i.test(s));
  const files = staticClosure(
    local.map((s) => path.join(build.dir, s.replace(/^\//, '').split('?')[0])),
    build,
  );
  const perFile = files.map((f) => ({ file: path.relative(build.dir, f), ...sizes(f) }));
  const css = stylesheetHrefs(html).map((h) => {
    const f = path.join(build.dir, h.replace(/^\//, '').split('?')[0]);
    return { file: path.relative(build.dir, f), ...sizes(f) };
  });
  const officeLocal = path.join(ROOT, 'node_modules/@microsoft/office-js/dist/office.js');
  return {
    html,
    officeTags,
    initial: { files: perFile, ...sum(perFile) },
    css: { files: css, ...sum(css) },
    officeJs: fs.existsSync(officeLocal) ? { file: 'node_modules/@microsoft/office-js/dist/office.js', ...sizes(officeLocal) } : null,
  };
}

// ---- first render -----------------------------------------------------------------------------

function serve(dir) {
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css', '.png': 'image/png', '.json': 'application/json' };
  const server = http.createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (OFFICE_JS.test(url)) {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' });
      res.end('/* office.js stand-in */');
      return;
    }
    const file = path.join(dir, url === '/' ? 'taskpane.html' : url);
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': types[path.extname(file)] || 'application/octet-stream' });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page before any script: office.js stand-in, Excel detected, a workbook that never answers. */
function officeStandIn() {
  const never = () => new Promise(() => undefined);
  window.Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC' },
    onReady: (cb) => {
      const info = { host: 'Excel', platform: 'PC' };
      if (cb) cb(info);
      return Promise.resolve(info);
    },
    context: { requirements: { isSetSupported: () => true }, diagnostics: { version: '16.0' } },
  };
  window.Excel = { run: never, EventSource: { local: 'Local', remote: 'Remote' } };
}

/** Playwright interception: every request of the page then waits for the Node process (see header). */
function interceptOfficeJs(context) {
  return context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, contentType: 'text/javascript', body: '/* office.js stand-in */' }),
  );
}

async function firstRender(pages, runs, intercept) {
  const { chromium } = require('playwright-core');
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} missing: apt-get install -y chromium`);
  const servers = await Promise.all(pages.map((p) => serve(p.dir)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const results = pages.map(() => ({ times: [], hostReady: [], phases: [], loadedBeforeRender: null, pageErrors: [], noHostMark: false }));
  try {
    // Runs alternate between the pages so all see the same machine load; which page goes first rotates.
    for (let i = 0; i < runs; i++) {
      for (let j = 0; j < pages.length; j++) {
        const k = (i + j) % pages.length;
        const base = `http://127.0.0.1:${servers[k].address().port}`;
        const r = results[k];
        const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
        await context.addInitScript(officeStandIn);
        // office.js (CDN or the bundled copy) is replaced: the stand-in above plays its part.
        if (intercept || pages[k].cdnOfficeJs) await interceptOfficeJs(context);
        const page = await context.newPage();
        page.on('pageerror', (e) => r.pageErrors.push(String(e && e.message ? e.message : e)));
        await page.goto(`${base}/${pages[k].file}`, { waitUntil: 'commit' });
        await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK, { timeout: 30000 });
        r.times.push(await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, MARK));
        // When the engine became usable (builds whose boot() sets the mark; the control has no engine).
        if (pages[k].hostReady && !r.noHostMark) {
          const ok = await page
            .waitForFunction((m) => performance.getEntriesByName(m).length > 0, HOST_READY_MARK, { timeout: 5000 })
            .then(() => true, () => false);
          if (ok) r.hostReady.push(await page.evaluate((m) => performance.getEntriesByName(m)[0].startTime, HOST_READY_MARK));
          else r.noHostMark = true;
        }
        r.phases.push(
          await page.evaluate(() => {
            const nav = performance.getEntriesByType('navigation')[0];
            const js = performance.getEntriesByType('resource').filter((x) => /\.js(\?|$)/.test(x.name));
            return {
              responseEnd: nav ? nav.responseEnd : 0,
              scripts: js.map((x) => ({ name: x.name.split('/').pop(), start: x.startTime, end: x.responseEnd })),
              domContentLoaded: nav ? nav.domContentLoadedEventEnd : 0,
              mount: (performance.getEntriesByName('jixiao-mount')[0] || { startTime: 0 }).startTime,
              commit: (performance.getEntriesByName('jixiao-commit')[0] || { startTime: 0 }).startTime,
            };
          }),
        );
        if (pages[k].expectHeading) {
          const heading = await page.textContent('h1');
          if (heading !== pages[k].expectHeading) throw new Error(`unexpected first render: ${heading}`);
        }
        if (r.loadedBeforeRender === null) {
          // Our scripts whose download had finished when the mark was set (resource timing, same clock).
          r.loadedBeforeRender = await page.evaluate((m) => {
            const at = performance.getEntriesByName(m)[0].startTime;
            return performance
              .getEntriesByType('resource')
              .filter((x) => x.name.startsWith(location.origin) && /\.js(\?|$)/.test(x.name) && x.responseEnd <= at)
              .map((x) => new URL(x.name).pathname.replace(/^\//, ''))
              .filter((f) => !/office(\.debug)?\.js$/i.test(f));
          }, MARK);
        }
        await context.close();
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  return results.map((r) => {
    const sorted = [...r.times].sort((a, b) => a - b);
    const hostReady = r.noHostMark || r.hostReady.length === 0 ? null : median(r.hostReady);
    return { ...r, runOrder: r.times, median: median(sorted), min: sorted[0], max: sorted[sorted.length - 1], hostReadyMedian: hostReady };
  });
}

/**
 * CPU time of the renderer before the mark, from a Chromium trace: the main thread's top-level tasks that
 * started between navigation start and the mark (thread time), and the renderer's other threads in the same
 * span. Runs alternate between the pages like firstRender().
 */
async function traceCpu(pages, runs, intercept) {
  const { chromium } = require('playwright-core');
  const servers = await Promise.all(pages.map((p) => serve(p.dir)));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const results = pages.map(() => ({ main: [], other: [] }));
  const TASK = /^(ThreadControllerImpl::RunTask|ThreadPool_RunTask)$/;
  try {
    for (let i = 0; i < runs; i++) {
      for (let j = 0; j < pages.length; j++) {
        const k = (i + j) % pages.length;
        const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
        await context.addInitScript(officeStandIn);
        if (intercept || pages[k].cdnOfficeJs) await interceptOfficeJs(context);
        const page = await context.newPage();
        await browser.startTracing(page, { categories: ['toplevel', 'devtools.timeline', 'blink.user_timing', 'loading'] });
        await page.goto(`http://127.0.0.1:${servers[k].address().port}/${pages[k].file}`, { waitUntil: 'commit' });
        await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, MARK, { timeout: 30000 });
        const events = JSON.parse((await browser.stopTracing()).toString()).traceEvents;
        await context.close();
        const mark = events.find((e) => e.name === MARK);
        const navs = events.filter((e) => e.name === 'navigationStart' && e.pid === mark.pid && e.ts <= mark.ts);
        const nav = navs.filter((e) => /taskpane\.html/.test((e.args && e.args.data && e.args.data.documentLoaderURL) || '')).pop() || navs.pop();
        let main = 0;
        let other = 0;
        for (const e of events) {
          if (e.ph !== 'X' || e.pid !== mark.pid || !TASK.test(e.name) || e.ts < nav.ts || e.ts >= mark.ts) continue;
          if (e.tid === mark.tid) main += e.tdur || 0;
          else other += e.tdur || 0;
        }
        results[k].main.push(main / 1000);
        results[k].other.push(other / 1000);
      }
    }
  } finally {
    await browser.close();
    for (const s of servers) s.close();
  }
  return results.map((r) => ({ main: median(r.main), other: median(r.other), runs: r.main.length }));
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  const n = sorted.length;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
}

// ---- main -------------------------------------------------------------------------------------

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const build = await ensureBuild(args);
  const stat = staticSizes(build);
  const reference = await buildReference();
  const pages = [
    // A page built with JIXIAO_OFFICE_JS=cdn points at the CDN, which only interception can stand in for.
    {
      dir: build.dir,
      file: 'taskpane.html',
      expectHeading: '绩效目标表助手',
      cdnOfficeJs: stat.officeTags.some((t) => /^https?:\/\//i.test(t)),
      hostReady: true,
    },
    { dir: reference.dir, file: args.intercept ? 'taskpane.html' : 'taskpane-local.html', expectHeading: 'Welcome' },
  ];
  if (args.compare) {
    const html = fs.readFileSync(path.join(args.compare, 'taskpane.html'), 'utf8');
    const cdn = scriptSources(html).some((t) => isOfficeJs(t) && /^https?:\/\//i.test(t));
    pages.push({ dir: args.compare, file: 'taskpane.html', expectHeading: '绩效目标表助手', cdnOfficeJs: cdn, hostReady: true });
  }
  const [render, refRender, cmpRender] = await firstRender(pages, args.runs, args.intercept);
  const [cpuOurs, cpuControl, cpuCompare] = args.trace ? await traceCpu(pages, args.trace, args.intercept) : [];
  const cpu = cpuOurs ? [cpuOurs, cpuControl] : null;

  const loaded = [...new Set(render.loadedBeforeRender || [])].filter((f) => fs.existsSync(path.join(build.dir, f)));
  const initialNames = new Set(stat.initial.files.map((f) => f.file));
  const lazy = loaded.filter((f) => !initialNames.has(f)).map((f) => ({ file: f, ...sizes(path.join(build.dir, f)) }));
  const beforeRender = sum([...stat.initial.files, ...lazy]);

  const report = {
    build: build.kind,
    dir: path.relative(ROOT, build.dir),
    initialJs: { raw: stat.initial.raw, gzip: stat.initial.gzip, files: stat.initial.files },
    initialCss: { raw: stat.css.raw, gzip: stat.css.gzip, files: stat.css.files },
    lazyBeforeFirstRender: { ...sum(lazy), files: lazy },
    jsBeforeFirstRender: beforeRender,
    officeJs: { scriptTags: stat.officeTags, localLoader: stat.officeJs },
    firstRenderMs: { median: render.median, min: render.min, max: render.max, runs: render.times.length },
    hostReadyMs: render.hostReadyMedian,
    reference: {
      js: reference.size,
      firstRenderMs: { median: refRender.median, min: refRender.min, max: refRender.max },
      ratioMedian: render.median / refRender.median,
    },
    cpuBeforeFirstRenderMs: cpu ? { ours: cpu[0], control: cpu[1], compare: cpuCompare || null } : null,
    compare: cmpRender
      ? { dir: args.compare, firstRenderMs: { median: cmpRender.median, min: cmpRender.min, max: cmpRender.max }, hostReadyMs: cmpRender.hostReadyMedian, ratioMedian: cmpRender.median / refRender.median }
      : null,
    officeJsStandIn: args.intercept ? 'interception' : 'local server',
    loadAverage: require('os').loadavg(),
    pageErrors: [...new Set(render.pageErrors)],
    targets: { gzipKB: TARGET_GZIP_KB, firstRenderMs: TARGET_FIRST_RENDER_MS },
  };
  if (args.json) {
    console.log(JSON.stringify(report, null, 2));
    return;
  }
  const ok = (cond) => (cond ? 'OK' : 'OVER TARGET');
  console.log(`Task pane bench – build: ${report.build} (${report.dir}); office.js stand-in ${args.intercept ? 'through Playwright request interception (--intercept)' : 'served by the local server'}`);
  console.log('Initial JS (script tags of taskpane.html, without office.js):');
  for (const f of stat.initial.files) console.log(`  ${f.file.padEnd(40)} ${fmt(f.raw).padStart(10)} raw  ${fmt(f.gzip).padStart(10)} gzip`);
  console.log(`  ${'total'.padEnd(40)} ${fmt(stat.initial.raw).padStart(10)} raw  ${fmt(stat.initial.gzip).padStart(10)} gzip   target ${TARGET_GZIP_KB} KB gzip: ${ok(kb(stat.initial.gzip) <= TARGET_GZIP_KB)}`);
  if (stat.css.files.length) {
    console.log('Stylesheets (link tags of taskpane.html):');
    for (const f of stat.css.files) console.log(`  ${f.file.padEnd(40)} ${fmt(f.raw).padStart(10)} raw  ${fmt(f.gzip).padStart(10)} gzip`);
  }
  if (lazy.length) {
    console.log('Other scripts downloaded before the first render (first run):');
    for (const f of lazy) console.log(`  ${f.file.padEnd(40)} ${fmt(f.raw).padStart(10)} raw  ${fmt(f.gzip).padStart(10)} gzip`);
    console.log(`  JS before first render, total:            ${fmt(beforeRender.raw)} raw, ${fmt(beforeRender.gzip)} gzip   target ${TARGET_GZIP_KB} KB gzip: ${ok(kb(beforeRender.gzip) <= TARGET_GZIP_KB)}`);
  }
  if (stat.officeJs) {
    console.log(`office.js (separate; page loads ${stat.officeTags.join(', ') || 'none'}): local loader ${fmt(stat.officeJs.raw)} raw, ${fmt(stat.officeJs.gzip)} gzip – it loads host-specific scripts on top`);
  }
  console.log(
    `First render (navigation start → ${MARK}), ${render.times.length} cold runs: median ${render.median.toFixed(0)} ms, min ${render.min.toFixed(0)} ms, max ${render.max.toFixed(0)} ms   target ~${TARGET_FIRST_RENDER_MS} ms: ${ok(render.median <= TARGET_FIRST_RENDER_MS)}`,
  );
  if (render.hostReadyMedian !== null) {
    console.log(`Engine usable (navigation start → ${HOST_READY_MARK}, host chunk loaded and assistant created): median ${render.hostReadyMedian.toFixed(0)} ms`);
  }
  console.log(
    `Control (template-shaped page, scripts/bench/referenceTaskpane.tsx; JS ${fmt(reference.size.raw)} raw, ${fmt(reference.size.gzip)} gzip), same runs interleaved: median ${refRender.median.toFixed(0)} ms, min ${refRender.min.toFixed(0)} ms, max ${refRender.max.toFixed(0)} ms`,
  );
  console.log(
    `Ours / control (median): ${(render.median / refRender.median).toFixed(2)}×   machine load average ${require('os').loadavg().map((l) => l.toFixed(1)).join(' ')} on ${require('os').cpus().length} CPUs`,
  );
  if (cmpRender) {
    console.log(
      `Compared build (${args.compare}), same runs: median ${cmpRender.median.toFixed(0)} ms, min ${cmpRender.min.toFixed(0)} ms, max ${cmpRender.max.toFixed(0)} ms; / control ${(cmpRender.median / refRender.median).toFixed(2)}×` +
        (cmpRender.hostReadyMedian !== null ? `; engine usable ${cmpRender.hostReadyMedian.toFixed(0)} ms` : ''),
    );
  }
  if (cpu) {
    const line = (c) => `main thread ${c.main.toFixed(0)} ms, other renderer threads ${c.other.toFixed(0)} ms`;
    console.log(`CPU before the mark (traced, ${cpu[0].runs} runs each, medians): ours ${line(cpu[0])}; control ${line(cpu[1])}${cpuCompare ? `; compared build ${line(cpuCompare)}` : ''}`);
  }
  if (args.detail) {
    for (const [label, r] of [['ours', render], ['control', refRender], ...(cmpRender ? [['compared', cmpRender]] : [])]) for (const [i, p] of r.phases.entries()) {
      const scripts = p.scripts.map((s) => `${s.name} ${s.start.toFixed(0)}–${s.end.toFixed(0)}`).join(', ');
      console.log(`  ${label} run ${i + 1}: first render ${r.runOrder[i].toFixed(0)} ms; html ${p.responseEnd.toFixed(0)} ms, DOMContentLoaded ${p.domContentLoaded.toFixed(0)} ms, mountApp ${p.mount.toFixed(0)} ms, commit ${p.commit.toFixed(0)} ms; ${scripts}`);
    }
  }
  if (report.pageErrors.length) console.log(`Page errors: ${report.pageErrors.join(' | ')}`);
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : e);
  process.exit(1);
});
