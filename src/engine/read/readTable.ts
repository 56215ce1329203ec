/**
 * Reads the fields of one located table: title, 预算单位, money unit, project information, budget,
 * purpose, spend plan, goal and the indicator block. Every cell it uses is claimed on the view.
 */
import { BLOCK_NAMES } from '../../strings/blocks';
import { CellRange, rangeAddress } from '../grid/address';
import { FieldCells, ProjectTable, ReadTable, SpendCheckpoint } from '../model/table';
import { compact } from '../text/normalize';
import { readAmount, readPercent } from '../values/numbers';
import { readIndicators } from './readIndicators';
import { FIELD_COUNT, FIELD_SLOTS as F, NOT_A_LABEL } from './labels';
import { SheetView } from './sheetView';
import { TableSegment } from '../locate/locateTables';

/** Budget tables are in 万元 unless they say otherwise. */
const DEFAULT_MONEY_UNIT = '万元';

/**
 * Nothing taken yet: beyond any sheet on both sides. Small integers rather than ±Infinity, so the bounds
 * are plain integer fields (a table's bounds change with every cell it takes).
 */
const NO_LOW = 0x3fffffff;
const NO_HIGH = -0x3fffffff;

/** Tracks the rows and columns a table spans while its cells are claimed. */
export class Bounds {
  r0 = NO_LOW;
  c0 = NO_LOW;
  r1 = NO_HIGH;
  c1 = NO_HIGH;

  constructor(private readonly view: SheetView) {}

  /** True until some cell is taken. */
  get empty(): boolean {
    return this.r0 === NO_LOW;
  }

  take(row: number, col: number): void {
    this.view.claim(row, col);
    this.extend(row, col);
  }

  /** `take` for a cell the caller knows is non-empty (a label cell, or one of its row's filled cells). */
  takeFilledCell(row: number, col: number): void {
    this.view.claimFilled(row, col);
    this.extend(row, col);
  }

  /** Takes the row's non-empty cells from column `left` to `right`. */
  takeFilled(row: number, left: number, right: number): void {
    const view = this.view;
    for (let i = 0, n = view.filledCount(row); i < n; i++) {
      const c = view.filledCol(row, i);
      if (c < left) continue;
      if (c > right) break; // a row's filled columns come in ascending order
      view.claimFilled(row, c);
      this.extend(row, c);
    }
  }

  /** Stretches the bounds over the cell and the merge it starts. */
  private extend(row: number, col: number): void {
    const m = this.view.merges.at(row, col);
    const r1 = m ? m.r1 : row;
    const c1 = m ? m.c1 : col;
    if (row < this.r0) this.r0 = row;
    if (col < this.c0) this.c0 = col;
    if (r1 > this.r1) this.r1 = r1;
    if (c1 > this.c1) this.c1 = c1;
  }

  range(): CellRange {
    return { r0: this.r0, c0: this.c0, r1: this.r1, c1: this.c1 };
  }
}

/** -1 for every field slot, as a literal: made once per table, and a literal costs less than a filled array. */
function noHits(): number[] {
  return [-1, -1, -1, -1, -1, -1, -1, -1, -1, -1];
}
if (noHits().length !== FIELD_COUNT) throw new Error('noHits() needs one entry per field slot');

/** Where each field's label was first found between a table's anchor and its indicator header, by field slot. */
class FieldHits {
  private readonly rows = noHits();
  private readonly cols = noHits();

  /** Keeps the first cell of each field, in reading order. */
  add(slot: number, row: number, col: number): void {
    if (this.rows[slot] >= 0) return;
    this.rows[slot] = row;
    this.cols[slot] = col;
  }

  has(slot: number): boolean {
    return this.rows[slot] >= 0;
  }

  /** Row of the field's label, -1 when the table has none. */
  row(slot: number): number {
    return this.rows[slot];
  }

  col(slot: number): number {
    return this.cols[slot];
  }
}

function isAnyLabel(view: SheetView, row: number, col: number): boolean {
  const label = view.labelAt(row, col);
  return label.field !== null || label.moneyUnit !== null;
}

/**
 * Column of the cell to the right of a label (after the label's own merge) that holds its value; when
 * there is none, -1 - the column where the value belongs (so the field still has an address).
 */
function valueColRight(view: SheetView, row: number, col: number): number {
  const first = view.mergeRight(row, col) + 1;
  // Only the row's non-empty cells can hold the value or be the next label; they come in column order.
  for (let i = 0, n = view.filledCount(row); i < n; i++) {
    const c = view.filledCol(row, i);
    if (c < first || view.merges.isCovered(row, c)) continue;
    if (isAnyLabel(view, row, c)) break;
    return c;
  }
  return -1 - first;
}

export function readTable(view: SheetView, seg: TableSegment, previousEnd: number): ReadTable {
  const bounds = new Bounds(view);
  const fields: FieldCells = {};
  const missing: string[] = [];
  const fieldEnd = seg.headerRow ?? seg.limit;

  // 1. Labels between the anchor and the indicator header.
  const hits = new FieldHits();
  for (let r = seg.anchorRow; r < fieldEnd; r++) {
    for (let i = 0, n = view.labelCount(r); i < n; i++) {
      const slot = view.labelMatch(r, i).fieldSlot;
      if (slot >= 0) hits.add(slot, r, view.labelCol(r, i));
    }
  }

  /** Claims the field's label and the cell holding its value; the value's column, or -1 when it has none. */
  const valueOf = (f: number, key: keyof FieldCells): number => {
    const row = hits.row(f);
    if (row < 0) return -1;
    const labelCol = hits.col(f);
    bounds.takeFilledCell(row, labelCol);
    const c = valueColRight(view, row, labelCol);
    fields[key] = view.address(row, c < 0 ? -1 - c : c);
    if (c < 0) return -1;
    bounds.takeFilledCell(row, c);
    return c;
  };
  const textField = (f: number, key: keyof FieldCells): string => {
    const c = valueOf(f, key);
    return c < 0 ? '' : view.cleanText(hits.row(f), c);
  };
  const amountField = (f: number, key: keyof FieldCells): number | null => {
    const c = valueOf(f, key);
    return c < 0 ? null : readAmount(view.value(hits.row(f), c), moneyUnit || DEFAULT_MONEY_UNIT);
  };

  // Title, 预算单位 and money unit sit in the rows above the anchor; amounts are read in that unit.
  const head = readHead(view, seg, previousEnd, bounds, fields);
  let unit = head.unit;
  if (hits.has(F.unitName)) unit = textField(F.unitName, 'unit') || unit;
  // A money-unit label may also sit on a field row ("单位：万元" at the right of 项目编码).
  let moneyUnit = head.moneyUnit;
  if (!moneyUnit) {
    for (let r = seg.anchorRow; r < fieldEnd && !moneyUnit; r++) {
      for (let i = 0, n = view.labelCount(r); i < n; i++) {
        const label = view.labelMatch(r, i);
        if (label.moneyUnit) {
          const c = view.labelCol(r, i);
          moneyUnit = label.moneyUnit;
          fields.moneyUnit = view.address(r, c);
          bounds.take(r, c);
          break;
        }
      }
    }
  }

  const projectCode = compact(textField(F.projectCode, 'projectCode'));
  const projectName = textField(F.projectName, 'projectName');
  if (!hits.has(F.projectCode) && !hits.has(F.projectName)) missing.push(BLOCK_NAMES.project);

  const budget = {
    total: amountField(F.budgetTotal, 'budgetTotal'),
    fiscal: amountField(F.budgetFiscal, 'budgetFiscal'),
    other: amountField(F.budgetOther, 'budgetOther'),
  };
  if (!hits.has(F.budgetTotal)) missing.push(BLOCK_NAMES.budget);

  // 资金用途: an explicit label, or the free text under the budget row inside the 预算规模及资金用途 block.
  let purpose = textField(F.purpose, 'purpose');
  const blockRow = hits.row(F.budgetBlock);
  if (blockRow >= 0) bounds.take(blockRow, hits.col(F.budgetBlock));
  if (!hits.has(F.purpose)) {
    const budgetRow = hits.has(F.budgetTotal) ? hits.row(F.budgetTotal) : blockRow;
    if (budgetRow >= 0) {
      const r = budgetRow + 1;
      const fromCol = blockRow >= 0 ? view.mergeRight(blockRow, hits.col(F.budgetBlock)) + 1 : 0;
      if (r < fieldEnd && !view.hasFieldLabel(r)) {
        let firstCol = -1;
        for (let i = 0, n = view.filledCount(r); i < n; i++) {
          const c = view.filledCol(r, i);
          if (c < fromCol) continue;
          if (firstCol < 0) firstCol = c;
          purpose += view.cleanText(r, c);
          bounds.take(r, c);
        }
        fields.purpose = view.address(r, firstCol < 0 ? fromCol : firstCol);
      }
    }
  }

  // 资金支出计划: labels to the right of the block label, cumulative percentages on the row below.
  const spendPlan: SpendCheckpoint[] = [];
  const planRow = hits.row(F.spendPlan);
  if (planRow >= 0) {
    const planCol = hits.col(F.spendPlan);
    bounds.take(planRow, planCol);
    fields.spendPlanLabel = view.address(planRow, planCol);
    const valueRow = planRow + 1;
    for (let c = view.mergeRight(planRow, planCol) + 1; c < view.cols; c++) {
      if (view.blank(planRow, c)) continue;
      bounds.takeFilledCell(planRow, c);
      if (valueRow < fieldEnd && !view.blank(valueRow, c)) bounds.takeFilledCell(valueRow, c);
      spendPlan.push({
        label: compact(view.text(planRow, c)),
        percent: readPercent(view.value(valueRow, c), view.format(valueRow, c)),
        cell: view.address(valueRow, c),
      });
    }
  } else {
    missing.push(BLOCK_NAMES.spendPlan);
  }

  const goal = textField(F.goal, 'goal');
  if (!hits.has(F.goal)) missing.push(BLOCK_NAMES.goal);

  // Indicator block.
  let indicatorsRead = { indicators: [] as ProjectTable['indicators'], sources: [] as ReadTable['indicatorSources'], lastRow: -1 };
  if (seg.headerRow !== null) {
    fields.indicatorHeader = view.address(seg.headerRow, Math.max(view.firstFilled(seg.headerRow), 0));
    indicatorsRead = readIndicators(view, seg.headerRow, seg.limit, (r, c) => bounds.take(r, c), bounds);
  } else {
    missing.push(BLOCK_NAMES.indicators);
  }

  // Cells inside the table's rectangle that no field claimed are kept for D01.
  const range = bounds.empty ? { r0: seg.anchorRow, c0: 0, r1: seg.anchorRow, c1: 0 } : bounds.range();
  const unclaimed = view.unclaimedIn(range);

  const table: ProjectTable = {
    sheet: view.grid.name,
    range: rangeAddress(range),
    title: head.title,
    unit,
    moneyUnit: moneyUnit || DEFAULT_MONEY_UNIT,
    projectCode,
    projectName,
    budget,
    purpose,
    spendPlan,
    goal,
    indicators: indicatorsRead.indicators,
  };
  return {
    table,
    bounds: range,
    fields,
    indicatorSources: indicatorsRead.sources,
    missingBlocks: missing,
    unclaimed,
  };
}

interface Head {
  title: string;
  unit: string;
  moneyUnit: string;
}

/**
 * The rows just above the anchor: "{n}.{项目名称}绩效目标表" and "{预算单位} | 单位：万元", in that order,
 * either of them possibly missing, blank rows tolerated between them.
 */
export function readHead(view: SheetView, seg: TableSegment, previousEnd: number, bounds: Bounds, fields: FieldCells): Head {
  const head: Head = { title: '', unit: '', moneyUnit: '' };
  // The first two non-blank rows above the anchor (at most four rows up, never into the previous table).
  let nearest: number | undefined;
  let above: number | undefined;
  for (let r = seg.anchorRow - 1; r > previousEnd && above === undefined && r >= seg.anchorRow - 4; r--) {
    if (view.rowBlank(r)) continue;
    if (nearest === undefined) nearest = r;
    else above = r;
  }
  let titleRow = nearest;
  const unitRow = nearest;
  if (unitRow !== undefined && isUnitRow(view, unitRow, above)) {
    for (let k = 0, n = view.filledCount(unitRow); k < n; k++) {
      const c = view.filledCol(unitRow, k);
      const mu = view.labelAt(unitRow, c).moneyUnit;
      if (mu) {
        head.moneyUnit = mu;
        fields.moneyUnit = view.address(unitRow, c);
      } else if (!head.unit) {
        head.unit = view.cleanText(unitRow, c);
        fields.unit = view.address(unitRow, c);
      } else {
        continue; // a third text on the unit row stays unclaimed (D01)
      }
      bounds.take(unitRow, c);
    }
    if (!fields.unit) fields.unit = view.address(unitRow, Math.max(view.firstFilled(unitRow), 0));
    titleRow = above;
  }
  if (titleRow !== undefined && looksLikeTitle(view, titleRow)) {
    const c = view.firstFilled(titleRow);
    head.title = view.cleanText(titleRow, c);
    fields.title = view.address(titleRow, c);
    bounds.take(titleRow, c);
  }
  return head;
}

function isUnitRow(view: SheetView, row: number, above: number | undefined): boolean {
  for (let i = 0, n = view.labelCount(row); i < n; i++) if (view.labelMatch(row, i).moneyUnit !== null) return true;
  // "414001某某局本级" alone under a title row.
  return view.filledCount(row) === 1 && !looksLikeTitle(view, row) && above !== undefined && looksLikeTitle(view, above);
}

function looksLikeTitle(view: SheetView, row: number): boolean {
  if (view.filledCount(row) !== 1) return false;
  const c = view.firstFilled(row);
  // A lone label (项目名称, 一级指标, 单位：万元 …) is no title; the view has read every label already.
  if (view.labelAt(row, c) !== NOT_A_LABEL) return false;
  const t = view.text(row, c);
  return t.length <= 60 || /绩效目标表|目标申报表|绩效目标/.test(t);
}
