/** The three department summary sheets, in the order they are added to the workbook. */
import { Diagnostic } from '../model/diagnostic';
import { SheetPlan } from '../model/plan';
import { ProfileId, ProjectTable } from '../model/table';
import { getProfileConfig } from '../profile/lists';
import { checkpointsFor } from '../render/profileDefaults';
import { departmentPlan, inDepartmentUnit } from './department';
import { diagnosticPlan } from './diagnostics';
import { indicatorPlan } from './indicators';

export interface SummaryOptions {
  profile: ProfileId;
  checkpoints?: string[];
  /** Sheet holding each table's standard copy, same index as `tables` (links go there when present). */
  tableSheets?: (string | null)[];
}

export function summaryPlans(tables: ProjectTable[], diagnostics: Diagnostic[], options: SummaryOptions): SheetPlan[] {
  const checkpoints = checkpointsFor(options.profile, options.checkpoints);
  return [
    departmentPlan(tables, diagnostics, { checkpoints, tableSheets: options.tableSheets, moneyUnits: getProfileConfig(options.profile).moneyUnits }),
    indicatorPlan(tables, options.profile),
    diagnosticPlan(diagnostics),
  ];
}

/** The department's total 预算数 in its unit (the first table's), as 部门汇总's totals row shows it. */
export function departmentBudgetTotal(tables: ProjectTable[], profile: ProfileId): { total: number; unit: string } {
  const inUnit = inDepartmentUnit(tables, getProfileConfig(profile).moneyUnits);
  const total = inUnit.reduce((s, t) => s + (t.budget.total ?? 0), 0);
  return { total: Math.round(total * 100) / 100, unit: tables[0]?.moneyUnit ?? '' };
}
