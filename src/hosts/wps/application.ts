/**
 * Finding the ET Application object in a WPS page. wpsjs 2.x pages expose it as `window.Application`;
 * older builds and templates as `wps.EtApplication()`, which throws on some builds (research §2), so both
 * are tried and a throwing accessor is skipped.
 */
import { wpsMessages } from '../../strings/wps';
import { HostError } from '../host';
import { EtApplication } from './etTypes';

interface WpsGlobals {
  Application?: unknown;
  wps?: { EtApplication?: () => unknown };
}

function looksLikeApplication(v: unknown): v is EtApplication {
  return typeof v === 'object' && v !== null && 'ActiveWorkbook' in v;
}

/** The ET Application of this page, or null outside WPS 表格. */
export function findApplication(scope: unknown = globalThis): EtApplication | null {
  const g = (scope ?? {}) as WpsGlobals;
  if (looksLikeApplication(g.Application)) return g.Application;
  const factory = g.wps?.EtApplication;
  if (typeof factory === 'function') {
    try {
      const app: unknown = factory.call(g.wps);
      if (looksLikeApplication(app)) return app;
    } catch {
      // Some builds expose a throwing accessor; there is nothing else to try.
    }
  }
  return null;
}

export function requireApplication(scope: unknown = globalThis): EtApplication {
  const app = findApplication(scope);
  if (!app) throw new HostError(wpsMessages.noApplication, 'unsupported');
  return app;
}
