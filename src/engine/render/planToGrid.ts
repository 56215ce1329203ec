/**
 * What a sheet written from a plan looks like to the reader: its values, number formats and merges. Hosts
 * can use it to preview a plan; tests use it to read a rendered template back.
 */
import { SheetGrid } from '../grid/grid';
import { SheetPlan } from '../model/plan';

export function planToGrid(plan: SheetPlan): SheetGrid {
  const values = plan.values.map((r) => r.slice());
  const numberFormats: (string | null)[][] = values.map((r) => r.map(() => null));
  // Later formats win, as when a host applies them in order; formats outside the values are irrelevant here.
  for (const f of plan.numberFormats) {
    for (let r = f.range.r0; r <= f.range.r1 && r < values.length; r++) {
      for (let c = f.range.c0; c <= f.range.c1; c++) {
        if (c < values[r].length) numberFormats[r][c] = f.format;
      }
    }
  }
  return { name: plan.name, values, numberFormats, merges: plan.merges.map((m) => ({ ...m })) };
}
