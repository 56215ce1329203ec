/**
 * Builds ReadTable objects in the standard layout the reader produces for the seed (title A1, 预算单位 A2,
 * 单位 F2, 项目编码 B3, 项目名称 E3, 预算数 C4, 财政资金 E4, 其他资金 G4, 资金用途 B5, checkpoint labels
 * B6:E6 and percents B7:E7, 绩效目标 B8, header row 9, indicators from row 10 in columns A–F), shifted down
 * by `top` rows when several tables are stacked in one sheet. 一级/二级 are resolved and inherited the way
 * contract.md describes, so rules see what the reader would give them.
 */
import { cellAddress } from '../../../src/engine/grid/address';
import { SheetAnalysis } from '../../../src/engine/model/analysis';
import { Budget, Indicator, IndicatorSource, ReadTable } from '../../../src/engine/model/table';
import { matchLevel1, matchLevel2 } from '../../../src/engine/profile/hierarchy';
import { parseIndicatorValue } from '../../../src/engine/values/indicatorValue';
import { readPercent } from '../../../src/engine/values/numbers';
import { SEED_TABLES, SeedRow, SeedTable } from './seedTables';

export interface TableSpec {
  sheet: string;
  /** 0-based worksheet row of the title. */
  top: number;
  title: string;
  unit: string;
  moneyUnit: string;
  projectCode: string;
  projectName: string;
  budget: Budget;
  purpose: string;
  labels: string[];
  /** Percent cells as written ("50%", " 100%"); numbers are taken as typed. */
  percents: (string | number | null)[];
  goal: string;
  /** [一级, 二级, 三级, 描述, 指标值, 依据]; '' in 一级/二级 inherits from the row above. */
  rows: SeedRow[];
  missingBlocks: string[];
  unclaimed: { cell: string; text: string }[];
}

/** A1 address of (0-based row offset from the table's title row, 0-based column). */
function at(spec: TableSpec, dr: number, col: number): string {
  return cellAddress(spec.top + dr, col);
}

export function buildTable(spec: TableSpec): ReadTable {
  const indicators: Indicator[] = [];
  const sources: IndicatorSource[] = [];
  let level1 = '';
  let level2 = '';
  spec.rows.forEach(([l1Raw, l2Raw, level3, description, value, basis], i) => {
    const dr = 9 + i;
    const l1Written = l1Raw.trim();
    const l2Written = l2Raw.trim();
    const m1 = matchLevel1(l1Written);
    const m2 = matchLevel2(l2Written);
    const level1Known = l1Written !== '' || level1 !== '';
    const level2Known = l2Written !== '' || level2 !== '';
    if (l1Written) level1 = m1.name ?? l1Written;
    if (l2Written) level2 = m2.name ?? l2Written;
    indicators.push({
      level1,
      level2,
      level3: level3.trim(),
      description: description.trim(),
      value: value.trim(),
      basis: basis.trim(),
      parsed: parseIndicatorValue(value),
      row: spec.top + dr + 1,
    });
    sources.push({
      level1Cell: at(spec, dr, 0),
      level2Cell: at(spec, dr, 1),
      level3Cell: at(spec, dr, 2),
      descriptionCell: at(spec, dr, 3),
      valueCell: at(spec, dr, 4),
      basisCell: at(spec, dr, 5),
      level1Raw: l1Written,
      level2Raw: l2Written,
      level1Inherited: l1Written === '' && level1Known,
      level2Inherited: l2Written === '' && level2Known,
      level1Known,
      level2Known,
      level1Synonym: l1Written ? m1.synonym : null,
      level2Synonym: l2Written ? m2.synonym : null,
      extras: {},
    });
  });
  const lastRow = spec.top + 9 + Math.max(spec.rows.length, 1) - 1;
  return {
    table: {
      sheet: spec.sheet,
      range: `${at(spec, 0, 0)}:${cellAddress(lastRow, 6)}`,
      title: spec.title,
      unit: spec.unit,
      moneyUnit: spec.moneyUnit,
      projectCode: spec.projectCode,
      projectName: spec.projectName,
      budget: spec.budget,
      purpose: spec.purpose,
      spendPlan: spec.labels.map((label, i) => ({
        label,
        percent: readPercent(spec.percents[i] ?? null, null),
        cell: at(spec, 6, 1 + i),
        labelCell: at(spec, 5, 1 + i),
      })),
      goal: spec.goal,
      indicators,
    },
    bounds: { r0: spec.top, c0: 0, r1: lastRow, c1: 6 },
    fields: {
      title: at(spec, 0, 0),
      unit: at(spec, 1, 0),
      moneyUnit: at(spec, 1, 5),
      projectCode: at(spec, 2, 1),
      projectName: at(spec, 2, 4),
      budgetTotal: at(spec, 3, 2),
      budgetFiscal: at(spec, 3, 4),
      budgetOther: at(spec, 3, 6),
      purpose: at(spec, 4, 1),
      spendPlanLabel: at(spec, 5, 0),
      goal: at(spec, 7, 1),
      indicatorHeader: at(spec, 8, 0),
    },
    indicatorSources: sources,
    missingBlocks: spec.missingBlocks,
    unclaimed: spec.unclaimed,
  };
}

export const CHECKPOINTS = ['3月底', '6月底', '10月底', '12月底'];

/** The spec of one seed table (index 0–11) at row `top` of `sheet`. */
export function seedSpec(index: number, overrides: Partial<TableSpec> = {}): TableSpec {
  const s: SeedTable = SEED_TABLES[index];
  return {
    sheet: 'Sheet1',
    top: 0,
    title: s.title,
    unit: '414001卢龙县市场监督管理局本级',
    moneyUnit: '万元',
    projectCode: s.projectCode,
    projectName: s.projectName,
    budget: { total: s.budget, fiscal: s.budget, other: null },
    purpose: s.purpose,
    labels: CHECKPOINTS,
    percents: s.percents,
    goal: s.goal,
    rows: s.rows.map((r) => [...r] as SeedRow),
    missingBlocks: [],
    unclaimed: [],
    ...overrides,
  };
}

/** The seed's table 1 (食品安全业务经费, 5.00 万元) in the standard layout, with overrides. */
export function seedTable1(overrides: Partial<TableSpec> = {}): ReadTable {
  return buildTable(seedSpec(0, overrides));
}

/** Table 1's rows with row `i` (0-based) replaced by a copy with the given cells changed. */
export function table1Rows(changes: Record<number, Partial<Record<0 | 1 | 2 | 3 | 4 | 5, string>>>, extra: SeedRow[] = []): SeedRow[] {
  const rows = SEED_TABLES[0].rows.map((r) => [...r] as SeedRow);
  for (const [i, change] of Object.entries(changes)) {
    const row = rows[Number(i)];
    for (const [c, v] of Object.entries(change)) row[Number(c)] = v as string;
  }
  return [...rows, ...extra];
}

/** All 12 seed tables stacked in one sheet, each starting where the previous ended plus a blank row. */
export function seedWorkbook(): SheetAnalysis[] {
  const tables: ReadTable[] = [];
  let top = 0;
  SEED_TABLES.forEach((_, i) => {
    const spec = seedSpec(i, { top });
    tables.push(buildTable(spec));
    top += 9 + spec.rows.length + 1;
  });
  return [{ sheet: 'Sheet1', tables, unclaimed: [] }];
}
