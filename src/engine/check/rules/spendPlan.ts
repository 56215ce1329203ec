/** S01–S04: the cumulative 资金支出计划 (percent of the budget spent by each checkpoint). */
import { parseRange, cellAddress } from '../../grid/address';
import { SpendCheckpoint } from '../../model/table';
import { labelKey } from '../../text/normalize';
import { checkMessages as M } from '../../../strings/messages';
import { RuleContext } from './context';

const EPS = 1e-9;

export function checkSpendPlan(ctx: RuleContext): void {
  const plan = ctx.t.table.spendPlan;
  if (plan.length === 0) return; // a missing block is D02's to report

  let prev: SpendCheckpoint | null = null;
  for (const cp of plan) {
    if (cp.percent === null) {
      ctx.report('S01', 'error', cp.cell, M.S01Empty(cp.label));
      continue;
    }
    if (cp.percent < 0 || cp.percent > 100) {
      ctx.report('S01', 'error', cp.cell, M.S01Range(cp.label, cp.percent));
      continue;
    }
    if (prev && prev.percent !== null && cp.percent < prev.percent - EPS) {
      ctx.report('S02', 'error', cp.cell, M.S02(cp.label, cp.percent, prev.label, prev.percent));
    }
    // Compare with the highest level reached so far, so one dip is reported once.
    if (!prev || prev.percent === null || cp.percent >= prev.percent) prev = cp;
  }

  const last = plan[plan.length - 1];
  if (last.percent !== null && last.percent >= 0 && last.percent <= 100 && Math.abs(last.percent - 100) > EPS) {
    const severity = ctx.options.requireFullByYearEnd === false ? 'warning' : 'error';
    ctx.report('S03', severity, last.cell, M.S03(last.label, last.percent));
  }

  const expected = ctx.options.checkpoints ?? ctx.config.checkpoints;
  if (plan.length !== expected.length) {
    const cell = ctx.t.fields.spendPlanLabel ?? labelCellOf(plan[0]);
    ctx.report('S04', 'warning', cell, M.S04Count(plan.map((c) => c.label), expected));
  } else {
    for (let i = 0; i < plan.length; i++) {
      const cp = plan[i];
      if (!sameLabel(cp.label, expected[i])) ctx.report('S04', 'warning', labelCellOf(cp), M.S04(cp.label, expected[i]));
    }
  }
}

/** Labels match by their label keys; a label written exactly as expected (the usual case) needs no key. */
function sameLabel(written: string, expected: string): boolean {
  return written === expected || labelKey(written) === labelKey(expected);
}

/**
 * Where a checkpoint's label sits. The reader says so when it knows; otherwise the standard layout puts
 * labels in the row right above the percentages (B6 above B7).
 */
function labelCellOf(cp: SpendCheckpoint): string {
  if (cp.labelCell) return cp.labelCell;
  const r = parseRange(cp.cell);
  if (!r || r.r0 === 0) return cp.cell;
  return cellAddress(r.r0 - 1, r.c0);
}
