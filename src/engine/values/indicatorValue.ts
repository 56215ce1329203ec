/**
 * Parses a 指标值 such as "≥130批次", "<0.2%", "5万元", "重大案件发生0次" into comparator, number and unit.
 * OWNER: values helper (being written). The signature is fixed; the body below is a first cut.
 */
import { Comparator, ParsedValue } from '../model/table';
import { toHalfWidth } from '../text/normalize';

export function parseIndicatorValue(text: string): ParsedValue | null {
  const t = toHalfWidth(text).replace(/\s+/g, '');
  const m = /(>=|<=|≥|≤|>|<|=)?(-?\d+(?:\.\d+)?)(%|[\u4e00-\u9fa5A-Za-z]+)?/.exec(t.replace(/,/g, ''));
  if (!m) return null;
  const ops: Record<string, Comparator> = { '>=': '>=', '≥': '>=', '<=': '<=', '≤': '<=', '>': '>', '<': '<', '=': '=' };
  return { op: m[1] ? ops[m[1]] : null, number: Number(m[2]), unit: m[3] ?? null };
}
