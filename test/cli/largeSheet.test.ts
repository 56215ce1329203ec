/** A sheet of 100,000 rows: the command line must finish, report, and not crash or run out of memory. */
import * as fs from 'fs';
import * as path from 'path';
import { stream } from 'exceljs';
import { perSheetSeedGrids } from '../fixtures/seedGrids';
import { ensureBuilt, runCli, tempDir } from './cliHarness';

const ROWS = 100_000;
const dir = tempDir('jixiao-large-');
const input = path.join(dir, 'large.xlsx');

beforeAll(async () => {
  ensureBuilt();
  // Streamed, so the fixture itself does not need the memory the test is about.
  const wb = new stream.xlsx.WorkbookWriter({ filename: input, useSharedStrings: true });
  const ws = wb.addWorksheet('台账');
  const seed = perSheetSeedGrids()[0];
  for (const row of seed.values) ws.addRow(row.map((v) => (v === null ? undefined : v))).commit();
  ws.addRow([]).commit();
  for (let i = seed.values.length + 2; i <= ROWS; i++) {
    ws.addRow([i, `事项${i}`, `说明文字 ${i % 97}`, i % 7 === 0 ? null : i * 1.5]).commit();
  }
  ws.commit();
  await wb.commit();
}, 300_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it(
  'checks and converts a 100,000-row sheet without crashing',
  () => {
    const t0 = Date.now();
    const check = runCli(['check', input, '--json'], {}, 280_000);
    const checkMs = Date.now() - t0;
    expect(check.stderr).toBe('');
    expect([0, 1]).toContain(check.code);
    const doc = JSON.parse(check.stdout) as { files: { tables: { projectCode: string }[] }[] };
    expect(doc.files[0].tables.map((t) => t.projectCode)).toContain('13032423P00442810053A');

    const out = path.join(dir, 'large-out.xlsx');
    const convert = runCli(['convert', input, '-o', out], {}, 280_000);
    expect(convert.stderr).toBe('');
    expect([0, 1]).toContain(convert.code);
    expect(fs.statSync(out).size).toBeGreaterThan(fs.statSync(input).size / 2);
    // Visible in the test log, so regressions in speed are noticed.
    // eslint-disable-next-line no-console
    console.log(`100,000 rows: check ${checkMs} ms`);
  },
  600_000,
);
