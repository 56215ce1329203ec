/**
 * Runs the real command line (`node bin/jixiao.js`) against lib/, compiled once with `tsc -p
 * tsconfig.build.json` (a lock directory keeps parallel jest workers from compiling at the same time; a stamp
 * skips compiling when lib/ is newer than every source file).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

export const ROOT = path.resolve(__dirname, '..', '..');
const LOCK = path.join(ROOT, 'lib', '.build-lock');
const MAIN = path.join(ROOT, 'lib', 'cli', 'main.js');

function newestMtime(dir: string): number {
  let newest = 0;
  if (!fs.existsSync(dir)) return 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (e.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function ensureBuilt(): void {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch {
      // A lock older than three minutes belongs to a crashed run.
      try {
        if (Date.now() - fs.statSync(LOCK).mtimeMs > 180_000) fs.rmSync(LOCK, { recursive: true, force: true });
      } catch {
        /* lock vanished meanwhile */
      }
      if (Date.now() > deadline) throw new Error('timed out waiting for the build lock');
      sleep(200);
    }
  }
  try {
    const built = fs.existsSync(MAIN) ? fs.statSync(MAIN).mtimeMs : 0;
    const sources = Math.max(newestMtime(path.join(ROOT, 'src')), fs.statSync(path.join(ROOT, 'tsconfig.build.json')).mtimeMs);
    if (built < sources) {
      // tsc still emits when someone else's file has a type error; the typecheck step reports those.
      const r = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (!fs.existsSync(MAIN)) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
      fs.utimesSync(MAIN, new Date(), new Date());
    }
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], env: Record<string, string> = {}, timeout = 120_000): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'jixiao.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, JIXIAO_DEBUG: '', ...env },
    timeout,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** One line, Chinese, and nothing that looks like a stack trace. */
export function expectOneChineseLine(stderr: string): void {
  const lines = stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
  expect(stderr).not.toMatch(/\n\s+at |Error:|node:internal/);
}
