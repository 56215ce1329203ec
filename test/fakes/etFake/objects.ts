/**
 * The fake ET objects the add-in talks to. They keep WPS JSAPI semantics (see
 * docs/research/wps-addin-api.md and test/fakes/etFake/README.md); every one is handed out wrapped by
 * `counted`, so each member access the add-in makes is one counted call.
 */
import { CellRange, rangesIntersect } from '../../../src/engine/grid/address';
import { CallCounter, counted, raw } from './counter';
import {
  CellData,
  FormatConditionData,
  MAX_COLS,
  MAX_ROWS,
  SheetModel,
  Stored,
  ValidationData,
  WorkbookModel,
  formatAddress,
  parseAreas,
} from './model';

export type EventDelivery = 'sync' | 'async';
type Handler = (...args: unknown[]) => void;

export class FakeContext {
  readonly listeners = new Map<string, Handler[]>();
  readonly queue: (() => void)[] = [];
  readonly taskPanes: FakeTaskPane[] = [];
  readonly storage = new Map<string, string>();
  displayAlerts = true;
  screenUpdating = true;
  /** Dialogs WPS would have shown (a sheet deleted while DisplayAlerts was on). */
  dialogs: string[] = [];
  /** When true, Worksheets.Add returns null (builds where the new sheet is only reachable as ActiveSheet). */
  addReturnsNull = false;

  constructor(
    readonly counter: CallCounter,
    readonly workbook: WorkbookModel,
    public delivery: EventDelivery,
  ) {}

  wrap<T extends object>(obj: T, name: string): T {
    return counted(obj, this.counter, name);
  }

  sheetObject(model: SheetModel): FakeWorksheet {
    return this.wrap(new FakeWorksheet(this, model), 'Worksheet');
  }

  rangeObject(model: SheetModel, areas: CellRange[]): FakeRange {
    return this.wrap(new FakeRange(this, model, areas), 'Range');
  }

  /** Fires an application-level event the way WPS does (synchronously, or queued after the caller). */
  fire(name: string, ...args: (SheetModel | CellRange[])[]): void {
    const handlers = this.listeners.get(name);
    if (!handlers || handlers.length === 0) return;
    const deliver = (): void => {
      const sheet = args[0] as SheetModel;
      if (!this.workbook.sheets.includes(sheet)) return;
      const objs: unknown[] = [this.sheetObject(sheet)];
      if (args[1]) objs.push(this.rangeObject(sheet, args[1] as CellRange[]));
      for (const h of handlers.slice()) h(...objs);
    };
    if (this.delivery === 'sync') deliver();
    else {
      this.queue.push(deliver);
      if (this.queue.length === 1) setTimeout(() => this.flush(), 0);
    }
  }

  flush(): void {
    while (this.queue.length > 0) this.queue.shift()!();
  }
}

function cellsOf(area: CellRange): [number, number][] {
  const n = (area.r1 - area.r0 + 1) * (area.c1 - area.c0 + 1);
  if (n > 2_000_000) throw new Error('ET fake: range too large for a per-cell operation');
  const out: [number, number][] = [];
  for (let r = area.r0; r <= area.r1; r++) for (let c = area.c0; c <= area.c1; c++) out.push([r, c]);
  return out;
}

function uniform<T>(values: T[]): T | null {
  if (values.length === 0) return null;
  const first = values[0];
  return values.every((v) => v === first) ? first : null;
}

export class FakeApplication {
  constructor(private readonly _ctx: FakeContext) {}

  get ActiveWorkbook(): FakeWorkbook {
    return this._ctx.wrap(new FakeWorkbook(this._ctx), 'Workbook');
  }
  get ActiveSheet(): FakeWorksheet {
    return this._ctx.sheetObject(this._ctx.workbook.active);
  }
  get ActiveWindow(): FakeWindow {
    return this._ctx.wrap(new FakeWindow(this._ctx), 'Window');
  }
  get DisplayAlerts(): boolean {
    return this._ctx.displayAlerts;
  }
  set DisplayAlerts(v: boolean) {
    this._ctx.displayAlerts = v;
  }
  get ScreenUpdating(): boolean {
    return this._ctx.screenUpdating;
  }
  set ScreenUpdating(v: boolean) {
    this._ctx.screenUpdating = v;
  }
  get ApiEvent(): FakeApiEvent {
    return this._ctx.wrap(new FakeApiEvent(this._ctx), 'ApiEvent');
  }
  get PluginStorage(): FakePluginStorage {
    return this._ctx.wrap(new FakePluginStorage(this._ctx), 'PluginStorage');
  }
  CreateTaskPane(url: string, title?: string): FakeTaskPane {
    const tp = new FakeTaskPane(this._ctx.taskPanes.length + 1, url, title);
    this._ctx.taskPanes.push(tp);
    return this._ctx.wrap(tp, 'TaskPane');
  }
  GetTaskPane(id: number): FakeTaskPane | null {
    const tp = this._ctx.taskPanes.find((t) => t.ID === id);
    return tp ? this._ctx.wrap(tp, 'TaskPane') : null;
  }
}

export class FakeTaskPane {
  Visible = false;
  DockPosition = 0;
  Width = 300;
  constructor(
    readonly ID: number,
    readonly _url: string,
    readonly _title?: string,
  ) {}
  Navigate(url: string): void {
    (this as { _navigated?: string })._navigated = url;
  }
}

export class FakePluginStorage {
  constructor(private readonly _ctx: FakeContext) {}
  getItem(key: string): string | null {
    return this._ctx.storage.get(key) ?? null;
  }
  setItem(key: string, value: string | number): void {
    this._ctx.storage.set(key, String(value));
  }
  removeItem(key: string): void {
    this._ctx.storage.delete(key);
  }
}

export class FakeApiEvent {
  constructor(private readonly _ctx: FakeContext) {}
  AddApiEventListener(name: string, handler: Handler): void {
    const list = this._ctx.listeners.get(name) ?? [];
    list.push(handler);
    this._ctx.listeners.set(name, list);
  }
  /** Without a handler WPS removes every listener of that event (the DTS signature takes only the name). */
  RemoveApiEventListener(name: string, handler?: Handler): void {
    const list = this._ctx.listeners.get(name) ?? [];
    this._ctx.listeners.set(
      name,
      handler ? list.filter((h) => h !== handler) : [],
    );
  }
}

export class FakeWindow {
  constructor(private readonly _ctx: FakeContext) {}
  private get _sheet(): SheetModel {
    return this._ctx.workbook.active;
  }
  get SplitRow(): number {
    return this._sheet.freeze?.rows ?? 0;
  }
  set SplitRow(v: number) {
    this._sheet.freeze = { rows: v, cols: this._sheet.freeze?.cols ?? 0 };
  }
  get SplitColumn(): number {
    return this._sheet.freeze?.cols ?? 0;
  }
  set SplitColumn(v: number) {
    this._sheet.freeze = { rows: this._sheet.freeze?.rows ?? 0, cols: v };
  }
  get FreezePanes(): boolean {
    return this._sheet.freeze !== null;
  }
  set FreezePanes(v: boolean) {
    if (!v) this._sheet.freeze = null;
  }
}

export class FakeWorkbook {
  constructor(private readonly _ctx: FakeContext) {}
  get Name(): string {
    return this._ctx.workbook.name;
  }
  get Worksheets(): FakeSheets {
    return this._ctx.wrap(new FakeSheets(this._ctx), 'Worksheets');
  }
}

export class FakeSheets {
  constructor(private readonly _ctx: FakeContext) {}
  get Count(): number {
    return this._ctx.workbook.sheets.length;
  }
  /** 1-based index or name; a missing sheet throws, as WPS does. */
  Item(index: number | string): FakeWorksheet {
    const sheets = this._ctx.workbook.sheets;
    const s =
      typeof index === 'number' ? sheets[index - 1] : sheets.find((x) => x.name.toLowerCase() === String(index).toLowerCase());
    if (!s) throw new Error(`ET fake: Worksheets.Item(${JSON.stringify(index)}) – 下标越界`);
    return this._ctx.sheetObject(s);
  }
  Add(before?: FakeWorksheet | null, after?: FakeWorksheet | null): FakeWorksheet | null {
    const wb = this._ctx.workbook;
    let at = wb.activeIndex;
    if (after) at = wb.sheets.indexOf(raw(after)._model) + 1;
    else if (before) at = wb.sheets.indexOf(raw(before)._model);
    const s = wb.addSheet(undefined, at);
    const previous = wb.active;
    wb.activeIndex = wb.sheets.indexOf(s);
    if (previous !== s) this._ctx.fire('SheetActivate', s);
    return this._ctx.addReturnsNull ? null : this._ctx.sheetObject(s);
  }
}

export class FakeWorksheet {
  constructor(
    private readonly _ctx: FakeContext,
    readonly _model: SheetModel,
  ) {}
  private _alive(): SheetModel {
    if (!this._ctx.workbook.sheets.includes(this._model)) throw new Error('ET fake: the worksheet was deleted');
    return this._model;
  }
  get Name(): string {
    return this._alive().name;
  }
  set Name(v: string) {
    const m = this._alive();
    if (!v || v.length > 31 || /[[\]:*?/\\]/.test(v)) throw new Error(`ET fake: invalid sheet name ${v}`);
    if (this._ctx.workbook.sheets.some((s) => s !== m && s.name.toLowerCase() === v.toLowerCase())) {
      throw new Error(`ET fake: sheet name ${v} is taken`);
    }
    m.name = v;
  }
  get Index(): number {
    return this._ctx.workbook.sheets.indexOf(this._alive()) + 1;
  }
  get UsedRange(): FakeRange {
    const b = this._alive().usedBounds() ?? { r0: 0, c0: 0, r1: 0, c1: 0 };
    return this._ctx.rangeObject(this._model, [b]);
  }
  get Cells(): FakeRange {
    return this._ctx.rangeObject(this._alive(), [{ r0: 0, c0: 0, r1: MAX_ROWS - 1, c1: MAX_COLS - 1 }]);
  }
  get Hyperlinks(): FakeHyperlinks {
    return this._ctx.wrap(new FakeHyperlinks(this._alive()), 'Hyperlinks');
  }
  get PageSetup(): FakePageSetup {
    return this._ctx.wrap(new FakePageSetup(this._alive()), 'PageSetup');
  }
  get AutoFilterMode(): boolean {
    return this._alive().autoFilter !== null;
  }
  Range(address: string): FakeRange {
    return this._ctx.rangeObject(this._alive(), parseAreas(address));
  }
  Activate(): void {
    const wb = this._ctx.workbook;
    const i = wb.sheets.indexOf(this._alive());
    if (i !== wb.activeIndex) {
      wb.activeIndex = i;
      this._ctx.fire('SheetActivate', this._model);
    }
  }
  Delete(): void {
    const wb = this._ctx.workbook;
    const m = this._alive();
    if (this._ctx.displayAlerts) {
      // WPS asks the user first; a blocked add-in is what the adapter must avoid.
      this._ctx.dialogs.push(`删除工作表 ${m.name}`);
      throw new Error('ET fake: a confirmation dialog is open (set DisplayAlerts = false first)');
    }
    if (wb.sheets.length === 1) throw new Error('ET fake: cannot delete the only sheet');
    const i = wb.sheets.indexOf(m);
    const active = wb.active;
    wb.sheets.splice(i, 1);
    wb.activeIndex = active === m ? Math.min(i, wb.sheets.length - 1) : wb.sheets.indexOf(active);
  }
}

export class FakeRange {
  constructor(
    private readonly _ctx: FakeContext,
    readonly _model: SheetModel,
    readonly _areas: CellRange[],
  ) {}

  private get _first(): CellRange {
    return this._areas[0];
  }
  private _cells(): [number, number][] {
    return this._areas.flatMap(cellsOf);
  }
  private _changed(): void {
    this._ctx.fire('SheetChange', this._model, this._areas);
  }

  get Value2(): unknown {
    const a = this._first;
    const m = this._model;
    if (a.r0 === a.r1 && a.c0 === a.c1) return m.value(a.r0, a.c0);
    const rows: Stored[][] = [];
    let any = false;
    for (let r = a.r0; r <= a.r1; r++) {
      const row: Stored[] = [];
      for (let c = a.c0; c <= a.c1; c++) {
        const v = m.value(r, c);
        if (v !== null) any = true;
        row.push(v);
      }
      rows.push(row);
    }
    // An entirely empty block comes back as undefined.
    return any ? rows : undefined;
  }
  set Value2(input: unknown) {
    for (const a of this._areas) {
      for (const [r, c] of cellsOf(a)) {
        let v: unknown = input;
        if (Array.isArray(input)) {
          const row: unknown = input[r - a.r0];
          // Cells beyond the array get #N/A, as in ET; a correct writer never lets that happen.
          v = Array.isArray(row) && c - a.c0 < row.length ? row[c - a.c0] : -2146826246;
        }
        this._model.assign(r, c, v);
      }
    }
    this._changed();
  }

  get NumberFormat(): unknown {
    return uniform(this._cells().map(([r, c]) => this._model.cell(r, c)?.numberFormat ?? 'General'));
  }
  set NumberFormat(v: unknown) {
    for (const [r, c] of this._cells()) this._model.ensure(r, c).numberFormat = String(v);
  }

  get MergeCells(): unknown {
    const flags = this._cells().map(([r, c]) => this._model.mergeAt(r, c) !== null);
    if (flags.every((f) => f)) return true;
    if (flags.every((f) => !f)) return false;
    return null;
  }
  get MergeArea(): FakeRange {
    const a = this._first;
    const m = this._model.mergeAt(a.r0, a.c0);
    if (a.r0 !== a.r1 || a.c0 !== a.c1) {
      if (!(m && m.r0 === a.r0 && m.c0 === a.c0 && m.r1 === a.r1 && m.c1 === a.c1)) {
        throw new Error('ET fake: MergeArea works on a single cell');
      }
    }
    return this._ctx.rangeObject(this._model, [m ?? a]);
  }
  Merge(): void {
    for (const a of this._areas) {
      if (a.r0 === a.r1 && a.c0 === a.c1) continue;
      const overlapping = this._model.merges.filter((m) => rangesIntersect(m, a));
      for (const m of overlapping) {
        if (!(m.r0 >= a.r0 && m.r1 <= a.r1 && m.c0 >= a.c0 && m.c1 <= a.c1)) {
          throw new Error('ET fake: cannot merge across part of an existing merged area');
        }
      }
      const covered = cellsOf(a).filter(([r, c]) => (r !== a.r0 || c !== a.c0) && this._model.value(r, c) !== null);
      if (covered.length > 0 && this._ctx.displayAlerts) {
        this._ctx.dialogs.push(`合并 ${formatAddress(a, false)}`);
        throw new Error('ET fake: merging would drop values (a dialog is open)');
      }
      for (const [r, c] of covered) this._model.ensure(r, c).value = null;
      this._model.merges = this._model.merges.filter((m) => !overlapping.includes(m));
      this._model.merges.push({ ...a });
    }
    this._changed();
  }
  UnMerge(): void {
    this._model.merges = this._model.merges.filter((m) => !this._areas.some((a) => rangesIntersect(m, a)));
    this._changed();
  }

  get Row(): number {
    return this._first.r0 + 1;
  }
  get Column(): number {
    return this._first.c0 + 1;
  }
  get Worksheet(): FakeWorksheet {
    return this._ctx.sheetObject(this._model);
  }
  Address(rowAbsolute = true, columnAbsolute = true): string {
    const abs = rowAbsolute !== false || columnAbsolute !== false;
    return this._areas.map((a) => formatAddress(a, abs)).join(',');
  }

  get Interior(): FakeStyleProxy {
    return this._ctx.wrap(new FakeStyleProxy(this, 'fill'), 'Interior');
  }
  get Font(): FakeFont {
    return this._ctx.wrap(new FakeFont(this), 'Font');
  }
  get Borders(): FakeBorders {
    return this._ctx.wrap(new FakeBorders(this._ctx, this), 'Borders');
  }
  get Validation(): FakeValidation {
    return this._ctx.wrap(new FakeValidation(this), 'Validation');
  }
  get FormatConditions(): FakeFormatConditions {
    return this._ctx.wrap(new FakeFormatConditions(this._ctx, this), 'FormatConditions');
  }
  get HorizontalAlignment(): unknown {
    return this._get('hAlign');
  }
  set HorizontalAlignment(v: unknown) {
    this._set('hAlign', v);
  }
  get VerticalAlignment(): unknown {
    return this._get('vAlign');
  }
  set VerticalAlignment(v: unknown) {
    this._set('vAlign', v);
  }
  get WrapText(): unknown {
    return this._get('wrap');
  }
  set WrapText(v: unknown) {
    this._set('wrap', v);
  }
  get ColumnWidth(): unknown {
    return uniform(this._columns().map((c) => this._model.columnWidths.get(c) ?? 8.38));
  }
  set ColumnWidth(v: unknown) {
    for (const c of this._columns()) this._model.columnWidths.set(c, Number(v));
  }
  get RowHeight(): unknown {
    return uniform(this._rows().map((r) => this._model.rowHeights.get(r) ?? 13.5));
  }
  set RowHeight(v: unknown) {
    for (const r of this._rows()) this._model.rowHeights.set(r, Number(v));
  }
  Select(): void {
    if (this._ctx.workbook.active !== this._model) throw new Error('ET fake: Select on a sheet that is not active');
    this._model.selection = { ...this._first };
  }
  AutoFilter(): void {
    this._model.autoFilter = this._model.autoFilter ? null : { ...this._first };
  }

  _columns(): number[] {
    const out = new Set<number>();
    for (const a of this._areas) for (let c = a.c0; c <= a.c1; c++) out.add(c);
    return [...out];
  }
  _rows(): number[] {
    const out = new Set<number>();
    for (const a of this._areas) for (let r = a.r0; r <= a.r1; r++) out.add(r);
    return [...out];
  }
  _get(key: keyof CellData): unknown {
    return uniform(this._cells().map(([r, c]) => this._model.cell(r, c)?.[key] ?? null));
  }
  _set(key: 'fill' | 'bold' | 'fontColor' | 'fontSize' | 'hAlign' | 'vAlign' | 'wrap', v: unknown): void {
    for (const [r, c] of this._cells()) {
      const cell = this._model.ensure(r, c) as unknown as Record<string, unknown>;
      cell[key] = v;
    }
  }
}

/** Range.Interior: the fill of the cells. */
export class FakeStyleProxy {
  constructor(
    private readonly _range: FakeRange,
    private readonly _key: 'fill',
  ) {}
  get Color(): unknown {
    return this._range._get(this._key);
  }
  set Color(v: unknown) {
    this._range._set(this._key, Number(v));
  }
}

export class FakeFont {
  constructor(private readonly _range: FakeRange) {}
  get Bold(): unknown {
    return this._range._get('bold');
  }
  set Bold(v: unknown) {
    this._range._set('bold', Boolean(v));
  }
  get Color(): unknown {
    return this._range._get('fontColor');
  }
  set Color(v: unknown) {
    this._range._set('fontColor', Number(v));
  }
  get Size(): unknown {
    return this._range._get('fontSize');
  }
  set Size(v: unknown) {
    this._range._set('fontSize', Number(v));
  }
}

export class FakeBorders {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _range: FakeRange,
  ) {}
  Item(index: number): FakeBorder {
    if (index < 5 || index > 12) throw new Error(`ET fake: Borders.Item(${index})`);
    return this._ctx.wrap(new FakeBorder(this._range, index), 'Border');
  }
}

export class FakeBorder {
  private _style = -4142;
  Weight = 2;
  constructor(
    private readonly _range: FakeRange,
    private readonly _index: number,
  ) {}
  get LineStyle(): number {
    return this._style;
  }
  set LineStyle(v: number) {
    this._style = v;
    for (const a of this._range._areas) {
      for (const [r, c] of cellsOf(a)) {
        const cell = this._range._model.ensure(r, c);
        const set = cell.borders ?? new Set<number>();
        if (v === -4142) set.delete(this._index);
        else set.add(this._index);
        cell.borders = set;
      }
    }
  }
}

export class FakeValidation {
  private _current: ValidationData | null = null;
  constructor(private readonly _range: FakeRange) {}
  private get _data(): ValidationData {
    if (!this._current) {
      const found = this._range._model.validations.find((v) =>
        v.ranges.some((a) => this._range._areas.some((b) => rangesIntersect(a, b))),
      );
      if (!found) throw new Error('ET fake: the range has no validation');
      this._current = found;
    }
    return this._current;
  }
  Delete(): void {
    const model = this._range._model;
    model.validations = model.validations.filter(
      (v) => !v.ranges.some((a) => this._range._areas.some((b) => rangesIntersect(a, b))),
    );
    this._current = null;
  }
  Add(type: number, alertStyle?: number, operator?: number, formula1?: string): void {
    const model = this._range._model;
    if (model.validations.some((v) => v.ranges.some((a) => this._range._areas.some((b) => rangesIntersect(a, b))))) {
      throw new Error('ET fake: the range already has validation (Delete it first)');
    }
    if (type === 3 && (formula1 ?? '').length > 255) throw new Error('ET fake: list longer than 255 characters');
    const v: ValidationData = {
      ranges: this._range._areas.map((a) => ({ ...a })),
      type,
      alertStyle,
      operator,
      formula1,
      inCellDropdown: true,
      errorTitle: '',
      errorMessage: '',
      showError: true,
    };
    model.validations.push(v);
    this._current = v;
  }
  get InCellDropdown(): boolean {
    return this._data.inCellDropdown;
  }
  set InCellDropdown(v: boolean) {
    this._data.inCellDropdown = v;
  }
  get ErrorTitle(): string {
    return this._data.errorTitle;
  }
  set ErrorTitle(v: string) {
    this._data.errorTitle = v;
  }
  get ErrorMessage(): string {
    return this._data.errorMessage;
  }
  set ErrorMessage(v: string) {
    this._data.errorMessage = v;
  }
  get ShowError(): boolean {
    return this._data.showError;
  }
  set ShowError(v: boolean) {
    this._data.showError = v;
  }
}

let conditionIds = 1;

export class FakeFormatConditions {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _range: FakeRange,
  ) {}
  private _list(): FormatConditionData[] {
    return this._range._model.conditionsTouching(this._range._areas);
  }
  get Count(): number {
    return this._list().length;
  }
  Item(index: number): FakeFormatCondition {
    const fc = this._list()[index - 1];
    if (!fc) throw new Error(`ET fake: FormatConditions.Item(${index})`);
    return this._ctx.wrap(new FakeFormatCondition(this._ctx, this._range._model, fc), 'FormatCondition');
  }
  Add(type: number, _operator?: number, formula1?: string): FakeFormatCondition {
    const fc: FormatConditionData = { id: conditionIds++, ranges: this._range._areas.map((a) => ({ ...a })), type, formula1 };
    this._range._model.formatConditions.push(fc);
    return this._ctx.wrap(new FakeFormatCondition(this._ctx, this._range._model, fc), 'FormatCondition');
  }
}

export class FakeFormatCondition {
  constructor(
    private readonly _ctx: FakeContext,
    private readonly _model: SheetModel,
    readonly _data: FormatConditionData,
  ) {}
  private _alive(): FormatConditionData {
    if (!this._model.formatConditions.includes(this._data)) throw new Error('ET fake: the format condition was deleted');
    return this._data;
  }
  get Formula1(): string {
    return this._alive().formula1 ?? '';
  }
  get Interior(): FakeConditionInterior {
    return this._ctx.wrap(new FakeConditionInterior(this._alive()), 'Interior');
  }
  get AppliesTo(): FakeRange {
    return this._ctx.rangeObject(this._model, this._alive().ranges);
  }
  Delete(): void {
    this._alive();
    this._model.formatConditions = this._model.formatConditions.filter((f) => f !== this._data);
  }
  ModifyAppliesToRange(range: FakeRange): void {
    const r = raw(range);
    if (r._model !== this._model) throw new Error('ET fake: ModifyAppliesToRange across sheets');
    this._alive().ranges = r._areas.map((a) => ({ ...a }));
  }
}

export class FakeConditionInterior {
  constructor(private readonly _data: FormatConditionData) {}
  get Color(): unknown {
    return this._data.fill ?? null;
  }
  set Color(v: unknown) {
    this._data.fill = Number(v);
  }
}

export class FakeHyperlinks {
  constructor(private readonly _model: SheetModel) {}
  Add(anchor: FakeRange, address: string, subAddress?: string, screenTip?: string, textToDisplay?: string): void {
    const a = raw(anchor)._areas[0];
    this._model.hyperlinks.push({ row: a.r0, col: a.c0, address, subAddress, screenTip });
    if (textToDisplay !== undefined) this._model.assign(a.r0, a.c0, textToDisplay);
  }
}

export class FakePageSetup {
  constructor(private readonly _model: SheetModel) {}
  get PaperSize(): number {
    return this._model.pageSetup.paperSize;
  }
  set PaperSize(v: number) {
    this._model.pageSetup.paperSize = v;
  }
  get Orientation(): number {
    return this._model.pageSetup.orientation;
  }
  set Orientation(v: number) {
    this._model.pageSetup.orientation = v;
  }
  get Zoom(): number | boolean {
    return this._model.pageSetup.zoom;
  }
  set Zoom(v: number | boolean) {
    this._model.pageSetup.zoom = v;
  }
  get FitToPagesWide(): number | boolean {
    return this._model.pageSetup.fitWide;
  }
  set FitToPagesWide(v: number | boolean) {
    this._model.pageSetup.fitWide = v;
  }
  get FitToPagesTall(): number | boolean {
    return this._model.pageSetup.fitTall;
  }
  set FitToPagesTall(v: number | boolean) {
    this._model.pageSetup.fitTall = v;
  }
  get PrintTitleRows(): string {
    return this._model.pageSetup.printTitleRows;
  }
  set PrintTitleRows(v: string) {
    this._model.pageSetup.printTitleRows = v;
  }
}
