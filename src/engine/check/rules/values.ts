/**
 * V01–V10: the 指标值 and its 依据.
 *
 * Order matters so that one problem gives one diagnostic: an empty value (V01), a placeholder (V09) or a
 * malformed comparator (V10) stops the other value rules for that row, and a vague improvement phrase (V07)
 * is reported instead of the more general "no number" (V02) and "no time limit" (V03).
 *
 * Qualitative 效益 values that are not improvement phrases ("维持单位正常运转", "保障消费者权益") raise
 * nothing: rules.md only asks for numbers under 数量/质量/成本/满意度, and 效益 targets may be 定性.
 */
import { Indicator, ParsedValue } from '../../model/table';
import { ProfileConfig } from '../../profile/lists';
import { labelKey } from '../../text/normalize';
import {
  containsCalendarDate,
  containsPlaceholder,
  countComparators,
  hasComparatorWithoutNumber,
  hasNumber,
  normalizeValueText,
  sharedParse,
} from '../../values/indicatorValue';
import { checkMessages as M } from '../../../strings/messages';
import { isBlank } from '../../grid/grid';
import { isCostRow, RuleContext } from './context';
import { perConfig } from './perConfig';
import { memoizeString } from '../../text/memo';

export function checkValues(ctx: RuleContext): void {
  const cfg = ctx.config;
  const factsOf = valueFactsOf(cfg);
  for (const row of ctx.rows) {
    const { ind, src, l2 } = row;
    const l3 = row.level3.text;

    if (isBlank(ind.basis)) ctx.report('V08', 'warning', src.basisCell, M.V08(l3));

    const facts = factsOf(ind.value);
    const value = facts.text;
    if (value === '') {
      ctx.report('V01', 'error', src.valueCell, M.V01(l3));
      continue;
    }
    if (facts.placeholder) {
      ctx.report('V09', 'error', src.valueCell, M.V09(l3, value));
      continue;
    }
    if (facts.comparators >= 2) {
      ctx.report('V10', 'error', src.valueCell, M.V10TwoComparators(l3, value));
      continue;
    }
    if (facts.comparatorWithoutNumber) {
      ctx.report('V10', 'error', src.valueCell, M.V10NoNumber(l3, value));
      continue;
    }

    const parsed = ind.parsed ?? facts.parsed;
    const vague = facts.vague;
    if (vague) ctx.report('V07', 'warning', src.valueCell, M.V07(l3, value));

    const mustBeQuantified = row.level1.quantified || row.level2.quantified || isCostRow(row);
    if (mustBeQuantified && parsed === null && !vague) {
      ctx.report('V02', 'warning', src.valueCell, M.V02(l2, l3, value));
    }

    if (row.level2.timeliness && !vague && !(parsed?.unit === '%' || facts.timeLimit)) {
      ctx.report('V03', 'warning', src.valueCell, M.V03(l3, value, facts.onlyTimeWords));
    }

    if (parsed === null) continue;
    if (parsed.unit === '%' && (parsed.number < 0 || parsed.number > 100)) {
      ctx.report('V04', 'error', src.valueCell, M.V04(l3, value, parsed.number));
    }
    if ((parsed.op === '<=' || parsed.op === '<') && isGoodRate(ind, cfg)) {
      const suggestion = parsed.number === 100 && parsed.unit === '%' ? '100%' : `≥${parsed.number}${parsed.unit ?? ''}`;
      ctx.report('V05', 'warning', src.valueCell, M.V05(l3, value, suggestion));
    }
    // A date's numbers ("2023-12-31") need no unit.
    if (parsed.unit === null && !facts.calendarDate) ctx.report('V06', 'warning', src.valueCell, M.V06(l3, value));
  }
}

/** What the value rules ask of a 指标值's text, worked out once per distinct text and profile. */
interface ValueFacts {
  /** The value trimmed. */
  text: string;
  placeholder: boolean;
  comparators: number;
  comparatorWithoutNumber: boolean;
  /** An improvement phrase with no number (V07). */
  vague: boolean;
  /** A time limit other than a percentage (V03; a % value counts too, see `hasTimeLimit`). */
  timeLimit: boolean;
  /** The value uses the profile's timeliness words only (按时, 及时 …). */
  onlyTimeWords: boolean;
  calendarDate: boolean;
  /** The value parsed, for rows whose reader left `parsed` empty; shared, never modified. */
  parsed: Readonly<ParsedValue> | null;
}

const valueFactsOf = perConfig((cfg) =>
  memoizeString((written: string): ValueFacts => {
    const value = written.trim();
    return {
      text: value,
      placeholder: containsPlaceholder(value, cfg.placeholders),
      comparators: countComparators(value),
      comparatorWithoutNumber: hasComparatorWithoutNumber(value),
      vague: !hasNumber(value) && isVagueImprovement(value, cfg),
      timeLimit: hasTimeLimit(value, null, cfg),
      onlyTimeWords: cfg.timelinessWords.some((w) => value.includes(w)),
      calendarDate: containsCalendarDate(value),
      parsed: value === '' ? null : sharedParse(value),
    };
  }),
);

/** "食品安全意识提高", "进一步改善": improvement words with nothing to measure them by. */
export function isVagueImprovement(value: string, cfg: ProfileConfig): boolean {
  const t = normalizeValueText(value).replace(/[。.!！；;，,]+$/, '');
  if (cfg.vagueWords.some((w) => t.includes(w))) return true;
  return cfg.vagueEndings.some((w) => t.endsWith(w));
}

/** A 时效 value names a date, a period, a day count or a percentage ("12月底前", "10个工作日内", "≥95%"). */
export function hasTimeLimit(value: string, parsed: ParsedValue | null, cfg: ProfileConfig): boolean {
  if (parsed && parsed.unit === '%') return true;
  if (containsCalendarDate(value)) return true;
  const t = normalizeValueText(value);
  if (cfg.timeWords.some((w) => t.includes(w))) return true;
  const units = timeUnitsOf(cfg);
  const re = /\d+(?:\.\d+)?/g;
  for (let m = re.exec(t); m; m = re.exec(t)) {
    const rest = t.slice(m.index + m[0].length);
    if (units.some((u) => rest.startsWith(u))) return true;
  }
  return false;
}

/** The profile's time units, longest first ("个工作日" before "日"). */
const timeUnitsOf = perConfig((cfg) => [...cfg.timeUnits].sort((a, b) => b.length - a.length));

/**
 * A rate where more is better. The 三级 decides; the description is consulted only when the 三级 names no
 * rate. A less-is-better rate (不合格率, 差错率, 死亡率) is never "good" even though it contains 合格率 etc.
 */
export function isGoodRate(ind: Indicator, cfg: ProfileConfig): boolean {
  const classify = rateKindOf(cfg);
  return classify(ind.level3) ?? classify(ind.description) ?? false;
}

/** True for a good rate, false for a bad one, null when the text names neither; once per text and profile. */
const rateKindOf = perConfig((cfg) =>
  memoizeString((text: string): boolean | null => {
    const t = labelKey(text);
    if (cfg.badRates.some((w) => t.includes(w))) return false;
    if (cfg.goodRates.some((w) => t.includes(w))) return true;
    return null;
  }),
);
