/**
 * Reads a flat list, as many provinces' systems export it: one header row holding the project fields
 * (项目名称, 项目编码, 预算数 …) and the indicator columns side by side, then one row per indicator. A
 * project's own cells are filled on its first row only (or merged down over its rows) and blank below; a
 * non-blank 项目名称 / 项目编码 that differs from the current project's starts the next project. Every
 * project becomes its own ReadTable, the same model as a stacked table, with the cells it was read from.
 *
 * Choices (domain.md, "Variants seen in real published tables"):
 * - The layout has no 资金支出计划; spendPlan is [] and the block is NOT reported missing (D02): the warning
 *   would repeat on every project of every such list and ask for something this layout cannot hold.
 *   Blocks the layout can hold (预算数, 绩效目标 columns) are reported missing as in the stacked reader.
 * - The title above the list names the list, not a project. Its cell is claimed by the first project, and
 *   each project's title stays '' (conversion then titles the sheet "{项目名称}绩效目标表"; P06 stays quiet).
 * - 预算单位 and "单位：万元" above the header apply to every project; a header like "预算数（元）" gives the
 *   money unit when no such row exists.
 * - Within a project's column, a later cell repeating the first one's text is claimed (exports that fill
 *   every row); a differing text stays unclaimed, so D01 reports it.
 */
import { BLOCK_NAMES } from '../../strings/blocks';
import { CellRange, rangeAddress } from '../grid/address';
import { FieldCells, ProjectTable, ReadTable } from '../model/table';
import { compact, labelKey } from '../text/normalize';
import { readAmount } from '../values/numbers';
import { TableSegment } from '../locate/locateTables';
import { FieldLabel, matchFieldLabel } from './labels';
import { endsBlock, readIndicators } from './readIndicators';
import { Bounds, readHead } from './readTable';
import { SheetView } from './sheetView';

/** Project fields a flat-list header can hold, each read from the project's rows in its column. */
type FlatField = Exclude<FieldLabel, 'spendPlan' | 'budgetBlock'>;

interface Header {
  row: number;
  /** Column of each project field found in the header row. */
  cols: Map<FlatField, number>;
  /** Header cells of the project fields (claimed by the first project). */
  labelCols: number[];
  /** Money unit written in a field label ("预算数（万元）"), or ''. */
  moneyUnit: string;
}

/** What the rows above the header say for every project of the list; filled while reading the first. */
interface ListHead {
  unit: string;
  moneyUnit: string;
}

interface Span {
  start: number;
  /** First row after the project. */
  end: number;
}

export function readFlatList(view: SheetView, seg: TableSegment, previousEnd: number): ReadTable[] {
  const header = readHeader(view, seg.headerRow ?? seg.anchorRow);
  const h = header.row;

  // The list ends where an indicator block would: a blank row, the next table's label or title.
  let end = h + 1;
  while (end < seg.limit && !view.rowBlank(end) && !endsBlock(view, end)) end++;

  const spans = projectSpans(view, header, h + 1, end);
  // A header with nothing under it is still a table (with every field missing), as in the stacked layout.
  if (spans.length === 0) spans.push({ start: h + 1, end: h + 1 });

  const shared: ListHead = { unit: '', moneyUnit: header.moneyUnit };
  const tables = spans.map((span, i) => readProject(view, seg, previousEnd, header, span, i === 0, shared));
  const list = tables.map((t) => t.bounds).reduce(union);
  return tables.map((t) => ({ ...t, list }));
}

function readHeader(view: SheetView, row: number): Header {
  const cols = new Map<FlatField, number>();
  const labelCols: number[] = [];
  let moneyUnit = '';
  let block: number | undefined;
  for (let i = 0, n = view.filledCount(row); i < n; i++) {
    const c = view.filledCol(row, i);
    const text = view.text(row, c);
    const field = matchFieldLabel(text);
    if (!field || field === 'spendPlan') continue;
    if (field === 'budgetBlock') {
      // "项目资金" as a column header means the project's total.
      block ??= c;
      continue;
    }
    if (cols.has(field)) continue;
    cols.set(field, c);
    labelCols.push(c);
    const mu = /\((亿元|万元|元)\)$/.exec(labelKey(text));
    if (mu && !moneyUnit && field.startsWith('budget')) moneyUnit = mu[1];
  }
  if (!cols.has('budgetTotal') && block !== undefined) {
    cols.set('budgetTotal', block);
    labelCols.push(block);
  }
  return { row, cols, labelCols, moneyUnit };
}

/** Rows of each project: a new 项目名称 / 项目编码 (different from the current project's) starts one. */
function projectSpans(view: SheetView, header: Header, from: number, end: number): Span[] {
  const idCols = (['projectName', 'projectCode'] as const).flatMap((f) => {
    const c = header.cols.get(f);
    return c === undefined ? [] : [c];
  });
  const starts: number[] = [];
  let current: string[] | null = null;
  for (let r = from; r < end; r++) {
    const ids = idCols.map((c) => compact(view.text(r, c)));
    const prev = current;
    if (prev === null || ids.some((v, i) => v !== '' && v !== prev[i])) {
      starts.push(r);
      current = ids;
    }
  }
  return starts.map((start, i) => ({ start, end: starts[i + 1] ?? end }));
}

function readProject(
  view: SheetView,
  seg: TableSegment,
  previousEnd: number,
  header: Header,
  span: Span,
  first: boolean,
  shared: ListHead,
): ReadTable {
  const bounds = new Bounds(view);
  const fields: FieldCells = {};
  const missing: string[] = [];
  const h = header.row;

  // The header row and the rows above it belong to the first project's rectangle, so every cell of the
  // list lies inside some table; later projects only claim the header's cells, never extend to them.
  if (first) {
    for (const c of header.labelCols) bounds.take(h, c);
    const head = readHead(view, seg, previousEnd, bounds, fields);
    delete fields.title;
    shared.unit = head.unit;
    shared.moneyUnit = head.moneyUnit || shared.moneyUnit;
  }
  let unit = shared.unit;

  /** The project's cell in a field's column: the first non-blank one in its rows. */
  const locate = (f: FlatField, key: keyof FieldCells): { row: number; col: number } | null => {
    const col = header.cols.get(f);
    if (col === undefined) return null;
    let found: number | null = null;
    for (let r = span.start; r < span.end; r++) {
      if (view.blank(r, col)) continue;
      if (found === null) {
        found = r;
        bounds.take(r, col);
      } else if (compact(view.text(r, col)) === compact(view.text(found, col))) {
        bounds.take(r, col);
      }
    }
    fields[key] = view.address(found ?? span.start, col);
    return found === null ? null : { row: found, col };
  };
  const text = (f: FlatField, key: keyof FieldCells): string => {
    const at = locate(f, key);
    return at ? view.cleanText(at.row, at.col) : '';
  };
  const amount = (f: FlatField, key: keyof FieldCells): number | null => {
    const at = locate(f, key);
    return at ? readAmount(view.value(at.row, at.col)) : null;
  };

  const projectCode = compact(text('projectCode', 'projectCode'));
  const projectName = text('projectName', 'projectName');
  const budget = {
    total: amount('budgetTotal', 'budgetTotal'),
    fiscal: amount('budgetFiscal', 'budgetFiscal'),
    other: amount('budgetOther', 'budgetOther'),
  };
  if (!header.cols.has('budgetTotal')) missing.push(BLOCK_NAMES.budget);
  const purpose = text('purpose', 'purpose');
  const goal = text('goal', 'goal');
  if (!header.cols.has('goal')) missing.push(BLOCK_NAMES.goal);
  if (header.cols.has('unitName')) unit = text('unitName', 'unit') || unit;

  // Later projects claim the shared header's cells without stretching their rectangle up to it.
  const claimHeader = (r: number, c: number): void => {
    if (!first) view.claim(r, c);
    else bounds.take(r, c);
  };
  const block = readIndicators(view, h, span.end, claimHeader, bounds, span.start);
  // H07 (a missing 一级) points at the project's first indicator row, inside its own rectangle.
  fields.indicatorHeader = block.sources[0]?.level1Cell || view.address(h, Math.max(view.firstFilled(h), 0));

  const range: CellRange = bounds.empty ? { r0: span.start, c0: 0, r1: span.start, c1: 0 } : bounds.range();
  const unclaimed = view.unclaimedIn(range);

  const table: ProjectTable = {
    sheet: view.grid.name,
    range: rangeAddress(range),
    title: '',
    unit,
    moneyUnit: shared.moneyUnit || '万元',
    projectCode,
    projectName,
    budget,
    purpose,
    spendPlan: [],
    goal,
    indicators: block.indicators,
  };
  return { table, bounds: range, fields, indicatorSources: block.sources, missingBlocks: missing, unclaimed };
}

function union(a: CellRange, b: CellRange): CellRange {
  return { r0: Math.min(a.r0, b.r0), c0: Math.min(a.c0, b.c0), r1: Math.max(a.r1, b.r1), c1: Math.max(a.c1, b.c1) };
}
