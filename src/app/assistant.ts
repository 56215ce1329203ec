/**
 * The assistant: every task-pane operation, run through the engine against any `SpreadsheetHost`.
 * Round trips are budgeted per operation (one host call = one batch):
 *   checkAll          readSheets + setMarks                      = 2
 *   insertTemplate    workbookInfo + applyPlans                  = 2
 *   preview + convert workbookInfo + readSheets + applyPlans     = 3
 *   summarize         readSheets + applyPlans                    = 2 (3 on Excel before it knows the sheets)
 *   one user edit     readRegion (the edited table) + setMarks   = 2
 *
 * @example
 *   const assistant = new Assistant(new ExcelHost());
 *   await assistant.startLive((r) => render(r.diagnostics), (n) => toast(n.message));
 *   const preview = await assistant.previewConversion('sheet');
 *   await assistant.convert(preview, (p) => progress(p.done / p.total));
 */
import { analyzeSheet, analyzeWorkbook, checkSheets, isSummarySheet } from '../engine/analyze';
import { planConversion } from '../engine/convert/convert';
import { Diagnostic } from '../engine/model/diagnostic';
import { CellRange } from '../engine/grid/address';
import { SheetAnalysis, WorkbookAnalysis } from '../engine/model/analysis';
import { SheetPlan } from '../engine/model/plan';
import { ProfileId } from '../engine/model/table';
import { isStandardLayout } from '../engine/read/standardLayout';
import { planToGrid } from '../engine/render/planToGrid';
import { safeSheetName } from '../engine/render/sheetName';
import { renderTemplate } from '../engine/render/template';
import { summaryPlans } from '../engine/summary/summary';
import { CellChange, HostError, SpreadsheetHost } from '../hosts/host';
import { RunQueue } from '../hosts/runQueue';
import { APP_TEXT } from '../strings/app';
import { AssistantApi } from './api';
import { DEFAULT_SETTINGS } from './defaults';
import { countBySeverity, marksFor } from './marks';
import { mergeRegion, regionForChange } from './region';
import {
  AssistantSettings,
  CheckResult,
  ConversionPreview,
  NoticeListener,
  ProgressListener,
  ResultListener,
} from './types';

export { DEFAULT_SETTINGS };

export interface AssistantTiming {
  /** Quiet time after the last edit before the live check runs. */
  debounceMs: number;
  /** A host batch that takes longer is abandoned and the user told. */
  timeoutMs: number;
}

const DEFAULT_TIMING: AssistantTiming = { debounceMs: 300, timeoutMs: 20000 };

/** What a preview found, kept until the user confirms it. */
interface PreparedConversion {
  plans: SheetPlan[];
}

export class Assistant implements AssistantApi {
  private settings: AssistantSettings;
  private readonly timing: AssistantTiming;
  private readonly queue: RunQueue;
  /** Raw readings of the sheets, in tab order, as of the last check. */
  private sheets: SheetAnalysis[] = [];
  private analysis: WorkbookAnalysis | null = null;
  private readonly prepared = new WeakMap<ConversionPreview, PreparedConversion>();
  private live: { unsubscribe: () => Promise<void>; onResult: ResultListener; onNotice: NoticeListener } | null = null;
  private pending: CellChange[] = [];
  private debounceTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly host: SpreadsheetHost,
    settings: Partial<AssistantSettings> = {},
    timing: Partial<AssistantTiming> = {},
  ) {
    this.settings = { ...DEFAULT_SETTINGS, ...settings };
    this.timing = { ...DEFAULT_TIMING, ...timing };
    this.queue = new RunQueue({ timeoutMs: this.timing.timeoutMs, timeoutMessage: APP_TEXT.liveTimeout });
  }

  get hostKind(): SpreadsheetHost['kind'] {
    return this.host.kind;
  }

  get capabilities(): SpreadsheetHost['capabilities'] {
    return this.host.capabilities;
  }

  getSettings(): AssistantSettings {
    return { ...this.settings, checkpoints: [...this.settings.checkpoints] };
  }

  updateSettings(patch: Partial<AssistantSettings>): void {
    this.settings = { ...this.settings, ...patch };
  }

  /** The last full reading of the workbook (for the command line's report). */
  lastAnalysis(): WorkbookAnalysis | null {
    return this.analysis;
  }

  checkAll(): Promise<CheckResult> {
    return this.queue.run(async () => {
      const grids = await this.host.readSheets();
      const analysis = analyzeWorkbook(grids, this.settings);
      this.remember(grids.map((g) => g.name), analysis);
      if (this.host.capabilities.marks) {
        await this.host.setMarks(
          grids.map((g) => g.name),
          marksFor(analysis.diagnostics),
        );
      }
      return this.result();
    });
  }

  insertTemplate(profile?: ProfileId): Promise<string> {
    return this.queue.run(async () => {
      const info = await this.host.workbookInfo();
      const plan = renderTemplate(null, { profile: profile ?? this.settings.profile, checkpoints: this.settings.checkpoints });
      plan.name = safeSheetName(APP_TEXT.templateSheet, info.sheets);
      await this.host.applyPlans([plan], { activate: plan.name });
      this.learnWritten([plan]);
      return plan.name;
    });
  }

  previewConversion(scope: 'sheet' | 'workbook'): Promise<ConversionPreview> {
    return this.queue.run(async () => {
      const info = await this.host.workbookInfo();
      const names = scope === 'sheet' ? [info.active] : info.sheets.filter((n) => !isSummarySheet(n));
      const grids = await this.host.readSheets(names);
      const analysis = analyzeWorkbook(grids, this.settings);
      // Standard sheets are already converted; converting them again would only duplicate them.
      const tables = analysis.tables.filter((t) => !isStandardLayout(t));
      const plans = planConversion(
        tables.map((t) => t.table),
        info.sheets,
        { profile: this.settings.profile, checkpoints: this.settings.checkpoints },
      );
      const preview: ConversionPreview = {
        scope,
        tables: tables.map((t, i) => ({
          sheet: t.table.sheet,
          range: t.table.range,
          projectName: t.table.projectName,
          projectCode: t.table.projectCode,
          budget: t.table.budget.total,
          indicatorCount: t.table.indicators.length,
          targetSheet: plans[i].name,
        })),
        unclaimed: analysis.sheets.flatMap((s) => s.unclaimed.map((u) => ({ sheet: s.sheet, ...u }))),
      };
      this.prepared.set(preview, { plans });
      return preview;
    });
  }

  convert(preview: ConversionPreview, onProgress?: ProgressListener): Promise<string[]> {
    return this.queue.run(async () => {
      const prepared = this.prepared.get(preview);
      if (!prepared) throw new HostError(APP_TEXT.previewExpired, 'conflict');
      const { plans } = prepared;
      const total = plans.length + 1;
      plans.forEach((p, i) => onProgress?.({ done: i, total, label: APP_TEXT.progressPlan(i + 1, plans.length, p.name) }));
      onProgress?.({ done: plans.length, total, label: APP_TEXT.progressWrite });
      if (plans.length > 0) await this.host.applyPlans(plans, { activate: plans[0].name });
      this.prepared.delete(preview);
      this.learnWritten(plans);
      onProgress?.({ done: total, total, label: APP_TEXT.progressDone });
      return plans.map((p) => p.name);
    });
  }

  summarize(onProgress?: ProgressListener): Promise<string[]> {
    return this.queue.run(async () => {
      const total = 3;
      onProgress?.({ done: 0, total, label: APP_TEXT.progressRead });
      const grids = await this.host.readSheets();
      onProgress?.({ done: 1, total, label: APP_TEXT.progressAnalyze });
      const analysis = analyzeWorkbook(grids, this.settings);
      this.remember(grids.map((g) => g.name).filter((n) => !isSummarySheet(n)), analysis);
      const plans = summaryPlans(
        analysis.tables.map((t) => t.table),
        analysis.diagnostics,
        { profile: this.settings.profile, checkpoints: this.settings.checkpoints },
      );
      onProgress?.({ done: 2, total, label: APP_TEXT.progressWrite });
      await this.host.applyPlans(plans, { replaceExisting: true, activate: plans[0]?.name });
      onProgress?.({ done: 3, total, label: APP_TEXT.progressDone });
      return plans.map((p) => p.name);
    });
  }

  async startLive(onResult: ResultListener, onNotice: NoticeListener): Promise<void> {
    await this.stopLive();
    const unsubscribe = await this.host.onChange((change) => this.enqueueChange(change));
    this.live = { unsubscribe, onResult, onNotice };
    try {
      onResult(await this.checkAll());
    } catch (e) {
      onNotice({ level: 'error', message: describeError(e) });
    }
  }

  async stopLive(): Promise<void> {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
    this.pending = [];
    const live = this.live;
    this.live = null;
    if (live) await live.unsubscribe();
  }

  clearMarks(): Promise<void> {
    return this.queue.run(async () => {
      const info = await this.host.workbookInfo();
      await this.host.setMarks(info.sheets, []);
    });
  }

  select(diagnostic: Diagnostic): Promise<void> {
    return this.queue.run(() => this.host.selectCell(diagnostic.sheet, diagnostic.cell));
  }

  /** Runs the pending live check now instead of after the debounce (tests, and 检查 on demand). */
  flushLive(): Promise<void> {
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = null;
    return this.runLiveCheck();
  }

  // ---- live validation -------------------------------------------------------------------------

  private enqueueChange(change: CellChange): void {
    if (isSummarySheet(change.sheet)) return;
    this.pending.push(change);
    if (this.debounceTimer) clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => {
      this.debounceTimer = null;
      void this.runLiveCheck();
    }, this.timing.debounceMs);
  }

  private async runLiveCheck(): Promise<void> {
    const changes = this.pending;
    this.pending = [];
    if (changes.length === 0 || !this.live) return;
    const live = this.live;
    try {
      const result = await this.queue.run(() => this.recheck(changes));
      live.onResult(result);
    } catch (e) {
      live.onNotice({ level: e instanceof HostError && e.code === 'timeout' ? 'warning' : 'error', message: describeError(e) });
    }
  }

  /** Re-reads what the changes touched (one batch per sheet) and re-marks that sheet (one batch). */
  private async recheck(changes: CellChange[]): Promise<CheckResult> {
    const bySheet = new Map<string, CellChange[]>();
    for (const c of changes) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
    for (const [sheet, list] of bySheet) {
      const known = this.sheets.find((s) => s.sheet === sheet);
      const region = known && list.every((c) => c.kind === 'edit') ? clampedRegion(known, list) : null;
      if (known && region) {
        const grid = await this.host.readRegion(sheet, region);
        this.replaceSheet(mergeRegion(known, region, analyzeSheet(grid)));
      } else {
        const [grid] = await this.host.readSheets([sheet]);
        if (grid) this.replaceSheet(analyzeSheet(grid));
      }
    }
    this.analysis = checkSheets(this.sheets, this.settings);
    if (this.host.capabilities.marks) {
      const sheets = [...bySheet.keys()];
      await this.host.setMarks(sheets, marksFor(this.analysis.diagnostics.filter((d) => sheets.includes(d.sheet))));
    }
    return this.result();
  }

  // ---- cached state ----------------------------------------------------------------------------

  private remember(order: string[], analysis: WorkbookAnalysis): void {
    // A later partial re-check replaces one sheet of this cache and checks the whole again.
    this.sheets = analysis.sheets.map((s) => ({ ...s, tables: [...s.tables] }));
    this.sheets.sort((a, b) => order.indexOf(a.sheet) - order.indexOf(b.sheet));
    this.analysis = analysis;
  }

  private replaceSheet(fresh: SheetAnalysis): void {
    const i = this.sheets.findIndex((s) => s.sheet === fresh.sheet);
    if (i >= 0) this.sheets[i] = fresh;
    else this.sheets.push(fresh);
  }

  /** Sheets we just wrote are known without reading them back. */
  private learnWritten(plans: SheetPlan[]): void {
    for (const p of plans) this.replaceSheet(analyzeSheet(planToGrid(p)));
    this.analysis = checkSheets(this.sheets, this.settings);
    if (this.live) this.live.onResult(this.result());
  }

  private result(): CheckResult {
    const diagnostics = this.analysis?.diagnostics ?? [];
    return { diagnostics, counts: countBySeverity(diagnostics), tableCount: this.analysis?.tables.length ?? 0 };
  }
}

/** One region covering every edit on a sheet, or null when an edit lies outside every known table. */
function clampedRegion(sheet: SheetAnalysis, changes: CellChange[]): CellRange | null {
  let region: CellRange | null = null;
  for (const c of changes) {
    const r = regionForChange(sheet, c.range);
    if (!r) return null;
    region = region
      ? { r0: Math.min(region.r0, r.r0), c0: Math.min(region.c0, r.c0), r1: Math.max(region.r1, r.r1), c1: Math.max(region.c1, r.c1) }
      : r;
  }
  return region;
}

/** A Chinese message for the user; never a stack trace. */
export function describeError(e: unknown): string {
  if (e instanceof HostError) return e.message;
  const msg = e instanceof Error ? e.message : String(e);
  return APP_TEXT.liveFailed(msg);
}

