/**
 * The load/sync machinery every fake proxy shares, behaving like Office.js:
 *  - methods and property writes only queue statements; `context.sync()` runs them in order;
 *  - reading a property that was not loaded, or loaded but not yet synced, throws PropertyNotLoaded;
 *  - an object made by a method binds to its target when its statement runs (so a range taken before a
 *    write sees the sheet as it is at that point of the batch), `isNullObject` is readable only after sync;
 *  - a failing statement rejects the sync and drops the statements after it.
 */
import { apiNotFound, FakeOfficeError, propertyNotLoaded } from './errors';
import { FakeChangeEvent, FakeWorkbookState } from './state';

export interface FakeHostConfig {
  /** Highest ExcelApi minor version supported, e.g. 14 for "1.14". */
  apiMinor: number;
  /**
   * Cells of `values` / `numberFormat` one sync may return. Excel on the web refuses responses over 5 MB
   * (ResponsePayloadSizeLimitExceeded) and every Excel stops at 5,000,000 cells; the fake counts cells.
   */
  maxCellsPerSync: number;
}

export class FakeContext {
  private queue: (() => void)[] = [];
  /** Syncs of this context. */
  syncs = 0;
  /** Changes made by statements of the current sync, dispatched as events after it. */
  readonly changes: FakeChangeEvent[] = [];
  readonly activations: string[] = [];
  /** Sheet renames made by statements of the current sync (onNameChanged, ExcelApi 1.17). */
  readonly renames: FakeRename[] = [];
  /** Cells loaded by the current sync (see FakeHostConfig.maxCellsPerSync). */
  cellsLoaded = 0;

  constructor(readonly state: FakeWorkbookState, readonly config: FakeHostConfig, readonly events: FakeEventHub) {}

  enqueue(statement: () => void): void {
    this.queue.push(statement);
  }

  requireApi(minor: number, member: string): void {
    if (this.config.apiMinor < minor) throw apiNotFound(member, `1.${minor}`);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.state.syncCount++;
    const statements = this.queue;
    this.queue = [];
    this.cellsLoaded = 0;
    // Office.js answers asynchronously; never settle synchronously.
    await Promise.resolve();
    try {
      for (const s of statements) s();
    } finally {
      this.events.afterAddinSync(this.changes.splice(0), this.activations.splice(0), this.renames.splice(0));
    }
  }
}

type Handler = (args: never) => Promise<unknown>;

export interface FakeRename {
  sheetId: string;
  before: string;
  after: string;
}

/** Registered event handlers and the events waiting to be delivered. */
export class FakeEventHub {
  changed: Handler[] = [];
  activated: Handler[] = [];
  nameChanged: Handler[] = [];
  private inFlight = new Set<Promise<unknown>>();
  private timers = 0;

  constructor(private readonly state: FakeWorkbookState, private readonly config: FakeHostConfig) {}

  /** Resolves once every handler registered at delivery time has finished with this event. */
  private deliver(list: Handler[], args: unknown): Promise<void> {
    this.timers++;
    return new Promise((resolve) => {
      // Excel posts events after the batch returns, never inside it.
      setTimeout(() => {
        this.timers--;
        const runs = list.slice().map((h) => {
          const p = Promise.resolve((h as (a: unknown) => Promise<unknown>)(args)).catch(() => undefined);
          this.inFlight.add(p);
          void p.finally(() => this.inFlight.delete(p));
          return p;
        });
        void Promise.all(runs).then(() => resolve());
      }, 0);
    });
  }

  fireChanged(e: FakeChangeEvent, triggerSource: 'ThisLocalAddin' | 'Unknown'): Promise<void> {
    return this.deliver(this.changed, {
      type: 'WorksheetChanged',
      source: 'Local',
      changeType: e.changeType,
      address: e.address ?? e.sheet.address(e.range).split('!').pop(),
      worksheetId: e.sheet.id,
      // The property exists from ExcelApi 1.14 only.
      triggerSource: this.config.apiMinor >= 14 ? triggerSource : undefined,
    });
  }

  fireActivated(sheetId: string): Promise<void> {
    return this.deliver(this.activated, { type: 'WorksheetActivated', worksheetId: sheetId });
  }

  /** WorksheetCollection.onNameChanged exists from ExcelApi 1.17; older Excel raises nothing. */
  fireNameChanged(r: FakeRename): Promise<void> {
    if (this.config.apiMinor < 17) return Promise.resolve();
    return this.deliver(this.nameChanged, {
      type: 'WorksheetNameChanged',
      source: 'Local',
      worksheetId: r.sheetId,
      nameBefore: r.before,
      nameAfter: r.after,
    });
  }

  afterAddinSync(changes: FakeChangeEvent[], activations: string[], renames: FakeRename[] = []): void {
    for (const r of renames) void this.fireNameChanged(r);
    for (const c of changes) void this.fireChanged(c, 'ThisLocalAddin');
    for (const a of activations) void this.fireActivated(a);
  }

  /** True while events are queued or handlers still run. */
  get busy(): boolean {
    return this.timers > 0 || this.inFlight.size > 0;
  }

  get state_(): FakeWorkbookState {
    return this.state;
  }
}

/** Parses the forms `load` accepts into slash paths. */
export function loadPaths(spec: unknown): string[] {
  if (spec === undefined) return [];
  if (typeof spec === 'string') return spec.split(',').map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s) => loadPaths(s));
  if (typeof spec === 'object' && spec !== null) {
    const o = spec as { select?: unknown };
    if (o.select !== undefined) return loadPaths(o.select);
    throw new FakeOfficeError('InvalidArgument', 'The fake supports only string, array and {select} loads.');
  }
  throw new FakeOfficeError('InvalidArgument', 'Invalid load argument.');
}

/**
 * Base of every proxy. `T` is the state object the proxy stands for (a sheet, a range on a sheet …);
 * `null` target = null object.
 */
export abstract class FakeProxy<T> {
  protected readonly loaded = new Map<string, unknown>();
  private boundTarget: { value: T | null } | null = null;
  private boundAtSync = -1;

  /**
   * @param bind computes the target when the creating statement runs (method-made objects), or
   *             `derived` computes it from the parent whenever needed (navigation properties).
   */
  protected constructor(
    readonly context: FakeContext,
    private readonly source: { bind: () => T | null } | { derived: () => T | null } | { fixed: T | null },
  ) {
    if ('bind' in source) {
      context.enqueue(() => {
        this.boundTarget = { value: source.bind() };
      });
      this.boundAtSync = context.syncs;
    } else if ('fixed' in source) {
      this.boundTarget = { value: source.fixed };
      this.boundAtSync = context.syncs - 1;
    }
  }

  /** The target at statement time. */
  target(): T | null {
    if ('derived' in this.source) return this.source.derived();
    if (!this.boundTarget) throw new FakeOfficeError('InvalidObjectPath', 'Object used before its creating statement ran.');
    return this.boundTarget.value;
  }

  get isNullObject(): boolean {
    if ('derived' in this.source) return this.target() === null;
    if (this.context.syncs <= this.boundAtSync || !this.boundTarget) throw propertyNotLoaded('isNullObject');
    return this.boundTarget.value === null;
  }

  /** Scalar property values of a target, by name; undefined for unknown names. */
  protected abstract scalar(target: T, prop: string): unknown;
  /** Navigation children by name. */
  protected nav(prop: string): FakeProxy<unknown> | undefined {
    void prop;
    return undefined;
  }
  protected scalarNames(): string[] {
    return [];
  }

  load(spec?: unknown): this {
    const paths = loadPaths(spec);
    if (paths.length === 0) throw new FakeOfficeError('InvalidArgument', 'The fake refuses empty loads (they load everything).');
    this.context.enqueue(() => {
      for (const p of paths) this.loadPath(p.split('/'));
    });
    return this;
  }

  /** Runs inside sync. */
  loadPath(parts: string[]): void {
    const [head, ...rest] = parts;
    if (rest.length === 0) {
      if (!this.scalarNames().includes(head)) {
        throw new FakeOfficeError('PropertyNotFound', `The fake does not know the scalar property '${head}'.`);
      }
      const t = this.target();
      this.loaded.set(head, t === null ? null : this.scalar(t, head));
      return;
    }
    const child = this.nav(head);
    if (!child) throw new FakeOfficeError('PropertyNotFound', `The fake does not know the navigation property '${head}'.`);
    child.loadPath(rest);
  }

  protected get<V>(prop: string): V {
    if (!this.loaded.has(prop)) throw propertyNotLoaded(prop);
    return this.loaded.get(prop) as V;
  }

  /** Queues a write; writes to null objects fail like Excel's InvalidObjectPath. */
  protected write(prop: string, value: unknown, apply: (target: T) => void): void {
    this.loaded.set(prop, value);
    this.context.enqueue(() => {
      const t = this.target();
      if (t === null) throw new FakeOfficeError('InvalidObjectPath', `Cannot set '${prop}' on a null object.`);
      apply(t);
    });
  }

  protected call(name: string, apply: (target: T) => void): void {
    this.context.enqueue(() => {
      const t = this.target();
      if (t === null) throw new FakeOfficeError('InvalidObjectPath', `Cannot call '${name}' on a null object.`);
      apply(t);
    });
  }
}

/** A collection proxy: `items` after load, `load('x')` meaning `items/x`. */
export abstract class FakeCollection<T, I extends FakeProxy<unknown>> extends FakeProxy<T> {
  protected abstract list(target: T): I[];
  private readonly cache = new WeakMap<object, I>();

  /** One proxy per state object, so several load paths fill the same item. */
  protected item(key: object, make: () => I): I {
    let p = this.cache.get(key);
    if (!p) {
      p = make();
      this.cache.set(key, p);
    }
    return p;
  }

  get items(): I[] {
    return this.get<I[]>('items');
  }

  loadPath(parts: string[]): void {
    const itemParts = parts[0] === 'items' ? parts.slice(1) : parts;
    const t = this.target();
    const items = t === null ? [] : this.list(t);
    this.loaded.set('items', items);
    if (itemParts.length > 0) for (const item of items) item.loadPath(itemParts);
  }

  protected scalar(): unknown {
    return undefined;
  }
}
