/**
 * The error and notices as Fluent MessageBars. Loaded with the other panels' chunk (lazyPanels.tsx): the
 * pane starts with nothing to report, so MessageBar and its icons stay out of the first render.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { UI } from '../../strings/ui';
import type { NoticesProps } from './Notices';

export function NoticeBars(props: NoticesProps): JSX.Element {
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
