/** The readable Chinese report of `check`: tables found, diagnostics by severity, totals. */
import { Diagnostic, Severity } from '../engine/model/diagnostic';
import { CLI_TEXT } from '../strings/cli';
import { FileResult } from './jsonReport';

export type Counts = Record<Severity, number>;

export function countDiagnostics(diagnostics: Diagnostic[]): Counts {
  const c: Counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) c[d.severity]++;
  return c;
}

/** Numbers as people write amounts: no binary noise, no trailing zeros. */
export function formatAmount(n: number): string {
  return String(Math.round(n * 1e6) / 1e6);
}

/** "Sheet1!B7"; names with spaces or punctuation quoted as Excel does. */
export function where(sheet: string, cell: string): string {
  return /^[\p{L}\p{N}_.]+$/u.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function fileReport(result: FileResult): string[] {
  const lines: string[] = [CLI_TEXT.fileHeading(result.file), CLI_TEXT.tablesFound(result.tables.length)];
  result.tables.forEach((t, i) => {
    const budget =
      t.budget.total === null ? CLI_TEXT.budgetMissing : CLI_TEXT.budgetValue(formatAmount(t.budget.total), t.moneyUnit);
    lines.push(CLI_TEXT.tableLine(i + 1, where(t.sheet, t.range), t.projectName, t.projectCode, budget));
  });
  const counts = countDiagnostics(result.diagnostics);
  for (const s of SEVERITIES) {
    lines.push(CLI_TEXT.severityCount(CLI_TEXT.severityHeading[s], counts[s]));
    for (const d of result.diagnostics) {
      if (d.severity === s) lines.push(CLI_TEXT.diagnosticLine(where(d.sheet, d.cell), d.rule, d.message));
    }
  }
  lines.push(CLI_TEXT.fileTotals(result.tables.length, counts.error, counts.warning, counts.info));
  return lines;
}

export function checkReport(results: FileResult[]): string {
  const blocks = results.map((r) => fileReport(r).join('\n'));
  const all = countDiagnostics(results.flatMap((r) => r.diagnostics));
  const tables = results.reduce((n, r) => n + r.tables.length, 0);
  const tail: string[] = [];
  if (results.length > 1) tail.push(CLI_TEXT.grandTotals(results.length, tables, all.error, all.warning, all.info));
  if (results.length > 0) tail.push(all.error > 0 ? CLI_TEXT.verdictErrors(all.error) : CLI_TEXT.verdictOk);
  return [...blocks, tail.join('\n')].filter((b) => b !== '').join('\n\n');
}
