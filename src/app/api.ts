/**
 * The operations the task pane offers, independent of the host. `Assistant` (assistant.ts) implements it
 * over any `SpreadsheetHost`; task-pane tests may drive the real Assistant over a fake host.
 */
import { Diagnostic } from '../engine/model/diagnostic';
import { ProfileId } from '../engine/model/table';
import {
  AssistantSettings,
  CheckResult,
  ConversionPreview,
  NoticeListener,
  ProgressListener,
  ResultListener,
} from './types';

export interface AssistantApi {
  readonly hostKind: 'xlsx' | 'excel' | 'wps' | 'univer';
  readonly capabilities: { events: boolean; marks: boolean; select: boolean };

  getSettings(): AssistantSettings;
  updateSettings(patch: Partial<AssistantSettings>): void;

  /** Reads every sheet in one batch, checks every table, marks cells; the problem list shows the result. */
  checkAll(): Promise<CheckResult>;
  /** Adds an empty standard sheet; resolves to its name. */
  insertTemplate(profile?: ProfileId): Promise<string>;
  /** Finds the tables of the active sheet or the whole workbook, without writing anything. */
  previewConversion(scope: 'sheet' | 'workbook'): Promise<ConversionPreview>;
  /** Writes one standard sheet per table of the preview; resolves to the new sheet names. */
  convert(preview: ConversionPreview, onProgress?: ProgressListener): Promise<string[]>;
  /** Builds or refreshes 部门汇总 / 指标汇总 / 校验结果; resolves to their names. */
  summarize(onProgress?: ProgressListener): Promise<string[]>;
  /** Starts live validation: every user edit re-checks the table it touched and calls `onResult`. */
  startLive(onResult: ResultListener, onNotice: NoticeListener): Promise<void>;
  stopLive(): Promise<void>;
  /** Removes every mark the add-in made (清除标记). */
  clearMarks(): Promise<void>;
  /** Selects the cell of a diagnostic. */
  select(diagnostic: Diagnostic): Promise<void>;
}
