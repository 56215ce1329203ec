/** What every rule family gets: the table, the options, the profile's lists and a diagnostic factory. */
import { cellAddress } from '../../grid/address';
import { Diagnostic, RuleId, Severity } from '../../model/diagnostic';
import { CheckOptions } from '../../model/options';
import { Indicator, IndicatorSource, ReadTable } from '../../model/table';
import { matchLevel1, matchLevel2 } from '../../profile/hierarchy';
import { getProfileConfig, ProfileConfig } from '../../profile/lists';

export interface RuleContext {
  t: ReadTable;
  options: CheckOptions;
  config: ProfileConfig;
  /** The table's first cell: where a diagnostic points when the field's own cell is unknown. */
  firstCell: string;
  diag(rule: RuleId, severity: Severity, cell: string | undefined, message: string): Diagnostic;
  /** The indicator rows, built once per table: every rule family walks them. */
  readonly rows: IndicatorRow[];
}

export function makeContext(t: ReadTable, options: CheckOptions): RuleContext {
  const firstCell = cellAddress(t.bounds.r0, t.bounds.c0);
  const sheet = t.table.sheet;
  return {
    t,
    options,
    config: getProfileConfig(options.profile),
    firstCell,
    diag: (rule, severity, cell, message) => ({ rule, severity, sheet, cell: cell || firstCell, message }),
    rows: buildRows(t, firstCell),
  };
}

/**
 * One indicator row with its cells (falling back to the table's first cell when the reader gave none) and
 * its canonical 一级/二级 (see `canonicalLevel1`).
 */
export interface IndicatorRow {
  ind: Indicator;
  src: IndicatorSource;
  l1: string;
  l2: string;
}

export function indicatorRows(ctx: RuleContext): IndicatorRow[] {
  return ctx.rows;
}

function buildRows(t: ReadTable, firstCell: string): IndicatorRow[] {
  return t.table.indicators.map((ind, i) => {
    const known = t.indicatorSources[i];
    const src: IndicatorSource = known ?? {
      level1Cell: firstCell,
      level2Cell: firstCell,
      level3Cell: firstCell,
      descriptionCell: firstCell,
      valueCell: firstCell,
      basisCell: firstCell,
      level1Raw: ind.level1,
      level2Raw: ind.level2,
      level1Inherited: false,
      level2Inherited: false,
      level1Known: ind.level1.trim() !== '',
      level2Known: ind.level2.trim() !== '',
      level1Synonym: null,
      level2Synonym: null,
      extras: {},
    };
    return { ind, src, l1: canonicalLevel1(ind.level1), l2: canonicalLevel2(ind.level2) };
  });
}

/** Rows that hold cost indicators in this profile (成本指标 as 二级 in hebei-2023, as 一级 in mof-2021). */
export function isCostRow(ctx: RuleContext, row: IndicatorRow): boolean {
  const { level, name } = ctx.config.costRows;
  return (level === 'level1' ? row.l1 : row.l2) === name;
}

/**
 * A function of a profile's config, computed once per config object (the configs are constants, so the
 * cache holds a handful of entries). Rules use it for per-profile caches of text tests.
 */
export function perConfig<T>(make: (config: ProfileConfig) => T): (config: ProfileConfig) => T {
  const made = new WeakMap<ProfileConfig, T>();
  return (config) => {
    let value = made.get(config);
    if (value === undefined) {
      value = make(config);
      made.set(config, value);
    }
    return value;
  };
}

/**
 * The canonical 一级 of a row. The reader already stores canonical names; matching again keeps the rules
 * right for tables built by other means (tests, the converter) that carry the text as written.
 */
export function canonicalLevel1(text: string): string {
  return matchLevel1(text).name ?? text.trim();
}

export function canonicalLevel2(text: string): string {
  return matchLevel2(text).name ?? text.trim();
}
