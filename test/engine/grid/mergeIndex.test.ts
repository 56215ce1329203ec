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

test('MergeIndex finds the merge of every cell, and none outside merges', () => {
  fc.assert(
    fc.property(fc.array(merge, { maxLength: 8 }), fc.nat(5), (merges, valueWidth) => {
      const grid: SheetGrid = { name: 'S', values: [Array(valueWidth).fill('x')], merges };
      const index = new MergeIndex(grid);
      for (let r = 0; r < 18; r++) {
        for (let c = 0; c < 12; c++) {
          if (index.at(r, c) !== lastContaining(merges, r, c)) return false;
        }
      }
      return true;
    }),
    { numRuns: 300 },
  );
});

test('a merge far down a sheet is found without a cell array of that size', () => {
  const far: CellRange = { r0: 20_000_000, c0: 1, r1: 20_000_001, c1: 2 };
  const index = new MergeIndex({ name: 'S', values: [['a', 'b', 'c']], merges: [far] });
  expect(index.at(20_000_001, 2)).toBe(far);
  expect(index.at(20_000_001, 0)).toBeNull();
  expect(index.isCovered(20_000_000, 1)).toBe(false);
  expect(index.isCovered(20_000_000, 2)).toBe(true);
});
