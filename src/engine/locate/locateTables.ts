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
  flat?: boolean;
}

interface RowKinds {
  projectName: boolean;
  projectCode: boolean;
  header: boolean;
}

const NOT_SPECIAL: RowKinds = Object.freeze({ projectName: false, projectCode: false, header: false });

function classifyRow(view: SheetView, row: number): RowKinds {
  const n = view.labelCount(row);
  // Most rows hold no label at all; they share one answer.
  if (n === 0) return NOT_SPECIAL;
  const kinds: RowKinds = { projectName: false, projectCode: false, header: false };
  let level1 = false;
  let level2 = false;
  for (let i = 0; i < n; i++) {
    const { field, column: col } = view.labelMatch(row, i);
    if (field === 'projectName') kinds.projectName = true;
    else if (field === 'projectCode') kinds.projectCode = true;
    if (col === 'level1') level1 = true;
    else if (col === 'level2') level2 = true;
  }
  kinds.header = level1 && level2;
  return kinds;
}

interface OpenSegment extends TableSegment {
  seenName: boolean;
  seenCode: boolean;
}

export function locateTables(view: SheetView): TableSegment[] {
  const segments: OpenSegment[] = [];
  const open = (row: number): OpenSegment => {
    const prev = segments[segments.length - 1];
    if (prev) prev.limit = row;
    const seg: OpenSegment = { anchorRow: row, headerRow: null, limit: view.rows, seenName: false, seenCode: false };
    segments.push(seg);
    return seg;
  };

  let current: OpenSegment | null = null;
  for (let r = 0; r < view.rows; r++) {
    const k = classifyRow(view, r);
    if (k.header && (k.projectName || k.projectCode)) {
      current = open(r);
      current.headerRow = r;
      current.flat = true;
      continue;
    }
    if (k.projectName || k.projectCode) {
      const repeats =
        current !== null &&
        ((k.projectName && current.seenName) || (k.projectCode && current.seenCode) || current.headerRow !== null);
      if (current === null || repeats) current = open(r);
      current.seenName ||= k.projectName;
      current.seenCode ||= k.projectCode;
    }
    if (k.header) {
      if (current === null || current.headerRow !== null) current = open(r);
      current.headerRow = r;
    }
  }
  return segments.map(({ anchorRow, headerRow, limit, flat }) =>
    flat ? { anchorRow, headerRow, limit, flat } : { anchorRow, headerRow, limit },
  );
}
