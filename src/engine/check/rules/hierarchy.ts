/** H01–H10: the 一级/二级/三级 structure of the indicator block. */
import { Diagnostic } from '../../model/diagnostic';
import { hierarchyOf, isCategoryName, levelKey, matchLevel1, matchLevel2, parentOf } from '../../profile/hierarchy';
import { labelKey } from '../../text/normalize';
import { checkMessages as M } from '../../../strings/messages';
import { indicatorRows, perConfig, RuleContext } from './context';
import { memoizeString } from '../../text/memo';

export function checkHierarchy(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const profile = ctx.options.profile;
  const defs = hierarchyOf(profile);
  const level1Names = defs.map((d) => d.name);
  const firstLevel3 = new Map<string, string>();
  const exceptions = categoryExceptionsOf(ctx.config);
  // Rows below an orphan row inherit from it once it is filled in, so only the first of a run is reported.
  let level1Orphan = false;
  let level2Orphan = false;

  for (const { ind, src, l1, l2 } of indicatorRows(ctx)) {
    const l1Valid = level1Names.includes(l1);
    const rowWritesLevels = !(src.level1Inherited && src.level2Inherited);

    const orphan1 = l1 === '' && !src.level1Known;
    if (orphan1 && !level1Orphan) out.push(ctx.diag('H09', 'error', src.level1Cell, M.H09('一级', ind.row)));
    level1Orphan = orphan1;
    if (l1 !== '' && !src.level1Inherited) {
      if (!l1Valid) {
        const msg = profile === 'hebei-2023' && l1 === '成本指标' ? M.H01CostInHebei(ind.level1) : M.H01(ind.level1, level1Names);
        out.push(ctx.diag('H01', 'error', src.level1Cell, msg));
      }
      if (src.level1Synonym) out.push(ctx.diag('H10', 'info', src.level1Cell, M.H10('一级', src.level1Synonym, l1)));
    }

    const orphan2 = l2 === '' && !src.level2Known;
    if (orphan2 && !level2Orphan) out.push(ctx.diag('H09', 'error', src.level2Cell, M.H09('二级', ind.row)));
    level2Orphan = orphan2;
    if (l2 !== '' && rowWritesLevels) {
      const parent = parentOf(l2, profile);
      // A 一级 name written as 二级 (成本指标 under 产出指标 in mof-2021) belongs one level up.
      const asLevel1 = defs.find((d) => levelKey(d.name) === levelKey(ind.level2));
      if (parent) {
        if (l1Valid && parent !== l1) out.push(ctx.diag('H03', 'error', src.level2Cell, M.H03(l2, l1, parent, l2)));
      } else if (asLevel1 && l1Valid && asLevel1.name !== l1) {
        out.push(ctx.diag('H03', 'error', src.level2Cell, M.H03(ind.level2, l1, asLevel1.name, asLevel1.level2[0] ?? '')));
      } else {
        const allowed = l1Valid ? defs.find((d) => d.name === l1)?.level2 ?? [] : [];
        out.push(ctx.diag('H02', 'error', src.level2Cell, M.H02(ind.level2, l1, allowed)));
      }
      if (src.level2Synonym && !src.level2Inherited) {
        out.push(ctx.diag('H10', 'info', src.level2Cell, M.H10('二级', src.level2Synonym, l2)));
      }
    }

    const l3 = ind.level3.trim();
    if (l3 === '') {
      if (ind.value.trim() !== '' || ind.description.trim() !== '') {
        out.push(ctx.diag('H04', 'error', src.level3Cell, M.H04(ind.row)));
      }
      continue;
    }
    const { key, looksLikeCategory } = level3Facts(l3);
    if (looksLikeCategory && !exceptions.has(key)) {
      out.push(ctx.diag('H06', 'error', src.level3Cell, M.H06(l3)));
    }
    const first = firstLevel3.get(key);
    if (first) out.push(ctx.diag('H05', 'warning', src.level3Cell, M.H05(l3, first)));
    else firstLevel3.set(key, src.level3Cell);
  }

  out.push(...checkRequired(ctx));
  return out;
}

const categoryExceptionsOf = perConfig((cfg) => new Set(cfg.level3CategoryExceptions.map(labelKey)));

/** A 三级's matching key, and whether it names a 一级/二级 category (H06), once per distinct text. */
const level3Facts = memoizeString((l3: string) => ({
  key: labelKey(l3),
  looksLikeCategory: isCategoryName(l3) || matchLevel1(l3).name !== null || matchLevel2(l3).name !== null,
}));

/** H07/H08: required 一级 and, under each present 一级, required 二级. */
function checkRequired(ctx: RuleContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rows = indicatorRows(ctx);
  const firstCellOf = new Map<string, string>();
  const level2Under = new Map<string, Set<string>>();
  for (const { src, l1, l2 } of rows) {
    if (!l1) continue;
    if (!firstCellOf.has(l1)) firstCellOf.set(l1, src.level1Cell);
    const set = level2Under.get(l1) ?? new Set<string>();
    set.add(l2);
    level2Under.set(l1, set);
  }
  const headerCell = ctx.t.fields.indicatorHeader;
  for (const l1 of ctx.config.requiredLevel1) {
    if (!firstCellOf.has(l1)) out.push(ctx.diag('H07', 'error', headerCell, M.H07(l1)));
  }
  for (const req of ctx.config.requiredLevel2) {
    const present = level2Under.get(req.level1);
    if (!present) continue;
    for (const l2 of req.level2) {
      if (!present.has(l2)) out.push(ctx.diag('H08', 'warning', firstCellOf.get(req.level1), M.H08(req.level1, l2)));
    }
  }
  return out;
}
