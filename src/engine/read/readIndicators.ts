/**
 * Reads the indicator block under its header row: maps columns by header synonyms, inherits blank
 * 一级/二级 from the rows above (they were vertically merged in Word), joins split comparator / value /
 * unit columns, and stops at the first blank row or at the next table.
 */
import { cellAddress } from '../grid/address';
import { CellValue } from '../grid/grid';
import { Indicator, IndicatorSource } from '../model/table';
import { matchLevel1, matchLevel2 } from '../profile/hierarchy';
import { memoizeString } from '../text/memo';
import { cleanCellText, cleanText } from '../text/normalize';
import { sharedParse } from '../values/indicatorValue';
import { isPercentFormat } from '../values/numbers';
import { COLUMN_COUNT, COLUMN_SLOTS as C } from './labels';
import { SheetView } from './sheetView';
import type { Bounds } from './readTable';

/** Every indicator column unmapped (-1), by column slot; a block's header fills in the ones it has. */
function unmappedColumns(): number[] {
  return [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
}
if (unmappedColumns().length !== COLUMN_COUNT) throw new Error('unmappedColumns() needs one entry per column slot');

const NO_EXTRAS: Record<string, string> = Object.freeze({}) as Record<string, string>;

/** Claims one cell of the header row. */
type ClaimHeader = (row: number, col: number) => void;

export interface IndicatorBlock {
  indicators: Indicator[];
  sources: IndicatorSource[];
  lastRow: number;
}

/**
 * `claimHeader` claims the header's cells, `bounds` takes the indicator rows' cells (a flat list's later
 * projects claim the shared header without stretching their rectangle up to it). `firstRow` lets a flat
 * list read one project's rows under the shared header; 一级/二级 then inherit only within that project.
 */
export function readIndicators(
  view: SheetView,
  headerRow: number,
  limit: number,
  claimHeader: ClaimHeader,
  bounds: Bounds,
  firstRow = headerRow + 1,
): IndicatorBlock {
  // Header cells are labels the sheet view has already matched; the first column of each kind counts.
  const at = unmappedColumns();
  const extraCols: { col: number; name: string }[] = [];
  let left = Infinity;
  let right = -Infinity;
  for (let i = 0, n = view.labelCount(headerRow); i < n; i++) {
    const c = view.labelCol(headerRow, i);
    const kind = view.labelMatch(headerRow, i).columnSlot;
    if (kind < 0 || at[kind] >= 0) continue;
    at[kind] = c;
    claimHeader(headerRow, c);
    if (c < left) left = c;
    right = Math.max(right, view.mergeRight(headerRow, c));
    if (kind === C.weight || kind === C.direction) extraCols.push({ col: c, name: cleanText(view.text(headerRow, c)) });
  }
  const cLevel1 = at[C.level1];
  const cLevel2 = at[C.level2];
  const cLevel3 = at[C.level3];
  const cDescription = at[C.description];
  const cValue = at[C.value];
  const cBasis = at[C.basis];
  const cOp = at[C.op];
  const cUnit = at[C.unit];

  const indicators: Indicator[] = [];
  const sources: IndicatorSource[] = [];
  let level1 = '';
  let level1Raw = '';
  let level2 = '';
  let level1Synonym: string | null = null;
  let level2Synonym: string | null = null;
  let lastRow = headerRow;

  for (let r = firstRow; r < limit; r++) {
    if (view.rowBlank(r) || endsBlock(view, r)) break;
    const cells = view.grid.values[r];
    const raw1 = textIn(view, cells, r, cLevel1);
    const raw2 = textIn(view, cells, r, cLevel2);
    const level1Known = raw1 !== '' || level1 !== '';
    if (raw1 !== '') {
      const m = matchLevel1(raw1);
      level1 = m.name ?? cleanText(raw1).replace(/\s+/g, '');
      level1Synonym = m.synonym;
      level1Raw = raw1;
    }
    // 二级 carries over only inside the same 一级 group.
    const sameGroup = raw1 === '' || raw1 === level1Raw;
    const level2Known = raw2 !== '' || (level2 !== '' && sameGroup);
    if (raw2 !== '') {
      const m = matchLevel2(raw2);
      level2 = m.name ?? cleanText(raw2).replace(/\s+/g, '');
      level2Synonym = m.synonym;
    } else if (!sameGroup) {
      level2 = '';
      level2Synonym = null;
    }

    let value = textIn(view, cells, r, cValue);
    const op = textIn(view, cells, r, cOp);
    const unit = textIn(view, cells, r, cUnit);
    if (op || unit) value = `${op}${value}${value && unit && !value.endsWith(unit) ? unit : ''}`;

    // Most tables have no 权重/指标方向 columns; they share one empty record (sources are read-only).
    let extras: Record<string, string> = NO_EXTRAS;
    if (extraCols.length > 0) {
      extras = {};
      for (const e of extraCols) extras[e.name] = textIn(view, cells, r, e.col);
    }

    indicators.push({
      level1: level1Known ? level1 : '',
      level2: level2Known ? level2 : '',
      level3: textIn(view, cells, r, cLevel3),
      description: textIn(view, cells, r, cDescription),
      value,
      basis: textIn(view, cells, r, cBasis),
      parsed: value ? sharedParse(value) : null,
      row: r + 1,
    });
    sources.push(
      new RowSource(
        r,
        at,
        raw1,
        raw2,
        raw1 === '' && level1Known,
        raw2 === '' && level2Known,
        level1Known,
        level2Known,
        raw1 !== '' ? level1Synonym : null,
        raw2 !== '' ? level2Synonym : null,
        extras,
      ),
    );
    bounds.takeFilled(r, left, right);
    lastRow = r;
  }
  return { indicators, sources, lastRow };
}

/**
 * Text of an indicator cell in a mapped column; '' when the block has no such column (col -1). `cells` is
 * the row's values (read once per row: an indicator row asks for up to eight of its cells).
 */
function textIn(view: SheetView, cells: readonly CellValue[], row: number, col: number): string {
  if (col < 0) return '';
  const v = cells[col];
  if (typeof v === 'string') return cleanCellText(v);
  return v === null || v === undefined ? '' : shownText(view, row, col, v);
}

function addressIn(row: number, col: number): string {
  return col < 0 ? '' : cellAddress(row, col);
}

/**
 * Where an indicator row came from. The addresses of its cells are made when asked for: the checker asks
 * only for the cells it reports on, and the live check reads every row again on each edit.
 */
class RowSource implements IndicatorSource {
  constructor(
    private readonly row: number,
    /** The block's mapped columns by column slot (shared by its rows, never changed after the header is read). */
    private readonly columns: readonly number[],
    readonly level1Raw: string,
    readonly level2Raw: string,
    readonly level1Inherited: boolean,
    readonly level2Inherited: boolean,
    readonly level1Known: boolean,
    readonly level2Known: boolean,
    readonly level1Synonym: string | null,
    readonly level2Synonym: string | null,
    readonly extras: Record<string, string>,
  ) {}

  get level1Cell(): string {
    return addressIn(this.row, this.columns[C.level1]);
  }

  get level2Cell(): string {
    return addressIn(this.row, this.columns[C.level2]);
  }

  get level3Cell(): string {
    return addressIn(this.row, this.columns[C.level3]);
  }

  get descriptionCell(): string {
    return addressIn(this.row, this.columns[C.description]);
  }

  get valueCell(): string {
    return addressIn(this.row, this.columns[C.value]);
  }

  get basisCell(): string {
    return addressIn(this.row, this.columns[C.basis]);
  }
}

/** A row that belongs to the next table: a field label (项目编码 …) or a lone "…绩效目标表" title. */
export function endsBlock(view: SheetView, row: number): boolean {
  if (view.hasFieldLabel(row)) return true;
  return view.filledCount(row) === 1 && /绩效目标表$/.test(view.text(row, view.firstFilled(row)));
}

/**
 * A number or boolean the way the user sees it: 0.95 in a %-formatted cell is "95%", a date serial in a
 * date-formatted cell is "2023-12-31".
 */
function shownText(view: SheetView, row: number, col: number, v: number | boolean): string {
  if (typeof v === 'number') {
    const fmt = view.format(row, col);
    if (isPercentFormat(fmt)) return `${Math.round(v * 100 * 1e6) / 1e6}%`;
    if (fmt && isDateFormat(fmt)) return serialToIsoDate(v);
  }
  return String(v);
}

const isDateFormat = memoizeString((fmt: string): boolean => {
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  return /[yd]/i.test(bare) || /m{1,2}[/-]|[/-]m{1,2}/i.test(bare) || bare.includes('年');
});

/** Excel 1900 serial → "YYYY-MM-DD" (serial 60, the fictitious 1900-02-29, is folded onto 03-01). */
export function serialToIsoDate(serial: number): string {
  const days = Math.floor(serial);
  const offset = days > 59 ? days - 1 : days;
  const ms = Date.UTC(1899, 11, 31) + offset * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}
