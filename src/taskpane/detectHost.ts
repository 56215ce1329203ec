/**
 * Which spreadsheet the pane runs in. Excel is asked first through Office.onReady – but only when office.js
 * is on the page, and never longer than a timeout, because onReady may never settle outside Office. WPS is
 * recognised by its `window.Application` (or `wps.EtApplication()`) shape, checked synchronously, so the
 * Excel path never waits on WPS globals.
 */

export type HostChoice = 'excel' | 'wps' | 'none';

/** The part of office.js detection needs. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown; platform?: unknown }>;
  HostType?: { Excel?: unknown };
}

export interface DetectEnvironment {
  /** `Office` when office.js is loaded, otherwise undefined. */
  office: OfficeLike | undefined;
  /** The window whose WPS globals to inspect. */
  win: unknown;
  timeoutMs: number;
}

export const DEFAULT_OFFICE_TIMEOUT_MS = 5000;

export async function detectHost(env: DetectEnvironment): Promise<HostChoice> {
  if (env.office !== undefined) {
    const host = await officeHost(env.office, env.timeoutMs);
    const excel = env.office.HostType?.Excel ?? 'Excel';
    if (host === excel) return 'excel';
  }
  return isWps(env.win) ? 'wps' : 'none';
}

async function officeHost(office: OfficeLike, timeoutMs: number): Promise<unknown> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady().catch(() => null), timeout]);
    return info === null ? null : info.host;
  } finally {
    if (timer !== undefined) clearTimeout(timer);
  }
}

/** True when `win` carries the WPS 表格 JS API (window.Application with workbooks, or wps.EtApplication). */
export function isWps(win: unknown): boolean {
  if (typeof win !== 'object' || win === null) return false;
  const w = win as { Application?: unknown; wps?: unknown };
  if (looksLikeEtApplication(w.Application)) return true;
  const wps = w.wps as { EtApplication?: unknown } | undefined;
  if (typeof wps === 'object' && wps !== null && typeof wps.EtApplication === 'function') {
    try {
      return looksLikeEtApplication((wps.EtApplication as () => unknown)());
    } catch {
      // Some WPS builds expose an accessor that throws; window.Application was already checked.
      return false;
    }
  }
  return false;
}

function looksLikeEtApplication(app: unknown): boolean {
  if ((typeof app !== 'object' && typeof app !== 'function') || app === null) return false;
  try {
    return 'ActiveWorkbook' in app || typeof (app as { ActiveWorkbook?: unknown }).ActiveWorkbook !== 'undefined';
  } catch {
    return false;
  }
}
