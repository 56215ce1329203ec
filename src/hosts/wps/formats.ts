/**
 * Reading number formats in blocks. `NumberFormat` of a range is one string when all its cells share a
 * format and null when they differ; reading it per cell would cost a call per cell.
 *
 * Formats only change what numbers mean (0.85 shown as "85%", a serial shown as a date); a text cell
 * stays text whatever its format. So when the block is mixed, only lines (rows or columns, whichever are
 * fewer) that hold numbers are read, each over the span of its numeric cells; a span that is itself mixed
 * is halved until each part is uniform.
 */
import { CellRange, rangeAddress } from '../../engine/grid/address';
import { CellValue } from '../../engine/grid/grid';
import { EtWorksheet } from './etTypes';
import { parseFormat } from './values';

export type FormatMatrix = (string | null)[][];

/** "General" is the default; the grid leaves it out. */
function meaningful(format: string | null): string | null {
  return format === null || format === '' || format.toLowerCase() === 'general' || format === 'G/通用格式' ? null : format;
}

/**
 * Formats of `region` (values already read, row 0 = region.r0). `blockFormat` is the region's own
 * NumberFormat answer.
 */
export function readFormats(ws: EtWorksheet, region: CellRange, values: CellValue[][], blockFormat: unknown): FormatMatrix {
  const rows = region.r1 - region.r0 + 1;
  const cols = region.c1 - region.c0 + 1;
  const out: FormatMatrix = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  const uniform = parseFormat(blockFormat);
  if (uniform !== null) {
    const f = meaningful(uniform);
    if (f !== null) for (const row of out) row.fill(f);
    return out;
  }

  const numericRows = new Map<number, number[]>();
  const numericCols = new Map<number, number[]>();
  values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (typeof v !== 'number') return;
      (numericRows.get(r) ?? numericRows.set(r, []).get(r)!).push(c);
      (numericCols.get(c) ?? numericCols.set(c, []).get(c)!).push(r);
    }),
  );
  const byRow = numericRows.size <= numericCols.size;
  const lines = byRow ? numericRows : numericCols;

  const assign = (line: number, from: number, to: number, format: string | null): void => {
    const f = meaningful(format);
    for (let i = from; i <= to; i++) {
      const [r, c] = byRow ? [line, i] : [i, line];
      if (typeof values[r]?.[c] === 'number') out[r][c] = f;
    }
  };
  const span = (line: number, from: number, to: number): void => {
    const area: CellRange = byRow
      ? { r0: region.r0 + line, r1: region.r0 + line, c0: region.c0 + from, c1: region.c0 + to }
      : { r0: region.r0 + from, r1: region.r0 + to, c0: region.c0 + line, c1: region.c0 + line };
    const f = parseFormat(ws.Range(rangeAddress(area)).NumberFormat);
    if (f !== null || from === to) {
      assign(line, from, to, f);
      return;
    }
    const mid = (from + to) >> 1;
    const positions = lines.get(line) ?? [];
    const left = positions.filter((p) => p >= from && p <= mid);
    const right = positions.filter((p) => p > mid && p <= to);
    if (left.length > 0) span(line, Math.min(...left), Math.max(...left));
    if (right.length > 0) span(line, Math.min(...right), Math.max(...right));
  };
  for (const [line, positions] of lines) span(line, Math.min(...positions), Math.max(...positions));
  return out;
}
