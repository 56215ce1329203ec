/** The checker: every rule of rules.md over one table or a whole workbook. */
import { Diagnostic } from '../model/diagnostic';
import { SheetAnalysis } from '../model/analysis';
import { CheckOptions } from '../model/options';
import { ReadTable } from '../model/table';
import { checkBudget } from './rules/budget';
import { makeContext } from './rules/context';
import { checkMissingBlocks, checkUnclaimed } from './rules/department';
import { checkHierarchy } from './rules/hierarchy';
import { checkDuplicateCodes, checkProject } from './rules/project';
import { checkSpendPlan } from './rules/spendPlan';
import { checkValues } from './rules/values';

/** H, V, B, S and P01–P04/P06 for one table, in that family order. */
export function checkTable(t: ReadTable, options: CheckOptions): Diagnostic[] {
  const ctx = makeContext(t, options);
  return [
    ...checkHierarchy(ctx),
    ...checkValues(ctx),
    ...checkBudget(ctx),
    ...checkSpendPlan(ctx),
    ...checkProject(ctx),
  ];
}

/**
 * Every table in reading order, then the workbook-wide rules: P05 (duplicate 项目编码), D01 (content no
 * table claimed, per sheet) and D02 (blocks a table lacks).
 */
export function checkWorkbook(sheets: SheetAnalysis[], options: CheckOptions): Diagnostic[] {
  const tables = sheets.flatMap((s) => s.tables);
  const out: Diagnostic[] = [];
  for (const t of tables) out.push(...checkTable(t, options));
  out.push(...checkDuplicateCodes(tables));
  for (const s of sheets) out.push(...checkUnclaimed(s));
  for (const t of tables) out.push(...checkMissingBlocks(t));
  return out;
}
