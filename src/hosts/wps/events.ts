/**
 * One ApiEvent dispatcher per page for SheetChange and SheetActivate, kept in a registry on the page's
 * global object. WPS keeps listeners across a task-pane reload or a second copy of the bundle, so a new
 * dispatcher first removes the one a previous module instance left behind; the page removes its own on
 * `pagehide`. Listeners of all hosts in the page share the dispatcher.
 */
import { EtApiEvent, EtRange, EtSheetActivateHandler, EtSheetChangeHandler, EtWorksheet } from './etTypes';

const REGISTRY_KEY = '__jixiaoWpsEvents';

export interface RawSheetEvents {
  change(sheet: EtWorksheet, target: EtRange): void;
  activate(sheet: EtWorksheet): void;
}

interface Registry {
  apiEvent: EtApiEvent;
  onChange: EtSheetChangeHandler;
  onActivate: EtSheetActivateHandler;
}

/** The property bag the registry lives in (the page's window in WPS). */
export type RegistryHost = Record<string, unknown> & {
  addEventListener?: (type: string, listener: () => void) => void;
};


function current(host: RegistryHost): Registry | null {
  const r = host[REGISTRY_KEY];
  return r && typeof r === 'object' ? (r as Registry) : null;
}

function detach(reg: Registry): void {
  try {
    reg.apiEvent.RemoveApiEventListener('SheetChange', reg.onChange);
    reg.apiEvent.RemoveApiEventListener('SheetActivate', reg.onActivate);
  } catch {
    // The host is going away or the listener is already gone; nothing left to remove.
  }
}

/** Registers `sink` as the page's dispatcher, replacing any earlier one. Returns the detach function. */
export function attachDispatcher(host: RegistryHost, apiEvent: EtApiEvent, sink: RawSheetEvents): () => void {
  const stale = current(host);
  if (stale) detach(stale);
  const reg: Registry = {
    apiEvent,
    onChange: (sheet, target) => sink.change(sheet, target),
    onActivate: (sheet) => sink.activate(sheet),
  };
  apiEvent.AddApiEventListener('SheetChange', reg.onChange);
  apiEvent.AddApiEventListener('SheetActivate', reg.onActivate);
  host[REGISTRY_KEY] = reg;
  if (typeof host.addEventListener === 'function') {
    host.addEventListener('pagehide', () => {
      if (current(host) === reg) {
        detach(reg);
        delete host[REGISTRY_KEY];
      }
    });
  }
  return () => {
    if (current(host) === reg) delete host[REGISTRY_KEY];
    detach(reg);
  };
}
