/**
 * A fake AssistantApi that behaves like the real one from the pane's point of view: it holds the
 * workbook's current diagnostics (the seed's real warnings), re-reports them after a simulated edit the way
 * live validation does, records select() calls, previews the seed's 12 tables and reports progress while
 * converting. Operations can be held open (to observe busy/progress states) or made to fail like a host.
 */
import { AssistantApi } from '../../src/app/api';
import {
  AssistantSettings,
  CheckResult,
  ConversionPreview,
  FoundTable,
  NoticeListener,
  ProgressListener,
  ResultListener,
} from '../../src/app/types';
import { Diagnostic } from '../../src/engine/model/diagnostic';
import { ProfileId } from '../../src/engine/model/table';

export const SOURCE_SHEET = '2023年部门预算绩效目标';

/** The seed document's 12 projects: name, code, 预算数 (万元) and indicator count. Total 195.00 万元. */
export const SEED_PROJECTS: { name: string; code: string; budget: number; indicators: number }[] = [
  { name: '食品安全业务经费', code: '13032423P00442810053A', budget: 5, indicators: 6 },
  { name: '食品安全业务经费f', code: '13032423P00442810055H', budget: 30, indicators: 6 },
  { name: '市场监管综合事务经费f', code: '13032423P004428100565', budget: 20, indicators: 6 },
  { name: '市场监管综合业务经费', code: '13032423P004428100513', budget: 38, indicators: 6 },
  { name: '市场监管综合业务经费f', code: '13032423P00442810058C', budget: 20, indicators: 6 },
  { name: '产品质量检测检验费', code: '13032423P00443110178W', budget: 9, indicators: 6 },
  { name: '成品油质量抽检经费', code: '13032423P004431101823', budget: 9, indicators: 6 },
  {
    name: '冀财行【2022】104号-提前下达2023年市场监督专项补助经费',
    code: '13032423P000001100500',
    budget: 12,
    indicators: 7,
  },
  { name: '计量检验检测经费', code: '13032423P00443110188Q', budget: 28, indicators: 6 },
  { name: '流通领域商品检测', code: '13032423P00443110191B', budget: 5, indicators: 6 },
  { name: '生产领域重点工业产品县级监督抽查经费', code: '13032423P004431101946', budget: 3, indicators: 6 },
  { name: '食品抽检经费', code: '13032423P00443110195R', budget: 16, indicators: 6 },
];

/** Each table of the seed occupies 22 rows of the source sheet, 指标 rows start 13 rows below its title. */
const TABLE_HEIGHT = 22;
const timelinessRow = (i: number) => i * TABLE_HEIGHT + 16;

/** The warnings rules.md says the seed must produce: V03 on every 及时保障, V05 and V07 on named rows. */
export function seedDiagnostics(): Diagnostic[] {
  const list: Diagnostic[] = SEED_PROJECTS.map((_, i) => ({
    rule: 'V03',
    severity: 'warning',
    sheet: SOURCE_SHEET,
    cell: `E${timelinessRow(i)}`,
    message: '时效指标的指标值“及时保障”没有日期、期限或比例，请写明完成时间，例如“12月底前完成”。',
  }));
  list.push(
    {
      rule: 'V07',
      severity: 'warning',
      sheet: SOURCE_SHEET,
      cell: 'E18',
      message: '“食品安全意识提高”只说提高，没有数字，请写出可衡量的目标值，例如“≥90%”。',
    },
    {
      rule: 'V05',
      severity: 'warning',
      sheet: SOURCE_SHEET,
      cell: 'E61',
      message: '运转保障率是越高越好的比率，不应写成“≤100%”，请改为“≥95%”这类下限。',
    },
    {
      rule: 'H10',
      severity: 'info',
      sheet: SOURCE_SHEET,
      cell: 'A147',
      message: '一级指标“产出值”已按“产出指标”处理。',
    },
  );
  return list;
}

export function seedPreview(scope: 'sheet' | 'workbook'): ConversionPreview {
  const tables: FoundTable[] = SEED_PROJECTS.map((p, i) => ({
    sheet: SOURCE_SHEET,
    range: `A${i * TABLE_HEIGHT + 1}:F${i * TABLE_HEIGHT + 21}`,
    projectName: p.name,
    projectCode: p.code,
    budget: p.budget,
    indicatorCount: p.indicators,
    // Excel sheet names are limited to 31 characters.
    targetSheet: p.name.slice(0, 31),
  }));
  return {
    scope,
    tables,
    unclaimed: [
      { sheet: SOURCE_SHEET, cell: 'A265', text: '第二部分' },
      { sheet: SOURCE_SHEET, cell: 'A266', text: '预算项目绩效目标' },
    ],
  };
}

type Gate = { promise: Promise<void>; release: () => void };
function gate(): Gate {
  let release = () => undefined as void;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

export class FakeAssistant implements AssistantApi {
  readonly hostKind = 'excel' as const;
  readonly capabilities = { events: true, marks: true, select: true };

  diagnostics: Diagnostic[] = seedDiagnostics();
  settings: AssistantSettings = {
    profile: 'hebei-2023',
    checkpoints: ['3月底', '6月底', '10月底', '12月底'],
    requireFullByYearEnd: true,
  };
  readonly selected: Diagnostic[] = [];
  readonly calls: string[] = [];
  readonly sheets: string[] = [SOURCE_SHEET];
  marksCleared = 0;
  live: { onResult: ResultListener; onNotice: NoticeListener } | null = null;
  liveStopped = false;
  /** The next operation of this name rejects with `error` (a host error, English text and a stack). */
  failures = new Map<string, unknown>();
  private holds = new Map<string, Gate>();

  /** Holds `name` open after its progress steps until the returned function is called. */
  hold(name: 'convert' | 'summarize' | 'checkAll'): () => void {
    const g = gate();
    this.holds.set(name, g);
    return g.release;
  }

  getSettings(): AssistantSettings {
    return { ...this.settings, checkpoints: [...this.settings.checkpoints] };
  }

  updateSettings(patch: Partial<AssistantSettings>): void {
    this.calls.push('updateSettings');
    this.settings = { ...this.settings, ...patch };
  }

  result(): CheckResult {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const d of this.diagnostics) counts[d.severity] += 1;
    return { diagnostics: [...this.diagnostics], counts, tableCount: SEED_PROJECTS.length };
  }

  async checkAll(): Promise<CheckResult> {
    await this.enter('checkAll');
    await this.waitHold('checkAll');
    return this.result();
  }

  async insertTemplate(profile?: ProfileId): Promise<string> {
    await this.enter('insertTemplate');
    const base = '项目绩效目标表';
    let name = base;
    for (let n = 2; this.sheets.includes(name); n++) name = `${base}(${n})`;
    this.sheets.push(name);
    this.calls.push(`insertTemplate:${profile ?? this.settings.profile}`);
    return name;
  }

  async previewConversion(scope: 'sheet' | 'workbook'): Promise<ConversionPreview> {
    await this.enter('previewConversion');
    return seedPreview(scope);
  }

  async convert(preview: ConversionPreview, onProgress?: ProgressListener): Promise<string[]> {
    await this.enter('convert');
    const total = preview.tables.length;
    const created: string[] = [];
    for (let i = 0; i < total; i++) {
      const t = preview.tables[i];
      onProgress?.({ done: i, total, label: `正在写入“${t.targetSheet}”` });
      await Promise.resolve();
      created.push(t.targetSheet);
    }
    onProgress?.({ done: total, total, label: '正在完成' });
    await this.waitHold('convert');
    this.sheets.push(...created);
    return created;
  }

  async summarize(onProgress?: ProgressListener): Promise<string[]> {
    await this.enter('summarize');
    const names = ['部门汇总', '指标汇总', '校验结果'];
    for (let i = 0; i < names.length; i++) {
      onProgress?.({ done: i, total: names.length, label: `正在生成“${names[i]}”` });
      await Promise.resolve();
    }
    onProgress?.({ done: names.length, total: names.length, label: '正在写入工作簿' });
    await this.waitHold('summarize');
    for (const n of names) if (!this.sheets.includes(n)) this.sheets.push(n);
    return names;
  }

  async startLive(onResult: ResultListener, onNotice: NoticeListener): Promise<void> {
    this.calls.push('startLive');
    this.live = { onResult, onNotice };
    this.liveStopped = false;
  }

  async stopLive(): Promise<void> {
    this.calls.push('stopLive');
    this.live = null;
    this.liveStopped = true;
  }

  async clearMarks(): Promise<void> {
    await this.enter('clearMarks');
    this.marksCleared += 1;
  }

  async select(diagnostic: Diagnostic): Promise<void> {
    await this.enter('select');
    this.selected.push(diagnostic);
  }

  /**
   * The user edited `cell`: its old diagnostics go, `after` (what the checker now says about it) come in,
   * and the live listener receives the whole current list – as the real assistant does after re-checking
   * the touched table.
   */
  edit(sheet: string, cell: string, after: Omit<Diagnostic, 'sheet' | 'cell'>[]): void {
    if (!this.live) throw new Error('live validation was not started');
    this.diagnostics = this.diagnostics
      .filter((d) => !(d.sheet === sheet && d.cell === cell))
      .concat(after.map((d) => ({ ...d, sheet, cell })));
    this.live.onResult(this.result());
  }

  notice(level: 'info' | 'warning' | 'error', message: string): void {
    if (!this.live) throw new Error('live validation was not started');
    this.live.onNotice({ level, message });
  }

  private async enter(name: string): Promise<void> {
    this.calls.push(name);
    await Promise.resolve();
    const failure = this.failures.get(name);
    if (failure !== undefined) {
      this.failures.delete(name);
      throw failure;
    }
  }

  private async waitHold(name: string): Promise<void> {
    const g = this.holds.get(name);
    if (g) {
      this.holds.delete(name);
      await g.promise;
    }
  }
}
