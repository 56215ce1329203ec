/**
 * The task pane. It talks only to `AssistantApi`, so Excel, WPS and the browser workbench share it.
 * One operation runs at a time (buttons are disabled while busy); live results keep arriving meanwhile.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { AssistantApi } from '../app/api';
import { AssistantSettings, CheckResult, ConversionPreview } from '../app/types';
import { Diagnostic } from '../engine/model/diagnostic';
import { ProfileId } from '../engine/model/table';
import { UI } from '../strings/ui';
import type { Scope } from './components/ConvertPanel';
import { ConvertPanel, LazyPanel, prefetchPanels, SettingsPanel, SummaryPanel } from './components/lazyPanels';
import { Notice, Notices } from './components/Notices';
import { PaneTabs } from './components/PaneTabs';
import { ProblemsPanel } from './components/ProblemsPanel';
import type { Progress } from './components/ProgressView';
import { ActionName, describeError } from './errors';
import { groupBySeverity } from './problems';
import { visuallyHidden } from './styles';

export interface AppProps {
  assistant: AssistantApi;
}

type TabId = 'problems' | 'convert' | 'summary' | 'settings';
const TABS: { id: TabId; label: string }[] = [
  { id: 'problems', label: UI.tabProblems },
  { id: 'convert', label: UI.tabConvert },
  { id: 'summary', label: UI.tabSummary },
  { id: 'settings', label: UI.tabSettings },
];

const PREFETCH_DELAY_MS = 300;

/** Older notices scroll away; a stuck live check must not fill the pane. */
const MAX_NOTICES = 3;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    minWidth: 0,
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  title: { margin: 0, fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
});

export function App({ assistant }: AppProps): JSX.Element {
  const s = useStyles();
  const [tab, setTab] = useState<TabId>('problems');
  // Panels mount on first visit (a faster first render) and then stay mounted, so a preview or a
  // half-typed setting survives switching tabs.
  const [visited, setVisited] = useState<ReadonlySet<TabId>>(() => new Set<TabId>(['problems']));
  const [result, setResult] = useState<CheckResult | null>(null);
  const [settings, setSettings] = useState<AssistantSettings>(() => assistant.getSettings());
  const [busy, setBusy] = useState<ActionName | null>(null);
  const busyRef = useRef<ActionName | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const noticeId = useRef(0);
  const [announcement, setAnnouncement] = useState('');

  const hasResult = useRef(false);

  const showResult = useCallback((r: CheckResult) => {
    hasResult.current = true;
    setResult(r);
    const { counts, total } = groupBySeverity(r.diagnostics);
    setAnnouncement(UI.problemCountsAnnouncement(total, counts.error, counts.warning, counts.info));
  }, []);

  const addNotice = useCallback((n: Omit<Notice, 'id'>) => {
    noticeId.current += 1;
    const notice: Notice = { id: noticeId.current, level: n.level, message: n.message };
    setNotices((list) => [...list, notice].slice(-MAX_NOTICES));
  }, []);

  /** Runs one operation: marks the pane busy, turns any failure into a Chinese MessageBar. */
  const run = useCallback(async <T,>(action: ActionName, op: () => Promise<T>): Promise<T | undefined> => {
    if (busyRef.current !== null) return undefined;
    busyRef.current = action;
    setBusy(action);
    setError(null);
    try {
      return await op();
    } catch (e) {
      setError(describeError(action, e));
      return undefined;
    } finally {
      busyRef.current = null;
      setBusy(null);
    }
  }, []);

  useEffect(() => {
    // The other tabs' code downloads once the pane is up, so switching tabs does not wait on the network.
    const timer = setTimeout(prefetchPanels, PREFETCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  useEffect(() => {
    let active = true;
    assistant
      .startLive(
        (r) => {
          if (active) showResult(r);
        },
        (n) => {
          if (active) addNotice(n);
        },
      )
      .catch((e: unknown) => {
        if (active) setError(describeError('live', e));
      });
    return () => {
      active = false;
      assistant.stopLive().catch(() => undefined);
    };
  }, [assistant, showResult, addNotice]);

  const checkAll = () =>
    void run('checkAll', async () => {
      showResult(await assistant.checkAll());
    });

  const select = (d: Diagnostic) => {
    // Selecting is harmless during another operation, so it is not gated by `busy`.
    assistant.select(d).catch((e: unknown) => setError(describeError('select', e)));
  };

  const insertTemplate = (profile: ProfileId) => run('insertTemplate', () => assistant.insertTemplate(profile));
  const preview = (scope: Scope) => run('preview', () => assistant.previewConversion(scope));
  const convert = (p: ConversionPreview, onProgress: (p: Progress) => void) =>
    run('convert', () => assistant.convert(p, onProgress));
  const summarize = (onProgress: (p: Progress) => void) => run('summarize', () => assistant.summarize(onProgress));
  const clearMarks = async () => (await run('clearMarks', async () => assistant.clearMarks().then(() => true))) === true;

  const changeSettings = (patch: Partial<AssistantSettings>): boolean => {
    try {
      assistant.updateSettings(patch);
      setSettings(assistant.getSettings());
      // A shown list was checked under the old settings; re-check so it does not mislead.
      if (hasResult.current) checkAll();
      return true;
    } catch (e) {
      setError(describeError('settings', e));
      return false;
    }
  };

  const isBusy = busy !== null;

  return (
    <main className={s.root} aria-busy={isBusy}>
      <h1 className={s.title}>{UI.appTitle}</h1>
      <div role="status" aria-live="polite" aria-atomic="true" style={visuallyHidden} data-testid="announcer">
        {announcement}
      </div>
      <Notices
        error={error}
        notices={notices}
        onDismissError={() => setError(null)}
        onDismissNotice={(id) => setNotices((list) => list.filter((n) => n.id !== id))}
      />
      <PaneTabs
        tabs={TABS}
        selected={tab}
        label={UI.tabsLabel}
        onSelect={(next) => {
          setTab(next);
          setVisited((v) => (v.has(next) ? v : new Set([...v, next])));
        }}
      />
      <div role="tabpanel" id="jx-panel-problems" aria-labelledby="jx-tab-problems" hidden={tab !== 'problems'}>
        <ProblemsPanel
          result={result}
          busy={isBusy}
          checking={busy === 'checkAll'}
          liveAvailable={assistant.capabilities.events}
          onCheckAll={checkAll}
          onSelect={select}
        />
      </div>
      <div role="tabpanel" id="jx-panel-convert" aria-labelledby="jx-tab-convert" hidden={tab !== 'convert'}>
        {visited.has('convert') && (
          <LazyPanel>
            <ConvertPanel
              busy={isBusy}
              defaultProfile={settings.profile}
              onInsertTemplate={insertTemplate}
              onPreview={preview}
              onConvert={convert}
            />
          </LazyPanel>
        )}
      </div>
      <div role="tabpanel" id="jx-panel-summary" aria-labelledby="jx-tab-summary" hidden={tab !== 'summary'}>
        {visited.has('summary') && (
          <LazyPanel>
            <SummaryPanel
              busy={isBusy}
              marksAvailable={assistant.capabilities.marks}
              onSummarize={summarize}
              onClearMarks={clearMarks}
            />
          </LazyPanel>
        )}
      </div>
      <div role="tabpanel" id="jx-panel-settings" aria-labelledby="jx-tab-settings" hidden={tab !== 'settings'}>
        {visited.has('settings') && (
          <LazyPanel>
            <SettingsPanel settings={settings} busy={isBusy} onChange={changeSettings} />
          </LazyPanel>
        )}
      </div>
    </main>
  );
}
