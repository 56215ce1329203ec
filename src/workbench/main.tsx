/**
 * The browser workbench: a Univer spreadsheet on the left, the same task pane as in Excel and WPS on the
 * right (mountApp), and 打开 / 保存 .xlsx in the header. Opens with the seed document pasted into a sheet.
 * `window.univerAPI` and `window.jixiaoWorkbench` are exposed for end-to-end tests and curious users.
 */
import type { Root } from 'react-dom/client';
import { Assistant } from '../app/assistant';
import { describeError } from '../app/assistant';
import { UniverHost } from '../hosts/univer/univerHost';
import { WORKBENCH_TEXT } from '../strings/workbench';
import { mountApp } from '../taskpane/mountApp';
import { download, openXlsx, xlsxBlob } from './files';
import { sampleWorkbook } from './sample';
import { createUniverApp, showWorkbook, UniverApp } from './univerApp';
import { OpenedWorkbook } from './xlsxBridge';

const LIVE_DEBOUNCE_MS = 100;

interface WorkbenchState {
  app: UniverApp;
  host: UniverHost;
  root: Root | null;
  fileName: string;
  /** Resolves true once the pane is mounted on the current workbook. */
  ready: boolean;
}

declare global {
  interface Window {
    univerAPI?: unknown;
    jixiaoWorkbench?: WorkbenchState;
  }
}

function byId<T extends HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} missing`);
  return el as T;
}

function status(text: string, error = false): void {
  const el = byId<HTMLElement>('wb-status');
  el.textContent = text;
  el.dataset.level = error ? 'error' : 'info';
}

function load(state: WorkbenchState, opened: OpenedWorkbook, fileName: string): void {
  state.root?.unmount();
  state.ready = false;
  showWorkbook(state.app, opened.data, opened.active);
  // A fresh host per workbook: marks and event bookkeeping belong to the workbook they were made in.
  state.host = new UniverHost(state.app.api);
  state.fileName = fileName;
  // Univer reports an edit only when the cell is committed (Enter, Tab, click away), and every read is an
  // in-page call, so a short debounce suffices; Excel and WPS keep the default for their slower round trips.
  state.root = mountApp(byId('wb-pane'), new Assistant(state.host, {}, { debounceMs: LIVE_DEBOUNCE_MS }));
  state.ready = true;
}

async function onOpen(state: WorkbenchState, file: File): Promise<void> {
  status(WORKBENCH_TEXT.opening(file.name));
  try {
    const opened = await openXlsx(new Uint8Array(await file.arrayBuffer()), file.name);
    load(state, opened, file.name);
    status(WORKBENCH_TEXT.opened(file.name));
  } catch (e) {
    status(WORKBENCH_TEXT.openFailed(describeError(e)), true);
  }
}

async function onSave(state: WorkbenchState): Promise<void> {
  try {
    const info = await state.host.workbookInfo();
    const blob = await xlsxBlob(state.host.unmarkedSnapshot(), info.active);
    const name = /\.xlsx$/i.test(state.fileName) ? state.fileName : `${state.fileName}.xlsx`;
    download(blob, name);
    status(WORKBENCH_TEXT.saved(name));
  } catch (e) {
    status(WORKBENCH_TEXT.saveFailed(describeError(e)), true);
  }
}

function start(): void {
  const app = createUniverApp(byId('wb-sheet'));
  window.univerAPI = app.api;
  const state: WorkbenchState = { app, host: new UniverHost(app.api), root: null, fileName: WORKBENCH_TEXT.defaultFileName, ready: false };
  window.jixiaoWorkbench = state;
  load(state, sampleWorkbook(WORKBENCH_TEXT.sampleName), WORKBENCH_TEXT.defaultFileName);
  status(WORKBENCH_TEXT.sampleName);

  const input = byId<HTMLInputElement>('wb-file');
  byId<HTMLButtonElement>('wb-open').addEventListener('click', () => input.click());
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void onOpen(state, file);
  });
  byId<HTMLButtonElement>('wb-save').addEventListener('click', () => void onSave(state));
}

try {
  start();
} catch (e) {
  const el = document.getElementById('wb-status');
  if (el) el.textContent = WORKBENCH_TEXT.startFailed;
  throw e;
}
