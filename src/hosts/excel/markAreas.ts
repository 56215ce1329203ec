/**
 * Marks grouped for conditional formats: one rule per sheet and severity over a multi-area range (fewer
 * rules keep Excel fast and the batch small). Excel takes an address string of about 8,000 characters per
 * getRanges call, so long lists are cut into several rules.
 */
import { Severity } from '../../engine/model/diagnostic';
import { CellMark } from '../../engine/model/plan';

/** Stays clear of Excel's ~8,000-character limit on one getRanges address. */
export const MAX_AREAS_ADDRESS = 7000;

export interface MarkRule {
  severity: Severity;
  /** Local addresses of one rule: one cell each, or several joined by commas. */
  address: string;
}

const ORDER: Severity[] = ['info', 'warning', 'error'];

/**
 * Rules for one sheet's marks. With `multiArea` each severity becomes as few comma-joined rules as the
 * address limit allows; otherwise one rule per cell (Excel before ExcelApi 1.9 has no getRanges).
 * Errors come last so that, added last, they sit on top where marks of two severities meet.
 */
export function markRules(marks: CellMark[], multiArea: boolean, limit = MAX_AREAS_ADDRESS): MarkRule[] {
  const rules: MarkRule[] = [];
  for (const severity of ORDER) {
    const cells = [...new Set(marks.filter((m) => m.severity === severity).map((m) => m.cell.toUpperCase()))];
    if (!multiArea) {
      for (const cell of cells) rules.push({ severity, address: cell });
      continue;
    }
    let cur = '';
    for (const cell of cells) {
      if (cur && cur.length + 1 + cell.length > limit) {
        rules.push({ severity, address: cur });
        cur = '';
      }
      cur = cur ? `${cur},${cell}` : cell;
    }
    if (cur) rules.push({ severity, address: cur });
  }
  return rules;
}
