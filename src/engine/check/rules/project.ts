/** P01–P06: the project's own fields, and 项目编码 uniqueness across a workbook. */
import { cellAddress } from '../../grid/address';
import { Diagnostic } from '../../model/diagnostic';
import { ReadTable } from '../../model/table';
import { ProfileConfig } from '../../profile/lists';
import { compact, toHalfWidth } from '../../text/normalize';
import { checkMessages as M } from '../../../strings/messages';
import { isBlank } from '../../grid/grid';
import { RuleContext } from './context';
import { perConfig } from './perConfig';
import { memoizeString } from '../../text/memo';

export function checkProject(ctx: RuleContext): void {
  const { table } = ctx.t;
  const f = ctx.t.fields;
  if (isBlank(table.projectCode)) ctx.report('P01', 'error', f.projectCode, M.P01());
  const nameMissing = isBlank(table.projectName);
  if (nameMissing) ctx.report('P02', 'error', f.projectName, M.P02());
  if (isBlank(table.goal)) ctx.report('P03', 'error', f.goal, M.P03());
  if (isBlank(table.purpose)) ctx.report('P04', 'warning', f.purpose, M.P04());
  if (!nameMissing) checkTitleName(ctx);
}

/** P06: the project name the title carries against the 项目名称 field (written). */
function checkTitleName(ctx: RuleContext): void {
  const { table } = ctx.t;
  const title = titleOf(ctx.config)(table.title);
  const name = table.projectName.trim();
  if (title.name !== null && !title.readings.includes(key(name))) {
    ctx.report('P06', 'warning', ctx.t.fields.title, M.P06(title.name, name));
  }
}

const key = memoizeString((text: string): string => compact(toHalfWidth(text)));

/** Numbering before a title's name ("1." "一、" "(3)") and a leading year ("2023年度"). */
const TITLE_NUMBERING = /^(?:\(\d+\)|\d+[.、]|[一二三四五六七八九十]+[、.])/;
const TITLE_YEAR = /^(?:19|20)\d{2}年度?/;

/**
 * The project name a title "{n}.{项目名称}绩效目标表" carries, without its numbering ("1." "一、" "(3)") and
 * a leading year ("2023年度"). Null when the title has no such suffix or names no project
 * ("项目支出绩效目标表"), so P06 stays quiet on titles of another shape.
 */
export function projectNameInTitle(title: string, cfg: ProfileConfig): string | null {
  return titleOf(cfg)(title).name;
}

/** What P06 asks of a title, once per distinct title and profile. */
interface TitleFacts {
  /** See `projectNameInTitle`. */
  name: string | null;
  /** See `titleReadings`. */
  readings: readonly string[];
}

const titleOf = perConfig((cfg) => {
  const suffixes = [...cfg.titleSuffixes].sort((a, b) => b.length - a.length);
  return memoizeString((title: string): TitleFacts => ({
    name: nameInTitle(title, cfg, suffixes),
    readings: titleReadings(title, cfg),
  }));
});

function nameInTitle(title: string, cfg: ProfileConfig, suffixes: readonly string[]): string | null {
  let t = key(title);
  const suffix = suffixes.find((s) => t.endsWith(s));
  if (!suffix) return null;
  t = t.slice(0, t.length - suffix.length);
  t = t.replace(TITLE_NUMBERING, '');
  t = t.replace(TITLE_YEAR, '');
  if (cfg.genericTitleNames.includes(t)) return null;
  return t;
}

/**
 * Every name the title can be read as: a name may itself end with a suffix word ("…建设项目" +
 * "绩效目标表" is not "…建设" + "项目绩效目标表") or start with a year ("2023年农村环境整治"), so each
 * matching suffix is cut, with and without the leading year. P06 stays quiet when any reading is 项目名称.
 */
function titleReadings(title: string, cfg: ProfileConfig): readonly string[] {
  const full = key(title);
  const out: string[] = [];
  for (const suffix of cfg.titleSuffixes) {
    if (!full.endsWith(suffix)) continue;
    const name = full.slice(0, full.length - suffix.length).replace(TITLE_NUMBERING, '');
    out.push(name, name.replace(TITLE_YEAR, ''));
  }
  return out;
}

/** P05: the same 项目编码 in two tables of one workbook; reported on every later table. */
export function checkDuplicateCodes(tables: ReadTable[], out: Diagnostic[]): void {
  const firstWith = new Map<string, ReadTable>();
  for (const t of tables) {
    const code = key(t.table.projectCode);
    if (code === '') continue;
    const first = firstWith.get(code);
    if (first === undefined) {
      firstWith.set(code, t);
      continue;
    }
    const message = M.P05(t.table.projectCode.trim(), first.table.sheet, codeCell(first));
    out.push({ rule: 'P05', severity: 'error', sheet: t.table.sheet, cell: codeCell(t), message });
  }
}

/** Where a table's 项目编码 is, or its first cell when the reader found no such field. */
function codeCell(t: ReadTable): string {
  return t.fields.projectCode ?? cellAddress(t.bounds.r0, t.bounds.c0);
}
