/**
 * 指标汇总: every indicator of every project in one filterable list, then the number of indicators per
 * 一级/二级. The counts sit below the list, not beside it: a filter hides whole rows, and counts beside
 * the list would vanish with them.
 */
import { cellAddress, parseRange } from '../grid/address';
import { SheetPlan } from '../model/plan';
import { ProfileId, ProjectTable } from '../model/table';
import { hierarchyOf } from '../profile/hierarchy';
import { SUMMARY } from '../../strings/sheets';
import { LINE_HEIGHT, PlanBuilder, range, wrappedLines } from '../render/planBuilder';
import { HEADER_STYLE, TOTAL_STYLE } from './style';

const LAST_COL = 8;

export interface IndicatorCount {
  level1: string;
  level2: string;
  count: number;
}

const WIDTHS = [22, 24, 12, 16, 22, 30, 14, 18, 12];

export function indicatorPlan(tables: ProjectTable[], profile: ProfileId): SheetPlan {
  const b = new PlanBuilder(SUMMARY.indicatorSheet, { paper: 'A4', orientation: 'landscape', fitToWidth: 1, repeatRows: { r0: 0, r1: 0 } });
  b.setRow(0, 0, [
    SUMMARY.projectCode, SUMMARY.projectName, SUMMARY.level1, SUMMARY.level2, SUMMARY.level3,
    SUMMARY.description, SUMMARY.value, SUMMARY.basis, SUMMARY.source,
  ]);

  let r = 1;
  for (const t of tables) {
    // Links go to the indicator's row in the table's own first column (tables need not start in column A).
    const firstCol = parseRange(t.range)?.c0 ?? 0;
    for (const ind of t.indicators) {
      const row = [t.projectCode, t.projectName, ind.level1, ind.level2, ind.level3, ind.description, ind.value, ind.basis, `${t.sheet}!${ind.row}`];
      b.setRow(r, 0, row);
      // Hosts do not grow rows for wrapped text they did not lay out themselves.
      const lines = Math.max(...row.map((text, i) => wrappedLines(text, WIDTHS[i])));
      if (lines > 1) b.rowHeight(r, lines * LINE_HEIGHT);
      b.link({ row: r, col: LAST_COL, sheet: t.sheet, cell: cellAddress(ind.row - 1, firstCol) });
      r += 1;
    }
  }
  const lastListRow = Math.max(r - 1, 1);
  b.autoFilter(range(0, 0, lastListRow, LAST_COL));
  b.style(range(0, 0, 0, LAST_COL), HEADER_STYLE);
  if (r > 1) {
    b.style(range(1, 0, r - 1, LAST_COL), { border: true, wrap: true, vertical: 'middle' });
    b.format(range(1, 0, r - 1, 0), '@');
  }

  // Counts in columns C–E, under the 一级/二级 columns they summarise.
  const counts = indicatorCounts(tables, profile);
  let c = r + 2;
  b.set(c, 2, SUMMARY.countsTitle);
  b.style(range(c, 2), { bold: true });
  c += 1;
  const countHeader = c;
  b.setRow(c, 2, [SUMMARY.level1, SUMMARY.level2, SUMMARY.countColumn]);
  b.style(range(c, 2, c, 4), HEADER_STYLE);
  c += 1;
  const level1s = [...new Set(counts.map((x) => x.level1))];
  for (const l1 of level1s) {
    const rows = counts.filter((x) => x.level1 === l1);
    for (const x of rows) b.setRow(c++, 2, [x.level1, x.level2, x.count]);
    b.setRow(c, 2, [l1, SUMMARY.subtotal, rows.reduce((s, x) => s + x.count, 0)]);
    b.style(range(c, 2, c, 4), TOTAL_STYLE);
    c += 1;
  }
  b.setRow(c, 2, [SUMMARY.allIndicators, null, counts.reduce((s, x) => s + x.count, 0)]);
  b.merge(c, 2, c, 3);
  b.style(range(c, 2, c, 4), TOTAL_STYLE);
  b.style(range(countHeader, 2, c, 4), { border: true });

  b.columnWidths(WIDTHS);
  b.freeze(1, 0);
  return b.build();
}

/**
 * Indicators per 一级/二级: every 二级 of the profile (zeros show what a department never measures), then
 * any other names the tables use, so nothing is left out of the total.
 */
export function indicatorCounts(tables: ProjectTable[], profile: ProfileId): IndicatorCount[] {
  const out: IndicatorCount[] = [];
  const find = (l1: string, l2: string): IndicatorCount | undefined => out.find((x) => x.level1 === l1 && x.level2 === l2);
  for (const d of hierarchyOf(profile)) for (const l2 of d.level2) out.push({ level1: d.name, level2: l2, count: 0 });
  for (const t of tables) {
    for (const ind of t.indicators) {
      const hit = find(ind.level1, ind.level2);
      if (hit) hit.count += 1;
      else out.push({ level1: ind.level1, level2: ind.level2, count: 1 });
    }
  }
  // Unknown pairs are grouped under their 一级 so subtotals stay contiguous.
  const order = [...new Set(out.map((x) => x.level1))];
  return order.flatMap((l1) => out.filter((x) => x.level1 === l1));
}
