/** Hosts hand over ragged rows with holes (a note typed far to the right of a table); holes are empty cells. */
import { analyzeSheet } from '../../../src/engine/analyze';
import { perSheetSeedGrids } from '../../fixtures/seedGrids';

test('a lone note in K80 is the only unclaimed cell, holes before it are not content', () => {
  const grid = perSheetSeedGrids()[0];
  while (grid.values.length < 80) grid.values.push([]);
  const row: (string | null)[] = [];
  row[10] = '备注';
  grid.values[79] = row;
  const read = analyzeSheet(grid);
  expect(read.unclaimed).toEqual([{ cell: 'K80', text: '备注' }]);
  expect(read.tables).toHaveLength(1);
});

test('holes inside a table row do not shift or invent cells', () => {
  const grid = perSheetSeedGrids()[0];
  const before = analyzeSheet(perSheetSeedGrids()[0]);
  // Turn every null of the sheet into a hole, as a sparse host read would give.
  grid.values = grid.values.map((r) => {
    const sparse: (string | number | boolean | null)[] = [];
    r.forEach((v, c) => {
      if (v !== null) sparse[c] = v;
    });
    return sparse;
  });
  const after = analyzeSheet(grid);
  expect(after.tables.map((t) => t.table)).toEqual(before.tables.map((t) => t.table));
  expect(after.unclaimed).toEqual(before.unclaimed);
});
