/**
 * Marks as conditional formats (FormatConditions of type xlExpression with an always-true, tagged formula
 * and an Interior colour), never as cell fills: they sit on top of the user's formatting and leave it
 * untouched when removed. The tag (shared with the Excel adapter, excel/marks.ts) finds our conditions
 * again after a reload; within a page the conditions are tracked so an update touches only what changed.
 */
import { CellRange, parseRange, rangeAddress } from '../../engine/grid/address';
import { CellMark } from '../../engine/model/plan';
import { Severity } from '../../engine/model/diagnostic';
import { MARK_FILL, isMarkFormula, markFormula } from '../excel/marks';
import { cellsToRects, unionChunks } from './address';
import { EtFormatCondition, EtWorksheet, XL } from './etTypes';
import { hexToBgr } from './values';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

interface Tracked {
  address: string;
  condition: EtFormatCondition;
}

/** Our conditions on one sheet, per severity, in chunk order. */
export type SheetMarks = Map<Severity, Tracked[]>;

/** Union addresses (≤ 255 characters each) of the marked cells, per severity. */
export function markAddresses(marks: CellMark[]): Map<Severity, string[]> {
  const out = new Map<Severity, string[]>();
  for (const severity of SEVERITIES) {
    const cells: { row: number; col: number }[] = [];
    for (const m of marks) {
      if (m.severity !== severity) continue;
      const r: CellRange | null = parseRange(m.cell);
      if (r) cells.push({ row: r.r0, col: r.c0 });
    }
    if (cells.length > 0) out.set(severity, unionChunks(cellsToRects(cells).map(rangeAddress)));
  }
  return out;
}

/** Removes every tagged condition on the sheet (ours from an earlier page), leaving the user's. */
export function sweepMarks(ws: EtWorksheet): number {
  const conditions = ws.Cells.FormatConditions;
  let removed = 0;
  for (let i = conditions.Count; i >= 1; i--) {
    const fc = conditions.Item(i);
    if (isMarkFormula(fc.Formula1)) {
      fc.Delete();
      removed++;
    }
  }
  return removed;
}

/** Deletes a condition; one the user already removed is simply gone. */
function drop(condition: EtFormatCondition): void {
  try {
    condition.Delete();
  } catch {
    // Already deleted (by the user, or with its sheet).
  }
}

function addCondition(ws: EtWorksheet, address: string, severity: Severity): EtFormatCondition {
  const fc = ws.Range(address).FormatConditions.Add(XL.expression, undefined, markFormula(severity));
  fc.Interior.Color = hexToBgr(MARK_FILL[severity]);
  return fc;
}

/** Brings the sheet's conditions from `current` to `wanted`, touching only chunks that changed. */
export function updateMarks(ws: EtWorksheet, current: SheetMarks, wanted: Map<Severity, string[]>): SheetMarks {
  const next: SheetMarks = new Map();
  for (const severity of SEVERITIES) {
    const have = current.get(severity) ?? [];
    const want = wanted.get(severity) ?? [];
    const kept: Tracked[] = [];
    for (let i = 0; i < Math.max(have.length, want.length); i++) {
      const old = have[i];
      const address = want[i];
      if (old && address !== undefined) {
        if (old.address === address) {
          kept.push(old);
          continue;
        }
        try {
          old.condition.ModifyAppliesToRange(ws.Range(address));
          kept.push({ address, condition: old.condition });
          continue;
        } catch {
          // Builds without ModifyAppliesToRange: replace the condition instead.
          drop(old.condition);
          kept.push({ address, condition: addCondition(ws, address, severity) });
          continue;
        }
      }
      if (old) drop(old.condition);
      else if (address !== undefined) kept.push({ address, condition: addCondition(ws, address, severity) });
    }
    if (kept.length > 0) next.set(severity, kept);
  }
  return next;
}
