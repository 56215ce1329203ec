/**
 * The files the command line writes, opened by another spreadsheet program: LibreOffice converts them to CSV
 * (every sheet) and PDF, and we read back what a user would see. Skipped only when LibreOffice is absent
 * (scripts/test.sh installs it).
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pastedWorkbook, workbookBuffer } from '../fixtures/seedWorkbooks';
import { ensureBuilt, runCli, tempDir } from './cliHarness';

function which(cmd: string): string | null {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

const soffice = which('soffice') ?? which('libreoffice');
const dir = tempDir('jixiao-lo-');
const profileDir = path.join(dir, 'lo-profile');

/** All sheets, UTF-8 (76), comma-separated; one file per sheet named "<base>-<sheet>.csv" (LibreOffice ≥ 7.2). */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function lo(args: string[]): void {
  const r = spawnSync(soffice as string, [`-env:UserInstallation=file://${profileDir}`, '--headless', ...args, '--outdir', dir], {
    encoding: 'utf8',
    timeout: 180_000,
  });
  if (r.status !== 0) throw new Error(`soffice failed: ${r.stderr}`);
}

/** Minimal RFC 4180 reader: quoted fields with doubled quotes and embedded newlines. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function sheetCsv(base: string, sheet: string): string[][] {
  const p = path.join(dir, `${base}-${sheet}.csv`);
  if (!fs.existsSync(p)) {
    throw new Error(`LibreOffice wrote no ${path.basename(p)}; files: ${fs.readdirSync(dir).join(', ')} (per-sheet CSV needs LibreOffice ≥ 7.2)`);
  }
  return parseCsv(fs.readFileSync(p, 'utf8'));
}

/** Page count and, per page, whether it is A4 portrait or landscape. */
function pdfPages(p: string): { pages: number; a4: boolean[] } {
  const isA4 = (w: number, h: number) =>
    (Math.abs(w - 595.3) < 2 && Math.abs(h - 841.9) < 2) || (Math.abs(h - 595.3) < 2 && Math.abs(w - 841.9) < 2);
  const info = which('pdfinfo') ? spawnSync('pdfinfo', ['-f', '1', '-l', '100000', p], { encoding: 'utf8' }) : null;
  if (info && info.status === 0) {
    const pages = Number(/Pages:\s+(\d+)/.exec(info.stdout)?.[1]);
    const a4 = [...info.stdout.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => isA4(Number(m[1]), Number(m[2])));
    return { pages, a4 };
  }
  // Without poppler: count page objects (not the /Pages tree nodes) and read their MediaBoxes.
  const raw = fs.readFileSync(p).toString('latin1');
  const pages = (raw.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const a4 = [...raw.matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => isA4(Number(m[1]), Number(m[2])));
  return { pages, a4 };
}

if (!soffice) {
  it('LibreOffice checks (skipped: soffice/libreoffice is not on PATH; install libreoffice-calc to run them)', () => {
    // eslint-disable-next-line no-console
    console.warn('libreoffice.test.ts skipped: LibreOffice is not installed.');
  });
} else {
  describe('files written by the command line, as LibreOffice reads them', () => {
    const input = path.join(dir, 'seed.xlsx');
    const converted = path.join(dir, 'converted.xlsx');
    const summary = path.join(dir, 'summary.xlsx');
    const template = path.join(dir, 'template.xlsx');

    beforeAll(async () => {
      ensureBuilt();
      fs.writeFileSync(input, await workbookBuffer(pastedWorkbook()));
      for (const args of [
        ['convert', input, '-o', converted],
        ['summarize', input, '-o', summary],
        ['template', '-o', template],
      ]) {
        const r = runCli(args);
        if (r.code === 2) throw new Error(r.stderr);
      }
    }, 300_000);
    afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('shows the department total 195 in the summary totals row', () => {
      lo(['--convert-to', CSV_ALL_SHEETS, summary]);
      const rows = sheetCsv('summary', '部门汇总');
      expect(rows[0].slice(0, 4)).toEqual(['序号', '项目编码', '项目名称', '预算数']);
      const total = rows.find((r) => r[0] === '合计');
      expect(total).toBeDefined();
      expect(Number(total![3])).toBeCloseTo(195, 6);
      expect(Number(total![4])).toBeCloseTo(195, 6);
      const projects = rows.filter((r) => /^\d+$/.test(r[0]));
      expect(projects).toHaveLength(12);
      expect(projects[0].slice(1, 4)).toEqual(['13032423P00442810053A', '食品安全业务经费', '5']);
      expect(fs.existsSync(path.join(dir, 'summary-指标汇总.csv'))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'summary-校验结果.csv'))).toBe(true);
    }, 200_000);

    it('shows a converted table cell for cell, and the original sheet unchanged', () => {
      lo(['--convert-to', CSV_ALL_SHEETS, converted]);
      const rows = sheetCsv('converted', '食品安全业务经费');
      const find = (label: string) => rows.find((r) => r.includes(label)) ?? [];
      expect(rows[0][0]).toBe('1.食品安全业务经费绩效目标表');
      const code = find('项目编码');
      expect(code[code.indexOf('项目编码') + 1]).toBe('13032423P00442810053A');
      const budget = find('预算数');
      expect(Number(budget[budget.indexOf('预算数') + 1])).toBe(5);
      const labels = find('3月底');
      const percents = rows[rows.indexOf(labels) + 1];
      expect(percents.slice(1, 5)).toEqual(['50%', '100%', '100%', '100%']);
      const first = find('抽检批次');
      expect(first.slice(0, 6)).toEqual(['产出指标', '数量指标', '抽检批次', '抽检批次', '≥130批次', '年度工作计划']);
      const original = sheetCsv('converted', 'Sheet1');
      expect(original.some((r) => r[0] === '1.食品安全业务经费绩效目标表')).toBe(true);
      expect(original.some((r) => r[1] === ' 100%' || r[3] === ' 100%')).toBe(true);
    }, 200_000);

    it('converts a workbook LibreOffice itself wrote, and reads the result back the same way', () => {
      // A package from another writer (its own styles, sheet views, properties) gets the new sheets appended.
      const sub = path.join(dir, 'resave');
      fs.mkdirSync(sub, { recursive: true });
      fs.copyFileSync(input, path.join(sub, 'resaved.xlsx'));
      const r0 = spawnSync(soffice as string, [`-env:UserInstallation=file://${profileDir}`, '--headless', '--convert-to', 'xlsx:Calc MS Excel 2007 XML', path.join(sub, 'resaved.xlsx'), '--outdir', dir], {
        encoding: 'utf8',
        timeout: 180_000,
      });
      expect(r0.status).toBe(0);
      const resaved = path.join(dir, 'resaved.xlsx');
      const out = path.join(dir, 'resaved-converted.xlsx');
      const r = runCli(['convert', resaved, '-o', out]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      lo(['--convert-to', CSV_ALL_SHEETS, out]);
      const rows = sheetCsv('resaved-converted', '食品安全业务经费');
      expect(rows[0][0]).toBe('1.食品安全业务经费绩效目标表');
      const code = rows.find((row) => row.includes('项目编码')) ?? [];
      expect(code[code.indexOf('项目编码') + 1]).toBe('13032423P00442810053A');
      expect(sheetCsv('resaved-converted', 'Sheet1').some((row) => row[0] === '1.食品安全业务经费绩效目标表')).toBe(true);
      lo(['--convert-to', 'pdf', out]);
      const { a4 } = pdfPages(path.join(dir, 'resaved-converted.pdf'));
      expect(a4.filter(Boolean).length).toBeGreaterThanOrEqual(12);
    }, 300_000);

    it('prints the empty template on exactly one A4 page', () => {
      lo(['--convert-to', 'pdf', template]);
      const { pages, a4 } = pdfPages(path.join(dir, 'template.pdf'));
      expect(pages).toBe(1);
      expect(a4).toEqual([true]);
    }, 200_000);

    it('prints the converted workbook and the summary to PDF', () => {
      lo(['--convert-to', 'pdf', converted]);
      lo(['--convert-to', 'pdf', summary]);
      for (const f of ['converted.pdf', 'summary.pdf']) {
        const { pages, a4 } = pdfPages(path.join(dir, f));
        expect(pages).toBeGreaterThanOrEqual(2);
        // The pasted original keeps its own (default) paper; the sheets the add-in wrote are A4.
        expect(a4.filter(Boolean).length).toBeGreaterThanOrEqual(f === 'converted.pdf' ? 12 : 3);
      }
    }, 300_000);
  });
}
