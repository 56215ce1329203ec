/** Small views on diagnostics so assertions name rule, severity and cell together. */
import { Diagnostic, RuleId } from '../../../src/engine/model/diagnostic';

export type Brief = { rule: RuleId; severity: Diagnostic['severity']; cell: string };

export function brief(ds: Diagnostic[]): Brief[] {
  return ds.map(({ rule, severity, cell }) => ({ rule, severity, cell }));
}

export function ofRule(ds: Diagnostic[], rule: RuleId): Diagnostic[] {
  return ds.filter((d) => d.rule === rule);
}

export function ruleIds(ds: Diagnostic[]): RuleId[] {
  return [...new Set(ds.map((d) => d.rule))].sort();
}
