/**
 * The project-table model of contract.md. `ProjectTable` is what the JSON of `check --json` shows;
 * `ReadTable` adds where each field was found, which diagnostics, marks and conversion need.
 */
import { CellRange } from '../grid/address';

export type ProfileId = 'hebei-2023' | 'mof-2021';

export type Comparator = '>=' | '<=' | '>' | '<' | '=';

/** A 指标值 split into comparator, number and unit; null for qualitative text. */
export interface ParsedValue {
  op: Comparator | null;
  number: number;
  unit: string | null;
}

export interface Budget {
  total: number | null;
  fiscal: number | null;
  other: number | null;
}

export interface SpendCheckpoint {
  label: string;
  /** Cumulative percent 0–100, null when unreadable (S01). */
  percent: number | null;
  /** A1 address of the percentage cell. */
  cell: string;
  /** A1 address of the label cell ("3月底"), when the reader knows it (S04 points there). */
  labelCell?: string;
}

export interface Indicator {
  level1: string;
  level2: string;
  level3: string;
  description: string;
  value: string;
  basis: string;
  /** Shared by every indicator with the same value text (frozen). */
  parsed: Readonly<ParsedValue> | null;
  /** 1-based worksheet row. */
  row: number;
}

export interface ProjectTable {
  sheet: string;
  range: string;
  title: string;
  unit: string;
  moneyUnit: string;
  projectCode: string;
  projectName: string;
  budget: Budget;
  purpose: string;
  spendPlan: SpendCheckpoint[];
  goal: string;
  indicators: Indicator[];
}

/** Where a field of the table was read from (A1 addresses on the table's sheet). */
export interface FieldCells {
  title?: string;
  unit?: string;
  moneyUnit?: string;
  projectCode?: string;
  projectName?: string;
  budgetTotal?: string;
  budgetFiscal?: string;
  budgetOther?: string;
  purpose?: string;
  spendPlanLabel?: string;
  goal?: string;
  indicatorHeader?: string;
}

/** Cells of one indicator row, plus the text exactly as written before synonyms were resolved. */
export interface IndicatorSource {
  /** Addresses of the row's cells in each mapped column; '' when the block has no such column. */
  readonly level1Cell: string;
  readonly level2Cell: string;
  readonly level3Cell: string;
  readonly descriptionCell: string;
  readonly valueCell: string;
  readonly basisCell: string;
  /** 一级/二级 as written on this row ('' when blank and inherited). */
  level1Raw: string;
  level2Raw: string;
  /** True when 一级/二级 came from a row above. */
  level1Inherited: boolean;
  level2Inherited: boolean;
  /** Whether a 一级 / 二级 existed to inherit from (H09 when blank and false). */
  level1Known: boolean;
  level2Known: boolean;
  /** Canonical names were matched through a synonym (H10). */
  level1Synonym: string | null;
  level2Synonym: string | null;
  /** Extra columns found in the indicator block (权重, 指标方向 …) by header text. */
  extras: Record<string, string>;
}

/** A table as the reader found it: the contract model plus provenance. */
export interface ReadTable {
  table: ProjectTable;
  /** 0-based bounds on the sheet. */
  bounds: CellRange;
  fields: FieldCells;
  indicatorSources: IndicatorSource[];
  /** Blocks the reader expected but did not find (for D02), as Chinese block names. */
  missingBlocks: string[];
  /** Cells inside the bounds that no field claimed, with their text (reported by D01, never dropped). */
  unclaimed: { cell: string; text: string }[];
  /**
   * For a project read from a flat list (one row per indicator, several projects under one header): the
   * whole list, header included. A project's rows mean nothing without that header, so a partial re-read
   * must cover the list.
   */
  list?: CellRange;
}
