/** Which diagnostics belong to which table: same sheet, and the cell lies inside the table's range. */
import { parseRange, rangeContains } from '../grid/address';
import { Diagnostic, Severity } from '../model/diagnostic';
import { ProjectTable } from '../model/table';

export function belongsTo(diagnostic: Diagnostic, table: ProjectTable): boolean {
  if (diagnostic.sheet !== table.sheet) return false;
  const bounds = parseRange(table.range);
  const cell = parseRange(diagnostic.cell);
  if (!bounds || !cell) return false;
  return rangeContains(bounds, cell.r0, cell.c0);
}

export function countBySeverity(diagnostics: Diagnostic[], table: ProjectTable): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of diagnostics) if (belongsTo(d, table)) counts[d.severity] += 1;
  return counts;
}
