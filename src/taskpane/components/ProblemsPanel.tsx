/** 问题列表: counts per severity, then one group per severity; every item is a button that selects its cell. */
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { Diagnostic } from '../../engine/model/diagnostic';
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
  // A count pill, drawn here rather than with Fluent's CounterBadge: it is three colours and a number.
  badge: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: '20px',
    height: '20px',
    padding: `0 ${tokens.spacingHorizontalXS}`,
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusCircular,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: '20px',
  },
  error: { backgroundColor: tokens.colorPaletteRedBackground3, color: tokens.colorNeutralForegroundOnBrand },
  warning: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3, color: tokens.colorNeutralForegroundOnBrand },
  info: { backgroundColor: tokens.colorNeutralBackground5, color: tokens.colorNeutralForeground1 },
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
                <span className={mergeClasses(s.badge, s[sev])}>
                  {grouped.counts[sev]}
                </span>
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
                <span className={mergeClasses(s.badge, s[sev])}>
                  {grouped.counts[sev]}
                </span>
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
