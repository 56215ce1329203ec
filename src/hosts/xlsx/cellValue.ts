/**
 * ExcelJS cell values parsed into the engine's four kinds at the edge: dates become 1900-system serial
 * numbers, rich text and hyperlinks their plain text, formulas their cached result, errors their text.
 */
import type { CellValue as ExcelValue } from 'exceljs';
import { CellValue } from '../../engine/grid/grid';

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30 with the leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/**
 * A date as an Excel 1900-system serial number. ExcelJS builds dates from serials as UTC instants (and
 * already shifts 1904-system workbooks), so the inverse is exact.
 */
export function dateToSerial(d: Date): number | null {
  const t = d.getTime();
  if (!Number.isFinite(t)) return null;
  return Math.round((UNIX_EPOCH_SERIAL + t / MS_PER_DAY) * 1e10) / 1e10;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof Date);
}

function richTextOf(v: unknown): string | null {
  if (!isRecord(v) || !Array.isArray(v.richText)) return null;
  let s = '';
  for (const run of v.richText) if (isRecord(run) && typeof run.text === 'string') s += run.text;
  return s;
}

/** A formula's cached result, a hyperlink's text, an error's code: anything that can be inside those. */
function scalar(v: unknown): CellValue | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return dateToSerial(v);
  const rich = richTextOf(v);
  if (rich !== null) return rich;
  if (isRecord(v) && typeof v.error === 'string') return v.error;
  return undefined;
}

/**
 * Parses one ExcelJS value. `fallbackText` (the cell's display text) is used for shapes this adapter does
 * not know, so unfamiliar content is still read rather than dropped.
 */
export function parseCellValue(value: ExcelValue, fallbackText: () => string): CellValue {
  const direct = scalar(value);
  if (direct !== undefined) return direct;
  if (isRecord(value)) {
    if ('formula' in value || 'sharedFormula' in value) {
      const r = scalar(value.result);
      return r === undefined ? null : r;
    }
    if ('hyperlink' in value) {
      const t = scalar(value.text);
      return t === undefined ? null : t;
    }
  }
  const text = fallbackText();
  return text === '' ? null : text;
}
