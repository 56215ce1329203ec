/**
 * Counts cross-process calls. In WPS every property get, property set and method call on an ET object is a
 * round trip to the ET process, so the fake wraps each ET object in a Proxy that counts exactly those.
 * Members whose names start with "_" are the fake's own plumbing and are not counted.
 */
export class CallCounter {
  calls = 0;
  readonly log: string[] = [];
  /** When false, nothing is counted (the fake's own setup and assertions). */
  enabled = true;

  tick(what: string): void {
    if (!this.enabled) return;
    this.calls++;
    this.log.push(what);
  }

  reset(): void {
    this.calls = 0;
    this.log.length = 0;
  }

  /** Runs `fn` and returns how many calls it made. */
  measure<T>(fn: () => T): { result: T; calls: number; log: string[] } {
    const start = this.calls;
    const logStart = this.log.length;
    const result = fn();
    return { result, calls: this.calls - start, log: this.log.slice(logStart) };
  }

  /** Like `measure` for async work. */
  async measureAsync<T>(fn: () => Promise<T>): Promise<{ result: T; calls: number; log: string[] }> {
    const start = this.calls;
    const logStart = this.log.length;
    const result = await fn();
    return { result, calls: this.calls - start, log: this.log.slice(logStart) };
  }

  /** Runs `fn` without counting (setup done "by the user", or test inspection). */
  quiet<T>(fn: () => T): T {
    const was = this.enabled;
    this.enabled = false;
    try {
      return fn();
    } finally {
      this.enabled = was;
    }
  }
}

const RAW = Symbol('etFakeRaw');

/** Wraps a fake ET object so that every member access through the wrapper is counted. */
export function counted<T extends object>(target: T, counter: CallCounter, typeName: string): T {
  return new Proxy(target, {
    get(obj, prop) {
      if (prop === RAW) return obj;
      if (typeof prop === 'symbol' || prop.startsWith('_') || prop === 'then' || prop === 'toJSON') {
        return Reflect.get(obj, prop, obj);
      }
      const proto = Object.getPrototypeOf(obj) as object;
      const desc = findDescriptor(proto, prop) ?? Object.getOwnPropertyDescriptor(obj, prop);
      if (desc && typeof desc.value === 'function') {
        const fn = desc.value as (...args: unknown[]) => unknown;
        return (...args: unknown[]) => {
          counter.tick(`${typeName}.${prop}()`);
          return fn.apply(obj, args);
        };
      }
      if (!desc) throw new TypeError(`ET fake: ${typeName} has no member "${prop}"`);
      counter.tick(`${typeName}.${prop}`);
      return Reflect.get(obj, prop, obj);
    },
    set(obj, prop, value) {
      if (typeof prop === 'symbol' || prop.startsWith('_')) return Reflect.set(obj, prop, value, obj);
      const desc = findDescriptor(Object.getPrototypeOf(obj) as object, prop) ?? Object.getOwnPropertyDescriptor(obj, prop);
      if (!desc || (!desc.set && !desc.writable)) throw new TypeError(`ET fake: ${typeName}.${prop} is read-only`);
      counter.tick(`${typeName}.${prop}=`);
      return Reflect.set(obj, prop, value, obj);
    },
  });
}

/** The fake object behind a counted wrapper (or the object itself). */
export function raw<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    const inner = (value as unknown as Record<symbol, unknown>)[RAW];
    if (inner) return inner as T;
  }
  return value;
}

function findDescriptor(proto: object | null, prop: string): PropertyDescriptor | undefined {
  let p = proto;
  while (p && p !== Object.prototype) {
    const d = Object.getOwnPropertyDescriptor(p, prop);
    if (d) return d;
    p = Object.getPrototypeOf(p) as object | null;
  }
  return undefined;
}
