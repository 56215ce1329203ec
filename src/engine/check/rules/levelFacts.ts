/**
 * What the rules ask of a written 一级/二级/三级 in one profile, worked out once per distinct text and profile.
 * Every table repeats the same few level names, so the rules read flags here instead of matching names and
 * searching the profile's lists again on every row (the live check re-runs them on each edit).
 */
import { hierarchyOf, isCategoryName, Level1Def, levelKey, matchLevel1, matchLevel2, parentOf } from '../../profile/hierarchy';
import { ProfileConfig } from '../../profile/lists';
import { memoizeString } from '../../text/memo';
import { labelKey } from '../../text/normalize';
import { perConfig } from './perConfig';

export interface Level1Facts {
  /** The canonical 一级 (see `canonicalLevel1`). */
  readonly name: string;
  /** One of the profile's 一级 (H01). */
  readonly valid: boolean;
  /** The profile's 二级 under this 一级, [] when it is not one of the profile's (H02 lists them). */
  readonly level2: readonly string[];
  /** Rows under it need a number (V02). */
  readonly quantified: boolean;
  /** Rows under it are cost rows (mof-2021 keeps 成本指标 as 一级). */
  readonly cost: boolean;
  /** Its bit among the 一级 that H07/H08 look for, 0 when they do not (see `RequiredLevels`). */
  readonly requiredBit: number;
  /** The bits of the H08 (一级, 二级) pairs whose 一级 this is. */
  readonly pairMask: number;
}

export interface Level2Facts {
  /** The canonical 二级 (see `canonicalLevel2`). */
  readonly name: string;
  /** The profile's 一级 this 二级 belongs to, or null (H02/H03). */
  readonly parent: string | null;
  /** The profile's 一级 this text names when written as a 二级 (成本指标 in mof-2021, H03). */
  readonly asLevel1: Level1Def | null;
  /** Rows under it need a number (V02). */
  readonly quantified: boolean;
  /** Rows under it need a time limit (V03). */
  readonly timeliness: boolean;
  /** Rows under it are cost rows (hebei-2023 keeps 成本指标 as 二级). */
  readonly cost: boolean;
  /** The bits of the H08 (一级, 二级) pairs naming this 二级. */
  readonly pairBits: number;
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

/**
 * H07/H08 as bit sets, so a table's rows can be tallied without building maps and sets per table: each
 * 一级 the rules look for gets a bit, and so does each (一级, 二级) pair H08 asks for. A row contributes
 * its 一级's bit and the pairs both of its levels name (`pairMask & pairBits`).
 */
export interface RequiredLevels {
  /** H07, in the profile's order. */
  level1: readonly { name: string; bit: number }[];
  /** H08, in the profile's order: under a present 一级 (its bit), the 二级 with their pair bits. */
  level2: readonly { level1: string; level1Bit: number; level2: readonly { name: string; bit: number }[] }[];
  level1Bit: ReadonlyMap<string, number>;
  pairBit: ReadonlyMap<string, number>;
}

/** The key of an H08 pair; \u0000 cannot occur in a level name. */
function pairKey(level1: string, level2: string): string {
  return `${level1}\u0000${level2}`;
}

export const requiredLevelsOf = perConfig((cfg): RequiredLevels => {
  const level1Bit = new Map<string, number>();
  const pairBit = new Map<string, number>();
  const bitOfLevel1 = (name: string): number => {
    if (!level1Bit.has(name)) level1Bit.set(name, bit(level1Bit.size));
    return level1Bit.get(name) as number;
  };
  const bitOfPair = (l1: string, l2: string): number => {
    const k = pairKey(l1, l2);
    if (!pairBit.has(k)) pairBit.set(k, bit(pairBit.size));
    return pairBit.get(k) as number;
  };
  const level1 = cfg.requiredLevel1.map((name) => ({ name, bit: bitOfLevel1(name) }));
  const level2 = cfg.requiredLevel2.map((req) => ({
    level1: req.level1,
    level1Bit: bitOfLevel1(req.level1),
    level2: req.level2.map((name) => ({ name, bit: bitOfPair(req.level1, name) })),
  }));
  return { level1, level2, level1Bit, pairBit };
});

/** Bit n of a 31-bit set; the profiles list a handful of required levels, far below the limit. */
function bit(n: number): number {
  if (n > 30) throw new Error('A profile lists more required levels than the checker can track.');
  return 1 << n;
}

export const level1FactsOf = perConfig((cfg) => {
  const defs = hierarchyOf(cfg.id);
  const required = requiredLevelsOf(cfg);
  return memoizeString((text: string): Level1Facts => {
    const name = canonicalLevel1(text);
    const def = defs.find((d) => d.name === name);
    let pairMask = 0;
    for (const req of cfg.requiredLevel2) {
      if (req.level1 !== name) continue;
      for (const l2 of req.level2) pairMask |= required.pairBit.get(pairKey(name, l2)) ?? 0;
    }
    return {
      name,
      valid: def !== undefined,
      level2: def ? def.level2 : [],
      quantified: cfg.quantifiedLevel1.includes(name),
      cost: cfg.costRows.level === 'level1' && cfg.costRows.name === name,
      requiredBit: required.level1Bit.get(name) ?? 0,
      pairMask,
    };
  });
});

export const level2FactsOf = perConfig((cfg) => {
  const defs = hierarchyOf(cfg.id);
  const required = requiredLevelsOf(cfg);
  return memoizeString((text: string): Level2Facts => {
    const name = canonicalLevel2(text);
    const key = levelKey(text);
    let pairBits = 0;
    for (const req of cfg.requiredLevel2) {
      if (req.level2.includes(name)) pairBits |= required.pairBit.get(pairKey(req.level1, name)) ?? 0;
    }
    return {
      name,
      parent: parentOf(name, cfg.id),
      asLevel1: defs.find((d) => levelKey(d.name) === key) ?? null,
      quantified: cfg.quantifiedLevel2.includes(name),
      timeliness: cfg.timelinessLevel2.includes(name),
      cost: cfg.costRows.level === 'level2' && cfg.costRows.name === name,
      pairBits,
    };
  });
});

/** A 三级 as the rules see it. */
export interface Level3Facts {
  /** The text trimmed. */
  readonly text: string;
  /** The key H05 matches duplicates by. */
  readonly key: string;
  /** It names a 一级/二级 category and is not one of the profile's customary exceptions (H06). */
  readonly namesCategory: boolean;
}

export const level3FactsOf = perConfig((cfg) => {
  const exceptions = new Set(cfg.level3CategoryExceptions.map(labelKey));
  return memoizeString((written: string): Level3Facts => {
    const text = written.trim();
    const key = labelKey(text);
    const looksLikeCategory =
      text !== '' && (isCategoryName(text) || matchLevel1(text).name !== null || matchLevel2(text).name !== null);
    return { text, key, namesCategory: looksLikeCategory && !exceptions.has(key) };
  });
});
