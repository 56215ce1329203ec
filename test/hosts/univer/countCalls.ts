/** Counts calls to a host's methods: one call is one round trip for in-page hosts. */
import { SpreadsheetHost } from '../../../src/hosts/host';

export function countCalls<T extends SpreadsheetHost>(host: T): { host: T; calls: () => number } {
  let calls = 0;
  const counted = new Proxy(host, {
    get(target, prop, receiver) {
      const v = Reflect.get(target, prop, receiver) as unknown;
      if (typeof v !== 'function') return v;
      return (...args: unknown[]) => {
        calls++;
        return (v as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
  return { host: counted, calls: () => calls };
}
