#!/usr/bin/env node
/**
 * The engine against a bare pass over the same cells, measured in a process that does nothing else:
 * `node scripts/bench/engineRatio.js <file.xlsx>` reads the workbook's grids through the xlsx host, then
 * times the engine (locate + read + check) as the task pane's live check runs it, again and again on grids
 * already read. It prints one line of JSON. scripts/bench.js runs it in several fresh processes.
 *
 * Why a process of its own: in the process that has just written the benchmark workbook with ExcelJS, the
 * engine's code runs up to 1.6× slower with everything in cache (measured: 12 sheets again and again, 200 µs
 * → 330 µs, the bare pass unchanged), and the bare pass over the 200 sheets runs faster than anywhere else
 * (0.21 against 0.3–0.6 ms); a figure about the engine should not depend on what the benchmark did before.
 */
'use strict';
const path = require('path');
const { performance } = require('perf_hooks');
const lib = path.resolve(__dirname, '..', '..', 'lib');
const { analyzeWorkbook } = require(path.join(lib, 'engine', 'analyze.js'));
const { XlsxHost } = require(path.join(lib, 'hosts', 'xlsx', 'XlsxHost.js'));

const OPTIONS = { profile: 'hebei-2023', requireFullByYearEnd: true };

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median time of `runs` calls of fn, and the last result (kept alive, as the task pane keeps its last analysis). */
function time(fn, runs) {
  const ts = [];
  let result;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = fn();
    ts.push(performance.now() - t0);
  }
  return { ms: median(ts), result };
}

/** What any reader must do at least: visit every cell and look at its text. */
function bare(grids) {
  let n = 0;
  for (const g of grids) {
    for (const row of g.values) {
      if (!row) continue;
      for (const v of row) {
        if (v === null || v === undefined) continue;
        n += typeof v === 'string' ? v.trim().length : 1;
      }
    }
  }
  return n;
}

function spread(xs) {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}

/**
 * The engine and the bare pass, measured in alternating rounds so that both see the same machine: on a
 * shared virtual machine the speed of memory-bound code drifts by up to 2× within seconds, and two blocks
 * measured one after the other compared different machines. Each round times the engine 3 times, then
 * the bare pass 7 times after 15 untimed passes (so it runs warm, as in a loop of its own: the strict
 * comparison). Figures are medians over the rounds; the ratio is the median of the rounds' ratios.
 */
function engineAgainstBarePass(grids, rounds = 11) {
  const engineRuns = [];
  const barePasses = [];
  const ratios = [];
  let result;
  for (let k = 0; k < rounds; k++) {
    const e = time(() => analyzeWorkbook(grids, OPTIONS), 3);
    result = e.result;
    for (let i = 0; i < 15; i++) bare(grids);
    const b = time(() => bare(grids), 7);
    engineRuns.push(e.ms);
    barePasses.push(b.ms);
    ratios.push(e.ms / b.ms);
  }
  return { engineMs: median(engineRuns), passMs: median(barePasses), ratio: spread(ratios), result };
}

/**
 * The same ratio with memory out of the picture: 12 sheets (one of each seed table) analysed again and
 * again, so their cells and the engine's data stay in the processor's caches, alternating with bare passes
 * over the same 12 sheets. Shows how much of the gap is computation.
 */
function inCacheRatio(grids, rounds = 41) {
  const few = grids.slice(0, 12);
  // About 3 ms per timed block for each side, so that a collection or a timer tick weighs the same on both.
  const engineReps = 20;
  const bareReps = 150;
  const engine = () => {
    for (let i = 0; i < engineReps; i++) analyzeWorkbook(few, OPTIONS);
  };
  const pass = () => {
    for (let i = 0; i < bareReps; i++) bare(few);
  };
  for (let i = 0; i < 30; i++) {
    engine();
    pass();
  }
  const ratios = [];
  for (let k = 0; k < rounds; k++) ratios.push(time(engine, 1).ms / engineReps / (time(pass, 1).ms / bareReps));
  return spread(ratios);
}

/**
 * Everything the benchmark reports about the engine, for grids already read. The first pass is what one
 * `check` run pays (cold JIT, empty text caches); the live check in the task pane runs the same code again
 * and again, so the ratio is taken in steady state: V8 needs about 20 passes over this much code before its
 * optimised versions settle.
 */
function measureEngine(grids) {
  const cold = time(() => analyzeWorkbook(grids, OPTIONS), 1);
  for (let i = 0; i < 30; i++) analyzeWorkbook(grids, OPTIONS);
  for (let i = 0; i < 30; i++) bare(grids);
  const steady = engineAgainstBarePass(grids);
  const cached = inCacheRatio(grids);
  return {
    coldMs: cold.ms,
    engineMs: steady.engineMs,
    passMs: steady.passMs,
    ratio: steady.ratio,
    cached,
    tables: steady.result.tables.length,
  };
}

module.exports = { measureEngine, median, time, OPTIONS };

if (require.main === module) {
  (async () => {
    const host = await XlsxHost.open(process.argv[2]);
    const grids = await host.readSheets();
    process.stdout.write(`${JSON.stringify(measureEngine(grids))}\n`);
  })().catch((e) => {
    console.error(e && e.stack ? e.stack : e);
    process.exit(2);
  });
}
