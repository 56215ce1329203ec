/**
 * 插入模板 and 转换. Conversion is two steps on purpose: 预览 lists what the locator found (and what no table
 * claimed) without writing; only 确认转换 writes.
 */
import { useState } from 'react';
import { Button, Field, Radio, RadioGroup, makeStyles, tokens } from '@fluentui/react-components';
import { ConversionPreview, FoundTable } from '../../app/types';
import { ProfileId } from '../../engine/model/table';
import { UI } from '../../strings/ui';
import { usePaneStyles } from '../styles';
import { ProfileChoice } from './ProfileChoice';
import { Progress, ProgressView } from './ProgressView';

export type Scope = 'sheet' | 'workbook';

export interface ConvertPanelProps {
  busy: boolean;
  defaultProfile: ProfileId;
  onInsertTemplate: (profile: ProfileId) => Promise<string | undefined>;
  onPreview: (scope: Scope) => Promise<ConversionPreview | undefined>;
  onConvert: (preview: ConversionPreview, onProgress: (p: Progress) => void) => Promise<string[] | undefined>;
}

const UNCLAIMED_SHOWN = 10;

const useStyles = makeStyles({
  tables: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  table: { overflowWrap: 'anywhere' },
  tableName: { fontWeight: tokens.fontWeightSemibold },
  facts: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  term: { color: tokens.colorNeutralForeground3 },
  def: { margin: 0, overflowWrap: 'anywhere' },
});

export function ConvertPanel(props: ConvertPanelProps): JSX.Element {
  const pane = usePaneStyles();
  const [templateProfile, setTemplateProfile] = useState<ProfileId>(props.defaultProfile);
  const [inserted, setInserted] = useState<string | null>(null);
  const [scope, setScope] = useState<Scope>('sheet');
  const [preview, setPreview] = useState<ConversionPreview | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [converting, setConverting] = useState(false);
  const [created, setCreated] = useState<string[] | null>(null);

  const insert = async () => {
    setInserted(null);
    const name = await props.onInsertTemplate(templateProfile);
    if (name !== undefined) setInserted(name);
  };

  const runPreview = async () => {
    setCreated(null);
    setPreview(null);
    const p = await props.onPreview(scope);
    if (p !== undefined) setPreview(p);
  };

  const confirm = async () => {
    if (!preview) return;
    setConverting(true);
    setProgress({ done: 0, total: preview.tables.length, label: UI.converting });
    const names = await props.onConvert(preview, setProgress);
    setConverting(false);
    setProgress(null);
    if (names !== undefined) {
      setCreated(names);
      setPreview(null);
    }
  };

  return (
    <>
      <section className={pane.section} aria-labelledby="jx-template-heading">
        <h2 id="jx-template-heading" className={pane.heading}>
          {UI.templateHeading}
        </h2>
        <ProfileChoice label={UI.templateProfileLabel} value={templateProfile} disabled={props.busy} onChange={setTemplateProfile} />
        <div className={pane.row}>
          <Button disabled={props.busy} onClick={() => void insert()}>
            {UI.insertTemplate}
          </Button>
        </div>
        {inserted !== null && <p role="status">{UI.templateInserted(inserted)}</p>}
      </section>

      <section className={pane.section} aria-labelledby="jx-convert-heading">
        <h2 id="jx-convert-heading" className={pane.heading}>
          {UI.convertHeading}
        </h2>
        <Field label={UI.convertScopeLabel}>
          <RadioGroup
            value={scope}
            disabled={props.busy}
            onChange={(_, data) => {
              if (data.value === 'sheet' || data.value === 'workbook') {
                setScope(data.value);
                setPreview(null);
              }
            }}
          >
            <Radio value="sheet" label={UI.scopeSheet} />
            <Radio value="workbook" label={UI.scopeWorkbook} />
          </RadioGroup>
        </Field>
        <div className={pane.row}>
          <Button disabled={props.busy} onClick={() => void runPreview()}>
            {UI.preview}
          </Button>
        </div>
        <p className={pane.muted}>{UI.previewNote}</p>

        {preview && <PreviewView preview={preview} />}
        {preview && preview.tables.length > 0 && (
          <div className={pane.row}>
            <Button appearance="primary" disabled={props.busy} onClick={() => void confirm()}>
              {UI.confirmConvert}
            </Button>
            <Button disabled={props.busy} onClick={() => setPreview(null)}>
              {UI.cancel}
            </Button>
          </div>
        )}
        {converting && <ProgressView label={UI.convertProgressLabel} progress={progress} />}
        {created && (
          <div role="status">
            <p>{UI.convertDone(created.length)}</p>
            <ul className={pane.plainList} aria-label={UI.convertDone(created.length)}>
              {created.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
        )}
      </section>
    </>
  );
}

function PreviewView({ preview }: { preview: ConversionPreview }): JSX.Element {
  const pane = usePaneStyles();
  const s = useStyles();
  const unclaimed = preview.unclaimed;
  return (
    <section aria-labelledby="jx-preview-heading" data-testid="conversion-preview">
      <h3 id="jx-preview-heading" className={pane.subheading}>
        {UI.previewHeading(preview.tables.length)}
      </h3>
      {preview.tables.length === 0 ? (
        <p>{UI.previewNothing}</p>
      ) : (
        <ol className={s.tables}>
          {preview.tables.map((t, i) => (
            <li key={`${t.sheet}!${t.range}#${i}`} className={s.table}>
              <TableFacts table={t} />
            </li>
          ))}
        </ol>
      )}
      <p>{UI.unclaimedCount(unclaimed.length)}</p>
      {unclaimed.length > 0 && (
        <ul className={pane.plainList} aria-label={UI.unclaimedListLabel}>
          {unclaimed.slice(0, UNCLAIMED_SHOWN).map((u, i) => (
            <li key={`${u.sheet}!${u.cell}#${i}`}>
              {u.sheet}!{u.cell}：{u.text}
            </li>
          ))}
          {unclaimed.length > UNCLAIMED_SHOWN && <li>{UI.unclaimedMore(unclaimed.length - UNCLAIMED_SHOWN)}</li>}
        </ul>
      )}
    </section>
  );
}

function TableFacts({ table }: { table: FoundTable }): JSX.Element {
  const s = useStyles();
  const or = (v: string) => (v.trim() === '' ? UI.emptyValue : v);
  const facts: [string, string][] = [
    [UI.tableSource, `${table.sheet}!${table.range}`],
    [UI.tableCode, or(table.projectCode)],
    [UI.tableBudget, UI.budgetValue(table.budget)],
    [UI.tableIndicators, String(table.indicatorCount)],
    [UI.tableTarget, table.targetSheet],
  ];
  return (
    <>
      <span className={s.tableName}>{or(table.projectName)}</span>
      <dl className={s.facts}>
        {facts.map(([term, def]) => (
          <div key={term} style={{ display: 'contents' }}>
            <dt className={s.term}>{term}</dt>
            <dd className={s.def}>{def}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
