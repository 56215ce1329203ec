/**
 * The WPS add-in's start page script (wps/index.html → dist/wps/wps-entry.js). WPS resolves the callbacks
 * named in ribbon.xml as global functions of this page, so they are put on `window`. They stay
 * synchronous (async ribbon callbacks broke the ribbon on WPS 12.1.0.23542 / 23539): long work is started
 * and not awaited.
 *
 *   打开助手  → shows or hides the task pane (the shared React UI, taskpane.html next to this page)
 *   插入模板  → the engine's standard template through WpsHost, without opening the pane
 */
import { Assistant } from '../../app/assistant';
import { wpsMessages } from '../../strings/wps';
import { findApplication } from './application';
import { EtApplication, EtTaskPane, XL } from './etTypes';
import { WpsHost } from './wpsHost';

/** What WPS passes to ribbon callbacks. */
interface RibbonControl {
  Id?: string;
  id?: string;
}

export const BUTTONS = { openAssistant: 'btnOpenAssistant', insertTemplate: 'btnInsertTemplate' } as const;

const IMAGES: Record<string, string> = {
  [BUTTONS.openAssistant]: 'images/open.png',
  [BUTTONS.insertTemplate]: 'images/template.png',
};

/** PluginStorage is shared by WPS 文字/表格/演示 while pane ids count per process: key the id per host. */
export const TASK_PANE_KEY = 'jixiao_taskpane_id_et';
export const TASK_PANE_PAGE = 'taskpane.html';

export interface EntryEnvironment {
  /** The page's window (ribbon callbacks go here). */
  win: Window & Record<string, unknown>;
  /** Shows a message to the user. */
  notify(message: string): void;
}

function controlId(control: unknown): string {
  if (typeof control !== 'object' || control === null) return '';
  const c = control as RibbonControl;
  return String(c.Id ?? c.id ?? '');
}

/** The task pane URL: taskpane.html next to this page (http(s) or file:// for offline add-ins). */
export function taskPaneUrl(pageUrl: string): string {
  return new URL(TASK_PANE_PAGE, pageUrl).href;
}

function storedPaneId(app: EtApplication): number | null {
  const raw: unknown = app.PluginStorage?.getItem(TASK_PANE_KEY);
  const id = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw) : NaN;
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** Shows the pane (creating it once per WPS process) or hides it when it is showing. */
export function toggleTaskPane(app: EtApplication, pageUrl: string): EtTaskPane {
  const id = storedPaneId(app);
  if (id !== null && typeof app.GetTaskPane === 'function') {
    let existing: EtTaskPane | null = null;
    try {
      existing = app.GetTaskPane(id);
    } catch {
      existing = null;
    }
    if (existing) {
      existing.Visible = !existing.Visible;
      return existing;
    }
  }
  const pane = app.CreateTaskPane(taskPaneUrl(pageUrl), wpsMessages.taskPaneTitle);
  app.PluginStorage?.setItem(TASK_PANE_KEY, pane.ID);
  pane.DockPosition = XL.ctpDockRight;
  pane.Visible = true;
  return pane;
}

export function installRibbonCallbacks(env: EntryEnvironment): void {
  const { win } = env;
  const app = (): EtApplication | null => findApplication(win);

  win.OnAddinLoad = (ribbonUI: unknown): boolean => {
    win.jixiaoRibbon = ribbonUI;
    return true;
  };

  win.OnAction = (control: unknown): boolean => {
    const application = app();
    if (!application) {
      env.notify(wpsMessages.noApplication);
      return true;
    }
    const id = controlId(control);
    if (id === BUTTONS.openAssistant) {
      try {
        toggleTaskPane(application, win.location.href);
      } catch (e) {
        env.notify(e instanceof Error ? e.message : String(e));
      }
    } else if (id === BUTTONS.insertTemplate) {
      // Started, not awaited: the callback returns at once. WPS calls underneath are synchronous anyway.
      const assistant = new Assistant(new WpsHost({ app: application, registryHost: win }));
      assistant.insertTemplate().catch((e: unknown) => {
        env.notify(wpsMessages.commandFailed(e instanceof Error ? e.message : String(e)));
      });
    }
    return true;
  };

  win.GetImage = (control: unknown): string => IMAGES[controlId(control)] ?? IMAGES[BUTTONS.openAssistant];

  win.OnGetEnabled = (): boolean => app() !== null;
}

if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  installRibbonCallbacks({
    win: window as unknown as Window & Record<string, unknown>,
    notify: (message) => window.alert(message),
  });
}
