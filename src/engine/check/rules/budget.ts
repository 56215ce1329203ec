/**
 * B01–B05: 预算数, its split, and the 成本 indicators against it.
 *
 * Cost amounts are converted into the table's money unit (单位：万元 …). A cost value without a unit
 * ("5.00") is taken to be in the table's unit, as a reviewer would read it; V06 still asks for the unit.
 * When the table's unit is missing or unreadable the profile's default (万元) is assumed.
 */
import { labelKey } from '../../text/normalize';
import { sharedParse } from '../../values/indicatorValue';
import { checkMessages as M } from '../../../strings/messages';
import { isCostRow, RuleContext } from './context';
import { perConfig } from './perConfig';
import { memoizeString } from '../../text/memo';

/** Amounts are kept to the cent of a 万元 table; half of that is the tolerance (rules.md B02). */
const TOLERANCE = 0.005;

export function checkBudget(ctx: RuleContext): void {
  const { budget } = ctx.t.table;
  const fields = ctx.t.fields;
  const unit = tableMoneyUnit(ctx);

  if (budget.total === null) ctx.report('B01', 'error', fields.budgetTotal, M.B01(unit));
  checkNotNegative(ctx, budget.total, fields.budgetTotal, '预算数', unit);
  checkNotNegative(ctx, budget.fiscal, fields.budgetFiscal, '财政资金', unit);
  checkNotNegative(ctx, budget.other, fields.budgetOther, '其他资金', unit);

  const splitWritten =
    budget.fiscal !== null || budget.other !== null || fields.budgetFiscal !== undefined || fields.budgetOther !== undefined;
  if (budget.total !== null && splitWritten) {
    const fiscal = budget.fiscal ?? 0;
    const other = budget.other ?? 0;
    if (Math.abs(budget.total - (fiscal + other)) > TOLERANCE) {
      ctx.report('B02', 'error', fields.budgetTotal, M.B02(budget.total, fiscal, other, unit));
    }
  }

  // A negative 预算数 is B05's; comparing costs with it (B03/B04) would only repeat the same problem.
  const total = budget.total !== null && budget.total >= 0 ? budget.total : null;
  checkCosts(ctx, total, unit);
}

/** B05 for one of the three amounts. */
function checkNotNegative(ctx: RuleContext, n: number | null, cell: string | undefined, what: string, unit: string): void {
  if (n !== null && n < 0) ctx.report('B05', 'error', cell, M.B05(what, n, unit));
}

/** B03–B05 for the cost indicators: each against the 预算数, and together (one of them or their sum). */
function checkCosts(ctx: RuleContext, total: number | null, unit: string): void {
  const amounts: number[] = [];
  let firstCell = '';
  let sum = 0;
  let someEqualsTotal = false;
  for (const row of ctx.rows) {
    if (!isCostRow(row)) continue;
    const { ind, src } = row;
    const parsed = ind.parsed ?? sharedParse(ind.value);
    if (!parsed) continue;
    const amount = toTableUnit(ctx, parsed.number, parsed.unit, unit);
    if (amount === null) continue;
    if (amount < 0) {
      ctx.report('B05', 'error', src.valueCell, M.B05(`成本指标“${ind.level3}”的金额`, amount, unit));
      continue;
    }
    if (amounts.length === 0) firstCell = src.valueCell;
    amounts.push(amount);
    sum += amount;
    if (total !== null && near(amount, total)) someEqualsTotal = true;
    if (total !== null && amount > total + TOLERANCE) {
      ctx.report('B03', 'error', src.valueCell, M.B03(ind.level3, ind.value.trim(), amount, total, unit));
    }
  }

  if (total !== null && amounts.length > 0 && !someEqualsTotal && !near(sum, total)) {
    ctx.report('B04', 'warning', firstCell, M.B04(amounts, total, unit));
  }
}

/** Equal within the tolerance. */
function near(a: number, b: number): boolean {
  return Math.abs(a - b) <= TOLERANCE;
}

/** The table's money unit as a key of the profile's money units (单位：万元 → 万元). */
export function tableMoneyUnit(ctx: RuleContext): string {
  return moneyUnitOf(ctx.config)(ctx.t.table.moneyUnit);
}

const moneyUnitOf = perConfig((config) => {
  const units = Object.keys(config.moneyUnits).sort((a, b) => b.length - a.length);
  return memoizeString((written: string): string => {
    const text = labelKey(written).replace(/^单位/, '').replace(/^[:：]/, '');
    const exact = units.find((u) => text === u);
    if (exact) return normalizeMoneyUnit(exact);
    const found = units.find((u) => text.endsWith(u));
    return normalizeMoneyUnit(found ?? config.defaultMoneyUnit);
  });
});

/** 万 and 亿 written alone mean 万元 and 亿元. */
function normalizeMoneyUnit(unit: string): string {
  if (unit === '万') return '万元';
  if (unit === '亿') return '亿元';
  return unit;
}

/** An amount in `unit` (null = the table's own) converted to the table's unit; null when not money. */
function toTableUnit(ctx: RuleContext, n: number, unit: string | null, target: string): number | null {
  const factors = ctx.config.moneyUnits;
  if (unit === null) return n;
  const from = factors[unit];
  const to = factors[target];
  if (from === undefined || to === undefined) return null;
  return (n * from) / to;
}
