/**
 * Finding merged areas with few ET calls. ET has no "list the merged areas" call; what it has is
 * `Range.MergeCells` (true when every cell of the range is merged, false when none is, null when mixed)
 * and a cell's `MergeArea`. The strategy, cheapest first:
 *
 * 1. `MergeCells` of the whole region (read anyway with the values): false → no merges, done.
 * 2. Known merges (written by this adapter or found by an earlier scan of the sheet) are verified as a
 *    set: the union of the known areas must be all merged and the rest of the region none merged – two
 *    multi-area `MergeCells` reads per 255-character address chunk, independent of the sheet's size.
 *    (A different partition of exactly the same merged cells would go unnoticed; SheetChange for a
 *    merge/unmerge also drops the cache while live checking runs.)
 * 3. Otherwise a scan: row bands are bisected with `MergeCells` so merge-free rows cost nothing per row;
 *    inside a row, column segments are bisected the same way, and a segment that is entirely merged (or
 *    one cell) is resolved with its first cell's `MergeArea.Address()` – the area found is skipped in the
 *    rest of that row and in the rows it covers. The values already read prune this: only the top-left
 *    cell of a merged area can hold a value, so a cell with a value whose right and lower neighbours also
 *    hold values is certainly not merged, and a lone cell with a value is probed directly. Cost grows with
 *    the number of merges (about 3–6 calls each), not with the number of cells.
 */
import { CellRange, rangeAddress, rangesIntersect } from '../../engine/grid/address';
import { CellValue } from '../../engine/grid/grid';
import { complementRects, parseArea, unionChunks } from './address';
import { EtWorksheet } from './etTypes';

function flagOf(ws: EtWorksheet, address: string): boolean | null {
  const v: unknown = ws.Range(address).MergeCells;
  return v === true ? true : v === false ? false : null;
}

/** True when every cell of every area is merged (`want` true) or none is (`want` false). */
function unionIs(ws: EtWorksheet, areas: CellRange[], want: boolean): boolean {
  for (const chunk of unionChunks(areas.map(rangeAddress))) {
    if (flagOf(ws, chunk) !== want) return false;
  }
  return true;
}

/** Step 2: whether `known` are still exactly the merged cells of `region`. */
export function verifyMerges(ws: EtWorksheet, region: CellRange, known: CellRange[]): boolean {
  const inside = known.filter((m) => rangesIntersect(m, region));
  if (inside.length > 0 && !unionIs(ws, inside, true)) return false;
  const rest = complementRects(region, inside);
  return rest.length === 0 || unionIs(ws, rest, false);
}

/** Step 3: scans `region`, whose own MergeCells answer is `regionFlag`. */
export function scanMerges(
  ws: EtWorksheet,
  region: CellRange,
  regionFlag: boolean | null,
  values: CellValue[][] = [],
): CellRange[] {
  const found: CellRange[] = [];
  if (regionFlag === false) return found;
  const covered = (r: number, c: number): boolean =>
    found.some((m) => r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1);
  const filled = (r: number, c: number): boolean => {
    const v = values[r - region.r0]?.[c - region.c0];
    return v !== null && v !== undefined;
  };
  /** Certainly not merged: it holds a value and so do the cells a merge starting here would cover. */
  const plain = (r: number, c: number): boolean =>
    filled(r, c) &&
    c < region.c1 &&
    r < region.r1 &&
    (filled(r, c + 1) || covered(r, c + 1)) &&
    (filled(r + 1, c) || covered(r + 1, c));

  const probe = (r: number, c: number): CellRange => {
    const text = ws.Range(rangeAddress({ r0: r, c0: c, r1: r, c1: c })).MergeArea.Address(false, false);
    const area = parseArea(text);
    return area ? area.range : { r0: r, c0: c, r1: r, c1: c };
  };

  const segment = (r: number, c0: number, c1: number, known?: boolean | null): void => {
    if (known !== true) {
      const parts = split(r, c0, c1);
      if (parts.length !== 1 || parts[0][0] !== c0 || parts[0][1] !== c1) {
        for (const [s0, s1] of parts) segment(r, s0, s1);
        return;
      }
      if (c0 === c1 && filled(r, c0)) {
        // A lone value that may start a merge: its MergeArea answers directly.
        const area = probe(r, c0);
        if (area.r0 !== area.r1 || area.c0 !== area.c1) found.push(area);
        return;
      }
    }
    const flag = known !== undefined ? known : flagOf(ws, rangeAddress({ r0: r, c0, r1: r, c1 }));
    if (flag === false) return;
    if (c0 === c1 || flag === true) {
      const area = probe(r, c0);
      if (area.r0 !== area.r1 || area.c0 !== area.c1) found.push(area);
      const next = Math.max(area.c1 + 1, c0 + 1);
      // An all-merged segment may hold several areas; go on with what is left of it.
      for (const [s0, s1] of uncoveredRuns(r, next, c1)) segment(r, s0, s1, flag === true ? true : undefined);
      return;
    }
    const mid = (c0 + c1) >> 1;
    for (const [s0, s1] of uncoveredRuns(r, c0, mid)) segment(r, s0, s1);
    for (const [s0, s1] of uncoveredRuns(r, mid + 1, c1)) segment(r, s0, s1);
  };

  /** Runs of cells in (c0..c1) that are neither covered by a found merge nor certainly plain. */
  const split = (r: number, c0: number, c1: number): [number, number][] =>
    uncoveredRuns(r, c0, c1).flatMap(([s0, s1]) => {
      const runs: [number, number][] = [];
      let start = -1;
      for (let c = s0; c <= s1 + 1; c++) {
        const open = c <= s1 && !plain(r, c);
        if (open && start < 0) start = c;
        if (!open && start >= 0) {
          runs.push([start, c - 1]);
          start = -1;
        }
      }
      return runs;
    });

  const uncoveredRuns = (r: number, c0: number, c1: number): [number, number][] => {
    const runs: [number, number][] = [];
    let start = -1;
    for (let c = c0; c <= c1 + 1; c++) {
      const free = c <= c1 && !covered(r, c);
      if (free && start < 0) start = c;
      if (!free && start >= 0) {
        runs.push([start, c - 1]);
        start = -1;
      }
    }
    return runs;
  };

  const row = (r: number, known: boolean | null): void => {
    const runs = uncoveredRuns(r, region.c0, region.c1);
    const whole = runs.length === 1 && runs[0][0] === region.c0 && runs[0][1] === region.c1;
    for (const [s0, s1] of runs) segment(r, s0, s1, whole ? known : undefined);
  };

  const band = (r0: number, r1: number, known?: boolean | null): void => {
    const flag = known !== undefined ? known : flagOf(ws, rangeAddress({ r0, c0: region.c0, r1, c1: region.c1 }));
    if (flag === false) return;
    if (r0 === r1) {
      row(r0, flag);
      return;
    }
    const mid = (r0 + r1) >> 1;
    band(r0, mid);
    band(mid + 1, r1);
  };

  band(region.r0, region.r1, regionFlag);
  return found;
}
