/** The live check re-reads a whole flat list when one of its projects is edited (src/app/region.ts). */
import { mergeRegion, regionForChange } from '../../src/app/region';
import { analyzeSheet } from '../../src/engine/analyze';
import { CellRange } from '../../src/engine/grid/address';
import { CellValue, SheetGrid, gridFromRows } from '../../src/engine/grid/grid';

const ROWS: CellValue[][] = [
  ['项目名称', '项目编码', '预算数', '绩效目标', '一级指标', '二级指标', '三级指标', '指标值'],
  ['项目甲', 'P1', 5, '完成甲', '产出指标', '数量指标', '次数', '≥2次'],
  [null, null, null, null, null, '质量指标', '合格率', '≥95%'],
  ['项目乙', 'P2', 9, '完成乙', '产出指标', '数量指标', '批次', '≥10批次'],
  [null, null, null, null, '满意度指标', '服务对象满意度指标', '满意度', '≥90%'],
];

/** What a host's readRegion gives: worksheet coordinates, everything outside the region empty. */
function regionGrid(rows: CellValue[][], r: CellRange): SheetGrid {
  const values = rows.map((row, i) => row.map((v, c) => (i >= r.r0 && i <= r.r1 && c >= r.c0 && c <= r.c1 ? v : null)));
  return gridFromRows('S', values);
}

test('an edit in the second project of a flat list re-reads the list from its header', () => {
  const before = analyzeSheet(gridFromRows('S', ROWS));
  expect(before.tables.map((t) => t.table.range)).toEqual(['A1:H3', 'A4:H5']);
  const region = regionForChange(before, { r0: 4, c0: 7, r1: 4, c1: 7 });
  expect(region).toMatchObject({ r0: 0, c0: 0, c1: 8 });

  const edited = ROWS.map((r) => r.slice());
  edited[4][7] = '≥92%';
  const after = mergeRegion(before, region as CellRange, analyzeSheet(regionGrid(edited, region as CellRange)));
  expect(after.tables.map((t) => t.table.projectCode)).toEqual(['P1', 'P2']);
  expect(after.tables[1].table.indicators.map((i) => [i.level1, i.value])).toEqual([
    ['产出指标', '≥10批次'],
    ['满意度指标', '≥92%'],
  ]);
  expect(after.unclaimed).toEqual([]);
});
