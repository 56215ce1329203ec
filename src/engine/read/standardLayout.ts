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
 * standard sheet supersedes a same-project table outside one; between two of the same kind the later wins.
 */
export function supersededBy(tables: ReadTable[]): (ReadTable | null)[] {
  return tables.map((t, i) => {
    if (isStandardLayout(t)) return null;
    for (let j = 0; j < tables.length; j++) {
      if (j !== i && sameProject(t, tables[j]) && isStandardLayout(tables[j])) return tables[j];
    }
    return null;
  });
}
