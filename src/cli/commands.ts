/** The four commands. Each returns its exit code; text for stdout/stderr goes through `io`. */
import * as path from 'path';
import { analyzeWorkbook } from '../engine/analyze';
import { planConversion } from '../engine/convert/convert';
import { WorkbookAnalysis } from '../engine/model/analysis';
import { CheckOptions } from '../engine/model/options';
import { ProfileId } from '../engine/model/table';
import { renderTemplate } from '../engine/render/template';
import { departmentBudgetTotal, summaryPlans } from '../engine/summary';
import { HostError } from '../hosts/host';
import { XlsxHost } from '../hosts/xlsx/XlsxHost';
import { CLI_TEXT } from '../strings/cli';
import { SUMMARY } from '../strings/sheets';
import { CliError } from './errors';
import { checkJson, FileResult } from './jsonReport';
import { checkReport, countDiagnostics, formatAmount, where } from './textReport';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERRORS = 1;
export const EXIT_CANNOT_RUN = 2;

function options(profile: ProfileId): CheckOptions {
  return { profile, requireFullByYearEnd: true };
}

async function openAnalyzed(file: string, profile: ProfileId): Promise<{ host: XlsxHost; analysis: WorkbookAnalysis; sheets: string[] }> {
  const host = await XlsxHost.open(file);
  const grids = await host.readSheets();
  if (grids.length === 0) throw new CliError(CLI_TEXT.noSheets(file));
  return { host, analysis: analyzeWorkbook(grids, options(profile)), sheets: grids.map((g) => g.name) };
}

function exitFor(analysis: { diagnostics: { severity: string }[] }[]): number {
  return analysis.some((a) => a.diagnostics.some((d) => d.severity === 'error')) ? EXIT_ERRORS : EXIT_OK;
}

function checkOutputPath(input: string | null, output: string): void {
  if (input && path.resolve(input) === path.resolve(output)) throw new CliError(CLI_TEXT.outputIsInput(output));
}

export async function runCheck(files: string[], json: boolean, profile: ProfileId, io: Io): Promise<number> {
  const results: FileResult[] = [];
  let failed = false;
  for (const file of files) {
    try {
      const { analysis } = await openAnalyzed(file, profile);
      results.push({ file, tables: analysis.tables.map((t) => t.table), diagnostics: analysis.diagnostics });
    } catch (e) {
      // One unreadable file does not hide the others' results; it still makes the run exit 2.
      if (e instanceof HostError || e instanceof CliError) {
        io.err(e.message);
        failed = true;
        continue;
      }
      throw e;
    }
  }
  if (json) io.out(checkJson(profile, results));
  else if (results.length > 0) io.out(checkReport(results));
  if (failed) return EXIT_CANNOT_RUN;
  return exitFor(results);
}

export async function runConvert(input: string, output: string, profile: ProfileId, io: Io): Promise<number> {
  checkOutputPath(input, output);
  const { host, analysis, sheets } = await openAnalyzed(input, profile);
  if (analysis.tables.length === 0) throw new CliError(CLI_TEXT.noTables(input));
  const tables = analysis.tables.map((t) => t.table);
  const plans = planConversion(tables, sheets, { profile });
  await host.applyPlans(plans, { activate: plans[0]?.name });
  await host.save(output);
  const c = countDiagnostics(analysis.diagnostics);
  io.out(
    [
      CLI_TEXT.converted(plans.length, output),
      ...plans.map((p, i) => CLI_TEXT.convertedLine(p.name, where(tables[i].sheet, tables[i].range))),
      CLI_TEXT.keptOriginals(sheets.length),
      CLI_TEXT.checkCounts(c.error, c.warning, c.info),
    ].join('\n'),
  );
  return exitFor([analysis]);
}

export async function runSummarize(input: string, output: string, profile: ProfileId, io: Io): Promise<number> {
  checkOutputPath(input, output);
  const { host, analysis } = await openAnalyzed(input, profile);
  if (analysis.tables.length === 0) throw new CliError(CLI_TEXT.noTables(input));
  const tables = analysis.tables.map((t) => t.table);
  const plans = summaryPlans(tables, analysis.diagnostics, { profile });
  await host.applyPlans(plans, { replaceExisting: true, activate: SUMMARY.departmentSheet });
  await host.save(output);
  const { total, unit } = departmentBudgetTotal(tables, profile);
  const c = countDiagnostics(analysis.diagnostics);
  io.out(
    [
      CLI_TEXT.summarized(output, plans.map((p) => p.name)),
      CLI_TEXT.summaryTables(tables.length, `${formatAmount(total)} ${unit}`.trim()),
      CLI_TEXT.checkCounts(c.error, c.warning, c.info),
    ].join('\n'),
  );
  return exitFor([analysis]);
}

export async function runTemplate(output: string, profile: ProfileId, io: Io): Promise<number> {
  checkOutputPath(null, output);
  const host = XlsxHost.empty();
  const plan = renderTemplate(null, { profile, name: CLI_TEXT.templateSheet });
  const named = plan.name ? plan : { ...plan, name: CLI_TEXT.templateSheet };
  await host.applyPlans([named], { activate: named.name });
  await host.save(output);
  io.out(CLI_TEXT.templateWritten(output, named.name));
  return EXIT_OK;
}
