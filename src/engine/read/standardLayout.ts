/**
 * Recognising the add-in's own standard sheets and copies of one project, so that a workbook holding
 * both the pasted original and its converted sheets counts every project once.
 */
import { ReadTable } from '../model/table';

/** True when the table sits where the standard template puts it (renderTemplate's fixed layout). */
export function isStandardLayout(t: ReadTable): boolean {
  const f = t.fields;
  return f.projectCode === 'B3' && f.budgetTotal === 'C4' && f.spendPlanLabel === 'A6' && f.indicatorHeader === 'A9';
}

/** Two tables describe the same project: same 项目编码, 项目名称 and 预算数. */
export function sameProject(a: ReadTable, b: ReadTable): boolean {
  return (
    a.table.projectCode !== '' &&
    a.table.projectCode === b.table.projectCode &&
    a.table.projectName === b.table.projectName &&
    a.table.budget.total === b.table.budget.total
  );
}

/**
 * For each table, the table that supersedes it (its converted standard copy), or null. A table in a
 * standard sheet supersedes a same-project table outside one. Runs on every live re-check, so standard
 * tables are indexed by 项目编码 once instead of comparing every pair.
 */
export function supersededBy(tables: ReadTable[]): (ReadTable | null)[] {
  const standardByCode = new Map<string, ReadTable[]>();
  for (const t of tables) {
    if (!isStandardLayout(t) || t.table.projectCode === '') continue;
    const list = standardByCode.get(t.table.projectCode);
    if (list) list.push(t);
    else standardByCode.set(t.table.projectCode, [t]);
  }
  const by = new Array<ReadTable | null>(tables.length).fill(null);
  // Most workbooks hold no converted sheets: nothing is superseded.
  if (standardByCode.size === 0) return by;
  tables.forEach((t, i) => {
    if (!isStandardLayout(t)) by[i] = standardByCode.get(t.table.projectCode)?.find((s) => s !== t && sameProject(t, s)) ?? null;
  });
  return by;
}
