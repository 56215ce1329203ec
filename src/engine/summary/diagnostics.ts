/** 校验结果: every diagnostic with a link back to the cell to fix. */
import { Diagnostic } from '../model/diagnostic';
import { SheetPlan } from '../model/plan';
import { SUMMARY } from '../../strings/sheets';
import { LINE_HEIGHT, PlanBuilder, range, wrappedLines } from '../render/planBuilder';
import { HEADER_STYLE, SEVERITY_FILL } from './style';

const LAST_COL = 4;
const CELL_COL = 3;
const WIDTHS = [8, 8, 24, 10, 70];

export function diagnosticPlan(diagnostics: Diagnostic[]): SheetPlan {
  const b = new PlanBuilder(SUMMARY.diagnosticSheet, { paper: 'A4', orientation: 'landscape', fitToWidth: 1, repeatRows: { r0: 0, r1: 0 } });
  b.setRow(0, 0, [SUMMARY.severity, SUMMARY.rule, SUMMARY.sheet, SUMMARY.cell, SUMMARY.message]);
  b.style(range(0, 0, 0, LAST_COL), HEADER_STYLE);

  if (diagnostics.length === 0) {
    b.set(1, 0, SUMMARY.noDiagnostics).merge(1, 0, 1, LAST_COL);
    b.style(range(1, 0, 1, LAST_COL), { border: true });
  } else {
    diagnostics.forEach((d, i) => {
      const r = 1 + i;
      b.setRow(r, 0, [SUMMARY.severityNames[d.severity], d.rule, d.sheet, d.cell, d.message]);
      b.link({ row: r, col: CELL_COL, sheet: d.sheet, cell: d.cell });
      b.style(range(r, 0), { fill: SEVERITY_FILL[d.severity] });
      // Hosts do not grow rows for wrapped text they did not lay out themselves.
      const lines = wrappedLines(d.message, WIDTHS[LAST_COL]);
      if (lines > 1) b.rowHeight(r, lines * LINE_HEIGHT);
    });
    const last = diagnostics.length;
    b.style(range(1, 0, last, LAST_COL), { border: true, vertical: 'middle' });
    b.style(range(1, LAST_COL, last, LAST_COL), { wrap: true });
    b.style(range(1, 0, last, 1), { horizontal: 'center' });
    b.autoFilter(range(0, 0, last, LAST_COL));
  }

  b.columnWidths(WIDTHS);
  b.freeze(1, 0);
  return b.build();
}
