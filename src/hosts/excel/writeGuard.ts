/**
 * Excel reports the add-in's own writes as changes too. From ExcelApi 1.14 the event says so
 * (`triggerSource === "ThisLocalAddin"`); below that, the adapter remembers what it is about to write and
 * ignores change events inside those areas until a short window after the write has synced. A user edit in
 * the same area inside that window is missed too; the next edit or a full check catches it.
 */
import { CellRange } from '../../engine/grid/address';

interface Expected {
  sheet: string;
  range: CellRange;
  /** Milliseconds timestamp after which the entry is dropped; Infinity while the write is in flight. */
  until: number;
}

function contains(outer: CellRange, inner: CellRange): boolean {
  return inner.r0 >= outer.r0 && inner.r1 <= outer.r1 && inner.c0 >= outer.c0 && inner.c1 <= outer.c1;
}

export class WriteGuard {
  private entries: Expected[] = [];
  private inFlight: Expected[] = [];

  constructor(private readonly windowMs: number, private readonly now: () => number = Date.now) {}

  /** Registers areas about to be written (call before the sync). */
  expect(sheet: string, ranges: CellRange[]): void {
    for (const range of ranges) {
      const e: Expected = { sheet: sheet.toLowerCase(), range, until: Infinity };
      this.entries.push(e);
      this.inFlight.push(e);
    }
  }

  /** The writes registered since the last call have synced (or failed): start their windows. */
  settle(): void {
    const until = this.now() + this.windowMs;
    for (const e of this.inFlight) e.until = until;
    this.inFlight = [];
  }

  /** True when a change event at (sheet, range) is our own write. */
  isOwn(sheet: string, range: CellRange): boolean {
    const t = this.now();
    this.entries = this.entries.filter((e) => e.until >= t);
    const key = sheet.toLowerCase();
    return this.entries.some((e) => e.sheet === key && contains(e.range, range));
  }
}
