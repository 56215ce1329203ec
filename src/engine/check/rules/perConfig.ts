/** Per-profile caches for the rules. */
import { ProfileConfig } from '../../profile/lists';

/**
 * A function of a profile's config, computed once per config object (the configs are constants, so the
 * cache holds a handful of entries). Rules use it for per-profile caches of text tests. A workbook is
 * checked under one profile, so the last config is remembered to skip the WeakMap on every table.
 */
export function perConfig<T>(make: (config: ProfileConfig) => T): (config: ProfileConfig) => T {
  const made = new WeakMap<ProfileConfig, T>();
  let lastConfig: ProfileConfig | null = null;
  let lastValue: T | undefined;
  return (config) => {
    if (config === lastConfig) return lastValue as T;
    let value = made.get(config);
    if (value === undefined) {
      value = make(config);
      made.set(config, value);
    }
    lastConfig = config;
    lastValue = value;
    return value;
  };
}
