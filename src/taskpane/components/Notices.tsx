/**
 * The error of the last operation and the notices the live check sent (timeouts, refused writes …).
 *
 * They are drawn as Fluent MessageBars (NoticeBars), whose code arrives with the other panels' chunk after
 * the first render. Until it has arrived – or if it cannot be loaded – the same text and 关闭 buttons are
 * shown plainly, so a message is never held back by a download.
 */
import { Suspense } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { UI } from '../../strings/ui';
import { NoticeBars } from './lazyPanels';
import { OnFailure } from './OnFailure';

export interface Notice {
  id: number;
  level: 'info' | 'warning' | 'error';
  message: string;
}

export interface NoticesProps {
  error: string | null;
  notices: Notice[];
  onDismissError: () => void;
  onDismissNotice: (id: number) => void;
}

export function Notices(props: NoticesProps): JSX.Element | null {
  if (props.error === null && props.notices.length === 0) return null;
  const plain = <PlainNotices {...props} />;
  return (
    <OnFailure fallback={plain}>
      <Suspense fallback={plain}>
        <NoticeBars {...props} />
      </Suspense>
    </OnFailure>
  );
}

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: '4px' },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    fontSize: tokens.fontSizeBase300,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

function PlainNotices(props: NoticesProps): JSX.Element {
  const s = useStyles();
  return (
    <div className={s.list}>
      {props.error !== null && (
        <div role="alert" className={mergeClasses(s.bar, s.error)} data-testid="error-bar">
          <span className={s.text}>
            <strong>{UI.errorTitle}</strong> {props.error}
          </span>
          <button type="button" onClick={props.onDismissError}>
            {UI.dismiss}
          </button>
        </div>
      )}
      {props.notices.map((n) => (
        <div key={n.id} role="status" className={s.bar} data-testid="notice-bar">
          <span className={s.text}>{n.message}</span>
          <button type="button" onClick={() => props.onDismissNotice(n.id)}>
            {UI.dismiss}
          </button>
        </div>
      ))}
    </div>
  );
}

