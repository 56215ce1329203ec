/**
 * 部门汇总: one row per project with its budget split and the money expected to be spent by each checkpoint
 * (budget × cumulative %), the department totals, and the open errors/warnings of each table.
 */
import { cellAddress, parseRange } from '../grid/address';
import { CellValue } from '../grid/grid';
import { Diagnostic } from '../model/diagnostic';
import { SheetPlan } from '../model/plan';
import { ProjectTable } from '../model/table';
import { labelKey } from '../text/normalize';
import { SUMMARY } from '../../strings/sheets';
import { PlanBuilder, range } from '../render/planBuilder';
import { countBySeverity } from './ownership';
import { checkpointAmount, convertAmount, sumKnown, unitFactor } from './money';
import { HEADER_STYLE, TOTAL_STYLE } from './style';

export interface DepartmentOptions {
  checkpoints: string[];
  /** Sheet holding each table's standard copy (same index as `tables`); the link target when present. */
  tableSheets?: (string | null)[];
  /**
   * Money units and their factor in 元. When given, every table's amounts are shown in the first table's
   * unit, so a table kept in 元 is not added to others in 万元.
   */
  moneyUnits?: Record<string, number>;
}

/** Column positions, for hosts and tests. */
export function departmentColumns(checkpointCount: number): {
  index: number; code: number; name: number; total: number; fiscal: number; other: number;
  percent: (i: number) => number; amount: (i: number) => number; errors: number; warnings: number;
} {
  const first = 6;
  return {
    index: 0, code: 1, name: 2, total: 3, fiscal: 4, other: 5,
    percent: (i) => first + 2 * i,
    amount: (i) => first + 2 * i + 1,
    errors: first + 2 * checkpointCount,
    warnings: first + 2 * checkpointCount + 1,
  };
}

/** Each table with its budget in the department's unit (the first table's); tables keep their identity otherwise. */
export function inDepartmentUnit(tables: ProjectTable[], factors: Record<string, number> | undefined): ProjectTable[] {
  if (!factors || tables.length === 0) return tables;
  const to = unitFactor(tables[0].moneyUnit, factors);
  return tables.map((t) => {
    const from = unitFactor(t.moneyUnit, factors);
    if (from === null || to === null || from === to) return t;
    const b = t.budget;
    return { ...t, budget: { total: convertAmount(b.total, from, to), fiscal: convertAmount(b.fiscal, from, to), other: convertAmount(b.other, from, to) } };
  });
}

export function departmentPlan(allTables: ProjectTable[], diagnostics: Diagnostic[], options: DepartmentOptions): SheetPlan {
  const tables = inDepartmentUnit(allTables, options.moneyUnits);
  const labels = options.checkpoints;
  const col = departmentColumns(labels.length);
  const lastCol = col.warnings;
  const b = new PlanBuilder(SUMMARY.departmentSheet, { paper: 'A4', orientation: 'landscape', fitToWidth: 1, repeatRows: { r0: 0, r1: 0 } });

  const header: string[] = [SUMMARY.index, SUMMARY.projectCode, SUMMARY.projectName, SUMMARY.budgetTotal, SUMMARY.budgetFiscal, SUMMARY.budgetOther];
  for (const l of labels) header.push(SUMMARY.checkpointPercent(l), SUMMARY.checkpointAmount(l));
  header.push(SUMMARY.errorCount, SUMMARY.warningCount);
  b.setRow(0, 0, header);

  const amounts: (number | null)[][] = labels.map(() => []);
  let errorSum = 0;
  let warningSum = 0;
  tables.forEach((t, i) => {
    const r = 1 + i;
    const counts = countBySeverity(diagnostics, t);
    b.setRow(r, 0, [i + 1, t.projectCode, t.projectName, t.budget.total, t.budget.fiscal, t.budget.other]);
    const percents = percentsFor(t, labels);
    percents.forEach((p, k) => {
      const amount = checkpointAmount(t.budget.total, p);
      amounts[k].push(amount);
      b.set(r, col.percent(k), p === null ? null : p / 100);
      b.set(r, col.amount(k), amount);
    });
    b.set(r, col.errors, counts.error).set(r, col.warnings, counts.warning);
    errorSum += counts.error;
    warningSum += counts.warning;

    const target = options.tableSheets?.[i] ?? null;
    const source = parseRange(t.range);
    b.link({
      row: r,
      col: col.name,
      sheet: target ?? t.sheet,
      cell: target || !source ? 'A1' : cellAddress(source.r0, source.c0),
    });
  });

  const totalRow = 1 + tables.length;
  const budgetSum = sumKnown(tables.map((t) => t.budget.total));
  const totals: CellValue[] = [SUMMARY.total, null, null, budgetSum, sumKnown(tables.map((t) => t.budget.fiscal)), sumKnown(tables.map((t) => t.budget.other))];
  b.setRow(totalRow, 0, totals).merge(totalRow, 0, totalRow, 2);
  labels.forEach((_, k) => {
    const amount = sumKnown(amounts[k]);
    // The department's cumulative % is weighted by budget: what share of all the money is spent by then.
    b.set(totalRow, col.percent(k), budgetSum === 0 ? null : roundRatio(amount / budgetSum));
    b.set(totalRow, col.amount(k), amount);
  });
  b.set(totalRow, col.errors, errorSum).set(totalRow, col.warnings, warningSum);

  const body = range(1, 0, totalRow, lastCol);
  b.format(range(1, col.code, totalRow, col.code), '@');
  b.format(range(1, col.total, totalRow, col.other), '0.00');
  labels.forEach((_, k) => {
    b.format(range(1, col.percent(k), totalRow, col.percent(k)), '0%');
    b.format(range(1, col.amount(k), totalRow, col.amount(k)), '0.00');
  });
  b.style(range(0, 0, 0, lastCol), HEADER_STYLE);
  b.style(body, { border: true, vertical: 'middle' });
  b.style(range(1, col.name, totalRow, col.name), { wrap: true });
  b.style(range(1, col.index, totalRow, col.index), { horizontal: 'center' });
  b.style(range(totalRow, 0, totalRow, lastCol), TOTAL_STYLE);
  b.style(range(totalRow, 0), { horizontal: 'center' });

  b.columnWidths([6, 26, 30, 10, 10, 10, ...labels.flatMap(() => [11, 11]), 8, 8]);
  b.rowHeight(0, 30);
  b.freeze(1, 3);
  return b.build();
}

/** The table's percent for each expected checkpoint: by label, or by position when the labels differ (S04). */
function percentsFor(table: ProjectTable, labels: string[]): (number | null)[] {
  const byLabel = new Map(table.spendPlan.map((p) => [labelKey(p.label), p.percent]));
  const samePositions = table.spendPlan.length === labels.length;
  return labels.map((l, i) => {
    const key = labelKey(l);
    if (byLabel.has(key)) return byLabel.get(key) ?? null;
    return samePositions ? table.spendPlan[i].percent : null;
  });
}

function roundRatio(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
