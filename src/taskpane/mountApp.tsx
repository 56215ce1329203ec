/**
 * The one way to put the task pane on a page: the Excel entry, the WPS entry and the browser workbench all
 * call `mountApp`. The first-render mark is what scripts/bench-taskpane.js measures.
 */
import { useEffect, useLayoutEffect } from 'react';
import { createRoot, Root } from 'react-dom/client';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { AssistantApi } from '../app/api';
import { App } from './App';
import { OutsideHost } from './OutsideHost';
import { perfMark } from './perfMark';

export const FIRST_RENDER_MARK = 'jixiao-first-render';

/** Only the page's first render counts; the workbench may mount the pane again later. */
let firstRenderMarked = false;

function FirstRenderMark({ onRendered }: { onRendered?: () => void }): null {
  // 'jixiao-commit' (DOM written) and the first-render mark (after paint) split render cost from paint.
  useLayoutEffect(() => {
    if (!firstRenderMarked) perfMark('jixiao-commit');
  }, []);
  useEffect(() => {
    if (!firstRenderMarked) {
      firstRenderMarked = true;
      perfMark(FIRST_RENDER_MARK);
    }
    // Once per mount, whatever later renders pass.
    onRendered?.();
  }, []);
  return null;
}

export interface MountOptions {
  /** Called once the pane's first render is on screen (the effect after the first commit). */
  onFirstRender?: () => void;
}

export function mountApp(container: HTMLElement, assistant: AssistantApi, options: MountOptions = {}): Root {
  perfMark('jixiao-mount');
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App assistant={assistant} />
      <FirstRenderMark onRendered={options.onFirstRender} />
    </FluentProvider>,
  );
  return root;
}

/** The page shown when the pane is opened outside Excel and WPS (a plain browser tab). */
export function mountOutsideHost(container: HTMLElement): Root {
  const root = createRoot(container);
  root.render(
    <FluentProvider theme={webLightTheme}>
      <OutsideHost />
    </FluentProvider>,
  );
  return root;
}
