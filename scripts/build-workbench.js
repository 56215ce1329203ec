#!/usr/bin/env node
/**
 * Builds the browser workbench (src/workbench) into dist/workbench/ with esbuild: ESM with code splitting,
 * minified, CSS extracted to main.css, the seed text bundled as a string. Univer stays out of the Excel
 * and WPS bundles because only this entry imports it.
 *
 *   node scripts/build-workbench.js            build once
 *   const { buildWorkbench } = require('./build-workbench'); await buildWorkbench({ minify: false })
 */
const path = require('path');
const fs = require('fs');

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist', 'workbench');

/** Node built-ins reached by shared code paths the browser never calls (seedText's file loader). */
const nodeStubs = {
  name: 'node-stubs',
  setup(build) {
    build.onResolve({ filter: /^(fs|path)$/ }, (args) => ({ path: args.path, namespace: 'node-stub' }));
    build.onLoad({ filter: /.*/, namespace: 'node-stub' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

async function buildWorkbench(options = {}) {
  const esbuild = require('esbuild');
  const started = Date.now();
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: { main: 'src/workbench/main.tsx' },
    outdir: OUT,
    bundle: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: ['chrome100', 'edge100', 'firefox100', 'safari15'],
    minify: options.minify !== false,
    sourcemap: options.sourcemap ?? false,
    jsx: 'automatic',
    loader: { '.txt': 'text', '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.png': 'file', '.svg': 'file' },
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    chunkNames: 'chunks/[name]-[hash]',
    assetNames: 'assets/[name]-[hash]',
    tsconfig: path.join(ROOT, 'tsconfig.json'),
    plugins: [nodeStubs],
    logLevel: options.quiet ? 'silent' : 'warning',
    metafile: true,
  });
  fs.copyFileSync(path.join(ROOT, 'src', 'workbench', 'index.html'), path.join(OUT, 'index.html'));
  const bytes = Object.entries(result.metafile.outputs).reduce((n, [, o]) => n + o.bytes, 0);
  if (!options.quiet) {
    console.log(`workbench built in ${((Date.now() - started) / 1000).toFixed(1)} s → ${path.relative(ROOT, OUT)}/ (${(bytes / 1e6).toFixed(1)} MB)`);
  }
  return { outdir: OUT, bytes };
}

/** True when dist/workbench holds a build at least as new as every source file it depends on. */
function workbenchIsFresh() {
  const built = path.join(OUT, 'main.js');
  if (!fs.existsSync(built) || !fs.existsSync(path.join(OUT, 'index.html'))) return false;
  const builtAt = fs.statSync(built).mtimeMs;
  const newest = (dir) => {
    let t = 0;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }
    return t;
  };
  return newest(path.join(ROOT, 'src')) <= builtAt;
}

module.exports = { buildWorkbench, workbenchIsFresh, WORKBENCH_OUT: OUT };

if (require.main === module) {
  buildWorkbench().catch((e) => {
    console.error(e.message || e);
    process.exit(1);
  });
}
