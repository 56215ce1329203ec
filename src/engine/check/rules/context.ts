/** What every rule family gets: the table, the options, the profile's lists and where diagnostics go. */
import { cellAddress } from '../../grid/address';
import { Diagnostic, RuleId, Severity } from '../../model/diagnostic';
import { CheckOptions } from '../../model/options';
import { Indicator, IndicatorSource, ReadTable } from '../../model/table';
import { getProfileConfig, ProfileConfig } from '../../profile/lists';
import { isBlank } from '../../grid/grid';
import { Level1Facts, level1FactsOf, Level2Facts, level2FactsOf, Level3Facts, level3FactsOf } from './levelFacts';

/**
 * One table being checked. Rules report into the checker's output array directly, so a table's
 * diagnostics are not collected in per-rule arrays and concatenated (the live check re-runs the
 * checker on every edit, and those arrays were a good part of its garbage).
 */
export class RuleContext {
  readonly config: ProfileConfig;
  /** The indicator rows, built once per table: every rule family walks them. */
  readonly rows: IndicatorRow[];
  private first: string | null = null;

  constructor(
    readonly t: ReadTable,
    readonly options: CheckOptions,
    private readonly out: Diagnostic[],
  ) {
    this.config = getProfileConfig(options.profile);
    this.rows = buildRows(this);
  }

  /**
   * The table's first cell: where a diagnostic points when the field's own cell is unknown. Built on
   * first use, since most tables never need it.
   */
  get firstCell(): string {
    if (this.first === null) this.first = cellAddress(this.t.bounds.r0, this.t.bounds.c0);
    return this.first;
  }

  report(rule: RuleId, severity: Severity, cell: string | undefined, message: string): void {
    this.out.push({ rule, severity, sheet: this.t.table.sheet, cell: cell || this.firstCell, message });
  }
}

/**
 * One indicator row with its cells (falling back to the table's first cell when the reader gave none) and
 * what the profile says about its 一级/二级/三级 (`l1`/`l2` are the canonical names, see `canonicalLevel1`).
 */
export interface IndicatorRow {
  ind: Indicator;
  src: IndicatorSource;
  l1: string;
  l2: string;
  level1: Level1Facts;
  level2: Level2Facts;
  level3: Level3Facts;
}

function buildRows(ctx: RuleContext): IndicatorRow[] {
  const { t, config } = ctx;
  const level1Facts = level1FactsOf(config);
  const level2Facts = level2FactsOf(config);
  const level3Facts = level3FactsOf(config);
  const indicators = t.table.indicators;
  const rows = new Array<IndicatorRow>(indicators.length);
  let prev: IndicatorRow | null = null;
  for (let i = 0; i < indicators.length; i++) {
    const ind = indicators[i];
    // Rows under one 一级 (and often one 二级) repeat its text: the row above's facts need no lookup.
    const level1: Level1Facts = prev !== null && prev.ind.level1 === ind.level1 ? prev.level1 : level1Facts(ind.level1);
    const level2: Level2Facts = prev !== null && prev.ind.level2 === ind.level2 ? prev.level2 : level2Facts(ind.level2);
    const level3 = level3Facts(ind.level3);
    const src = t.indicatorSources[i] ?? fallbackSource(ind, ctx.firstCell);
    prev = rows[i] = { ind, src, l1: level1.name, l2: level2.name, level1, level2, level3 };
  }
  return rows;
}

function fallbackSource(ind: Indicator, firstCell: string): IndicatorSource {
  return {
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
    level1Known: !isBlank(ind.level1),
    level2Known: !isBlank(ind.level2),
    level1Synonym: null,
    level2Synonym: null,
    extras: {},
  };
}

/** Rows that hold cost indicators in this profile (成本指标 as 二级 in hebei-2023, as 一级 in mof-2021). */
export function isCostRow(row: IndicatorRow): boolean {
  return row.level1.cost || row.level2.cost;
}
