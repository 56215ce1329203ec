/** Radio choice of the two profiles, used by 插入模板 and 设置. */
import { Field, Radio, RadioGroup } from '@fluentui/react-components';
import { ProfileId } from '../../engine/model/table';
import { UI } from '../../strings/ui';

export const PROFILE_IDS: readonly ProfileId[] = ['hebei-2023', 'mof-2021'];

export function isProfileId(value: string): value is ProfileId {
  return (PROFILE_IDS as readonly string[]).includes(value);
}

export function ProfileChoice(props: {
  label: string;
  value: ProfileId;
  disabled?: boolean;
  onChange: (profile: ProfileId) => void;
}): JSX.Element {
  return (
    <Field label={props.label}>
      <RadioGroup
        value={props.value}
        disabled={props.disabled}
        onChange={(_, data) => {
          if (isProfileId(data.value)) props.onChange(data.value);
        }}
      >
        {PROFILE_IDS.map((id) => (
          <Radio key={id} value={id} label={UI.profiles[id]} />
        ))}
      </RadioGroup>
    </Field>
  );
}
