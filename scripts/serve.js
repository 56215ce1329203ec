#!/usr/bin/env node
/**
 * `npm start`: serves dist/ over http (https when JIXIAO_HTTPS_KEY and JIXIAO_HTTPS_CERT name PEM files)
 * and prints where to go. Builds first what is missing: the browser workbench (dist/workbench/, rebuilt when
 * src/ is newer) and the Excel/WPS task panes (dist/taskpane.html, via webpack) – so a machine without
 * Excel only needs `npm start` and a browser.
 *
 *   PORT=3000 (default)   HOST=localhost (default)   JIXIAO_SKIP_WEB=1 skips the webpack build
 *
 * `serveStatic(root, { port, host })` is reused by the end-to-end tests and the workbench bench.
 */
const fs = require('fs');
const http = require('http');
const https = require('https');
const path = require('path');
const { spawnSync } = require('child_process');

const ROOT = path.resolve(__dirname, '..');
const DIST = path.join(ROOT, 'dist');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
};

/** A file under `root` for a URL path, or null (outside root, missing). Directories give index.html. */
function resolveFile(root, urlPath) {
  let p;
  try {
    p = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const full = path.resolve(root, `.${path.posix.normalize(`/${p}`)}`);
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    const st = fs.statSync(full);
    if (st.isDirectory()) {
      const index = path.join(full, 'index.html');
      return fs.existsSync(index) ? index : null;
    }
    return st.isFile() ? full : null;
  } catch {
    return null;
  }
}

function handler(root) {
  return (req, res) => {
    const url = req.url || '/';
    if (url === '/' || url === '/workbench') {
      res.writeHead(302, { Location: '/workbench/' });
      res.end();
      return;
    }
    const file = resolveFile(root, url);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    res.writeHead(200, {
      'Content-Type': type,
      'Content-Length': fs.statSync(file).size,
      'Cache-Control': 'no-cache',
      'Access-Control-Allow-Origin': '*',
      'X-Content-Type-Options': 'nosniff',
    });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

/** Serves `root`; resolves to the server and its base URL once listening. Port 0 picks a free port. */
function serveStatic(root, { port = 3000, host = 'localhost', tls = null } = {}) {
  const server = tls ? https.createServer(tls, handler(path.resolve(root))) : http.createServer(handler(path.resolve(root)));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const shownHost = host === '127.0.0.1' || host === 'localhost' ? host : addr.address;
      resolve({ server, url: `${tls ? 'https' : 'http'}://${shownHost}:${addr.port}/` });
    });
  });
}

async function main() {
  const { buildWorkbench, workbenchIsFresh } = require('./build-workbench');
  if (!workbenchIsFresh()) {
    console.log('正在构建浏览器工作台（首次约 20 秒）…');
    await buildWorkbench();
  }
  if (!fs.existsSync(path.join(DIST, 'taskpane.html')) && !process.env.JIXIAO_SKIP_WEB) {
    console.log('正在构建 Excel / WPS 任务窗格（webpack）…');
    const r = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) console.warn('任务窗格构建失败；浏览器工作台仍可使用。');
  }
  const key = process.env.JIXIAO_HTTPS_KEY;
  const cert = process.env.JIXIAO_HTTPS_CERT;
  const tls = key && cert ? { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } : null;
  const port = Number(process.env.PORT || 3000);
  const host = process.env.HOST || 'localhost';
  let served;
  try {
    served = await serveStatic(DIST, { port, host, tls });
  } catch (e) {
    if (e && e.code === 'EADDRINUSE') {
      console.error(`端口 ${port} 已被占用。请关闭占用它的程序，或换一个端口：PORT=3001 npm start`);
      process.exit(1);
    }
    throw e;
  }
  const { url } = served;
  console.log('');
  console.log(`  浏览器工作台（无需 Excel / WPS）：${url}workbench/`);
  console.log(`  Excel 加载项清单：${path.join(DIST, 'manifest.xml')}（任务窗格 ${url}taskpane.html${tls ? '' : '；Excel 旁加载需要 https，请设置 JIXIAO_HTTPS_KEY / JIXIAO_HTTPS_CERT'}）`);
  if (fs.existsSync(path.join(DIST, 'wps', 'manifest.xml'))) console.log(`  WPS 加载项：${url}wps/`);
  console.log('');
  console.log('  按 Ctrl+C 停止。');
}

module.exports = { serveStatic, resolveFile, DIST };

if (require.main === module) {
  main().catch((e) => {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
}
