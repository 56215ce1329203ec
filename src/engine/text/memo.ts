/**
 * Memoising pure string functions. Real workbooks repeat the same labels and values thousands of times
 * (every table has 项目编码, 产出指标, ≥98% …), so label and value normalisation is computed once per
 * distinct text. The cache is bounded so a sheet of unique texts cannot grow it without limit.
 */
export function memoizeString<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  let cache = new Map<string, T>();
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= limit) cache = new Map();
    cache.set(text, value);
    return value;
  };
}
