/**
 * The panels behind the 模板与转换 / 汇总 / 设置 tabs and the MessageBars of Notices.tsx, loaded as one
 * chunk on first use (or shortly after the first render, see prefetchPanels). The first render then only
 * pays for the problem list – most of the Fluent components (radios, switch, input, progress bar, message
 * bar and its icons) live in this chunk.
 */
import { lazy, ReactNode, Suspense } from 'react';
import { UI } from '../../strings/ui';
import { OnFailure } from './OnFailure';

const loadPanels = () => import(/* webpackChunkName: "panels" */ './morePanels');

export const ConvertPanel = lazy(() => loadPanels().then((m) => ({ default: m.ConvertPanel })));
export const SummaryPanel = lazy(() => loadPanels().then((m) => ({ default: m.SummaryPanel })));
export const SettingsPanel = lazy(() => loadPanels().then((m) => ({ default: m.SettingsPanel })));
export const NoticeBars = lazy(() => loadPanels().then((m) => ({ default: m.NoticeBars })));

/** Starts the download without rendering anything; failures surface later, when a panel is opened. */
export function prefetchPanels(): void {
  loadPanels().catch(() => undefined);
}

/** Where a panel of this chunk is shown: 正在加载… while the chunk downloads, a clear message if it cannot be loaded. */
export function LazyPanel({ children }: { children: ReactNode }): JSX.Element {
  return (
    <OnFailure fallback={<p role="alert">{UI.panelLoadFailed}</p>}>
      <Suspense fallback={<p>{UI.loadingPanel}</p>}>{children}</Suspense>
    </OnFailure>
  );
}
