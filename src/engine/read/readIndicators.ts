/**
 * Reads the indicator block under its header row: maps columns by header synonyms, inherits blank
 * 一级/二级 from the rows above (they were vertically merged in Word), joins split comparator / value /
 * unit columns, and stops at the first blank row or at the next table.
 */
import { cellAddress } from '../grid/address';
import { Indicator, IndicatorSource } from '../model/table';
import { matchLevel1, matchLevel2 } from '../profile/hierarchy';
import { memoizeString } from '../text/memo';
import { cleanText } from '../text/normalize';
import { parseIndicatorValue } from '../values/indicatorValue';
import { isPercentFormat } from '../values/numbers';
import { IndicatorColumn, matchIndicatorColumn } from './labels';
import { SheetView } from './sheetView';

const NO_EXTRAS: Record<string, string> = Object.freeze({}) as Record<string, string>;

type Claim = (row: number, col: number) => void;

export interface IndicatorBlock {
  indicators: Indicator[];
  sources: IndicatorSource[];
  lastRow: number;
}

/**
 * `firstRow` lets a flat list read one project's rows under the shared header; 一级/二级 then inherit only
 * within that project.
 */
export function readIndicators(
  view: SheetView,
  headerRow: number,
  limit: number,
  claim: Claim,
  firstRow = headerRow + 1,
): IndicatorBlock {
  const columns = new Map<IndicatorColumn, number>();
  const extraCols: { col: number; name: string }[] = [];
  for (const c of view.filledCols(headerRow)) {
    const text = view.text(headerRow, c);
    const col = matchIndicatorColumn(text);
    if (col && !columns.has(col)) {
      columns.set(col, c);
      claim(headerRow, c);
      if (col === 'weight' || col === 'direction') extraCols.push({ col: c, name: cleanText(text) });
    }
  }
  const colOf = (k: IndicatorColumn): number => columns.get(k) ?? -1;
  const cLevel1 = colOf('level1');
  const cLevel2 = colOf('level2');
  const cLevel3 = colOf('level3');
  const cDescription = colOf('description');
  const cValue = colOf('value');
  const cBasis = colOf('basis');
  const cOp = colOf('op');
  const cUnit = colOf('unit');
  const mapped = [...columns.values()];
  const left = Math.min(...mapped);
  const right = Math.max(...mapped.map((c) => view.mergeRight(headerRow, c)));

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
    const get = (c: number): string => (c < 0 ? '' : indicatorText(view, r, c));
    const addr = (c: number): string => (c < 0 ? '' : cellAddress(r, c));

    const raw1 = get(cLevel1);
    const raw2 = get(cLevel2);
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

    let value = get(cValue);
    const op = get(cOp);
    const unit = get(cUnit);
    if (op || unit) value = `${op}${value}${value && unit && !value.endsWith(unit) ? unit : ''}`;

    // Most tables have no 权重/指标方向 columns; they share one empty record (sources are read-only).
    let extras: Record<string, string> = NO_EXTRAS;
    if (extraCols.length > 0) {
      extras = {};
      for (const e of extraCols) extras[e.name] = indicatorText(view, r, e.col);
    }

    indicators.push({
      level1: level1Known ? level1 : '',
      level2: level2Known ? level2 : '',
      level3: get(cLevel3),
      description: get(cDescription),
      value,
      basis: get(cBasis),
      parsed: value ? parseIndicatorValue(value) : null,
      row: r + 1,
    });
    sources.push({
      level1Cell: addr(cLevel1),
      level2Cell: addr(cLevel2),
      level3Cell: addr(cLevel3),
      descriptionCell: addr(cDescription),
      valueCell: addr(cValue),
      basisCell: addr(cBasis),
      level1Raw: raw1,
      level2Raw: raw2,
      level1Inherited: raw1 === '' && level1Known,
      level2Inherited: raw2 === '' && level2Known,
      level1Known,
      level2Known,
      level1Synonym: raw1 !== '' ? level1Synonym : null,
      level2Synonym: raw2 !== '' ? level2Synonym : null,
      extras,
    });
    const filled = view.filledCols(r);
    for (let i = 0; i < filled.length; i++) if (filled[i] >= left && filled[i] <= right) claim(r, filled[i]);
    lastRow = r;
  }
  return { indicators, sources, lastRow };
}

/** A row that belongs to the next table: a field label (项目编码 …) or a lone "…绩效目标表" title. */
export function endsBlock(view: SheetView, row: number): boolean {
  if (view.labelsIn(row).some((l) => l.label.field !== null)) return true;
  const cols = view.filledCols(row);
  return cols.length === 1 && /绩效目标表$/.test(view.text(row, cols[0]));
}

/**
 * Text of an indicator cell. Numbers typed into Excel are shown the way the user sees them: 0.95 in a
 * %-formatted cell is "95%", a date serial in a date-formatted cell is "2023-12-31".
 */
function indicatorText(view: SheetView, row: number, col: number): string {
  const v = view.value(row, col);
  if (typeof v === 'number') {
    const fmt = view.format(row, col);
    if (isPercentFormat(fmt)) return `${Math.round(v * 100 * 1e6) / 1e6}%`;
    if (fmt && isDateFormat(fmt)) return serialToIsoDate(v);
    return String(v);
  }
  if (typeof v === 'string') return cleanText(v);
  return v === null ? '' : String(v);
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
