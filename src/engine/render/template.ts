/**
 * The standard 绩效目标表 template. THE LAYOUT IS FIXED: the reader reads it back and diagnostics point at
 * its cells, so rows and columns below are part of the product's contract (0-based in code).
 *
 *   row 0  A:G title                         row 5  A6:A7 资金支出计划（%）, B.. checkpoint labels
 *   row 1  A:E 预算单位, F:G 单位：万元        row 6  B.. cumulative percents (fractions, "0%")
 *   row 2  项目编码 B:C code, 项目名称 E:G     row 7  绩效目标, B:G goal
 *   row 3  A4:A5 预算规模及资金用途, 预算数 …   row 8  indicator header (F:G 指标值确定依据)
 *   row 4  B:G 资金用途                        row 9+ one row per indicator, 一级 written on every row
 */
import { CellValue } from '../grid/grid';
import { SheetPlan } from '../model/plan';
import { Indicator, ProfileId, ProjectTable } from '../model/table';
import { TEMPLATE } from '../../strings/sheets';
import { LINE_HEIGHT, PlanBuilder, range, wrappedLines } from './planBuilder';
import { checkpointsFor, level1Names, level2Names, templateSkeleton } from './profileDefaults';

export interface TemplateOptions {
  profile: ProfileId;
  /** Checkpoint labels for the empty template and for tables without a spend plan. */
  checkpoints?: string[];
  /** Sheet name; '' leaves naming to the caller. */
  name?: string;
}

/** Row and column positions of the template, for the reader, diagnostics and tests. */
export const TEMPLATE_LAYOUT = {
  columns: 7,
  titleRow: 0,
  unitRow: 1,
  codeRow: 2,
  budgetRow: 3,
  purposeRow: 4,
  checkpointLabelRow: 5,
  checkpointPercentRow: 6,
  goalRow: 7,
  headerRow: 8,
  firstIndicatorRow: 9,
  /** Blank rows below the last indicator that still get the 一级/二级 dropdowns, so users can add rows. */
  spareRows: 20,
} as const;

/** Column widths in characters: about 97 in all, which fits an A4 portrait page at fit-to-width. */
const COLUMN_WIDTHS = [12, 18, 16, 21, 12, 9, 9];
const LAST_COL = TEMPLATE_LAYOUT.columns - 1;

const MONEY_FORMAT = '0.00';
const PERCENT_FORMAT = '0%';
const TEXT_FORMAT = '@';
const HEADER_FILL = '#DDEBF7';

interface IndicatorRow {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  value: string;
  basis: string;
}

export function renderTemplate(table: ProjectTable | null, options: TemplateOptions): SheetPlan {
  const L = TEMPLATE_LAYOUT;
  const b = new PlanBuilder(options.name ?? '', {
    paper: 'A4',
    orientation: 'portrait',
    fitToWidth: 1,
    // Only the indicator header repeats: long indicator lists spill onto a second page, and repeating the
    // whole title block (nine rows) would push most of that page's indicators off it.
    repeatRows: { r0: L.headerRow, r1: L.headerRow },
  });

  const title = table
    ? table.title || (table.projectName ? `${table.projectName}${TEMPLATE.titleSuffix}` : TEMPLATE.emptyTitle)
    : TEMPLATE.emptyTitle;
  const moneyUnit = table?.moneyUnit || TEMPLATE.defaultMoneyUnit;

  // Title and unit lines sit above the bordered table, as in the published documents.
  b.set(L.titleRow, 0, title).merge(L.titleRow, 0, L.titleRow, LAST_COL);
  b.set(L.unitRow, 0, table?.unit ?? '').merge(L.unitRow, 0, L.unitRow, 4);
  b.set(L.unitRow, 5, `${TEMPLATE.moneyUnitPrefix}${moneyUnit}`).merge(L.unitRow, 5, L.unitRow, LAST_COL);

  b.set(L.codeRow, 0, TEMPLATE.projectCode);
  b.set(L.codeRow, 1, table?.projectCode ?? '').merge(L.codeRow, 1, L.codeRow, 2);
  b.set(L.codeRow, 3, TEMPLATE.projectName);
  b.set(L.codeRow, 4, table?.projectName ?? '').merge(L.codeRow, 4, L.codeRow, LAST_COL);

  b.set(L.budgetRow, 0, TEMPLATE.budgetBlock).merge(L.budgetRow, 0, L.purposeRow, 0);
  b.setRow(L.budgetRow, 1, [
    TEMPLATE.budgetTotal,
    table?.budget.total ?? null,
    TEMPLATE.budgetFiscal,
    table?.budget.fiscal ?? null,
    TEMPLATE.budgetOther,
    table?.budget.other ?? null,
  ]);
  b.set(L.purposeRow, 1, table?.purpose ?? '').merge(L.purposeRow, 1, L.purposeRow, LAST_COL);

  // Checkpoints: the table's own labels (its percentages belong to them), else the configured ones.
  const plan = table && table.spendPlan.length > 0 ? table.spendPlan : null;
  const labels = plan ? plan.map((p) => p.label) : checkpointsFor(options.profile, options.checkpoints);
  const percents: CellValue[] = plan ? plan.map((p) => (p.percent === null ? null : p.percent / 100)) : labels.map(() => null);
  b.set(L.checkpointLabelRow, 0, TEMPLATE.spendPlan).merge(L.checkpointLabelRow, 0, L.checkpointPercentRow, 0);
  b.setRow(L.checkpointLabelRow, 1, labels);
  b.setRow(L.checkpointPercentRow, 1, percents);
  const afterLast = 1 + labels.length;
  if (afterLast <= LAST_COL) {
    b.set(L.checkpointLabelRow, afterLast, null).merge(L.checkpointLabelRow, afterLast, L.checkpointLabelRow, LAST_COL);
    b.set(L.checkpointPercentRow, afterLast, null).merge(L.checkpointPercentRow, afterLast, L.checkpointPercentRow, LAST_COL);
  }
  // More checkpoints than the seven columns hold are written to the right rather than dropped.
  const tableLastCol = Math.max(LAST_COL, labels.length);

  b.set(L.goalRow, 0, TEMPLATE.goal);
  b.set(L.goalRow, 1, table?.goal ?? '').merge(L.goalRow, 1, L.goalRow, LAST_COL);

  b.setRow(L.headerRow, 0, [TEMPLATE.level1, TEMPLATE.level2, TEMPLATE.level3, TEMPLATE.description, TEMPLATE.value, TEMPLATE.basis]);
  b.merge(L.headerRow, 5, L.headerRow, LAST_COL);

  const rows = indicatorRows(table, options.profile);
  rows.forEach((ind, i) => {
    const r = L.firstIndicatorRow + i;
    // 一级 is repeated on every row (no vertical merges) so filters, sorting and the dropdowns keep working.
    b.setRow(r, 0, [ind.level1, ind.level2, ind.level3, ind.description, ind.value, ind.basis]);
    b.merge(r, 5, r, LAST_COL);
    const lines = Math.max(
      wrappedLines(ind.level1, COLUMN_WIDTHS[0]),
      wrappedLines(ind.level2, COLUMN_WIDTHS[1]),
      wrappedLines(ind.level3, COLUMN_WIDTHS[2]),
      wrappedLines(ind.description, COLUMN_WIDTHS[3]),
      wrappedLines(ind.value, COLUMN_WIDTHS[4]),
      wrappedLines(ind.basis, COLUMN_WIDTHS[5] + COLUMN_WIDTHS[6]),
    );
    if (lines > 1) b.rowHeight(r, lines * LINE_HEIGHT);
  });
  const lastRow = L.firstIndicatorRow + rows.length - 1;

  // Row heights for merged text, which no host auto-fits.
  const wideText = COLUMN_WIDTHS.slice(1).reduce((s, w) => s + w, 0);
  b.rowHeight(L.titleRow, 30);
  const nameLines = wrappedLines(table?.projectName ?? '', COLUMN_WIDTHS[4] + COLUMN_WIDTHS[5] + COLUMN_WIDTHS[6]);
  if (nameLines > 1) b.rowHeight(L.codeRow, nameLines * LINE_HEIGHT);
  b.rowHeight(L.purposeRow, Math.max(2, wrappedLines(table?.purpose ?? '', wideText)) * LINE_HEIGHT);
  b.rowHeight(L.goalRow, Math.max(2, wrappedLines(table?.goal ?? '', wideText)) * LINE_HEIGHT);

  b.columnWidths([...COLUMN_WIDTHS, ...Array<number>(tableLastCol - LAST_COL).fill(9)]);

  // Formats: code as text (it can look like a number), money with two decimals, percents as percents.
  b.format(range(L.codeRow, 1), TEXT_FORMAT);
  for (const c of [2, 4, 6]) b.format(range(L.budgetRow, c), MONEY_FORMAT);
  b.format(range(L.checkpointPercentRow, 1, L.checkpointPercentRow, labels.length), PERCENT_FORMAT);

  // Styles, general first so the specific ones below win where hosts apply them in order.
  b.style(range(L.titleRow, 0, L.titleRow, LAST_COL), { bold: true, fontSize: 16, horizontal: 'center', vertical: 'middle' });
  b.style(range(L.unitRow, 0, L.unitRow, 4), { horizontal: 'left', vertical: 'middle' });
  b.style(range(L.unitRow, 5, L.unitRow, LAST_COL), { horizontal: 'right', vertical: 'middle' });
  b.style(range(L.codeRow, 0, lastRow, tableLastCol), { border: true, wrap: true, vertical: 'middle' });
  for (const [r, c] of [
    [L.codeRow, 0], [L.codeRow, 3], [L.budgetRow, 0], [L.budgetRow, 1], [L.budgetRow, 3], [L.budgetRow, 5],
    [L.checkpointLabelRow, 0], [L.goalRow, 0],
  ]) {
    b.style(range(r, c), { horizontal: 'center' });
  }
  b.style(range(L.budgetRow, 2), { horizontal: 'right' });
  b.style(range(L.budgetRow, 4), { horizontal: 'right' });
  b.style(range(L.budgetRow, 6), { horizontal: 'right' });
  b.style(range(L.checkpointLabelRow, 1, L.checkpointPercentRow, labels.length), { horizontal: 'center' });
  b.style(range(L.headerRow, 0, L.headerRow, LAST_COL), { bold: true, fill: HEADER_FILL, horizontal: 'center' });

  const validationEnd = lastRow + TEMPLATE_LAYOUT.spareRows;
  b.validate({
    range: range(L.firstIndicatorRow, 0, validationEnd, 0),
    list: level1Names(options.profile),
    errorMessage: TEMPLATE.level1Invalid,
  });
  b.validate({
    range: range(L.firstIndicatorRow, 1, validationEnd, 1),
    list: level2Names(options.profile),
    errorMessage: TEMPLATE.level2Invalid,
  });

  return b.build();
}

/** The table's indicators, or, for the empty template and tables without any, the profile's skeleton. */
function indicatorRows(table: ProjectTable | null, profile: ProfileId): IndicatorRow[] {
  if (table && table.indicators.length > 0) return table.indicators.map(toRow);
  return templateSkeleton(profile).map((s) => ({ ...s, level3: '', description: '', value: '', basis: '' }));
}

function toRow(i: Indicator): IndicatorRow {
  return {
    level1: i.level1,
    level2: i.level2,
    level3: i.level3,
    description: i.description,
    value: i.value,
    basis: i.basis,
  };
}
