/**
 * The shared host contract on ExcelHost over the Office.js fake, counting syncs (round trips to Excel):
 * on ExcelApi 1.17 (triggerSource, rename events), 1.14 (triggerSource) and 1.9 (neither: expected-write
 * guard, names refreshed by every read). A user edit is measured from the keystroke to the marks written,
 * including the change event's handling: the fake's userEdit resolves once the handlers finished.
 */
import { SheetGrid } from '../../../src/engine/grid/grid';
import { ExcelHost } from '../../../src/hosts/excel/excelHost';
import { describeHostContract } from '../contract/hostContract';
import { installOfficeFake } from '../../fakes/officeFake';

function fill(grids: SheetGrid[]) {
  const fake = installOfficeFake({ api: '1.14', sheets: grids.map((g) => g.name) });
  for (const g of grids) {
    const sheet = fake.state.get(g.name);
    g.values.forEach((row, r) =>
      (row ?? []).forEach((value, c) => {
        const numberFormat = g.numberFormats?.[r]?.[c] ?? undefined;
        if ((value !== null && value !== undefined) || numberFormat) sheet.writeCell(r, c, { value: value ?? '', ...(numberFormat ? { numberFormat } : {}) });
      }),
    );
    sheet.merges = g.merges.map((m) => ({ ...m }));
  }
  return fake;
}

describe.each(['1.17', '1.14', '1.9'])('ExcelApi %s', (api) => {
  describeHostContract(
    `Excel (Office.js fake, ExcelApi ${api})`,
    async (grids) => {
      const fake = fill(grids);
      fake.config.apiMinor = Number(api.split('.')[1]);
      const host = new ExcelHost({ guardWindowMs: 50 });
      return {
        host,
        roundTrips: () => fake.state.syncCount,
        userEdit: (sheet, cell, value) => fake.userEdit(sheet, cell, value),
        dispose: async () => {
          await fake.settle();
          fake.uninstall();
        },
      };
    },
    { insertTemplate: 2, convertSeedSheet: 3, liveEdit: 2, summary50: 3 },
  );
});
