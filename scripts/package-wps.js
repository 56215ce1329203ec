#!/usr/bin/env node
/**
 * Assembles the WPS 表格 add-in in dist/wps/ and the offline package dist/wps-package/jixiao_<version>.zip.
 *
 *   npx webpack --config-name wps   # builds taskpane.html / taskpane.js / wps-entry.js into dist/wps/
 *   node scripts/package-wps.js     # copies the shell files, checks them, writes the zip
 *
 * Without a webpack build the entry script is built here with esbuild (the ribbon works; the task pane
 * needs the webpack build and the script says so). The zip holds one folder, jixiao_<version>/, to unpack
 * into the jsaddons folder; jsplugins.xml inside the zip registers it (docs/wps-addin.md).
 *
 * Options: --url=<http(s)://…/>  also writes dist/wps-package/jsplugins.xml and publish.xml for an online
 *          add-in at that URL (must end in /).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const SRC = path.join(ROOT, 'wps');
/** JIXIAO_DIST moves the output (tests write to a temporary folder). */
const DIST = process.env.JIXIAO_DIST ? path.resolve(process.env.JIXIAO_DIST) : path.join(ROOT, 'dist');
const OUT = path.join(DIST, 'wps');
const PKG_OUT = path.join(DIST, 'wps-package');
const NAME = 'jixiao';
const VERSION = require(path.join(ROOT, 'package.json')).version;
/** The shell files WPS fetches first. */
const SHELL = ['ribbon.xml', 'manifest.xml', 'index.html'];

function copyShell() {
  fs.mkdirSync(path.join(OUT, 'images'), { recursive: true });
  for (const f of SHELL) fs.copyFileSync(path.join(SRC, f), path.join(OUT, f));
  for (const f of fs.readdirSync(path.join(SRC, 'images'))) {
    fs.copyFileSync(path.join(SRC, 'images', f), path.join(OUT, 'images', f));
  }
  const ribbon = fs.readFileSync(path.join(OUT, 'ribbon.xml'), 'utf8');
  // WPS's publish page refuses a ribbon that does not start with <customUI (no XML declaration, no BOM).
  if (!ribbon.startsWith('<customUI')) throw new Error('wps/ribbon.xml must start with <customUI');
}

/** Builds dist/wps/wps-entry.js with esbuild when webpack has not (same output name and format). */
async function ensureEntry(force) {
  const target = path.join(OUT, 'wps-entry.js');
  if (!force && fs.existsSync(target)) return false;
  const esbuild = require('esbuild');
  await esbuild.build({
    entryPoints: [path.join(ROOT, 'src', 'hosts', 'wps', 'entry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    // WPS embeds an old Chromium (research §2): no newer syntax.
    target: 'es2018',
    outfile: target,
    logLevel: 'warning',
  });
  return true;
}

/** Every file under dir, as paths relative to it (source maps left out of the package). */
function listFiles(dir, base = dir) {
  const out = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listFiles(full, base));
    else if (!entry.name.endsWith('.map')) out.push(path.relative(base, full).split(path.sep).join('/'));
  }
  return out.sort();
}

function jsplugins(url, online) {
  const entry = online
    ? `  <jspluginonline name="${NAME}" type="et" url="${url}" enable="enable_dev" install="null"/>`
    : `  <jsplugin name="${NAME}" type="et" url="${NAME}_${VERSION}" version="${VERSION}" enable="enable_dev" install="null" customDomain=""/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<jsplugins>\n${entry}\n</jsplugins>\n`;
}

async function writeZip() {
  const JSZip = require('jszip');
  const zip = new JSZip();
  const folder = zip.folder(`${NAME}_${VERSION}`);
  const files = listFiles(OUT);
  for (const rel of files) folder.file(rel, fs.readFileSync(path.join(OUT, rel)));
  zip.file('jsplugins.xml', jsplugins('', false));
  fs.mkdirSync(PKG_OUT, { recursive: true });
  const file = path.join(PKG_OUT, `${NAME}_${VERSION}.zip`);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
  fs.writeFileSync(file, buf);
  return { file, files };
}

async function main(argv) {
  const urlArg = argv.find((a) => a.startsWith('--url='));
  const url = urlArg ? urlArg.slice('--url='.length) : null;
  if (url && !/^https?:\/\/.+\/$/.test(url)) throw new Error(`--url must be an http(s) URL ending in /: ${url}`);
  copyShell();
  const built = await ensureEntry(argv.includes('--rebuild-entry'));
  if (built) console.log('[package-wps] built dist/wps/wps-entry.js with esbuild');
  if (!fs.existsSync(path.join(OUT, 'taskpane.html'))) {
    console.warn('[package-wps] dist/wps/taskpane.html is missing: run `npx webpack --config-name wps` first, or 打开助手 has no page to open.');
  }
  const { file, files } = await writeZip();
  console.log(`[package-wps] ${file} (${files.length} files)`);
  if (url) {
    fs.writeFileSync(path.join(PKG_OUT, 'jsplugins.xml'), jsplugins(url, true));
    fs.writeFileSync(path.join(PKG_OUT, 'publish.xml'), jsplugins(url, true));
    console.log(`[package-wps] dist/wps-package/jsplugins.xml and publish.xml for ${url}`);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e) => {
    console.error(`[package-wps] ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  });
}

module.exports = { main, listFiles, jsplugins, NAME, VERSION, OUT, PKG_OUT };
