/**
 * Sheet id → name, so a change event (which carries only the worksheet id) is named without a round trip.
 *
 * Filled from reads the adapter makes anyway: every batch that syncs also loads `items/name,items/id` of
 * the worksheet collection (one more load in the same sync, no extra round trip), and written sheets load
 * their ids in the write's sync. Renames are followed by WorksheetCollection.onNameChanged where Excel has
 * it (ExcelApi 1.17); an unknown id costs one lookup sync and is remembered.
 *
 * Residual risk below ExcelApi 1.17: a user renames a sheet and edits it before any batch of ours has
 * synced. The event is then reported under the old name; the region read by that name fails, the adapter
 * refreshes the directory and retries by id within the same batch, so the right cells are read (under the
 * new name). Only if the user also gave the old name to another sheet in between is that other sheet read –
 * the next full check (检查) corrects the result.
 */
export interface SheetEntry {
  id: string;
  name: string;
}

export class SheetDirectory {
  private byId = new Map<string, string>();

  /** Everything the workbook holds now, from a loaded worksheet collection. */
  replaceAll(sheets: SheetEntry[]): void {
    this.byId = new Map(sheets.map((s) => [s.id, s.name]));
  }

  set(id: string, name: string): void {
    this.byId.set(id, name);
  }

  remove(id: string): void {
    this.byId.delete(id);
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  nameOf(id: string): string | undefined {
    return this.byId.get(id);
  }

  /** Sheet names compare case-insensitively in Excel. */
  idOf(name: string): string | undefined {
    const key = name.toLowerCase();
    for (const [id, n] of this.byId) if (n.toLowerCase() === key) return id;
    return undefined;
  }

  ids(): string[] {
    return [...this.byId.keys()];
  }

  get size(): number {
    return this.byId.size;
  }
}
