/** 设置: profile, spend-plan checkpoints and the year-end rule; every change goes straight to updateSettings. */
import { useState } from 'react';
import { Field, Input, Switch } from '@fluentui/react-components';
import { AssistantSettings } from '../../app/types';
import { UI } from '../../strings/ui';
import { formatCheckpoints, parseCheckpoints } from '../checkpoints';
import { usePaneStyles } from '../styles';
import { ProfileChoice } from './ProfileChoice';

export interface SettingsPanelProps {
  settings: AssistantSettings;
  busy: boolean;
  onChange: (patch: Partial<AssistantSettings>) => boolean;
}

export function SettingsPanel(props: SettingsPanelProps): JSX.Element {
  const pane = usePaneStyles();
  const [text, setText] = useState(formatCheckpoints(props.settings.checkpoints));
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState(false);

  const change = (patch: Partial<AssistantSettings>) => setSaved(props.onChange(patch));

  const commitCheckpoints = () => {
    const labels = parseCheckpoints(text);
    if (labels.length === 0) {
      setInvalid(true);
      setSaved(false);
      return;
    }
    setInvalid(false);
    if (formatCheckpoints(labels) !== formatCheckpoints(props.settings.checkpoints)) change({ checkpoints: labels });
    setText(formatCheckpoints(labels));
  };

  return (
    <section className={pane.section} aria-labelledby="jx-settings-heading">
      <h2 id="jx-settings-heading" className={pane.heading}>
        {UI.settingsHeading}
      </h2>
      <ProfileChoice
        label={UI.profileLabel}
        value={props.settings.profile}
        disabled={props.busy}
        onChange={(profile) => change({ profile })}
      />
      <Field
        label={UI.checkpointsLabel}
        hint={UI.checkpointsHint}
        validationState={invalid ? 'error' : 'none'}
        validationMessage={invalid ? UI.checkpointsEmpty : undefined}
      >
        <Input
          value={text}
          disabled={props.busy}
          onChange={(_, data) => setText(data.value)}
          onBlur={commitCheckpoints}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitCheckpoints();
          }}
        />
      </Field>
      <Field hint={UI.requireFullHint}>
        <Switch
          label={UI.requireFullLabel(props.settings.checkpoints[props.settings.checkpoints.length - 1] ?? '')}
          checked={props.settings.requireFullByYearEnd}
          disabled={props.busy}
          onChange={(_, data) => change({ requireFullByYearEnd: data.checked })}
        />
      </Field>
      {saved && <p role="status" className={pane.muted}>{UI.settingsSaved}</p>}
    </section>
  );
}
