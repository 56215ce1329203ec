/** Locating and reading every table of one sheet, and collecting the cells no table claimed. */
import { SheetGrid } from '../grid/grid';
import { SheetAnalysis } from '../model/analysis';
import { ReadTable } from '../model/table';
import { locateTables } from '../locate/locateTables';
import { readFlatList } from './readFlatList';
import { readTable } from './readTable';
import { SheetView } from './sheetView';

/** Finds and reads every project table of one sheet. */
export function analyzeSheet(grid: SheetGrid): SheetAnalysis {
  // The view works in lists shared by all views: it is used only until this function returns.
  const view = new SheetView(grid);
  const tables: ReadTable[] = [];
  let previousEnd = -1;
  for (const seg of locateTables(view)) {
    if (seg.flat) {
      // A flat list holds several projects under one header; each becomes a table of its own.
      for (const t of readFlatList(view, seg, previousEnd)) {
        tables.push(t);
        previousEnd = Math.max(previousEnd, t.bounds.r1);
      }
    } else {
      const t = readTable(view, seg, previousEnd);
      tables.push(t);
      previousEnd = Math.max(previousEnd, t.bounds.r1);
    }
  }
  const unclaimed = view.unclaimedIn({ r0: 0, c0: 0, r1: view.rows - 1, c1: view.cols - 1 });
  return { sheet: grid.name, tables, unclaimed };
}

