/** The shared host contract on the .xlsx adapter (no events, so the live test is skipped there). */
import { XlsxHost } from '../../../src/hosts/xlsx/XlsxHost';
import { describeHostContract } from '../contract/hostContract';
import { addGridSheet } from '../../fixtures/seedWorkbooks';
import ExcelJS from 'exceljs';

describeHostContract(
  '.xlsx (ExcelJS)',
  async (grids) => {
    const wb = new ExcelJS.Workbook();
    for (const g of grids) addGridSheet(wb, g);
    const host = await XlsxHost.fromBuffer(Buffer.from(await wb.xlsx.writeBuffer()));
    let calls = 0;
    const counted = new Proxy(host, {
      get(target, prop, receiver) {
        const v = Reflect.get(target, prop, receiver) as unknown;
        if (typeof v === 'function') {
          return (...args: unknown[]) => {
            calls++;
            return (v as (...a: unknown[]) => unknown).apply(target, args);
          };
        }
        return v;
      },
    });
    return { host: counted, roundTrips: () => calls };
  },
  { insertTemplate: 2, convertSeedSheet: 3, liveEdit: 2, summary50: 3 },
);
