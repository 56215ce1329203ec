/**
 * What the writers need from a profile beyond its hierarchy: the default spend-plan checkpoints and the
 * 一级/二级 rows an empty template asks the finance officer to fill.
 */
import { ProfileId } from '../model/table';
import { hierarchyOf } from '../profile/hierarchy';
import { getProfileConfig } from '../profile/lists';

/** The checkpoints the user configured, or the profile's own. */
export function checkpointsFor(profile: ProfileId, configured?: string[]): string[] {
  return configured && configured.length > 0 ? configured.slice() : getProfileConfig(profile).checkpoints.slice();
}

/**
 * 二级 rows of an empty template, per 一级: every 产出 二级 (rule H08 wants them all) and the one 二级 most
 * projects use elsewhere (社会效益, 经济成本, 服务对象满意度).
 */
const SKELETON_LEVEL2: Record<string, string[] | 'all'> = {
  成本指标: ['经济成本指标'],
  产出指标: 'all',
  效益指标: ['社会效益指标'],
  满意度指标: ['服务对象满意度指标'],
};

export function templateSkeleton(profile: ProfileId): { level1: string; level2: string }[] {
  const rows: { level1: string; level2: string }[] = [];
  for (const def of hierarchyOf(profile)) {
    const pick = SKELETON_LEVEL2[def.name] ?? [def.level2[0]];
    const level2s = pick === 'all' ? def.level2 : pick.filter((n) => def.level2.includes(n));
    for (const level2 of level2s) rows.push({ level1: def.name, level2 });
  }
  return rows;
}

export function level1Names(profile: ProfileId): string[] {
  return hierarchyOf(profile).map((d) => d.name);
}

export function level2Names(profile: ProfileId): string[] {
  const out: string[] = [];
  for (const d of hierarchyOf(profile)) for (const n of d.level2) if (!out.includes(n)) out.push(n);
  return out;
}
