/** Which diagnostics become marks in the sheet: errors and warnings (提示 stays in the task pane). */
import { Diagnostic } from '../engine/model/diagnostic';
import { CellMark } from '../engine/model/plan';

export function marksFor(diagnostics: Diagnostic[]): CellMark[] {
  const byCell = new Map<string, CellMark>();
  for (const d of diagnostics) {
    if (d.severity === 'info') continue;
    const key = `${d.sheet}!${d.cell}`;
    const prev = byCell.get(key);
    // One mark per cell; an error outranks a warning on the same cell.
    if (!prev || (prev.severity === 'warning' && d.severity === 'error')) {
      byCell.set(key, { sheet: d.sheet, cell: d.cell, severity: d.severity, note: `${d.rule} ${d.message}` });
    }
  }
  return [...byCell.values()];
}

export function countBySeverity(diagnostics: Diagnostic[]): { error: number; warning: number; info: number } {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
