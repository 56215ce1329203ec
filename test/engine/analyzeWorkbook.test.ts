/**
 * The workbook front door: a pasted original and its converted standard sheet count as one project, and
 * the list the caller passes in is never changed.
 */
import { analyzeSheet, analyzeWorkbook, checkSheets } from '../../src/engine/analyze';
import { planConversion } from '../../src/engine/convert/convert';
import { parseRange, rangesIntersect } from '../../src/engine/grid/address';
import { planToGrid } from '../../src/engine/render/planToGrid';
import { pastedSeedGrid } from '../fixtures/seedGrids';

const options = { profile: 'hebei-2023', requireFullByYearEnd: true } as const;

function pastedAndConverted(count: number) {
  const pasted = pastedSeedGrid();
  const original = analyzeWorkbook([pasted], options);
  const plans = planConversion(
    original.tables.slice(0, count).map((t) => t.table),
    [pasted.name],
    { profile: 'hebei-2023' },
  );
  return { pasted, original, converted: plans.map(planToGrid) };
}

test('a pasted table whose converted standard sheet exists is left out and listed as superseded', () => {
  const { pasted, original, converted } = pastedAndConverted(2);
  const both = analyzeWorkbook([pasted, ...converted], options);

  expect(original.tables).toHaveLength(12);
  // 12 projects, not 14: the two converted ones replace their pasted originals.
  expect(both.tables).toHaveLength(12);
  const pastedSheet = both.sheets.find((s) => s.sheet === pasted.name);
  expect(pastedSheet?.tables).toHaveLength(10);
  expect(pastedSheet?.superseded).toEqual([
    { range: original.tables[0].table.range, bySheet: converted[0].name },
    { range: original.tables[1].table.range, bySheet: converted[1].name },
  ]);
  expect(both.tables.map((t) => t.table.sheet).slice(-2)).toEqual(converted.map((g) => g.name));
  // Every project is checked once: nothing reported on the superseded originals' cells.
  const originalBounds = original.tables.slice(0, 2).map((t) => t.bounds);
  const onOriginals = both.diagnostics.filter((d) => {
    const at = d.sheet === pasted.name && d.cell ? parseRange(d.cell) : null;
    return at !== null && originalBounds.some((b) => rangesIntersect(b, at));
  });
  expect(onOriginals).toEqual([]);
  expect(original.diagnostics.filter((d) => {
    const at = d.cell ? parseRange(d.cell) : null;
    return at !== null && originalBounds.some((b) => rangesIntersect(b, at));
  }).length).toBeGreaterThan(0);
});

test('checkSheets returns its own lists: re-reading into the caller\'s list later changes no result', () => {
  const { pasted, converted } = pastedAndConverted(0);
  const read = [analyzeSheet(pasted), ...converted.map(analyzeSheet)];
  const result = checkSheets(read, options);
  expect(result.sheets).not.toBe(read);
  const before = result.sheets.slice();
  read[0] = analyzeSheet({ name: pasted.name, values: [], merges: [] });
  expect(result.sheets).toEqual(before);
  expect(result.tables).toHaveLength(12);
});
