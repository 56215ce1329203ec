import fc from 'fast-check';
import { CellRange } from '../../../src/engine/grid/address';
import { MergeIndex, SheetGrid } from '../../../src/engine/grid/grid';

/** What the index must answer: the last listed merge that contains the cell (hosts never overlap them). */
function lastContaining(merges: CellRange[], row: number, col: number): CellRange | null {
  let found: CellRange | null = null;
  for (const m of merges) if (row >= m.r0 && row <= m.r1 && col >= m.c0 && col <= m.c1) found = m;
  return found;
}

const merge = fc
  .record({ r0: fc.nat(12), c0: fc.nat(6), h: fc.nat(3), w: fc.nat(3) })
  .map(({ r0, c0, h, w }): CellRange => ({ r0, c0, r1: r0 + h, c1: c0 + w }));

test.each([
  ['near the top (flat array)', 0],
  ['far down a sheet (map of merged cells)', 70_000],
])('MergeIndex finds the merge of every cell, and none outside merges: merges %s', (_where, offset) => {
  fc.assert(
    fc.property(fc.array(merge, { maxLength: 8 }), fc.nat(5), (near, valueWidth) => {
      const merges = near.map((m) => ({ ...m, r0: m.r0 + offset, r1: m.r1 + offset }));
      const grid: SheetGrid = { name: 'S', values: [Array(valueWidth).fill('x')], merges };
      const index = new MergeIndex(grid);
      for (let r = offset - 1; r < offset + 18; r++) {
        for (let c = -1; c < 12; c++) {
          if (index.at(r, c) !== lastContaining(merges, r, c)) return false;
        }
      }
      return true;
    }),
    { numRuns: 200 },
  );
});

test('coordinates outside the sheet are in no merge', () => {
  const m: CellRange = { r0: 0, c0: 0, r1: 1, c1: 1 };
  const index = new MergeIndex({ name: 'S', values: [['a', 'b']], merges: [m] });
  expect(index.at(0, -1)).toBeNull();
  expect(index.at(-1, 0)).toBeNull();
  expect(index.isCovered(0, -1)).toBe(false);
  expect(index.at(1, 1)).toBe(m);
});

test('a merge far down a sheet is found without a cell array of that size', () => {
  const far: CellRange = { r0: 20_000_000, c0: 1, r1: 20_000_001, c1: 2 };
  const index = new MergeIndex({ name: 'S', values: [['a', 'b', 'c']], merges: [far] });
  expect(index.at(20_000_001, 2)).toBe(far);
  expect(index.at(20_000_001, 0)).toBeNull();
  expect(index.isCovered(20_000_000, 1)).toBe(false);
  expect(index.isCovered(20_000_000, 2)).toBe(true);
});
