/**
 * Start-up shared by the Excel and WPS entries: detect the host, mount the pane – or, outside both, the page
 * that says where to open it – and load that host's wiring as its own chunk (the Excel page never downloads
 * WPS code and vice versa). Nothing here throws to the page.
 *
 * The host chunk (engine + adapter) is imported once the pane's first render is on screen. Loading it in
 * parallel with detection (as before) made its download, compilation and module evaluation compete with the
 * first render on the main thread – about 70 ms later first paint on a 2-core machine – while the engine was
 * not ready any sooner (docs/benchmarks.md). The pane works before it arrives (DeferredAssistant).
 */
import { AssistantApi } from '../app/api';
import { DeferredAssistant } from '../app/deferredAssistant';
import { UI } from '../strings/ui';
import { DEFAULT_OFFICE_TIMEOUT_MS, detectHost, HostChoice, OfficeLike } from './detectHost';
import { mountApp, mountOutsideHost } from './mountApp';
import { perfMark } from './perfMark';

type HostModule = { create: () => AssistantApi };

export interface BootOptions {
  /** Office.js detection timeout; onReady may never settle when office.js runs outside Office. */
  timeoutMs?: number;
}

const HOST_READY_MARK = 'jixiao-host-ready';

const loadExcel = (): Promise<HostModule> =>
  import(/* webpackChunkName: "host-excel" */ './hosts/excel').then((m) => ({ create: m.createExcelAssistant }));
const loadWps = (): Promise<HostModule> =>
  import(/* webpackChunkName: "host-wps" */ './hosts/wps').then((m) => ({ create: m.createWpsAssistant }));

export async function boot(container: HTMLElement, options: BootOptions = {}): Promise<HostChoice> {
  let choice: HostChoice = 'none';
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
    const load = choice === 'excel' ? loadExcel : loadWps;
    let rendered: () => void = () => undefined;
    const firstRender = new Promise<void>((resolve) => (rendered = resolve));
    const ready = firstRender
      .then(load)
      .then((h) => {
        const assistant = h.create();
        // For scripts/bench-taskpane.js: when the engine became usable, next to the first-render mark.
        perfMark(HOST_READY_MARK);
        return assistant;
      });
    mountApp(container, new DeferredAssistant(choice, ready), { onFirstRender: rendered });
  } catch {
    container.textContent = UI.startFailed;
  }
  return choice;
}
