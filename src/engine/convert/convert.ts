/**
 * Conversion between profiles and into standard-template sheets. The indicator list only changes where
 * the two hierarchies disagree (cost indicators); every indicator survives, in its original order otherwise.
 */
import { SheetPlan } from '../model/plan';
import { Indicator, ProfileId, ProjectTable } from '../model/table';
import { renderTemplate } from '../render/template';
import { safeSheetName } from '../render/sheetName';
import { SHEET_NAMES } from '../../strings/sheets';

const OUTPUT = '产出指标';
const COST = '成本指标';
const ECONOMIC_COST = '经济成本指标';
/** The hebei-2023 二级 that holds cost: 产出指标/成本指标. */
const HEBEI_COST_LEVEL2 = '成本指标';

export function convertTable(table: ProjectTable, target: ProfileId): ProjectTable {
  const indicators = target === 'mof-2021' ? toMof(table.indicators) : toHebei(table.indicators);
  return { ...table, budget: { ...table.budget }, spendPlan: table.spendPlan.map((p) => ({ ...p })), indicators };
}

/** 产出指标/成本指标 → 成本指标/经济成本指标; every 成本指标 row goes first, as mof-2021 lists 成本 first. */
function toMof(list: Indicator[]): Indicator[] {
  const cost: Indicator[] = [];
  const rest: Indicator[] = [];
  for (const ind of list) {
    if (ind.level1 === OUTPUT && ind.level2 === HEBEI_COST_LEVEL2) cost.push({ ...ind, level1: COST, level2: ECONOMIC_COST });
    else if (ind.level1 === COST) cost.push({ ...ind });
    else rest.push({ ...ind });
  }
  return [...cost, ...rest];
}

/**
 * 成本指标/* → 产出指标/成本指标, placed after the last 产出 row so the 产出 group stays together with 成本
 * last, as hebei-2023 orders it. hebei-2023 has a single cost 二级, so 社会成本/生态环境成本 rows land there too.
 */
function toHebei(list: Indicator[]): Indicator[] {
  const cost: Indicator[] = [];
  const rest: Indicator[] = [];
  for (const ind of list) {
    if (ind.level1 === COST) cost.push({ ...ind, level1: OUTPUT, level2: HEBEI_COST_LEVEL2 });
    else rest.push({ ...ind });
  }
  if (cost.length === 0) return rest;
  let lastOutput = -1;
  rest.forEach((ind, i) => {
    if (ind.level1 === OUTPUT) lastOutput = i;
  });
  return [...rest.slice(0, lastOutput + 1), ...cost, ...rest.slice(lastOutput + 1)];
}

export interface ConversionOptions {
  profile: ProfileId;
  checkpoints?: string[];
}

/** One standard-template sheet per table, named after the project, unique among themselves and `existing`. */
export function planConversion(tables: ProjectTable[], existingSheetNames: string[], options: ConversionOptions): SheetPlan[] {
  const taken = existingSheetNames.slice();
  return tables.map((table) => {
    const name = safeSheetName(sheetBaseName(table), taken);
    taken.push(name);
    return renderTemplate(convertTable(table, options.profile), { profile: options.profile, checkpoints: options.checkpoints, name });
  });
}

function sheetBaseName(table: ProjectTable): string {
  return table.projectName.trim() || table.title.trim() || table.projectCode.trim() || SHEET_NAMES.fallback;
}
