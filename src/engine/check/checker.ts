/** The checker: every rule of rules.md over one table or a whole workbook. */
import { Diagnostic } from '../model/diagnostic';
import { SheetAnalysis } from '../model/analysis';
import { CheckOptions } from '../model/options';
import { ReadTable } from '../model/table';
import { checkBudget } from './rules/budget';
import { RuleContext } from './rules/context';
import { checkMissingBlocks, checkUnclaimed } from './rules/department';
import { checkHierarchy } from './rules/hierarchy';
import { checkDuplicateCodes, checkProject } from './rules/project';
import { checkSpendPlan } from './rules/spendPlan';
import { checkValues } from './rules/values';
import { checkMessages as M } from '../../strings/messages';

/**
 * A table nobody has started to fill in: no project information, no amounts, no percentages, and no
 * indicator text beyond the 一级/二级 the template prefills. Checking it would paint a freshly inserted
 * template red; it gets one 提示 (D03) instead, and the rules apply from the first entry on.
 */
export function isBlankTable(t: ReadTable): boolean {
  const x = t.table;
  return (
    x.projectCode === '' &&
    x.projectName === '' &&
    x.budget.total === null &&
    x.budget.fiscal === null &&
    x.budget.other === null &&
    x.purpose === '' &&
    x.goal === '' &&
    x.spendPlan.every((s) => s.percent === null) &&
    x.indicators.every((i) => i.level3 === '' && i.description === '' && i.value === '' && i.basis === '')
  );
}

/** H, V, B, S and P01–P04/P06 for one table, in that family order. */
export function checkTable(t: ReadTable, options: CheckOptions): Diagnostic[] {
  const out: Diagnostic[] = [];
  checkTableInto(t, isBlankTable(t), options, out);
  return out;
}

function checkTableInto(t: ReadTable, blank: boolean, options: CheckOptions, out: Diagnostic[]): void {
  if (blank) {
    const cell = t.fields.projectCode ?? t.table.range.split(':')[0];
    out.push({ rule: 'D03', severity: 'info', sheet: t.table.sheet, cell, message: M.D03() });
    return;
  }
  const ctx = new RuleContext(t, options, out);
  checkHierarchy(ctx);
  checkValues(ctx);
  checkBudget(ctx);
  checkSpendPlan(ctx);
  checkProject(ctx);
}

/**
 * Every table in reading order, then the workbook-wide rules: P05 (duplicate 项目编码), D01 (content no
 * table claimed, per sheet) and D02 (blocks a table lacks). Every rule pushes into one output array.
 */
export function checkWorkbook(sheets: SheetAnalysis[], options: CheckOptions): Diagnostic[] {
  const tables: ReadTable[] = [];
  for (const s of sheets) for (const t of s.tables) tables.push(t);
  const blank = tables.map(isBlankTable);
  const out: Diagnostic[] = [];
  for (let i = 0; i < tables.length; i++) checkTableInto(tables[i], blank[i], options, out);
  checkDuplicateCodes(tables, out);
  for (const s of sheets) checkUnclaimed(s, out);
  for (let i = 0; i < tables.length; i++) if (!blank[i]) checkMissingBlocks(tables[i], out);
  return out;
}
