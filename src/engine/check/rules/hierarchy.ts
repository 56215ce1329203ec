/** H01–H10: the 一级/二级/三级 structure of the indicator block. */
import { hierarchyOf } from '../../profile/hierarchy';
import { checkMessages as M } from '../../../strings/messages';
import { isBlank } from '../../grid/grid';
import { IndicatorRow, RuleContext } from './context';
import { requiredLevelsOf } from './levelFacts';

export function checkHierarchy(ctx: RuleContext): void {
  const profile = ctx.options.profile;
  const rows = ctx.rows;
  const firstLevel3 = new FirstLevel3(rows);
  // Rows below an orphan row inherit from it once it is filled in, so only the first of a run is reported.
  let level1Orphan = false;
  let level2Orphan = false;

  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const { ind, src, l1, l2 } = row;
    const l1Valid = row.level1.valid;
    const rowWritesLevels = !(src.level1Inherited && src.level2Inherited);

    const orphan1 = l1 === '' && !src.level1Known;
    if (orphan1 && !level1Orphan) ctx.report('H09', 'error', src.level1Cell, M.H09('一级', ind.row));
    level1Orphan = orphan1;
    if (l1 !== '' && !src.level1Inherited) {
      if (!l1Valid) {
        const msg =
          profile === 'hebei-2023' && l1 === '成本指标' ? M.H01CostInHebei(ind.level1) : M.H01(ind.level1, level1Names(ctx));
        ctx.report('H01', 'error', src.level1Cell, msg);
      }
      if (src.level1Synonym) ctx.report('H10', 'info', src.level1Cell, M.H10('一级', src.level1Synonym, l1));
    }

    const orphan2 = l2 === '' && !src.level2Known;
    if (orphan2 && !level2Orphan) ctx.report('H09', 'error', src.level2Cell, M.H09('二级', ind.row));
    level2Orphan = orphan2;
    if (l2 !== '' && rowWritesLevels) checkLevel2(ctx, row);

    const l3 = row.level3;
    if (l3.text === '') {
      if (!isBlank(ind.value) || !isBlank(ind.description)) {
        ctx.report('H04', 'error', src.level3Cell, M.H04(ind.row));
      }
      continue;
    }
    if (l3.namesCategory) ctx.report('H06', 'error', src.level3Cell, M.H06(l3.text));
    const first = firstLevel3.before(i);
    if (first !== null) ctx.report('H05', 'warning', src.level3Cell, M.H05(l3.text, first));
  }

  checkRequired(ctx);
}

/** H02/H03 and the 二级 synonym note (H10) for a row that writes its own levels. */
function checkLevel2(ctx: RuleContext, row: IndicatorRow): void {
  const { ind, src, l1, l2 } = row;
  const l1Valid = row.level1.valid;
  const { parent, asLevel1 } = row.level2;
  if (parent) {
    if (l1Valid && parent !== l1) ctx.report('H03', 'error', src.level2Cell, M.H03(l2, l1, parent, l2));
  } else if (asLevel1 && l1Valid && asLevel1.name !== l1) {
    // A 一级 name written as 二级 (成本指标 under 产出指标 in mof-2021) belongs one level up.
    ctx.report('H03', 'error', src.level2Cell, M.H03(ind.level2, l1, asLevel1.name, asLevel1.level2[0] ?? ''));
  } else {
    ctx.report('H02', 'error', src.level2Cell, M.H02(ind.level2, l1, row.level1.level2));
  }
  if (src.level2Synonym && !src.level2Inherited) {
    ctx.report('H10', 'info', src.level2Cell, M.H10('二级', src.level2Synonym, l2));
  }
}

function level1Names(ctx: RuleContext): string[] {
  return hierarchyOf(ctx.options.profile).map((d) => d.name);
}

/**
 * H05: the cell of the first earlier row whose 三级 has the same key, or null; a row whose cell is unknown
 * cannot be cited, so it does not count as the first (the rule has always read so). A table has a handful of
 * rows, so earlier rows are searched in place; a long one (a flat list of hundreds of indicators) gets a
 * map of first cells once, so it stays linear.
 */
class FirstLevel3 {
  private map: Map<string, number> | null = null;

  constructor(private readonly rows: readonly IndicatorRow[]) {}

  before(i: number): string | null {
    const key = this.rows[i].level3.key;
    if (this.rows.length <= FirstLevel3.SCAN_LIMIT) {
      for (let j = 0; j < i; j++) {
        const earlier = this.rows[j];
        // The key first: the cell's address is made only for a row that repeats it.
        if (earlier.level3.key === key && earlier.level3.text !== '' && earlier.src.level3Cell !== '') return earlier.src.level3Cell;
      }
      return null;
    }
    if (this.map === null) this.map = firstRows(this.rows);
    const first = this.map.get(key);
    return first !== undefined && first < i ? this.rows[first].src.level3Cell : null;
  }

  private static readonly SCAN_LIMIT = 32;
}

/** The index of the first row of each 三级 key among rows with a 三级 and a known cell. */
function firstRows(rows: readonly IndicatorRow[]): Map<string, number> {
  const map = new Map<string, number>();
  for (let i = 0; i < rows.length; i++) {
    const { level3 } = rows[i];
    if (level3.text !== '' && rows[i].src.level3Cell !== '' && !map.has(level3.key)) map.set(level3.key, i);
  }
  return map;
}

/**
 * H07/H08: required 一级 and, under each present 一级, required 二级. The rows are tallied as bit sets
 * (see `RequiredLevels`); the cell of an H08 is looked up only when one is reported.
 */
function checkRequired(ctx: RuleContext): void {
  const required = requiredLevelsOf(ctx.config);
  let level1Present = 0;
  let pairsPresent = 0;
  for (const row of ctx.rows) {
    level1Present |= row.level1.requiredBit;
    pairsPresent |= row.level1.pairMask & row.level2.pairBits;
  }
  const headerCell = ctx.t.fields.indicatorHeader;
  for (const l1 of required.level1) {
    if ((level1Present & l1.bit) === 0) ctx.report('H07', 'error', headerCell, M.H07(l1.name));
  }
  for (const req of required.level2) {
    if ((level1Present & req.level1Bit) === 0) continue;
    for (const l2 of req.level2) {
      if ((pairsPresent & l2.bit) === 0) ctx.report('H08', 'warning', firstCellOf(ctx, req.level1), M.H08(req.level1, l2.name));
    }
  }
}

function firstCellOf(ctx: RuleContext, l1: string): string | undefined {
  for (const row of ctx.rows) if (row.l1 === l1) return row.src.level1Cell;
  return undefined;
}
