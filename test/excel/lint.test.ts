/**
 * Microsoft's static Office.js checks (eslint-plugin-office-addins, configured in eslint.config.mjs) over
 * src/: no errors at all, and no office-addins warnings (sync in loops, empty or navigational loads).
 * ESLint's Node API runs in a child process (scripts/lint-office.mjs): Jest's VM cannot import ESM configs.
 */
import path from 'path';
import { execFileSync } from 'child_process';

const ROOT = path.join(__dirname, '..', '..');
jest.setTimeout(300000);

interface FileResult {
  file: string;
  messages: { rule: string | null; severity: number; line: number; message: string }[];
}

function lint(args: string[], input?: string): FileResult[] {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'lint-office.mjs'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out) as FileResult[];
}

test('src/ has no lint errors and no office-addins warnings', () => {
  const results = lint(['src']);
  const problems = results.flatMap((r) =>
    r.messages
      .filter((m) => m.severity === 2 || (m.rule ?? '').startsWith('office-addins/'))
      .map((m) => `${r.file}:${m.line} ${m.rule ?? ''} ${m.message}`),
  );
  expect(problems).toEqual([]);
  expect(results.some((r) => r.file.startsWith(path.join('src', 'hosts', 'excel')))).toBe(true);
});

test('the rules are live: a read before sync and a sync in a loop are reported', () => {
  const code = `
    export async function bad(names: string[]) {
      await Excel.run(async (context) => {
        const range = context.workbook.worksheets.getItem('a').getRange('A1');
        range.load('values');
        console.log(range.values);
        for (const n of names) {
          context.workbook.worksheets.getItem(n).getRange('A1').values = [[n]];
          await context.sync();
        }
      });
    }
  `;
  const [result] = lint(['--text', 'src/hosts/excel/probe.ts'], code);
  const rules = result.messages.map((m) => m.rule);
  expect(rules).toContain('office-addins/call-sync-before-read');
  expect(rules).toContain('office-addins/no-context-sync-in-loop');
});
