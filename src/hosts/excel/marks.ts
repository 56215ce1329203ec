/**
 * Cell marks as conditional formats, never as cell fills: a conditional format sits on top of the user's
 * own fill and formatting and leaves them untouched when it is removed. Every mark carries a tag in its
 * formula, so the adapter finds its own marks again after a reload (in-memory ids would be lost) and never
 * removes a rule the user made. The formula `=N("jixiao-mark:error")=0` is always TRUE: N() of text is 0.
 */
import { Severity } from '../../engine/model/diagnostic';

export const MARK_TAG = 'jixiao-mark:';

export const MARK_FILL: Record<Severity, string> = {
  error: '#FFC7CE',
  warning: '#FFEB9C',
  info: '#DDEBF7',
};

export function markFormula(severity: Severity): string {
  return `=N("${MARK_TAG}${severity}")=0`;
}

export function isMarkFormula(formula: unknown): boolean {
  return typeof formula === 'string' && formula.toLowerCase().includes(MARK_TAG);
}
