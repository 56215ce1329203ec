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
export function checkUnclaimed(sheet: SheetAnalysis): Diagnostic[] {
  const byCell = new Map<string, UnclaimedCell>();
  for (const c of sheet.unclaimed) byCell.set(c.cell, c);
  for (const t of sheet.tables) for (const c of t.unclaimed) if (!byCell.has(c.cell)) byCell.set(c.cell, c);

  const cells = [...byCell.values()]
    .map((c) => ({ ...c, pos: parseRange(c.cell) }))
    .sort((a, b) => (a.pos?.r0 ?? 0) - (b.pos?.r0 ?? 0) || (a.pos?.c0 ?? 0) - (b.pos?.c0 ?? 0));

  const groupOf = new Array<number>(cells.length).fill(-1);
  let groups = 0;
  for (let i = 0; i < cells.length; i++) {
    if (groupOf[i] >= 0) continue;
    groupOf[i] = groups;
    const stack = [i];
    while (stack.length > 0) {
      const a = cells[stack.pop() as number].pos;
      for (let j = 0; j < cells.length; j++) {
        if (groupOf[j] >= 0) continue;
        const b = cells[j].pos;
        // A cell whose address cannot be read stays in a group of its own.
        if (a && b && Math.abs(a.r0 - b.r0) <= 1 && Math.abs(a.c0 - b.c0) <= 1) {
          groupOf[j] = groups;
          stack.push(j);
        }
      }
    }
    groups++;
  }

  const out: Diagnostic[] = [];
  for (let g = 0; g < groups; g++) {
    const members = cells.filter((_, i) => groupOf[i] === g);
    const list = members.map((m) => ({ cell: m.cell, text: m.text }));
    out.push({ rule: 'D01', severity: 'info', sheet: sheet.sheet, cell: members[0].cell, message: M.D01(list) });
  }
  return out;
}

/** D02, one warning per block the reader expected but did not find. */
export function checkMissingBlocks(t: ReadTable): Diagnostic[] {
  const cell = cellAddress(t.bounds.r0, t.bounds.c0);
  return t.missingBlocks.map((block) => ({
    rule: 'D02' as const,
    severity: 'warning' as const,
    sheet: t.table.sheet,
    cell,
    message: M.D02(block),
  }));
}
