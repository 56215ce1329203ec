/**
 * Browser builds of the add-in (`npm run build:web`, `npm start`).
 *
 * The config is a list of *targets*; each target is one webpack config with its own entries, pages and
 * output folder, so hosts stay independent (the Excel page never ships WPS code):
 *
 *   excel   → dist/            taskpane.html, commands.html, help.html, assets/, office-js/, manifest.xml
 *
 * Adding a target (WPS → dist/wps/, Univer workbench → dist/workbench/): write one more
 * `target({ name, outDir, entries, pages, copy })` call in TARGETS below. `entries` maps chunk names to
 * source files, `pages` lists HTML pages (template + the entry chunks they load), `copy` lists static
 * files. Everything else (TypeScript, Griffel styles precomputed into one stylesheet, minification, hashing,
 * office.js handling) is shared.
 *
 * Environment:
 *   JIXIAO_URL          production origin + path the add-in is served from, e.g.
 *                       https://intranet.example.gov.cn/jixiao/ – replaces https://localhost:3000/ in the
 *                       manifest. Must be https. Without it the manifest keeps localhost (a warning says so).
 *   JIXIAO_OFFICE_JS    "local" (default): office.js is copied from @microsoft/office-js into
 *                       dist/office-js/ and loaded from there (works on intranets without internet);
 *                       "cdn": pages load https://appsforoffice.microsoft.com/lib/1/hosted/office.js.
 *   JIXIAO_HTTPS_KEY / JIXIAO_HTTPS_CERT   PEM files; when both are set `npm start` serves https (Office
 *                       needs https to sideload); otherwise the dev server is plain http on port 3000.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const TerserPlugin = require('terser-webpack-plugin');
const MiniCssExtractPlugin = require('mini-css-extract-plugin');
const { GriffelCSSExtractionPlugin } = require('@griffel/webpack-extraction-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';
const CDN_OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = 'office-js/office.js';
const OFFICE_JS_DIST = path.join(__dirname, 'node_modules', '@microsoft', 'office-js', 'dist');

function productionUrl() {
  const raw = process.env.JIXIAO_URL;
  if (!raw) return null;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`JIXIAO_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== 'https:') throw new Error(`JIXIAO_URL must be https (Office loads add-ins only over https): ${raw}`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/** office.js and the files it loads next to itself (host scripts, strings per locale, telemetry). */
function officeJsCopyPatterns(outPrefix) {
  const to = (sub) => path.join(outPrefix, 'office-js', sub);
  const ignore = ['**/*.debug.js', '**/*-vsdoc.js', '**/outlook_strings.js'];
  return [
    { from: 'office.js', context: OFFICE_JS_DIST, to: to('') },
    { from: 'o15apptofilemappingtable.js', context: OFFICE_JS_DIST, to: to('') },
    { from: 'es6-promise.js', context: OFFICE_JS_DIST, to: to('') },
    { from: 'excel*.js', context: OFFICE_JS_DIST, to: to(''), globOptions: { ignore } },
    { from: '*/office_strings.js', context: OFFICE_JS_DIST, to: to(''), globOptions: { ignore } },
    { from: 'telemetry/*.js', context: OFFICE_JS_DIST, to: to(''), globOptions: { ignore } },
    { from: 'ariatelemetry/*.js', context: OFFICE_JS_DIST, to: to('') },
    { from: 'agaveerrorux/**/*', context: OFFICE_JS_DIST, to: to('') },
  ];
}

/**
 * V8's explicit compile hint (Chrome/Edge/WebView2 136+; a plain comment elsewhere): `//# allFunctionsCalledOnLoad`
 * on the first line makes V8 compile every function of the file on a background thread while the file
 * streams in, instead of compiling each one on the main thread at its first call. Worth it only for code
 * that runs at start-up, so it goes on the chunks of the named chunk groups – the page's entry, whose code
 * the first render runs – not on the host chunk (loaded after the first render) or the lazily loaded panels.
 * Added after minification (Terser would drop the comment) and before the source maps are written (they
 * shift by the one line).
 */
class CompileHintPlugin {
  constructor(groups) {
    this.groups = new Set(groups);
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('CompileHintPlugin', (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: 'CompileHintPlugin', stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1 },
        () => {
          for (const chunk of compilation.chunks) {
            if (![...chunk.groupsIterable].some((g) => this.groups.has(g.name))) continue;
            for (const file of chunk.files) {
              if (!file.endsWith('.js')) continue;
              compilation.updateAsset(file, (old) => new sources.ConcatSource('//# allFunctionsCalledOnLoad\n', old));
            }
          }
        },
      );
    });
  }
}

/**
 * `<link rel="preload" as="script">` in <head> for each page's own deferred scripts. A deferred script is a
 * low-priority request, which Chromium holds back while the render-blocking stylesheet is loading; the
 * preload asks for it at once, so script and stylesheet download side by side.
 */
class PreloadScriptsPlugin {
  apply(compiler) {
    compiler.hooks.compilation.tap('PreloadScriptsPlugin', (compilation) => {
      HtmlWebpackPlugin.getHooks(compilation).alterAssetTagGroups.tap('PreloadScriptsPlugin', (data) => {
        const preloads = data.bodyTags
          .filter((t) => t.tagName === 'script' && t.attributes && t.attributes.defer && t.attributes.src)
          .map((t) => ({
            tagName: 'link',
            voidTag: true,
            meta: t.meta,
            attributes: { rel: 'preload', as: 'script', href: t.attributes.src },
          }));
        data.headTags.unshift(...preloads);
        return data;
      });
    });
  }
}

/** HTML page whose office.js <script> points at the bundled copy or the CDN. */
function page({ template, filename, chunks, officeJs }) {
  return new HtmlWebpackPlugin({
    filename,
    chunks,
    inject: 'body',
    scriptLoading: 'defer',
    minify: false,
    templateContent: () => {
      const html = fs.readFileSync(path.join(__dirname, template), 'utf8');
      return officeJs ? html.split(CDN_OFFICE_JS).join(officeJs) : html;
    },
  });
}

function target({ name, outDir, entries, pages, copy, mode, officeJs, dev, startupChunks = [] }) {
  return {
    name,
    mode,
    entry: entries,
    target: ['web', 'es2019'],
    devtool: mode === 'production' ? 'source-map' : 'eval-cheap-module-source-map',
    output: {
      path: path.join(__dirname, outDir),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      // Relative URLs: the same dist/ works under any origin and path (JIXIAO_URL).
      publicPath: 'auto',
      // dist/ holds the other targets' folders (dist/wps/ …); the root target must not wipe them.
      clean: outDir === 'dist' ? { keep: /^(wps|workbench)[\\/]/ } : true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [
        // Griffel at build time (Fluent UI's documented setup): our makeStyles calls are turned into
        // precomputed class names by @griffel/webpack-loader, and the CSS of those and of Fluent's own
        // (already precomputed) styles is moved into one stylesheet, so the first render neither computes
        // nor inserts CSS rules. Loaders run bottom-up: TypeScript first, then the Griffel transforms.
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            { loader: GriffelCSSExtractionPlugin.loader },
            { loader: '@griffel/webpack-loader' },
            { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.web.json' } },
          ],
        },
        {
          test: /\.m?js$/,
          include: /[\\/]node_modules[\\/]@fluentui[\\/]/,
          use: { loader: GriffelCSSExtractionPlugin.loader },
        },
        { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
      ],
    },
    plugins: [
      ...pages.map((p) => page({ ...p, officeJs })),
      new PreloadScriptsPlugin(),
      ...(copy.length ? [new CopyWebpackPlugin({ patterns: copy })] : []),
      // Griffel sorts its rules itself; the order warnings of mini-css-extract-plugin do not apply.
      new MiniCssExtractPlugin({
        filename: '[name].[contenthash:8].css',
        chunkFilename: '[name].[contenthash:8].css',
        ignoreOrder: true,
      }),
      new GriffelCSSExtractionPlugin(),
      ...(mode === 'production' && startupChunks.length ? [new CompileHintPlugin(startupChunks)] : []),
    ],
    performance: { hints: false },
    // Our bundles only: the copied office.js files ship as Microsoft built them.
    optimization: { minimizer: [new TerserPlugin({ exclude: /office-js[\\/]/, extractComments: false })] },
    devServer: dev,
  };
}

/**
 * WPS 表格 add-in → dist/wps/: index.html + wps-entry.js (ribbon callbacks), taskpane.html (the shared UI
 * without office.js), ribbon.xml, manifest.xml (<JsPlugin>), images/. WPS resolves ribbon callbacks on
 * index.html before deferred scripts would run, so wps/index.html loads wps-entry.js itself under a fixed
 * name (no hash: WPS refetches the shell files each start anyway). scripts/package-wps.js zips the result.
 */
function wpsTarget(mode, dev) {
  const config = target({
    name: 'wps',
    outDir: 'dist/wps',
    mode,
    officeJs: null,
    dev,
    startupChunks: ['taskpane'],
    entries: {
      'wps-entry': './src/hosts/wps/entry.ts',
      taskpane: './src/taskpane/wpsIndex.tsx',
    },
    pages: [{ template: 'src/taskpane/wps.html', filename: 'taskpane.html', chunks: ['taskpane'] }],
    copy: [
      { from: 'wps/ribbon.xml', to: 'ribbon.xml' },
      { from: 'wps/manifest.xml', to: 'manifest.xml' },
      { from: 'wps/index.html', to: 'index.html' },
      { from: 'wps/images/*.png', to: 'images/[name][ext]' },
    ],
  });
  config.output.filename = '[name].js';
  return config;
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const officeJsMode = process.env.JIXIAO_OFFICE_JS || 'local';
  if (!['local', 'cdn'].includes(officeJsMode)) throw new Error(`JIXIAO_OFFICE_JS must be "local" or "cdn", not ${officeJsMode}`);
  const officeJs = officeJsMode === 'cdn' ? CDN_OFFICE_JS : LOCAL_OFFICE_JS;
  const origin = productionUrl();
  if (mode === 'production' && !origin) {
    console.warn('[jixiao] JIXIAO_URL is not set: dist/manifest.xml keeps https://localhost:3000/ (fine for local sideloading only).');
  }

  const key = process.env.JIXIAO_HTTPS_KEY;
  const cert = process.env.JIXIAO_HTTPS_CERT;
  const dev = {
    port: 3000,
    host: 'localhost',
    hot: false,
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: false,
    server: key && cert ? { type: 'https', options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } } : 'http',
  };

  const TARGETS = [
    target({
      name: 'excel',
      outDir: 'dist',
      mode,
      officeJs,
      dev,
      startupChunks: ['taskpane'],
      entries: {
        taskpane: './src/taskpane/index.tsx',
        commands: './src/commands/commands.ts',
      },
      pages: [
        { template: 'src/taskpane/taskpane.html', filename: 'taskpane.html', chunks: ['taskpane'] },
        { template: 'src/commands/commands.html', filename: 'commands.html', chunks: ['commands'] },
        { template: 'src/commands/help.html', filename: 'help.html', chunks: [] },
      ],
      copy: [
        { from: 'assets/icon-*.png', to: 'assets/[name][ext]' },
        {
          from: 'manifest.xml',
          to: 'manifest.xml',
          transform: (content) => (origin ? content.toString().split(DEV_ORIGIN).join(origin) : content),
        },
        ...(officeJsMode === 'local' ? officeJsCopyPatterns('') : []),
      ],
    }),
    // Extension point: WPS (dist/wps/) and the Univer workbench add their target() calls here.
    wpsTarget(mode, dev),
  ];

  // `webpack --config-name excel` builds one target; `webpack serve` serves the first.
  return TARGETS;
};
