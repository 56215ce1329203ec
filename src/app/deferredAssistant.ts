/**
 * An AssistantApi that is usable before the host's code has loaded: the task pane renders at once and
 * every call waits for the real assistant. The engine and the host adapter live in their own chunk, so
 * the pane's first paint does not wait for them.
 *
 * @example
 *   mountApp(container, new DeferredAssistant('excel', import('./hosts/excel').then((m) => m.createExcelAssistant())));
 */
import { Diagnostic } from '../engine/model/diagnostic';
import { ProfileId } from '../engine/model/table';
import { AssistantApi } from './api';
import { DEFAULT_SETTINGS } from './defaults';
import {
  AssistantSettings,
  CheckResult,
  ConversionPreview,
  NoticeListener,
  ProgressListener,
  ResultListener,
} from './types';

export class DeferredAssistant implements AssistantApi {
  private real: AssistantApi | null = null;
  /** Settings changed before the real assistant arrived, applied to it when it does. */
  private pendingSettings: Partial<AssistantSettings> = {};

  constructor(
    readonly hostKind: AssistantApi['hostKind'],
    private readonly ready: Promise<AssistantApi>,
  ) {
    ready.then(
      (a) => {
        this.real = a;
        a.updateSettings(this.pendingSettings);
      },
      () => undefined,
    );
  }

  /** What the host can do; until it has loaded, the pane assumes a full host and corrects itself after. */
  get capabilities(): AssistantApi['capabilities'] {
    return this.real?.capabilities ?? { events: true, marks: true, select: true };
  }

  getSettings(): AssistantSettings {
    if (this.real) return this.real.getSettings();
    return { ...DEFAULT_SETTINGS, ...this.pendingSettings, checkpoints: [...(this.pendingSettings.checkpoints ?? DEFAULT_SETTINGS.checkpoints)] };
  }

  updateSettings(patch: Partial<AssistantSettings>): void {
    if (this.real) this.real.updateSettings(patch);
    else this.pendingSettings = { ...this.pendingSettings, ...patch };
  }

  async checkAll(): Promise<CheckResult> {
    return (await this.ready).checkAll();
  }

  async insertTemplate(profile?: ProfileId): Promise<string> {
    return (await this.ready).insertTemplate(profile);
  }

  async previewConversion(scope: 'sheet' | 'workbook'): Promise<ConversionPreview> {
    return (await this.ready).previewConversion(scope);
  }

  async convert(preview: ConversionPreview, onProgress?: ProgressListener): Promise<string[]> {
    return (await this.ready).convert(preview, onProgress);
  }

  async summarize(onProgress?: ProgressListener): Promise<string[]> {
    return (await this.ready).summarize(onProgress);
  }

  async startLive(onResult: ResultListener, onNotice: NoticeListener): Promise<void> {
    return (await this.ready).startLive(onResult, onNotice);
  }

  async stopLive(): Promise<void> {
    return (await this.ready).stopLive();
  }

  async clearMarks(): Promise<void> {
    return (await this.ready).clearMarks();
  }

  async select(diagnostic: Diagnostic): Promise<void> {
    return (await this.ready).select(diagnostic);
  }
}
