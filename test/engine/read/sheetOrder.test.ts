/**
 * Every sheet view works in the same lists (the reader keeps no per-sheet copies), so what one sheet
 * leaves there must never show in the next: a sheet reads the same whatever was read before it.
 */
import { analyzeSheet } from '../../../src/engine/analyze';
import { CellValue, SheetGrid } from '../../../src/engine/grid/grid';
import { pastedSeedGrid, perSheetSeedGrids } from '../../fixtures/seedGrids';

/** A sheet of `rows` rows, each with a label-like text and numbers: lots of filled, labelled and claimable cells. */
function tallSheet(rows: number, width: number): SheetGrid {
  const values: CellValue[][] = [];
  for (let r = 0; r < rows; r++) {
    const row: CellValue[] = ['项目名称'];
    for (let c = 1; c < width; c++) row.push(r * width + c);
    values.push(row);
  }
  return { name: `tall${rows}`, values, merges: [] };
}

const small = () => perSheetSeedGrids()[3];

test.each([
  ['the whole pasted document (12 tables, merges)', () => pastedSeedGrid()],
  ['a wider and taller sheet', () => tallSheet(300, 12)],
  ['a sheet over the size the shared lists keep (they are given back)', () => tallSheet(9000, 10)],
])('a seed table reads the same after %s', (_, before) => {
  const alone = analyzeSheet(small());
  analyzeSheet(before());
  const after = analyzeSheet(small());
  expect(after).toEqual(alone);
  expect(after.tables[0].table.indicators.length).toBeGreaterThan(5);
  expect(after.unclaimed).toEqual([]);
});

test('a sheet with a note far right of its table, read after a sheet whose cells were all claimed there', () => {
  const noted = small();
  const row: CellValue[] = [];
  row[11] = '备注：另行说明';
  noted.values.push(row);
  const expected = analyzeSheet(noted).unclaimed;
  expect(expected).toEqual([{ cell: `L${noted.values.length}`, text: '备注：另行说明' }]);
  analyzeSheet(pastedSeedGrid());
  expect(analyzeSheet(noted).unclaimed).toEqual(expected);
});
