/** A labelled ProgressBar showing `done / total` and the current step's Chinese label. */
import { Field, ProgressBar } from '@fluentui/react-components';

export interface Progress {
  done: number;
  total: number;
  label: string;
}

export function ProgressView(props: { label: string; progress: Progress | null }): JSX.Element {
  const p = props.progress;
  const value = p && p.total > 0 ? Math.min(1, Math.max(0, p.done / p.total)) : undefined;
  return (
    <Field label={props.label} hint={p ? `${p.label}（${p.done}/${p.total}）` : undefined} validationState="none">
      <ProgressBar value={value} thickness="large" />
    </Field>
  );
}
