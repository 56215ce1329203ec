/** The three department summary sheets, in the order they are added to the workbook. */
import { Diagnostic } from '../model/diagnostic';
import { SheetPlan } from '../model/plan';
import { ProfileId, ProjectTable } from '../model/table';
import { getProfileConfig } from '../profile/lists';
import { checkpointsFor } from '../render/profileDefaults';
import { departmentPlan } from './department';
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
