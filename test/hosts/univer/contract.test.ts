/**
 * The shared host contract on a real, headless Univer (the engine the browser workbench shows). Round trips
 * are host calls; `userEdit` goes through Univer's own set-range-values command – the command the cell
 * editor runs when the user presses Enter – so SheetValueChanged fires exactly as for typing.
 */
import { CellValue } from '../../../src/engine/grid/grid';
import { parseRange } from '../../../src/engine/grid/address';
import { UniverHost } from '../../../src/hosts/univer/univerHost';
import { gridToSheetData, workbookDataOf } from '../../../src/hosts/univer/sheetData';
import { describeHostContract } from '../contract/hostContract';
import { countCalls } from './countCalls';
import { createHeadlessUniver } from './headlessUniver';
import { typedCell } from './typing';

describeHostContract(
  'Univer (headless)',
  async (grids) => {
    const univer = createHeadlessUniver(workbookDataOf(grids.map((g) => gridToSheetData(g))));
    const { host, calls } = countCalls(new UniverHost(univer.api));
    return {
      host,
      roundTrips: calls,
      userEdit: async (sheet: string, cell: string, value: CellValue) => {
        const wb = univer.api.getActiveWorkbook();
        const ws = wb?.getSheets().find((s) => s.getSheetName() === sheet);
        const r = parseRange(cell);
        if (!wb || !ws || !r) throw new Error(`no cell ${sheet}!${cell}`);
        const ok = univer.api.syncExecuteCommand('sheet.command.set-range-values', {
          unitId: wb.getId(),
          subUnitId: ws.getSheetId(),
          range: { startRow: r.r0, startColumn: r.c0, endRow: r.r0, endColumn: r.c0 },
          value: typedCell(value),
        });
        if (!ok) throw new Error('set-range-values refused');
      },
      dispose: () => univer.dispose(),
    };
  },
  { insertTemplate: 2, convertSeedSheet: 3, liveEdit: 2, summary50: 3 },
);
