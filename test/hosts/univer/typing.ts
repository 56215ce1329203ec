/**
 * What Univer's cell editor stores when the user types a text and presses Enter (checked in Chromium:
 * typing "40%" leaves 0.4 with the format "0%", "5" a number, anything else text).
 */
import { CellValue } from '../../../src/engine/grid/grid';
import { UCell } from '../../../src/hosts/univer/facade';

export function typedCell(value: CellValue): UCell {
  if (value === null) return { v: null };
  if (typeof value === 'number') return { v: value, t: 2 };
  if (typeof value === 'boolean') return { v: value ? 1 : 0, t: 3 };
  const percent = /^\s*(-?\d+(?:\.\d+)?)\s*%\s*$/.exec(value);
  if (percent) {
    const decimals = percent[1].split('.')[1]?.length ?? 0;
    return { v: Number(percent[1]) / 100, t: 2, s: { n: { pattern: decimals > 0 ? `0.${'0'.repeat(decimals)}%` : '0%' } } };
  }
  if (/^\s*-?\d+(\.\d+)?\s*$/.test(value)) return { v: Number(value), t: 2 };
  return { v: value, t: 1 };
}
