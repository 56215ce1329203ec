/**
 * A real Univer spreadsheet without a browser: core + docs + formula engine + sheets + number formats +
 * data validation, their facades, and the Chinese locale. What the workbench page runs, minus rendering.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import { UniverApiLike, UWorkbookData } from '../../../src/hosts/univer/facade';

interface Plugin {
  new (...args: never[]): unknown;
}

interface UniverCore {
  Univer: new (config: object) => { registerPlugin(p: Plugin, config?: object): void; dispose(): void };
  LocaleType: { ZH_CN: string };
  mergeLocales(...locales: object[]): object;
}

export interface HeadlessUniver {
  api: UniverApiLike;
  /** `univerAPI` with its full facade (for what the adapter does not use). */
  raw: Record<string, unknown>;
  dispose(): void;
}

export function createHeadlessUniver(workbook: UWorkbookData): HeadlessUniver {
  const core = require('@univerjs/core') as UniverCore;
  const { UniverDocsPlugin } = require('@univerjs/docs') as { UniverDocsPlugin: Plugin };
  const { UniverFormulaEnginePlugin } = require('@univerjs/engine-formula') as { UniverFormulaEnginePlugin: Plugin };
  const { UniverSheetsPlugin } = require('@univerjs/sheets') as { UniverSheetsPlugin: Plugin };
  const { UniverSheetsNumfmtPlugin } = require('@univerjs/sheets-numfmt') as { UniverSheetsNumfmtPlugin: Plugin };
  const { UniverDataValidationPlugin } = require('@univerjs/data-validation') as { UniverDataValidationPlugin: Plugin };
  const { UniverSheetsDataValidationPlugin } = require('@univerjs/sheets-data-validation') as {
    UniverSheetsDataValidationPlugin: Plugin;
  };
  require('@univerjs/sheets/facade');
  require('@univerjs/engine-formula/facade');
  require('@univerjs/sheets-numfmt/facade');
  require('@univerjs/sheets-data-validation/facade');
  const { FUniver } = require('@univerjs/core/facade') as { FUniver: { newAPI(u: unknown): unknown } };

  const zh = core.mergeLocales(
    require('@univerjs/sheets/locale/zh-CN') as object,
    require('@univerjs/sheets-data-validation/locale/zh-CN') as object,
  );
  const univer = new core.Univer({ locale: core.LocaleType.ZH_CN, locales: { [core.LocaleType.ZH_CN]: zh } });
  univer.registerPlugin(UniverDocsPlugin);
  univer.registerPlugin(UniverFormulaEnginePlugin);
  univer.registerPlugin(UniverSheetsPlugin);
  univer.registerPlugin(UniverSheetsNumfmtPlugin);
  univer.registerPlugin(UniverDataValidationPlugin);
  univer.registerPlugin(UniverSheetsDataValidationPlugin);
  const raw = FUniver.newAPI(univer) as Record<string, unknown> & { createWorkbook(d: UWorkbookData): unknown };
  raw.createWorkbook(workbook);
  return { api: raw as unknown as UniverApiLike, raw, dispose: () => univer.dispose() };
}
