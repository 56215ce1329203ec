/**
 * Echo suppression. WPS fires SheetChange (and SheetActivate) for the add-in's own writes too, either
 * inside the write call or shortly after it, depending on the build. While the adapter writes it records
 * what it expects to change; events for those cells (or sheets) that arrive during the write or within
 * `windowMs` after it are dropped. Anything else – another cell, another sheet, or later – is the user's.
 */
import { CellRange } from '../../engine/grid/address';

interface Expected {
  sheet: string;
  /** null: the whole sheet. */
  range: CellRange | null;
  kind: 'edit' | 'activate';
  /** Infinity while the write is running. */
  until: number;
  op: number;
}

export class WriteGuard {
  private entries: Expected[] = [];
  private openOps = new Set<number>();
  private nextOp = 1;

  constructor(
    private readonly now: () => number = () => Date.now(),
    private readonly windowMs = 1500,
  ) {}

  /** Starts a write; returns the id to pass to `expect` and `end`. */
  begin(): number {
    const op = this.nextOp++;
    this.openOps.add(op);
    return op;
  }

  /** Expects edits of `sheet` (in `range`), or its activation. */
  expect(op: number, sheet: string, kind: 'edit' | 'activate', range: CellRange | null = null): void {
    this.entries.push({ sheet, range, kind, until: Infinity, op });
  }

  /** Ends a write: its expectations stay for the echo window. */
  end(op: number): void {
    this.openOps.delete(op);
    const until = this.now() + this.windowMs;
    for (const e of this.entries) if (e.op === op) e.until = until;
  }

  /** While any write runs, every activation is ours (sheets get added, activated and renamed). */
  get writing(): boolean {
    return this.openOps.size > 0;
  }

  /** True when an event for `sheet` / `range` is the echo of our own write. */
  isOwn(sheet: string, kind: 'edit' | 'activate', range: CellRange | null): boolean {
    const t = this.now();
    this.entries = this.entries.filter((e) => e.until >= t);
    if (kind === 'activate') {
      if (this.writing) return true;
      // Our activations echo within the window; an activation of any other sheet is the user taking
      // over, after which even a return to one of our sheets is theirs.
      const ours = this.entries.some((e) => e.kind === 'activate' && e.sheet === sheet);
      if (!ours) this.entries = this.entries.filter((e) => e.kind !== 'activate');
      return ours;
    }
    return this.entries.some(
      (e) =>
        e.kind === kind &&
        e.sheet === sheet &&
        (e.range === null ||
          range === null ||
          (range.r0 >= e.range.r0 && range.r1 <= e.range.r1 && range.c0 >= e.range.c0 && range.c1 <= e.range.c1)),
    );
  }
}
