/**
 * Finds every project table in a sheet wherever it starts: stacked tables from a pasted Word file,
 * tables offset to other columns, blank and stray rows between them.
 *
 * A table is anchored by its project-information row (项目编码 / 项目名称) or, for tables that lack one,
 * by its indicator header (一级指标 + 二级指标). A second 项目名称 (or 项目编码) after the first, or a
 * second indicator header, starts the next table.
 *
 * A header row that holds project fields (项目名称 / 项目编码) and indicator columns (一级指标 + 二级指标)
 * side by side is the header of a flat list: one row per indicator, the project's cells filled on its first
 * row only. Such a segment holds several projects; readFlatList splits it.
 */
import { SheetView } from '../read/sheetView';

export interface TableSegment {
  /** Row of the first project-information label, or the header row for anchorless tables. */
  anchorRow: number;
  /** Row of the indicator header, or null when the table has none. */
  headerRow: number | null;
  /** First row after this table's segment (the next anchor's row, or the sheet height). */
  limit: number;
  /** The segment is a flat list (anchorRow === headerRow): one row per indicator, several projects. */
  flat: boolean;
}

/** What a row holds, as bits: a 项目名称 label, a 项目编码 label, an indicator header (一级指标 + 二级指标). */
const PROJECT_NAME = 1;
const PROJECT_CODE = 2;
const HEADER = 4;

function classifyRow(view: SheetView, row: number): number {
  let kinds = 0;
  let level1 = false;
  let level2 = false;
  for (let i = 0, n = view.labelCount(row); i < n; i++) {
    const { field, column: col } = view.labelMatch(row, i);
    if (field === 'projectName') kinds |= PROJECT_NAME;
    else if (field === 'projectCode') kinds |= PROJECT_CODE;
    if (col === 'level1') level1 = true;
    else if (col === 'level2') level2 = true;
  }
  return level1 && level2 ? kinds | HEADER : kinds;
}

export function locateTables(view: SheetView): TableSegment[] {
  const segments: TableSegment[] = [];
  // The open segment and which project labels it has seen (only the open one's matter).
  let current: TableSegment | null = null;
  let seenName = false;
  let seenCode = false;
  const open = (row: number): TableSegment => {
    if (current !== null) current.limit = row;
    const seg: TableSegment = { anchorRow: row, headerRow: null, limit: view.rows, flat: false };
    segments.push(seg);
    seenName = false;
    seenCode = false;
    return seg;
  };

  for (let r = 0; r < view.rows; r++) {
    // Most rows hold no label at all.
    if (view.labelCount(r) === 0) continue;
    const k = classifyRow(view, r);
    const name = (k & PROJECT_NAME) !== 0;
    const code = (k & PROJECT_CODE) !== 0;
    const header = (k & HEADER) !== 0;
    if (header && (name || code)) {
      current = open(r);
      current.headerRow = r;
      current.flat = true;
      continue;
    }
    if (name || code) {
      const repeats = current !== null && ((name && seenName) || (code && seenCode) || current.headerRow !== null);
      if (current === null || repeats) current = open(r);
      seenName ||= name;
      seenCode ||= code;
    }
    if (header) {
      if (current === null || current.headerRow !== null) current = open(r);
      current.headerRow = r;
    }
  }
  return segments;
}
