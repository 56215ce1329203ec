/**
 * The Univer spreadsheet of the workbench page: sheets core (grid, toolbar, formula bar, number formats)
 * and data validation (dropdown lists), in Chinese. Only the workbench bundle imports this file.
 */
import '@univerjs/preset-sheets-core/lib/index.css';
import '@univerjs/preset-sheets-data-validation/lib/index.css';
import { LocaleType, mergeLocales, Univer } from '@univerjs/core';
import { FUniver } from '@univerjs/core/facade';
import { UniverSheetsCorePreset } from '@univerjs/preset-sheets-core';
import sheetsCoreZhCN from '@univerjs/preset-sheets-core/locales/zh-CN';
import { UniverSheetsDataValidationPreset } from '@univerjs/preset-sheets-data-validation';
import sheetsDataValidationZhCN from '@univerjs/preset-sheets-data-validation/locales/zh-CN';
import { UniverApiLike, UWorkbookData, UWorkbookFacade } from '../hosts/univer/facade';

type Plugin = Parameters<Univer['registerPlugin']>[0];
type PluginEntry = Plugin | [Plugin, object | undefined];

/** `univerAPI` as the page uses it: the adapter's subset plus opening and closing workbooks. */
export interface WorkbenchApi extends UniverApiLike {
  createWorkbook(data: UWorkbookData): UWorkbookFacade;
  disposeUnit(unitId: string): boolean;
}

export interface UniverApp {
  univer: Univer;
  /** `univerAPI` (the full facade object at run time). */
  api: WorkbenchApi;
}

export function createUniverApp(container: HTMLElement): UniverApp {
  const univer = new Univer({
    locale: LocaleType.ZH_CN,
    locales: { [LocaleType.ZH_CN]: mergeLocales(sheetsCoreZhCN, sheetsDataValidationZhCN) },
  });
  const presets = [UniverSheetsCorePreset({ container, header: true, toolbar: true, footer: {} }), UniverSheetsDataValidationPreset()];
  for (const preset of presets) {
    for (const entry of preset.plugins as PluginEntry[]) {
      if (Array.isArray(entry)) univer.registerPlugin(entry[0], entry[1]);
      else univer.registerPlugin(entry);
    }
  }
  // The facade's own typings are not visible to this project's TypeScript setup (see modules.d.ts).
  const api = FUniver.newAPI(univer) as WorkbenchApi;
  return { univer, api };
}

/** Replaces the open workbook (if any) with `data` and activates `active`. */
export function showWorkbook(app: UniverApp, data: UWorkbookData, active: string): void {
  const old = app.api.getActiveWorkbook();
  if (old) app.api.disposeUnit(old.getId());
  const wb = app.api.createWorkbook(data);
  const sheet = wb.getSheets().find((s) => s.getSheetName() === active);
  if (sheet) wb.setActiveSheet(sheet);
}
