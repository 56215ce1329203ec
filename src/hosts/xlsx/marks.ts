/**
 * Marks in .xlsx files: a light fill on the marked cell, only when the cell has no fill of its own, so the
 * user's formatting is never replaced. The mark colours are reserved: a cell filled with one of them is
 * taken to carry an add-in mark, which is how marks are found again (also in a file saved earlier).
 */
import type { Cell, Worksheet } from 'exceljs';
import { Severity } from '../../engine/model/diagnostic';

export const MARK_COLORS: Record<Severity, string> = {
  error: 'FFFFD5D5',
  warning: 'FFFFF0C2',
  info: 'FFE3F1DA',
};

const MARK_SET = new Set(Object.values(MARK_COLORS));

function solidColor(cell: Cell): string | null {
  const fill: unknown = cell.fill;
  if (typeof fill !== 'object' || fill === null) return null;
  const f = fill as { type?: unknown; pattern?: unknown; fgColor?: { argb?: unknown } };
  if (f.type !== 'pattern' || f.pattern !== 'solid') return null;
  return typeof f.fgColor?.argb === 'string' ? f.fgColor.argb.toUpperCase() : null;
}

function hasOwnFill(cell: Cell): boolean {
  const fill: unknown = cell.fill;
  if (typeof fill !== 'object' || fill === null) return false;
  const f = fill as { type?: unknown; pattern?: unknown };
  return !(f.type === 'pattern' && (f.pattern === 'none' || f.pattern === undefined));
}

export function isMarked(cell: Cell): boolean {
  const c = solidColor(cell);
  return c !== null && MARK_SET.has(c);
}

/** Style objects can be shared between cells in ExcelJS, so every change gives the cell its own copy. */
function setFill(cell: Cell, argb: string | null): void {
  const style = { ...cell.style };
  if (argb) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
  else delete style.fill;
  cell.style = style;
}

export function clearMarks(ws: Worksheet): void {
  ws.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (isMarked(cell)) setFill(cell, null);
    });
  });
}

export function markCell(cell: Cell, severity: Severity): void {
  if (hasOwnFill(cell) && !isMarked(cell)) return;
  setFill(cell, MARK_COLORS[severity]);
}
