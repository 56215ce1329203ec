/**
 * The 一级/二级 indicator hierarchy of each profile and the synonyms found in real tables (domain.md).
 * Matching ignores spaces, full-width forms, score suffixes and the trailing word 指标.
 */
import { ProfileId } from '../model/table';
import { memoizeString } from '../text/memo';
import { labelKey } from '../text/normalize';

export interface Level1Def {
  name: string;
  level2: string[];
}

export const HIERARCHIES: Record<ProfileId, Level1Def[]> = {
  'hebei-2023': [
    { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] },
    { name: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
    { name: '满意度指标', level2: ['服务对象满意度指标'] },
  ],
  'mof-2021': [
    { name: '成本指标', level2: ['经济成本指标', '社会成本指标', '生态环境成本指标'] },
    { name: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] },
    { name: '效益指标', level2: ['经济效益指标', '社会效益指标', '生态效益指标', '可持续影响指标'] },
    { name: '满意度指标', level2: ['服务对象满意度指标'] },
  ],
};

/** Synonym → canonical 一级 (keys without the trailing 指标, see `levelKey`). */
const LEVEL1_SYNONYMS: Record<string, string> = {
  产出值: '产出指标',
  项目完成: '产出指标',
  效益值: '效益指标',
  项目效益: '效益指标',
  效果: '效益指标',
};

/** Synonym → canonical 二级. */
const LEVEL2_SYNONYMS: Record<string, string> = {
  数量值: '数量指标',
  质量值: '质量指标',
  时效值: '时效指标',
  成本值: '成本指标',
  环境效益: '生态效益指标',
  生态文明效益: '生态效益指标',
  社会公众或服务对象满意度: '服务对象满意度指标',
  满意度: '服务对象满意度指标',
};

/** The matching key of a level name: label key without the trailing 指标. */
export const levelKey = memoizeString((text: string): string => labelKey(text).replace(/指标$/, ''));

export interface LevelMatch {
  /** Canonical name, or null when not recognised. */
  readonly name: string | null;
  /** The synonym as written when a synonym (not the canonical name) was matched. */
  readonly synonym: string | null;
}

function allLevel1Names(): Set<string> {
  const s = new Set<string>();
  for (const defs of Object.values(HIERARCHIES)) for (const d of defs) s.add(d.name);
  return s;
}

function allLevel2Names(): Set<string> {
  const s = new Set<string>();
  for (const defs of Object.values(HIERARCHIES)) for (const d of defs) for (const n of d.level2) s.add(n);
  return s;
}

const LEVEL1_BY_KEY = new Map([...allLevel1Names()].map((n) => [levelKey(n), n]));
const LEVEL2_BY_KEY = new Map([...allLevel2Names()].map((n) => [levelKey(n), n]));

const NO_MATCH: LevelMatch = Object.freeze({ name: null, synonym: null });

/**
 * Recognises a 一级 name of any profile (profile membership is checked by the rules). Results are cached
 * per text and shared, so callers must not modify them.
 */
export const matchLevel1 = memoizeString((text: string): LevelMatch => {
  const key = levelKey(text);
  if (!key) return NO_MATCH;
  const direct = LEVEL1_BY_KEY.get(key);
  if (direct) return { name: direct, synonym: null };
  const syn = LEVEL1_SYNONYMS[key];
  if (syn) return { name: syn, synonym: text.trim() };
  return NO_MATCH;
});

/** Recognises a 二级 name of any profile (cached and shared like `matchLevel1`). */
export const matchLevel2 = memoizeString((text: string): LevelMatch => {
  const key = levelKey(text);
  if (!key) return NO_MATCH;
  const direct = LEVEL2_BY_KEY.get(key);
  if (direct) return { name: direct, synonym: null };
  const syn = LEVEL2_SYNONYMS[key];
  if (syn) return { name: syn, synonym: text.trim() };
  return NO_MATCH;
});

/** The 一级 entries of a profile. */
export function hierarchyOf(profile: ProfileId): Level1Def[] {
  return HIERARCHIES[profile];
}

/** The 一级 under which a 二级 belongs in a profile, or null. */
export function parentOf(level2: string, profile: ProfileId): string | null {
  for (const d of HIERARCHIES[profile]) if (d.level2.includes(level2)) return d.name;
  return null;
}

/** Every 一级 and 二级 name of every profile (H06: a 三级 must not be one of these). */
export function isCategoryName(text: string): boolean {
  const key = levelKey(text);
  return LEVEL1_BY_KEY.has(key) || LEVEL2_BY_KEY.has(key);
}
