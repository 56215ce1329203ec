/**
 * The parts of the WPS 表格 (ET) JS add-in object model the adapter uses, typed by hand.
 *
 * Kingsoft's generated typings (wps-jsapi, et-jsapi-declare) type most members as `any` and collection
 * getters as `void`, so they cannot keep the adapter honest. These interfaces follow the JSAPI rules from
 * docs/research/wps-addin-api.md: collections through `.Item()` (1-based), parameterised properties as
 * methods (`Address(false, false)`), values through `Value2`. Everything WPS hands back that the adapter
 * interprets (Value2, NumberFormat, MergeCells) is typed `unknown` and parsed at the edge.
 *
 * Every member access is a cross-process call in WPS, which is why the adapter keeps references it has
 * already fetched within one operation and never reads cell by cell.
 */

export interface EtApplication {
  readonly ActiveWorkbook: EtWorkbook | null;
  readonly ActiveSheet: EtWorksheet | null;
  readonly ActiveWindow: EtWindow | null;
  DisplayAlerts: boolean;
  ScreenUpdating: boolean;
  readonly ApiEvent: EtApiEvent;
  readonly PluginStorage?: EtPluginStorage;
  CreateTaskPane(url: string, title?: string): EtTaskPane;
  GetTaskPane?(id: number): EtTaskPane | null;
}

export interface EtWorkbook {
  readonly Name: string;
  readonly Worksheets: EtSheets;
}

export interface EtSheets {
  readonly Count: number;
  Item(index: number | string): EtWorksheet;
  /** (Before, After, Count, Type). Some builds return null; the new sheet is then the active one. */
  Add(before?: EtWorksheet | null, after?: EtWorksheet | null, count?: number, type?: number): EtWorksheet | null;
}

export interface EtWorksheet {
  Name: string;
  readonly Index: number;
  readonly UsedRange: EtRange;
  readonly Cells: EtRange;
  readonly Hyperlinks: EtHyperlinks;
  readonly PageSetup: EtPageSetup;
  readonly AutoFilterMode: boolean;
  Range(address: string): EtRange;
  Activate(): void;
  Delete(): void;
}

export interface EtRange {
  /** Scalar for one cell, 2-D array (0-based JS arrays) for a block; see values.ts. */
  Value2: unknown;
  /** A string when every cell shares one format, null when they differ. */
  NumberFormat: unknown;
  /** true / false, or null when the range is partly merged. */
  readonly MergeCells: unknown;
  readonly MergeArea: EtRange;
  readonly Row: number;
  readonly Column: number;
  readonly Worksheet: EtWorksheet;
  readonly Interior: EtInterior;
  readonly Font: EtFont;
  readonly Borders: EtBorders;
  readonly Validation: EtValidation;
  readonly FormatConditions: EtFormatConditions;
  HorizontalAlignment: number;
  VerticalAlignment: number;
  WrapText: boolean;
  ColumnWidth: unknown;
  RowHeight: unknown;
  Address(rowAbsolute?: boolean, columnAbsolute?: boolean): string;
  Merge(across?: boolean): void;
  UnMerge(): void;
  Select(): void;
  AutoFilter(): void;
}

export interface EtInterior {
  Color: number;
}

export interface EtFont {
  Bold: boolean;
  Color: number;
  Size: number;
}

export interface EtBorders {
  Item(index: number): EtBorder;
}

export interface EtBorder {
  LineStyle: number;
  Weight: number;
}

export interface EtValidation {
  Delete(): void;
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string, formula2?: string): void;
  InCellDropdown: boolean;
  ErrorTitle: string;
  ErrorMessage: string;
  ShowError: boolean;
}

export interface EtFormatConditions {
  readonly Count: number;
  Item(index: number): EtFormatCondition;
  Add(type: number, operator?: number, formula1?: string, formula2?: string): EtFormatCondition;
}

export interface EtFormatCondition {
  readonly Formula1: string;
  readonly Interior: EtInterior;
  readonly AppliesTo: EtRange;
  Delete(): void;
  ModifyAppliesToRange(range: EtRange): void;
}

export interface EtHyperlinks {
  Add(anchor: EtRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): unknown;
}

export interface EtPageSetup {
  PaperSize: number;
  Orientation: number;
  Zoom: number | boolean;
  FitToPagesWide: number | boolean;
  FitToPagesTall: number | boolean;
  PrintTitleRows: string;
}

export interface EtWindow {
  SplitRow: number;
  SplitColumn: number;
  FreezePanes: boolean;
}

/** Handlers receive ET objects: (Sh, Target) for SheetChange, (Sh) for SheetActivate. */
export type EtSheetChangeHandler = (sheet: EtWorksheet, target: EtRange) => void;
export type EtSheetActivateHandler = (sheet: EtWorksheet) => void;

export interface EtApiEvent {
  AddApiEventListener(name: 'SheetChange', handler: EtSheetChangeHandler): void;
  AddApiEventListener(name: 'SheetActivate', handler: EtSheetActivateHandler): void;
  RemoveApiEventListener(name: 'SheetChange', handler?: EtSheetChangeHandler): void;
  RemoveApiEventListener(name: 'SheetActivate', handler?: EtSheetActivateHandler): void;
}

export interface EtPluginStorage {
  getItem(key: string): unknown;
  setItem(key: string, value: string | number): void;
  removeItem?(key: string): void;
}

export interface EtTaskPane {
  readonly ID: number;
  Visible: boolean;
  DockPosition: number;
  Width?: number;
  Navigate?(url: string): void;
}

/**
 * VBA numeric constants. `Application.Enum` is missing on older builds, so the adapter never reads it.
 */
export const XL = {
  validateList: 3,
  validAlertStop: 1,
  between: 1,
  expression: 2,
  center: -4108,
  left: -4131,
  right: -4152,
  top: -4160,
  bottom: -4107,
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  insideVertical: 11,
  insideHorizontal: 12,
  continuous: 1,
  thin: 2,
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  ctpDockRight: 2,
} as const;
