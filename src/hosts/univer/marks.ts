/**
 * Marks in Univer: a background per severity on the marked cell. Univer's open-source sheets have no
 * conditional formatting in this build (that plugin is not installed), so the adapter paints the cell and
 * remembers the background it replaced; removing the mark puts that background back. If the user repaints
 * a marked cell, their colour wins: it is neither overwritten on removal nor lost on the next mark.
 *
 * The colours are those of the Excel and WPS adapters (excel/marks.ts). Marks are also taken out of every
 * snapshot saved to .xlsx (`unmarkedSnapshot`), so a saved file never carries them.
 */
import { parseRange } from '../../engine/grid/address';
import { SEVERITY_ORDER } from '../../engine/model/diagnostic';
import { CellMark } from '../../engine/model/plan';
import { MARK_FILL } from '../excel/marks';
import { normalColor } from './cells';
import { UCell, UColor, UMatrix, URange, UStyle, UWorkbookData } from './facade';

export interface MarkedCell {
  /** The background the mark replaced (null: none). */
  previous: UColor | null;
  /** The mark colour, "#rrggbb". */
  color: string;
}

/** Per sheet id, per "row,col": what the adapter painted. */
export type MarkBook = Map<string, Map<string, MarkedCell>>;

export function markColor(severity: CellMark['severity']): string {
  return normalColor(MARK_FILL[severity]) ?? '#ffeb9c';
}

export function cellKey(row: number, col: number): string {
  return `${row},${col}`;
}

export function parseKey(key: string): [number, number] {
  const [r, c] = key.split(',').map(Number);
  return [r, c];
}

/** The wanted mark colour per cell of one sheet; the most severe diagnostic of a cell wins. */
export function wantedColors(marks: CellMark[]): Map<string, string> {
  const ordered = marks.slice().sort((a, b) => SEVERITY_ORDER[b.severity] - SEVERITY_ORDER[a.severity]);
  const out = new Map<string, string>();
  for (const m of ordered) {
    const r = parseRange(m.cell);
    if (r) out.set(cellKey(r.r0, r.c0), markColor(m.severity));
  }
  return out;
}

function sameColor(a: UColor | null | undefined, color: string): boolean {
  return normalColor(a?.rgb ?? null) === color;
}

/**
 * The style updates that bring one sheet from its current marks to `wanted`, and the sheet's new mark
 * record. `backgroundAt` reads a cell's current background.
 */
export function planMarkUpdate(
  current: Map<string, MarkedCell>,
  wanted: Map<string, string>,
  backgroundAt: (row: number, col: number) => UColor | null,
): { updates: Map<string, UColor | null>; next: Map<string, MarkedCell> } {
  const updates = new Map<string, UColor | null>();
  const next = new Map<string, MarkedCell>();
  for (const [key, mark] of current) {
    if (wanted.has(key)) continue;
    const [r, c] = parseKey(key);
    // Only a background that is still ours is given back; a colour the user chose since stays.
    if (sameColor(backgroundAt(r, c), mark.color)) updates.set(key, mark.previous);
  }
  for (const [key, color] of wanted) {
    const [r, c] = parseKey(key);
    const old = current.get(key);
    const now = backgroundAt(r, c);
    const ours = old !== undefined && sameColor(now, old.color);
    const previous = ours ? old.previous : now;
    if (!sameColor(now, color)) updates.set(key, { rgb: color });
    next.set(key, { previous, color });
  }
  return { updates, next };
}

/** The sparse value matrix and bounding range of a set of background updates (one command per sheet). */
export function backgroundCommand(updates: Map<string, UColor | null>): { range: URange; value: UMatrix<UCell> } | null {
  if (updates.size === 0) return null;
  let r0 = Infinity;
  let c0 = Infinity;
  let r1 = -1;
  let c1 = -1;
  const value: UMatrix<UCell> = {};
  for (const [key, bg] of updates) {
    const [r, c] = parseKey(key);
    r0 = Math.min(r0, r);
    c0 = Math.min(c0, c);
    r1 = Math.max(r1, r);
    c1 = Math.max(c1, c);
    (value[r] ??= {})[c] = { s: { bg: bg && bg.rgb ? { rgb: bg.rgb } : null } };
  }
  return { range: { startRow: r0, startColumn: c0, endRow: r1, endColumn: c1 }, value };
}

/** A workbook snapshot with every mark replaced by the background it covered. Does not change `data`'s sheets in place. */
export function unmarkedSnapshot(data: UWorkbookData, book: MarkBook): UWorkbookData {
  const sheets: UWorkbookData['sheets'] = { ...data.sheets };
  for (const [sheetId, marks] of book) {
    const sheet = sheets[sheetId];
    if (!sheet?.cellData || marks.size === 0) continue;
    const cellData: UMatrix<UCell> = { ...sheet.cellData };
    for (const [key, mark] of marks) {
      const [r, c] = parseKey(key);
      const cell = cellData[r]?.[c];
      if (!cell) continue;
      const style: UStyle | null | undefined = typeof cell.s === 'string' ? data.styles?.[cell.s] : cell.s;
      if (!style || !sameColor(style.bg ?? null, mark.color)) continue;
      const restored: UStyle = { ...style, bg: mark.previous };
      if (!mark.previous) delete restored.bg;
      cellData[r] = { ...cellData[r], [c]: { ...cell, s: restored } };
    }
    sheets[sheetId] = { ...sheet, cellData };
  }
  return { ...data, sheets };
}
