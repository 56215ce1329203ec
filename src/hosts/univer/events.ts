/**
 * Univer events turned into `CellChange`s. `SheetValueChanged` fires for every set-range-values mutation:
 * typing, pasting, undo, formula results – and also pure style changes (bold, fill) and the adapter's own
 * marks, which carry only `s` in their cell data. Only changes that touch a value (v, f, p, t, si) count.
 * Structural mutations (rows/columns inserted or removed, merges) come through `CommandExecuted`.
 */
import { CellChange } from '../host';
import { UCell, UCommandExecuted, USheetValueChanged } from './facade';
import { fromURange } from './sheetData';

const VALUE_KEYS = ['v', 'f', 'p', 't', 'si'] as const;

/** True when the cell data of a mutation changes a value, not only a style. */
export function touchesValue(cellValue: Record<number, Record<number, UCell | null>> | undefined): boolean {
  if (!cellValue) return true;
  for (const row of Object.values(cellValue)) {
    if (!row) continue;
    for (const cell of Object.values(row)) {
      // A null cell is a cleared cell: its value is gone.
      if (cell === null || cell === undefined) return true;
      if (VALUE_KEYS.some((k) => k in cell)) return true;
    }
  }
  return false;
}

export function changesOf(p: USheetValueChanged, unitId: string | null): CellChange[] {
  const params = p.payload?.params;
  if (params?.unitId && unitId && params.unitId !== unitId) return [];
  if (!touchesValue(params?.cellValue)) return [];
  return (p.effectedRanges ?? []).map((r) => ({ sheet: r.getSheetName(), range: fromURange(r.getRange()), kind: 'edit' as const }));
}

/** Mutations that move or reshape cells: the whole sheet is read again. */
const STRUCTURAL = new Set([
  'sheet.mutation.insert-row',
  'sheet.mutation.remove-rows',
  'sheet.mutation.insert-col',
  'sheet.mutation.remove-col',
  'sheet.mutation.move-rows',
  'sheet.mutation.move-columns',
  'sheet.mutation.add-worksheet-merge',
  'sheet.mutation.remove-worksheet-merge',
]);

interface StructuralParams {
  unitId?: unknown;
  subUnitId?: unknown;
  range?: { startRow?: unknown; startColumn?: unknown; endRow?: unknown; endColumn?: unknown };
}

function num(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function structureChangeOf(
  p: UCommandExecuted,
  unitId: string,
  sheetName: (sheetId: string) => string | null,
): CellChange | null {
  if (!STRUCTURAL.has(p.id)) return null;
  const params = (typeof p.params === 'object' && p.params !== null ? p.params : {}) as StructuralParams;
  if (params.unitId !== undefined && params.unitId !== unitId) return null;
  if (typeof params.subUnitId !== 'string') return null;
  const sheet = sheetName(params.subUnitId);
  if (!sheet) return null;
  const r = params.range ?? {};
  return {
    sheet,
    range: { r0: num(r.startRow, 0), c0: num(r.startColumn, 0), r1: num(r.endRow, 0), c1: num(r.endColumn, 0) },
    kind: 'structure',
  };
}
