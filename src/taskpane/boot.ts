/**
 * Start-up shared by the Excel and WPS entries: detect the host, load that host's wiring as its own chunk
 * (the Excel page never downloads WPS code and vice versa), mount the pane – or, outside both, the page that
 * says where to open it. Nothing here throws to the page.
 */
import { AssistantApi } from '../app/api';
import { DeferredAssistant } from '../app/deferredAssistant';
import { UI } from '../strings/ui';
import { DEFAULT_OFFICE_TIMEOUT_MS, detectHost, HostChoice, OfficeLike } from './detectHost';
import { mountApp, mountOutsideHost } from './mountApp';

export interface BootOptions {
  /** Office.js detection timeout; onReady may never settle when office.js runs outside Office. */
  timeoutMs?: number;
  /**
   * Start downloading this host's chunk while detection runs. The Excel page sets 'excel': the chunk (engine
   * and adapter) then loads in parallel with Office.onReady instead of after it.
   */
  preload?: 'excel';
}

type HostModule = { create: () => AssistantApi };

const loadExcel = (): Promise<HostModule> =>
  import(/* webpackChunkName: "host-excel" */ './hosts/excel').then((m) => ({ create: m.createExcelAssistant }));
const loadWps = (): Promise<HostModule> =>
  import(/* webpackChunkName: "host-wps" */ './hosts/wps').then((m) => ({ create: m.createWpsAssistant }));

export async function boot(container: HTMLElement, options: BootOptions = {}): Promise<HostChoice> {
  let choice: HostChoice = 'none';
  const preloaded = options.preload === 'excel' ? loadExcel() : null;
  // When the host turns out not to be Excel the preloaded chunk is unused; its failure must not surface.
  preloaded?.catch(() => undefined);
  try {
    choice = await detectHost({
      office: typeof Office === 'undefined' ? undefined : (Office as unknown as OfficeLike),
      win: typeof window === 'undefined' ? undefined : window,
      timeoutMs: options.timeoutMs ?? DEFAULT_OFFICE_TIMEOUT_MS,
    });
    if (choice === 'none') {
      mountOutsideHost(container);
      return choice;
    }
    // The pane renders now; the engine and the host adapter arrive in their own chunk meanwhile.
    const host = choice === 'excel' ? (preloaded ?? loadExcel()) : loadWps();
    mountApp(container, new DeferredAssistant(choice, host.then((h) => h.create())));
  } catch {
    container.textContent = UI.startFailed;
  }
  return choice;
}
