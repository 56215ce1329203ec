/**
 * The part of Univer's facade API (0.25.1) the adapter uses, typed structurally here. The real types live
 * in `@univerjs/*\/lib/types/facade` and are stitched together by module augmentation that this project's
 * "node" module resolution does not see; describing only what we call also keeps the adapter free of any
 * runtime import of Univer (the jest tests and the Excel/WPS bundles never load it through this file).
 */

/** Univer's `IRange`, 0-based inclusive. */
export interface URange {
  startRow: number;
  startColumn: number;
  endRow: number;
  endColumn: number;
}

export interface UColor {
  rgb?: string | null;
}

export interface UBorder {
  s?: number;
  cl?: UColor;
}

/** Univer's `IStyleData`: only the keys the adapter writes or reads. */
export interface UStyle {
  /** Bold: 1. */
  bl?: number;
  /** Font size in points. */
  fs?: number;
  cl?: UColor | null;
  bg?: UColor | null;
  /** Horizontal: 1 left, 2 center, 3 right. */
  ht?: number;
  /** Vertical: 1 top, 2 middle, 3 bottom. */
  vt?: number;
  /** Wrap strategy: 3 wraps. */
  tb?: number;
  bd?: { t?: UBorder | null; b?: UBorder | null; l?: UBorder | null; r?: UBorder | null } | null;
  /** Number format. */
  n?: { pattern: string } | null;
  [key: string]: unknown;
}

/** Univer's `ICellData`. `t`: 1 string, 2 number, 3 boolean, 4 forced string. */
export interface UCell {
  v?: string | number | boolean | null;
  t?: number | null;
  f?: string | null;
  si?: string | null;
  /** Rich text document; its plain text is `p.body.dataStream`. */
  p?: { body?: { dataStream?: string } } | null;
  s?: UStyle | string | null;
}

/** Sparse matrix row → column → value, as Univer stores cell data. */
export type UMatrix<T> = Record<number, Record<number, T>>;

export interface UWorksheetData {
  id?: string;
  name?: string;
  rowCount?: number;
  columnCount?: number;
  cellData?: UMatrix<UCell>;
  mergeData?: URange[];
  columnData?: Record<number, { w?: number; hd?: number }>;
  rowData?: Record<number, { h?: number; hd?: number }>;
  freeze?: { xSplit: number; ySplit: number; startRow: number; startColumn: number };
  defaultColumnWidth?: number;
  defaultRowHeight?: number;
  [key: string]: unknown;
}

export interface UResource {
  name: string;
  data: string;
}

export interface UWorkbookData {
  id?: string;
  name?: string;
  appVersion?: string;
  locale?: string;
  sheetOrder: string[];
  sheets: Record<string, UWorksheetData>;
  styles?: Record<string, UStyle | null>;
  resources?: UResource[];
  [key: string]: unknown;
}

export interface UDisposable {
  dispose(): void;
}

export interface URangeFacade {
  getRange(): URange;
  getRow(): number;
  getColumn(): number;
  getLastRow(): number;
  getLastColumn(): number;
  getSheetName(): string;
  getA1Notation(): string;
  getCellDatas(): (UCell | null | undefined)[][];
  getNumberFormats(): string[][];
  getCellStyleData(): UStyle | null | undefined;
  setDataValidation(rule: UDataValidation | null): URangeFacade;
  activate(): URangeFacade;
}

export interface UWorksheetFacade {
  getSheetId(): string;
  getSheetName(): string;
  setName(name: string): UWorksheetFacade;
  getRange(row: number, column: number, numRows?: number, numColumns?: number): URangeFacade;
  getRange(a1: string): URangeFacade;
  getDataRange(): URangeFacade;
  getMergeData(): URangeFacade[];
  scrollToCell?(row: number, column: number): unknown;
}

export interface UWorkbookFacade {
  getId(): string;
  getSheets(): UWorksheetFacade[];
  getActiveSheet(): UWorksheetFacade;
  setActiveSheet(sheet: UWorksheetFacade | string): UWorksheetFacade;
  insertSheet(name?: string, options?: { index?: number; sheet?: Partial<UWorksheetData> }): UWorksheetFacade;
  deleteSheet(sheet: UWorksheetFacade | string): boolean;
  getActiveRange(): URangeFacade | null;
  save(): UWorkbookData;
}

export interface UDataValidation {
  readonly __brand?: 'UDataValidation';
}

export interface UDataValidationBuilder {
  requireValueInList(values: string[], multiple?: boolean, showDropdown?: boolean): UDataValidationBuilder;
  setAllowInvalid(allow: boolean): UDataValidationBuilder;
  setAllowBlank(allow: boolean): UDataValidationBuilder;
  setOptions(options: { error?: string; showErrorMessage?: boolean }): UDataValidationBuilder;
  build(): UDataValidation;
}

/** Payload of `Event.SheetValueChanged`. */
export interface USheetValueChanged {
  effectedRanges: URangeFacade[];
  payload: { id: string; params?: { unitId?: string; subUnitId?: string; trigger?: string; cellValue?: UMatrix<UCell | null> } };
}

/** Payload of `Event.ActiveSheetChanged`. */
export interface UActiveSheetChanged {
  workbook: UWorkbookFacade;
  activeSheet: UWorksheetFacade;
}

/** Payload of `Event.CommandExecuted` (also fired for mutations). */
export interface UCommandExecuted {
  id: string;
  params?: unknown;
}

/** `univerAPI`: `FUniver.newAPI(univer)` with the sheets and data-validation facades loaded. */
export interface UniverApiLike {
  Event: { SheetValueChanged: string; ActiveSheetChanged: string; CommandExecuted: string };
  getActiveWorkbook(): UWorkbookFacade | null;
  addEvent(event: string, callback: (params: never) => void): UDisposable;
  syncExecuteCommand(id: string, params?: object): boolean;
  newDataValidation(): UDataValidationBuilder;
}
