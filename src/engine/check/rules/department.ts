/** D01/D02: what the reader could not place or could not find, so nothing is silently dropped. */
import { cellAddress, parseRange } from '../../grid/address';
import { Diagnostic } from '../../model/diagnostic';
import { SheetAnalysis, UnclaimedCell } from '../../model/analysis';
import { ReadTable } from '../../model/table';
import { checkMessages as M } from '../../../strings/messages';

/**
 * D01, one info per group of touching cells (neighbours across a side or a corner), so a pasted paragraph
 * or a stray note block reads as one item. Cells inside tables (ReadTable.unclaimed) and outside them
 * (SheetAnalysis.unclaimed) are both reported, each address once.
 */
export function checkUnclaimed(sheet: SheetAnalysis, out: Diagnostic[]): void {
  if (hasUnclaimed(sheet)) reportUnclaimed(sheet, out);
}

/** Most sheets have nothing unclaimed: they skip the grouping, its maps and its closures altogether. */
function hasUnclaimed(sheet: SheetAnalysis): boolean {
  if (sheet.unclaimed.length > 0) return true;
  for (let i = 0; i < sheet.tables.length; i++) if (sheet.tables[i].unclaimed.length > 0) return true;
  return false;
}

function reportUnclaimed(sheet: SheetAnalysis, out: Diagnostic[]): void {
  const byCell = new Map<string, UnclaimedCell>();
  for (const c of sheet.unclaimed) byCell.set(c.cell, c);
  for (const t of sheet.tables) for (const c of t.unclaimed) if (!byCell.has(c.cell)) byCell.set(c.cell, c);

  const cells = [...byCell.values()]
    .map((c) => ({ ...c, pos: parseRange(c.cell) }))
    .sort((a, b) => (a.pos?.r0 ?? 0) - (b.pos?.r0 ?? 0) || (a.pos?.c0 ?? 0) - (b.pos?.c0 ?? 0));

  // Flood fill over a position index: linear in the number of cells, so a pasted 100,000-row sheet
  // is grouped as fast as it is read.
  // Numeric keys (row × Excel's 16,384 columns + column): no string building per neighbour probe.
  const key = (r: number, c: number): number => r * 16384 + c;
  const at = new Map<number, number>();
  cells.forEach((c, i) => {
    if (c.pos) at.set(key(c.pos.r0, c.pos.c0), i);
  });
  const groupOf = new Array<number>(cells.length).fill(-1);
  let groups = 0;
  for (let i = 0; i < cells.length; i++) {
    if (groupOf[i] >= 0) continue;
    groupOf[i] = groups;
    const stack = [i];
    while (stack.length > 0) {
      const a = cells[stack.pop() as number].pos;
      // A cell whose address cannot be read stays in a group of its own.
      if (!a) continue;
      for (let dr = -1; dr <= 1; dr++) {
        for (let dc = -1; dc <= 1; dc++) {
          if (a.c0 + dc < 0) continue;
          const j = at.get(key(a.r0 + dr, a.c0 + dc));
          if (j !== undefined && groupOf[j] < 0) {
            groupOf[j] = groups;
            stack.push(j);
          }
        }
      }
    }
    groups++;
  }

  const members: (typeof cells)[] = Array.from({ length: groups }, () => []);
  cells.forEach((c, i) => members[groupOf[i]].push(c));
  for (const group of members) {
    const list = group.map((m) => ({ cell: m.cell, text: m.text }));
    out.push({ rule: 'D01', severity: 'info', sheet: sheet.sheet, cell: group[0].cell, message: M.D01(list) });
  }
}

/** D02, one warning per block the reader expected but did not find. */
export function checkMissingBlocks(t: ReadTable, out: Diagnostic[]): void {
  if (t.missingBlocks.length === 0) return;
  const cell = cellAddress(t.bounds.r0, t.bounds.c0);
  for (const block of t.missingBlocks) {
    out.push({ rule: 'D02', severity: 'warning', sheet: t.table.sheet, cell, message: M.D02(block) });
  }
}
