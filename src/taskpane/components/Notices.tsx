/** The error of the last operation and the notices the live check sent (timeouts, refused writes …). */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { UI } from '../../strings/ui';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
}

export function Notices(props: {
  error: string | null;
  notices: Notice[];
  onDismissError: () => void;
  onDismissNotice: (id: number) => void;
}): JSX.Element | null {
  if (props.error === null && props.notices.length === 0) return null;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', rowGap: '4px' }}>
      {props.error !== null && (
        <MessageBar intent="error" layout="multiline" data-testid="error-bar">
          <MessageBarBody>
            <MessageBarTitle>{UI.errorTitle}</MessageBarTitle>
            {props.error}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={props.onDismissError}>
              {UI.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {props.notices.map((n) => (
        <MessageBar key={n.id} intent={n.level} layout="multiline" data-testid="notice-bar">
          <MessageBarBody>{n.message}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => props.onDismissNotice(n.id)}>
              {UI.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
