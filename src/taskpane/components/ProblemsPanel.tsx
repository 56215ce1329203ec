/** 问题列表: counts per severity, then one group per severity; every item is a button that selects its cell. */
import { Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { Diagnostic, Severity } from '../../engine/model/diagnostic';
import { CheckResult } from '../../app/types';
import { UI } from '../../strings/ui';
import { cellRef, diagnosticKey, groupBySeverity, SEVERITIES } from '../problems';
import { usePaneStyles } from '../styles';

export interface ProblemsPanelProps {
  result: CheckResult | null;
  busy: boolean;
  checking: boolean;
  liveAvailable: boolean;
  onCheckAll: () => void;
  onSelect: (d: Diagnostic) => void;
}

const BADGE_COLOR: Record<Severity, 'danger' | 'important' | 'informative'> = {
  error: 'danger',
  warning: 'important',
  info: 'informative',
};

const useStyles = makeStyles({
  item: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'left',
    minWidth: 0,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightRegular,
  },
  itemBody: { display: 'flex', flexDirection: 'column', rowGap: '2px', minWidth: 0 },
  itemHead: { display: 'flex', columnGap: tokens.spacingHorizontalS, fontSize: tokens.fontSizeBase200 },
  rule: { fontFamily: tokens.fontFamilyMonospace, fontWeight: tokens.fontWeightSemibold },
  where: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  message: { overflowWrap: 'anywhere' },
  counts: { display: 'flex', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  count: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS },
});

export function ProblemsPanel(props: ProblemsPanelProps): JSX.Element {
  const pane = usePaneStyles();
  const s = useStyles();
  const grouped = props.result ? groupBySeverity(props.result.diagnostics) : null;

  return (
    <section className={pane.section} aria-labelledby="jx-problems-heading">
      <h2 id="jx-problems-heading" className={pane.heading}>
        {UI.problemsHeading}
      </h2>
      <div className={pane.row}>
        <Button appearance="primary" disabled={props.busy} onClick={props.onCheckAll}>
          {UI.checkAll}
        </Button>
        {props.checking && <span className={pane.muted}>{UI.checking}</span>}
      </div>
      <p className={pane.muted}>{props.liveAvailable ? UI.liveOn : UI.liveUnavailable}</p>

      {grouped === null ? (
        <p className={pane.muted}>{UI.notCheckedYet}</p>
      ) : (
        <>
          <div className={s.counts} data-testid="severity-counts">
            {SEVERITIES.map((sev) => (
              <span key={sev} className={s.count} data-severity={sev}>
                {UI.severity[sev]}
                <CounterBadge
                  count={grouped.counts[sev]}
                  showZero
                  overflowCount={999}
                  color={BADGE_COLOR[sev]}
                  aria-label={UI.severityCount(UI.severity[sev], grouped.counts[sev])}
                />
              </span>
            ))}
          </div>
          {props.result && props.result.tableCount > 0 && (
            <p className={pane.muted}>{UI.tableCount(props.result.tableCount)}</p>
          )}
          {grouped.total === 0 && <p>{UI.noProblems}</p>}
          {SEVERITIES.filter((sev) => grouped.counts[sev] > 0).map((sev) => (
            <section key={sev} aria-labelledby={`jx-group-${sev}`} data-testid={`group-${sev}`}>
              <h3 id={`jx-group-${sev}`} className={pane.subheading}>
                <span>{UI.severity[sev]}</span>
                <CounterBadge count={grouped.counts[sev]} overflowCount={999} color={BADGE_COLOR[sev]} aria-hidden />
              </h3>
              <ul className={pane.list} aria-label={UI.groupLabel(UI.severity[sev], grouped.counts[sev])}>
                {grouped.groups[sev].map((d, i) => (
                  <li key={`${diagnosticKey(d)}#${i}`}>
                    <Button
                      appearance="subtle"
                      className={s.item}
                      aria-label={UI.problemItemLabel(UI.severity[sev], d.rule, cellRef(d), d.message)}
                      onClick={() => props.onSelect(d)}
                    >
                      <span className={s.itemBody}>
                        <span className={s.itemHead}>
                          <span className={s.rule}>{d.rule}</span>
                          <span className={s.where}>{cellRef(d)}</span>
                        </span>
                        <span className={s.message}>{d.message}</span>
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
    </section>
  );
}
