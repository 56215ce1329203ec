/**
 * Checker messages (rules.md). Each says what is wrong and what to write instead, quoting the values it
 * is about, so a reviewer can act on the message alone.
 */
import { hasWhiteSpace } from '../engine/text/normalize';

/** Numbers without binary noise (0.1 + 0.2 shows as 0.3), to at most four decimals. */
function num(n: number): string {
  if (Number.isInteger(n)) return String(n);
  let text = fractionTexts.get(n);
  if (text === undefined) {
    text = fractionText(n);
    if (fractionTexts.size >= FRACTION_TEXTS_LIMIT) fractionTexts.clear();
    fractionTexts.set(n, text);
  }
  return text;
}

/**
 * Fractional amounts (38.25 万元) are quoted again on every re-run of the live check, and formatting a
 * fraction costs far more than an integer; their text is kept once per value (bounded, like the text memos).
 */
const fractionTexts = new Map<number, string>();
const FRACTION_TEXTS_LIMIT = 4096;

function fractionText(n: number): string {
  const shortest = String(n);
  return fitsFourDecimals(shortest, n) ? shortest : String(Number(n.toFixed(4)));
}

/**
 * Whether a number's shortest text already is its four-decimal rounding, so the slow toFixed round trip
 * can be skipped (most amounts, "38.25"). Below 1e11 a double is within half its spacing (< 8e-6) of its
 * shortest text, so when that text has at most four decimals it is the nearest four-decimal value and
 * toFixed(4) gives the same digits back. Exponent forms ("1e-7") and longer fractions take the round trip.
 */
function fitsFourDecimals(shortest: string, n: number): boolean {
  if (!(Math.abs(n) < 1e11)) return false;
  const dot = shortest.indexOf('.');
  return dot >= 0 && shortest.length - dot - 1 <= 4 && shortest.indexOf('e') < 0;
}

/** "5万元、3万元": built in one pass (B04 is reported on many tables, every time the check re-runs). */
function amountList(amounts: readonly number[], unit: string): string {
  let out = '';
  for (let i = 0; i < amounts.length; i++) out += (i > 0 ? '、' : '') + num(amounts[i]) + unit;
  return out;
}

/** The sum in list order, starting from 0, as the message has always shown it. */
function sumOf(amounts: readonly number[]): number {
  let sum = 0;
  for (const a of amounts) sum += a;
  return sum;
}

function q(text: string): string {
  return `“${text}”`;
}

function cut(text: string, max = 40): string {
  // Most quoted values have no white space to fold (trim removes exactly what \s matches); looking for it
  // costs less than a regular expression that finds nothing.
  const t = hasWhiteSpace(text) ? text.replace(/\s+/g, ' ').trim() : text;
  return t.length > max ? `${t.slice(0, max)}…` : t;
}

function names(label: string): string {
  return label ? `三级指标${q(label)}` : '该指标';
}

export const checkMessages = {
  // H – hierarchy
  H01: (written: string, allowed: readonly string[]) =>
    `一级指标${q(written)}不属于本表采用的指标体系；请改为${allowed.map(q).join('、')}之一。`,
  H01CostInHebei: (written: string) =>
    `一级指标${q(written)}在本指标体系中不是一级指标；成本指标应作为二级指标放在“产出指标”下，请将一级改为“产出指标”、二级写“成本指标”（或改用财预〔2021〕101号体系）。`,
  H02: (written: string, level1: string, allowed: readonly string[]) =>
    allowed.length > 0
      ? `二级指标${q(written)}不是规范的二级指标；“${level1}”下请填写${allowed.map(q).join('、')}之一。`
      : `二级指标${q(written)}不是规范的二级指标；请先填写正确的一级指标，再选用其下的规范二级指标。`,
  H03: (level2: string, level1: string, rightLevel1: string, rightLevel2: string) =>
    `二级指标${q(level2)}不应放在一级指标${q(level1)}下；请将一级改为${q(rightLevel1)}${rightLevel2 && rightLevel2 !== level2 ? `，二级改为${q(rightLevel2)}` : ''}。`,
  H04: (row: number) =>
    `第${row}行填写了指标值或指标描述，但三级指标为空；请填写具体、可衡量的三级指标名称，例如“抽检批次”“抽检合格率”。`,
  H05: (level3: string, firstCell: string) =>
    `三级指标${q(level3)}在本表中重复（首次出现在 ${firstCell}）；请合并这两行，或把其中一个改为区别明确的名称。`,
  H06: (level3: string) =>
    `三级指标${q(level3)}是一级/二级类别名称，不是具体指标；请写出可衡量的具体内容，例如“抽检批次”“抽检合格率”。`,
  H07: (level1: string) => `本表缺少一级指标${q(level1)}；请补充该一级指标及其下的二级、三级指标。`,
  H08: (level1: string, level2: string) =>
    `一级指标${q(level1)}下缺少二级指标${q(level2)}；请补充一行${q(level2)}并填写具体的三级指标和指标值。`,
  H09: (level: '一级' | '二级', row: number) =>
    `第${row}行没有${level}指标，上方也没有可沿用的${level}指标；请在该单元格填写${level}指标名称。`,
  H10: (level: '一级' | '二级', written: string, canonical: string) =>
    `${level}指标${q(written)}已按规范名称${q(canonical)}识别；建议直接写作${q(canonical)}。`,

  // V – indicator values
  V01: (level3: string) => `${names(level3)}的指标值为空；请填写目标值，例如“≥95%”“≥130批次”。`,
  V02: (level2: string, level3: string, value: string) =>
    `${level2}“${level3}”的指标值${q(cut(value))}没有数值；请写成可衡量的数值目标，例如“≥130批次”“≥96%”“5万元”。`,
  V03: (level3: string, value: string, onlyTimeliness: boolean) =>
    `时效指标${level3 ? q(level3) : ''}的指标值${q(cut(value))}${onlyTimeliness ? '只是“及时/按时”一类的说法，' : ''}没有写明完成时间、期限或比率；请改为例如“12月底前完成”“10个工作日内”或“≥95%”。`,
  V04: (level3: string, value: string, n: number) =>
    `${names(level3)}的指标值${q(value)}中百分比为${num(n)}%，超出 0–100% 的范围；请改为 0% 到 100% 之间的值。`,
  V05: (level3: string, value: string, suggestion: string) =>
    `${names(level3)}是越高越好的比率，指标值${q(value)}却用“≤/<”设了上限；请改为下限，例如${q(suggestion)}。`,
  V06: (level3: string, value: string) =>
    `${names(level3)}的指标值${q(value)}只有数字、没有计量单位；请补上单位，例如“批次”“人”“万元”“次”。`,
  V07: (level3: string, value: string) =>
    `${names(level3)}的指标值${q(cut(value))}是笼统的提高/改善说法，无法考核；请写成可衡量的目标，例如“较上年提高5%”“≥95%”。`,
  V08: (level3: string) =>
    `${names(level3)}的指标值确定依据为空；请填写依据，例如“年度工作计划”“历史经验”“年初预算”或相关文件名。`,
  V09: (level3: string, value: string) =>
    `${names(level3)}的指标值${q(value)}是未填写的占位符；请填入实际目标值。`,
  V10TwoComparators: (level3: string, value: string) =>
    `${names(level3)}的指标值${q(value)}含有两个比较符号；请只保留一个，例如“≥95%”。`,
  V10NoNumber: (level3: string, value: string) =>
    `${names(level3)}的指标值${q(value)}有比较符号但没有数值；请在符号后写出数值，例如“≥95%”。`,

  // B – budget and cost
  B01: (unit: string) => `预算数为空或不是数字；请填写本项目的预算金额数字（单位：${unit}，例如“5.00”）。`,
  B02: (total: number, fiscal: number, other: number, unit: string) =>
    `预算数${num(total)}${unit}不等于财政资金${num(fiscal)}${unit}与其他资金${num(other)}${unit}之和（${num(fiscal + other)}${unit}）；请核对后使预算数 = 财政资金 + 其他资金。`,
  B03: (level3: string, value: string, amount: number, budget: number, unit: string) =>
    `成本指标${level3 ? q(level3) : ''}的金额${q(value)}（折合${num(amount)}${unit}）超过了预算数${num(budget)}${unit}；请改为不超过预算数的金额。`,
  B04: (amounts: readonly number[], budget: number, unit: string) =>
    `成本指标金额（${amountList(amounts, unit)}）及其合计${num(sumOf(amounts))}${unit}都不等于预算数${num(budget)}${unit}；请核对成本指标，使其与预算数一致。`,
  B05: (what: string, n: number, unit: string) => `${what}为负数（${num(n)}${unit}）；金额不能为负，请改为正确的金额。`,

  // S – spend plan
  S01Empty: (label: string) => `资金支出计划${q(label)}的累计比例为空或无法识别；请填写 0–100 之间的百分比，例如“50%”。`,
  S01Range: (label: string, percent: number) =>
    `资金支出计划${q(label)}的累计比例${num(percent)}%超出 0–100% 的范围；请填写 0–100 之间的百分比。`,
  S02: (label: string, percent: number, prevLabel: string, prevPercent: number) =>
    `资金支出计划是逐期累计的，${q(label)}的${num(percent)}%低于${q(prevLabel)}的${num(prevPercent)}%；请填写不低于${num(prevPercent)}%的累计比例。`,
  S03: (label: string, percent: number) =>
    `资金支出计划最后一期${q(label)}的累计比例为${num(percent)}%，未达到100%；请改为“100%”（项目确需跨年执行的，可在设置中放宽此项）。`,
  S04: (label: string, expected: string) =>
    `资金支出计划的时间节点${q(label)}与规定的${q(expected)}不一致；请改为${q(expected)}。`,
  S04Count: (actual: string[], expected: string[]) =>
    `资金支出计划的时间节点（${actual.map(q).join('、') || '无'}）与规定的${expected.map(q).join('、')}不一致；请按规定的${expected.length}个时间节点填写。`,

  // P – project fields
  P01: () => '项目编码为空；请填写预算系统中的项目编码。',
  P02: () => '项目名称为空；请填写项目名称（与预算系统一致）。',
  P03: () => '绩效目标为空；请填写本项目的年度绩效目标，例如“1.完成……，保障……”。',
  P04: () => '资金用途为空；请简要写明资金用于什么，例如“食品抽检，保障产品质量”。',
  P05: (code: string, otherSheet: string, otherCell: string) =>
    `项目编码${q(code)}与工作表“${otherSheet}”${otherCell}的项目重复；每个项目应有唯一的项目编码，请核对后修改。`,
  P06: (titleName: string, projectName: string) =>
    `标题中的项目名称${q(titleName)}与“项目名称”栏的${q(projectName)}不一致；请统一为同一名称。`,

  // D – department
  D01: (cells: { cell: string; text: string }[]) => {
    // A pasted document can leave thousands of cells or whole paragraphs outside the tables: name the first
    // few with a short excerpt and count the rest, so the message stays readable (the list is in 校验结果).
    const shown = cells.slice(0, D01_MAX_CELLS).map((c) => `${c.cell}${q(excerpt(c.text))}`);
    const more = cells.length > D01_MAX_CELLS ? `等共 ${cells.length} 个单元格` : '';
    return `以下单元格的内容不属于任何绩效目标表，未被读取：${shown.join('；')}${more}。如属于某个表，请将其移入表格的相应位置；否则可忽略。`;
  },
  D03: () => '这是一张尚未填写的空白绩效目标表；从项目编码、项目名称开始填写，填写后会逐项检查。',
  D02: (block: string) => `该表未能完整读取：缺少“${block}”部分；请按标准格式补全该部分（或检查其标签文字是否正确）。`,
};

const D01_MAX_CELLS = 6;
const EXCERPT_CHARS = 24;

function excerpt(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > EXCERPT_CHARS ? `${t.slice(0, EXCERPT_CHARS)}…` : t;
}
