/** Range proxies: values, number formats, merges, formats, conditional formats, validation, links. */
import { CellRange, rangesIntersect } from '../../../src/engine/grid/address';
import { parseExcelArea } from '../../../src/hosts/excel/address';
import { FakeOfficeError } from './errors';
import { typedInput } from './input';
import { FakeCollection, FakeContext, FakeProxy } from './proxy';
import { cfAreas, FakeConditionalFormat, FakeSheet } from './state';

export interface RangeTarget {
  sheet: FakeSheet;
  range: CellRange;
}

/** Members of Excel.Range the fake implements; the list fails to compile if a name leaves the typings. */
export const RANGE_MEMBERS: (keyof Excel.Range)[] = [
  'values', 'numberFormat', 'address', 'load', 'merge', 'select', 'format', 'conditionalFormats',
  'dataValidation', 'hyperlink', 'getMergedAreasOrNullObject', 'getIntersectionOrNullObject', 'isNullObject',
];

function cellsOf(range: CellRange, fn: (r: number, c: number) => void): void {
  for (let r = range.r0; r <= range.r1; r++) for (let c = range.c0; c <= range.c1; c++) fn(r, c);
}

function shapeCheck(range: CellRange, v: unknown, prop: string): unknown[][] {
  const rows = range.r1 - range.r0 + 1;
  const cols = range.c1 - range.c0 + 1;
  if (!Array.isArray(v) || v.length !== rows || v.some((row) => !Array.isArray(row) || row.length !== cols)) {
    // Excel accepts one value for a whole range, otherwise the array must match the range exactly.
    if (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) {
      return Array.from({ length: rows }, () => Array.from({ length: cols }, () => (v[0] as unknown[])[0]));
    }
    throw new FakeOfficeError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${prop}).`);
  }
  return v as unknown[][];
}

export class FakeRange extends FakeProxy<RangeTarget> {
  constructor(context: FakeContext, source: { bind: () => RangeTarget | null } | { derived: () => RangeTarget | null }) {
    super(context, source);
  }

  protected scalarNames(): string[] {
    return ['values', 'numberFormat', 'address', 'rowCount', 'columnCount'];
  }

  protected scalar(t: RangeTarget, prop: string): unknown {
    const { sheet, range } = t;
    const grid = <V>(fn: (r: number, c: number) => V): V[][] => {
      const out: V[][] = [];
      for (let r = range.r0; r <= range.r1; r++) {
        const row: V[] = [];
        for (let c = range.c0; c <= range.c1; c++) row.push(fn(r, c));
        out.push(row);
      }
      return out;
    };
    if (prop === 'values' || prop === 'numberFormat') {
      this.context.cellsLoaded += (range.r1 - range.r0 + 1) * (range.c1 - range.c0 + 1);
      if (this.context.cellsLoaded > this.context.config.maxCellsPerSync) {
        throw new FakeOfficeError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
      }
    }
    switch (prop) {
      case 'values':
        return grid((r, c) => sheet.value(r, c));
      case 'numberFormat':
        return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? 'General');
      case 'address':
        return sheet.address(range);
      case 'rowCount':
        return range.r1 - range.r0 + 1;
      case 'columnCount':
        return range.c1 - range.c0 + 1;
      default:
        return undefined;
    }
  }

  protected nav(prop: string): FakeProxy<unknown> | undefined {
    if (prop === 'conditionalFormats') return this.conditionalFormats as FakeProxy<unknown>;
    return undefined;
  }

  get values(): unknown[][] {
    return this.get('values');
  }
  set values(v: unknown[][]) {
    this.write('values', v, ({ sheet, range }) => {
      const rows = shapeCheck(range, v, 'values');
      cellsOf(range, (r, c) => sheet.writeCell(r, c, typedInput(rows[r - range.r0][c - range.c0], sheet.cell(r, c)?.numberFormat)));
      this.context.changes.push({ sheet, range, changeType: 'RangeEdited' });
    });
  }

  get numberFormat(): unknown[][] {
    return this.get('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.write('numberFormat', v, ({ sheet, range }) => {
      const rows = shapeCheck(range, v, 'numberFormat');
      cellsOf(range, (r, c) => sheet.writeCell(r, c, { numberFormat: String(rows[r - range.r0][c - range.c0]) }));
    });
  }

  get address(): string {
    return this.get('address');
  }

  set hyperlink(link: Excel.RangeHyperlink) {
    this.write('hyperlink', link, ({ sheet, range }) => {
      if (range.r0 !== range.r1 || range.c0 !== range.c1) throw new FakeOfficeError('InvalidArgument', 'A hyperlink needs a single cell.');
      sheet.writeCell(range.r0, range.c0, { hyperlink: { ...link }, ...(link.textToDisplay !== undefined ? typedInput(link.textToDisplay, undefined) : {}) });
      this.context.changes.push({ sheet, range, changeType: 'RangeEdited' });
    });
  }

  merge(across?: boolean): void {
    this.call('merge', ({ sheet, range }) => {
      if (across) throw new FakeOfficeError('InvalidArgument', 'The fake only merges whole areas.');
      sheet.merges = sheet.merges.filter((m) => !rangesIntersect(m, range));
      sheet.merges.push({ ...range });
      // Excel keeps the top-left value of a merged area and drops the others.
      cellsOf(range, (r, c) => {
        if (r !== range.r0 || c !== range.c0) sheet.writeCell(r, c, { value: '', formula: undefined });
      });
    });
  }

  select(): void {
    this.call('select', ({ sheet, range }) => {
      if (this.context.state.activeSheetId !== sheet.id) {
        throw new FakeOfficeError('InvalidSelection', 'Only a range on the active sheet can be selected.');
      }
      this.context.state.selection = { sheetId: sheet.id, range };
    });
  }

  /** Range.getIntersectionOrNullObject (ExcelApi 1.4): the overlap with `address` on the same sheet. */
  getIntersectionOrNullObject(address: string): FakeRange {
    this.context.requireApi(4, 'Range.getIntersectionOrNullObject');
    const other = localRange(address);
    return new FakeRange(this.context, {
      bind: () => {
        const t = this.target();
        if (!t) return null;
        const r0 = Math.max(t.range.r0, other.r0);
        const c0 = Math.max(t.range.c0, other.c0);
        const r1 = Math.min(t.range.r1, other.r1);
        const c1 = Math.min(t.range.c1, other.c1);
        return r0 <= r1 && c0 <= c1 ? { sheet: t.sheet, range: { r0, c0, r1, c1 } } : null;
      },
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.context.requireApi(13, 'Range.getMergedAreasOrNullObject');
    return new FakeRangeAreas(this.context, {
      bind: () => {
        const t = this.target();
        if (!t) return null;
        const merges = t.sheet.mergesIn(t.range);
        return merges.length ? { sheet: t.sheet, areas: merges } : null;
      },
    });
  }

  get format(): FakeRangeFormat {
    return new FakeRangeFormat(this.context, { derived: () => this.target() });
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.requireApi(6, 'Range.conditionalFormats');
    return new FakeConditionalFormatCollection(this.context, {
      derived: () => {
        const t = this.target();
        return t ? { sheet: t.sheet, areas: [t.range] } : null;
      },
    });
  }

  get dataValidation(): FakeDataValidation {
    this.context.requireApi(8, 'Range.dataValidation');
    return new FakeDataValidation(this.context, { derived: () => this.target() });
  }
}

export class FakeRangeAreas extends FakeProxy<{ sheet: FakeSheet; areas: CellRange[] }> {
  constructor(context: FakeContext, source: { bind: () => { sheet: FakeSheet; areas: CellRange[] } | null }) {
    super(context, source);
  }
  protected scalarNames(): string[] {
    return ['address', 'areaCount'];
  }
  protected scalar(t: { sheet: FakeSheet; areas: CellRange[] }, prop: string): unknown {
    if (prop === 'address') return t.areas.map((a) => t.sheet.address(a)).join(',');
    if (prop === 'areaCount') return t.areas.length;
    return undefined;
  }
  get address(): string {
    return this.get('address');
  }
  /** RangeAreas.conditionalFormats (ExcelApi 1.9): one rule over every area. */
  get conditionalFormats(): FakeConditionalFormatCollection {
    this.context.requireApi(9, 'RangeAreas.conditionalFormats');
    return new FakeConditionalFormatCollection(this.context, { derived: () => this.target() });
  }
}

/** Format properties stored as FormatOps under `prefix`. */
abstract class FormatNode extends FakeProxy<RangeTarget> {
  protected constructor(context: FakeContext, parent: () => RangeTarget | null, private readonly prefix: string) {
    super(context, { derived: parent });
  }
  protected scalar(): unknown {
    return undefined;
  }
  protected setFormat(prop: string, value: unknown): void {
    this.write(prop, value, ({ sheet, range }) => sheet.formatOps.push({ range, key: `${this.prefix}${prop}`, value }));
  }
}

export class FakeRangeFormat extends FormatNode {
  constructor(context: FakeContext, source: { derived: () => RangeTarget | null }) {
    super(context, source.derived, '');
  }
  get font(): FakeFont {
    return new FakeFont(this.context, () => this.target());
  }
  get fill(): FakeFill {
    return new FakeFill(this.context, () => this.target(), 'fill.');
  }
  get borders(): FakeBorders {
    return new FakeBorders(this.context, () => this.target());
  }
  set horizontalAlignment(v: string) {
    this.setFormat('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.setFormat('verticalAlignment', v);
  }
  set wrapText(v: boolean) {
    this.setFormat('wrapText', v);
  }
  set columnWidth(points: number) {
    this.write('columnWidth', points, ({ sheet, range }) => {
      for (let c = range.c0; c <= range.c1; c++) sheet.columnWidths.set(c, points);
    });
  }
  set rowHeight(points: number) {
    this.write('rowHeight', points, ({ sheet, range }) => {
      for (let r = range.r0; r <= range.r1; r++) sheet.rowHeights.set(r, points);
    });
  }
}

export class FakeFont extends FormatNode {
  constructor(context: FakeContext, parent: () => RangeTarget | null) {
    super(context, parent, 'font.');
  }
  set bold(v: boolean) {
    this.setFormat('bold', v);
  }
  set color(v: string) {
    this.setFormat('color', v);
  }
  set size(v: number) {
    this.setFormat('size', v);
  }
}

export class FakeFill extends FormatNode {
  constructor(context: FakeContext, parent: () => RangeTarget | null, prefix: string) {
    super(context, parent, prefix);
  }
  set color(v: string) {
    this.setFormat('color', v);
  }
}

const BORDER_INDEXES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical', 'DiagonalDown', 'DiagonalUp'];

export class FakeBorders extends FakeProxy<RangeTarget> {
  constructor(context: FakeContext, parent: () => RangeTarget | null) {
    super(context, { derived: parent });
  }
  protected scalar(): unknown {
    return undefined;
  }
  getItem(index: string): FakeBorder {
    if (!BORDER_INDEXES.includes(index)) throw new FakeOfficeError('InvalidArgument', `Unknown border index ${index}`);
    return new FakeBorder(this.context, () => this.target(), index);
  }
}

export class FakeBorder extends FormatNode {
  constructor(context: FakeContext, parent: () => RangeTarget | null, index: string) {
    super(context, parent, `borders.${index}.`);
  }
  set style(v: string) {
    this.setFormat('style', v);
  }
  set weight(v: string) {
    this.setFormat('weight', v);
  }
  set color(v: string) {
    this.setFormat('color', v);
  }
}

export class FakeDataValidation extends FakeProxy<RangeTarget> {
  constructor(context: FakeContext, source: { derived: () => RangeTarget | null }) {
    super(context, source);
  }
  protected scalar(): unknown {
    return undefined;
  }
  clear(): void {
    this.call('dataValidation.clear', ({ sheet, range }) => {
      sheet.validations = sheet.validations.filter((v) => !rangesIntersect(v.range, range));
    });
  }
  set rule(rule: Excel.DataValidationRule) {
    this.write('rule', rule, ({ sheet, range }) => {
      const list = rule.list;
      if (list && typeof list.source === 'string' && list.source.length > 255) {
        throw new FakeOfficeError('InvalidArgument', 'A list source is limited to 255 characters.');
      }
      sheet.validations = sheet.validations.filter((v) => !(v.range.r0 === range.r0 && v.range.c0 === range.c0 && v.range.r1 === range.r1 && v.range.c1 === range.c1));
      sheet.validations.push({ range, rule: JSON.parse(JSON.stringify(rule)) as unknown });
    });
  }
  set errorAlert(alert: Excel.DataValidationErrorAlert) {
    this.write('errorAlert', alert, ({ sheet, range }) => {
      const v = sheet.validations.find((x) => x.range.r0 === range.r0 && x.range.c0 === range.c0 && x.range.r1 === range.r1 && x.range.c1 === range.c1);
      if (!v) throw new FakeOfficeError('InvalidOperation', 'Set a rule before the error alert.');
      v.errorAlert = { ...alert };
    });
  }
}

interface AreasTarget {
  sheet: FakeSheet;
  areas: CellRange[];
}

function boundingBox(areas: CellRange[]): CellRange {
  return areas.reduce((b, a) => ({ r0: Math.min(b.r0, a.r0), c0: Math.min(b.c0, a.c0), r1: Math.max(b.r1, a.r1), c1: Math.max(b.c1, a.c1) }));
}

/** The conditional formats that intersect a range (or range areas), as Excel lists them. */
export class FakeConditionalFormatCollection extends FakeCollection<AreasTarget, FakeConditionalFormat_> {
  constructor(context: FakeContext, source: { derived: () => AreasTarget | null }) {
    super(context, source);
  }
  private proxyOf(sheet: FakeSheet, cf: FakeConditionalFormat): FakeConditionalFormat_ {
    return this.item(cf, () => new FakeConditionalFormat_(this.context, { fixed: { sheet, cf } }));
  }
  private inRange(t: AreasTarget): FakeConditionalFormat[] {
    return t.sheet.conditionalFormats.filter((cf) => cfAreas(cf).some((a) => t.areas.some((b) => rangesIntersect(a, b))));
  }
  protected list(t: AreasTarget): FakeConditionalFormat_[] {
    return this.inRange(t).map((cf) => this.proxyOf(t.sheet, cf));
  }
  add(type: string): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(this.context, {
      bind: () => {
        const t = this.target();
        if (!t) throw new FakeOfficeError('InvalidObjectPath', 'conditionalFormats.add on a null range');
        const areas = t.areas.map((a) => ({ ...a }));
        const cf: FakeConditionalFormat = { id: this.context.state.newCfId(), type, range: boundingBox(areas), ...(areas.length > 1 ? { areas } : {}) };
        t.sheet.conditionalFormats.push(cf);
        return { sheet: t.sheet, cf };
      },
    });
  }
  /** ConditionalFormatCollection.getItem(id) (ExcelApi 1.6): fails the sync when no such rule exists. */
  getItem(id: string): FakeConditionalFormat_ {
    return new FakeConditionalFormat_(this.context, {
      bind: () => {
        const t = this.target();
        if (!t) throw new FakeOfficeError('InvalidObjectPath', 'conditionalFormats.getItem on a null range');
        const cf = this.inRange(t).find((c) => c.id === id);
        if (!cf) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist. (conditional format ${id})`);
        return { sheet: t.sheet, cf };
      },
    });
  }
}

interface CfTarget {
  sheet: FakeSheet;
  cf: FakeConditionalFormat;
}

export class FakeConditionalFormat_ extends FakeProxy<CfTarget> {
  constructor(context: FakeContext, source: { bind: () => CfTarget | null } | { fixed: CfTarget | null }) {
    super(context, source);
  }
  protected scalarNames(): string[] {
    return ['id', 'type', 'priority'];
  }
  protected scalar(t: CfTarget, prop: string): unknown {
    if (prop === 'id') return t.cf.id;
    if (prop === 'type') return t.cf.type;
    if (prop === 'priority') return t.sheet.conditionalFormats.indexOf(t.cf);
    return undefined;
  }
  protected nav(prop: string): FakeProxy<unknown> | undefined {
    if (prop === 'customOrNullObject') return this.customOrNullObject as FakeProxy<unknown>;
    if (prop === 'custom') return this.custom as FakeProxy<unknown>;
    return undefined;
  }
  get id(): string {
    return this.get('id');
  }
  get type(): string {
    return this.get('type');
  }
  private customNode?: FakeCustomFormat;
  private customOrNull?: FakeCustomFormat;
  get custom(): FakeCustomFormat {
    this.customNode ??= new FakeCustomFormat(this.context, () => {
      const t = this.target();
      if (t && t.cf.type !== 'Custom') throw new FakeOfficeError('InvalidOperation', 'Not a custom conditional format.');
      return t;
    });
    return this.customNode;
  }
  get customOrNullObject(): FakeCustomFormat {
    this.customOrNull ??= new FakeCustomFormat(this.context, () => {
      const t = this.target();
      return t && t.cf.type === 'Custom' ? t : null;
    });
    return this.customOrNull;
  }
  delete(): void {
    this.call('conditionalFormat.delete', ({ sheet, cf }) => {
      const i = sheet.conditionalFormats.indexOf(cf);
      if (i < 0) throw new FakeOfficeError('ItemNotFound', 'The conditional format was already deleted.');
      sheet.conditionalFormats.splice(i, 1);
    });
  }
}

export class FakeCustomFormat extends FakeProxy<CfTarget> {
  constructor(context: FakeContext, parent: () => CfTarget | null) {
    super(context, { derived: parent });
  }
  protected scalar(): unknown {
    return undefined;
  }
  private ruleNode?: FakeCfRule;
  protected nav(prop: string): FakeProxy<unknown> | undefined {
    return prop === 'rule' ? (this.rule as FakeProxy<unknown>) : undefined;
  }
  get rule(): FakeCfRule {
    this.ruleNode ??= new FakeCfRule(this.context, () => this.target());
    return this.ruleNode;
  }
  get format(): { fill: { color: string } } {
    const write = (color: string) =>
      this.context.enqueue(() => {
        const t = this.target();
        if (!t) throw new FakeOfficeError('InvalidObjectPath', 'null conditional format');
        t.cf.fill = color;
      });
    return {
      fill: {
        get color(): string {
          throw new FakeOfficeError('PropertyNotLoaded', 'The fake does not read conditional-format fills back.');
        },
        set color(c: string) {
          write(c);
        },
      },
    };
  }
}

export class FakeCfRule extends FakeProxy<CfTarget> {
  constructor(context: FakeContext, parent: () => CfTarget | null) {
    super(context, { derived: parent });
  }
  protected scalarNames(): string[] {
    return ['formula'];
  }
  protected scalar(t: CfTarget, prop: string): unknown {
    return prop === 'formula' ? t.cf.formula ?? '' : undefined;
  }
  get formula(): string {
    return this.get('formula');
  }
  set formula(f: string) {
    this.write('formula', f, ({ cf }) => {
      if (!f.startsWith('=')) throw new FakeOfficeError('InvalidArgument', 'A conditional-format formula starts with "=".');
      cf.formula = f;
    });
  }
}

/** Parses a local address for getRange ("A1", "A1:B2", "A:A", "3:3"). */
export function localRange(address: string): CellRange {
  const r = parseExcelArea(address);
  if (!r) throw new FakeOfficeError('InvalidArgument', `Invalid address ${address}`);
  return r;
}
