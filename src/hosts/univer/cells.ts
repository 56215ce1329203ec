/**
 * Univer cell data at the edge: `ICellData` parsed into the engine's four kinds, engine values and plan
 * styles turned into `ICellData` / `IStyleData`.
 *
 * Text is always written with an explicit string type (`t: 1`) and never as `f`, so "=1+1", "+86", "-" and
 * "@x" stay text: Univer only computes what sits in `f` (the facade's `setValues('=1+1')` would put it
 * there, which is why the adapter never passes bare strings through it).
 */
import { CellValue } from '../../engine/grid/grid';
import { CellStyle } from '../../engine/model/plan';
import { UBorder, UCell, UStyle } from './facade';

export const CELL_TYPE = { string: 1, number: 2, boolean: 3, forceString: 4 } as const;
export const H_ALIGN = { left: 1, center: 2, right: 3 } as const;
export const V_ALIGN = { top: 1, middle: 2, bottom: 3 } as const;
export const WRAP = 3;
export const BORDER_THIN = 1;

/** Plain text of a rich-text cell: Univer ends every paragraph with "\r" and the document with "\r\n". */
function richText(stream: string): string {
  return stream.replace(/\r?\n$/, '').replace(/\r$/, '').replace(/\r/g, '\n');
}

/** One cell as the engine sees it; formulas give their last computed value. */
export function cellValueOf(cell: UCell | null | undefined): CellValue {
  if (!cell) return null;
  const stream = cell.p?.body?.dataStream;
  const v = cell.v;
  if ((v === null || v === undefined || v === '') && typeof stream === 'string') {
    const text = richText(stream);
    return text === '' ? null : text;
  }
  if (v === null || v === undefined) return null;
  if (cell.t === CELL_TYPE.boolean) return v === true || v === 1 || v === '1' || (typeof v === 'string' && v.toUpperCase() === 'TRUE');
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (cell.t === CELL_TYPE.number && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return v === '' ? null : v;
}

/** The cell data that stores exactly `value` (text stays text whatever it starts with). */
export function cellDataOf(value: CellValue): UCell | null {
  if (value === null) return null;
  if (typeof value === 'number') return Number.isFinite(value) ? { v: value, t: CELL_TYPE.number } : { v: String(value), t: CELL_TYPE.string };
  if (typeof value === 'boolean') return { v: value ? 1 : 0, t: CELL_TYPE.boolean };
  return { v: value, t: CELL_TYPE.string };
}

/** "#RGB" / "#RRGGBB" (any case) → "#rrggbb"; null for anything else. */
export function normalColor(color: string | null | undefined): string | null {
  if (!color) return null;
  const t = color.trim();
  const long = /^#?([0-9a-fA-F]{6})$/.exec(t);
  if (long) return `#${long[1].toLowerCase()}`;
  const short = /^#?([0-9a-fA-F])([0-9a-fA-F])([0-9a-fA-F])$/.exec(t);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toLowerCase();
  return null;
}

const THIN_BLACK: UBorder = { s: BORDER_THIN, cl: { rgb: '#000000' } };

/** A plan style as Univer style data. */
export function styleDataOf(style: CellStyle): UStyle {
  const s: UStyle = {};
  if (style.bold) s.bl = 1;
  if (style.fontSize) s.fs = style.fontSize;
  const font = normalColor(style.fontColor);
  if (font) s.cl = { rgb: font };
  const fill = normalColor(style.fill);
  if (fill) s.bg = { rgb: fill };
  if (style.horizontal) s.ht = H_ALIGN[style.horizontal];
  if (style.vertical) s.vt = V_ALIGN[style.vertical];
  if (style.wrap) s.tb = WRAP;
  if (style.border) s.bd = { t: THIN_BLACK, b: THIN_BLACK, l: THIN_BLACK, r: THIN_BLACK };
  return s;
}

/** Excel column width (characters of the default font) → Univer pixels, as Excel converts at 100 %. */
export function widthToPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

export function pixelsToWidth(px: number): number {
  return Math.max(0, Math.round(((px - 5) / 7) * 100) / 100);
}

/** Row heights: points ↔ pixels at 96 dpi. */
export function pointsToPixels(pt: number): number {
  return Math.round((pt * 4) / 3);
}

export function pixelsToPoints(px: number): number {
  return Math.round(px * 0.75 * 100) / 100;
}
