/**
 * How Excel stores a value assigned through Range.values: the same parsing as typing it into the cell.
 * A leading apostrophe stores text with a quote prefix; "=", "+", "-" and "@" start a formula (not
 * evaluated here: the cell shows #NAME?, which makes an unescaped write visible in tests); numbers,
 * percentages, ISO / m/d dates and TRUE/FALSE become numbers and booleans; a cell formatted "@" keeps text.
 * Like Excel in East Asian locales, full-width digits and signs ("１２３", "＝…", "９５％") are read as their
 * half-width forms (NFKC) when Excel decides what was typed; text that stays text keeps its own characters.
 */
import { FakeCell, Scalar } from './state';

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*([+-]?(\d+\.?\d*|\.\d+))%\s*$/;
const ISO_DATE = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/;
const MD_DATE = /^\s*(\d{1,2})\/(\d{1,2})\s*$/;

function serial(y: number, m: number, d: number): number {
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 86400000);
}

export function typedInput(raw: unknown, cellFormat: string | undefined): Partial<FakeCell> {
  if (raw === null || raw === undefined || raw === '') return { value: '', formula: undefined, quotePrefix: undefined };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw, formula: undefined, quotePrefix: undefined };
  if (typeof raw !== 'string') throw new TypeError(`Excel cannot store ${typeof raw}`);
  if (cellFormat === '@') return { value: raw, formula: undefined, quotePrefix: undefined };
  if (raw.startsWith("'")) return { value: raw.slice(1), formula: undefined, quotePrefix: true };
  const typed = raw.normalize('NFKC');
  if (typed !== raw) {
    const parsed = typedInput(typed, cellFormat);
    // Only what Excel reinterprets changes; full-width text that stays text is kept as typed.
    return typeof parsed.value === 'string' && !parsed.formula ? { value: raw, formula: undefined, quotePrefix: undefined } : parsed;
  }
  if (NUMBER.test(raw)) return { value: Number(raw), formula: undefined, quotePrefix: undefined };
  const pct = PERCENT.exec(raw);
  if (pct) return { value: Number(pct[1]) / 100, formula: undefined, quotePrefix: undefined, numberFormat: cellFormat ?? '0%' };
  if (/^[=+\-@]/.test(raw) && raw.length > 1) return { value: '#NAME?', formula: raw.startsWith('=') ? raw : `=${raw}`, quotePrefix: undefined };
  if (/^#N\/A$/i.test(raw)) return { value: '#N/A', formula: undefined, quotePrefix: undefined };
  if (/^(true|false)$/i.test(raw.trim())) return { value: raw.trim().toLowerCase() === 'true', formula: undefined, quotePrefix: undefined };
  const iso = ISO_DATE.exec(raw);
  if (iso) return { value: serial(+iso[1], +iso[2], +iso[3]), formula: undefined, quotePrefix: undefined, numberFormat: cellFormat ?? 'yyyy/m/d' };
  const md = MD_DATE.exec(raw);
  if (md && +md[1] >= 1 && +md[1] <= 12) return { value: serial(2026, +md[1], +md[2]), formula: undefined, quotePrefix: undefined, numberFormat: cellFormat ?? 'm月d日' };
  return { value: raw, formula: undefined, quotePrefix: undefined };
}

export type { Scalar };
