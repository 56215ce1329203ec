/**
 * What the task pane (any host) and the command line ask of the assistant. The implementation in
 * assistant.ts runs the engine against a `SpreadsheetHost`; the UI never touches a host directly.
 */
import { Diagnostic } from '../engine/model/diagnostic';
import { CheckOptions } from '../engine/model/options';
import { ProfileId } from '../engine/model/table';

/** Settings shown in the task pane's 设置 panel. */
export interface AssistantSettings extends CheckOptions {
  profile: ProfileId;
  /** Spend-plan checkpoint labels, e.g. ["3月底","6月底","10月底","12月底"]. */
  checkpoints: string[];
  requireFullByYearEnd: boolean;
}

/** One table found by the locator, as the conversion preview lists it. */
export interface FoundTable {
  sheet: string;
  /** A1 range on the source sheet. */
  range: string;
  projectName: string;
  projectCode: string;
  budget: number | null;
  indicatorCount: number;
  /** Name of the standard sheet conversion will create. */
  targetSheet: string;
}

export interface ConversionPreview {
  scope: 'sheet' | 'workbook';
  tables: FoundTable[];
  /** Cells no table claimed (D01), reported so nothing is silently dropped. */
  unclaimed: { sheet: string; cell: string; text: string }[];
}

/** Progress of a long operation: `done` of `total` steps, with a Chinese label. */
export type ProgressListener = (progress: { done: number; total: number; label: string }) => void;

/** Result of a check, as the problem list shows it. */
export interface CheckResult {
  diagnostics: Diagnostic[];
  counts: { error: number; warning: number; info: number };
  tableCount: number;
}

export type ResultListener = (result: CheckResult) => void;
/** A Chinese message for the user (a live check timed out, the host refused a write …). */
export type NoticeListener = (notice: { level: 'info' | 'warning' | 'error'; message: string }) => void;
