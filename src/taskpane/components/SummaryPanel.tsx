/** 汇总 (department summary sheets, with progress) and 清除标记. */
import { useState } from 'react';
import { Button } from '@fluentui/react-components';
import { UI } from '../../strings/ui';
import { usePaneStyles } from '../styles';
import { Progress, ProgressView } from './ProgressView';

export interface SummaryPanelProps {
  busy: boolean;
  marksAvailable: boolean;
  onSummarize: (onProgress: (p: Progress) => void) => Promise<string[] | undefined>;
  onClearMarks: () => Promise<boolean>;
}

export function SummaryPanel(props: SummaryPanelProps): JSX.Element {
  const pane = usePaneStyles();
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [cleared, setCleared] = useState(false);

  const summarize = async () => {
    setSheets(null);
    setRunning(true);
    setProgress(null);
    const names = await props.onSummarize(setProgress);
    setRunning(false);
    if (names !== undefined) setSheets(names);
  };

  const clear = async () => {
    setCleared(false);
    setCleared(await props.onClearMarks());
  };

  return (
    <>
      <section className={pane.section} aria-labelledby="jx-summary-heading">
        <h2 id="jx-summary-heading" className={pane.heading}>
          {UI.summaryHeading}
        </h2>
        <p className={pane.muted}>{UI.summaryIntro}</p>
        <div className={pane.row}>
          <Button appearance="primary" disabled={props.busy} onClick={() => void summarize()}>
            {UI.summarize}
          </Button>
        </div>
        {running && <ProgressView label={UI.summaryProgressLabel} progress={progress} />}
        {sheets && (
          <div role="status">
            <p>{UI.summaryDone}</p>
            <ul className={pane.plainList} aria-label={UI.summaryDone}>
              {sheets.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
      {props.marksAvailable && (
        <section className={pane.section} aria-labelledby="jx-marks-heading">
          <h2 id="jx-marks-heading" className={pane.heading}>
            {UI.marksHeading}
          </h2>
          <p className={pane.muted}>{UI.marksIntro}</p>
          <div className={pane.row}>
            <Button disabled={props.busy} onClick={() => void clear()}>
              {UI.clearMarks}
            </Button>
          </div>
          {cleared && <p role="status">{UI.marksCleared}</p>}
        </section>
      )}
    </>
  );
}
