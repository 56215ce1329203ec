/**
 * Control for scripts/bench-taskpane.js: a page shaped like Microsoft's React task-pane template (the
 * `yo office` React project) – FluentProvider, a header with the add-in's logo, a hero list with three
 * Fluent icons and a text-insertion form – rendered after Office.onReady, with the same first-render mark.
 * Bundled and timed next to our pane on the same machine, so the comparison does not depend on how busy the
 * machine is. (Written for the bench from the template's description, not copied from it.)
 */
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import {
  Button,
  Field,
  FluentProvider,
  Image,
  makeStyles,
  Textarea,
  tokens,
  webLightTheme,
} from '@fluentui/react-components';
import { DesignIdeas24Regular, LockOpen24Regular, Ribbon24Regular } from '@fluentui/react-icons';

declare const Office: { onReady(): Promise<unknown> };

const useStyles = makeStyles({
  root: { minHeight: '100vh' },
  header: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    paddingBottom: '30px',
    paddingTop: '100px',
    backgroundColor: tokens.colorNeutralBackground3,
  },
  message: { fontSize: tokens.fontSizeHero900, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralBackgroundStatic },
  list: { marginTop: '20px' },
  item: { display: 'flex', alignItems: 'center', paddingBottom: '20px', columnGap: '10px' },
  form: { display: 'flex', flexDirection: 'column', alignItems: 'center', rowGap: '10px' },
  textArea: { width: '80%' },
});

function ReferenceApp(): JSX.Element {
  const s = useStyles();
  const [text, setText] = useState('Some text.');
  useEffect(() => {
    performance.mark('jixiao-first-render');
  }, []);
  const items = [
    { icon: <Ribbon24Regular />, text: 'Achieve more with Office integration' },
    { icon: <LockOpen24Regular />, text: 'Unlock features and functionality' },
    { icon: <DesignIdeas24Regular />, text: 'Create and visualize like a pro' },
  ];
  return (
    <div className={s.root}>
      <section className={s.header}>
        <Image width="90" height="90" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Contoso Task Pane Add-in" />
        <h1 className={s.message}>Welcome</h1>
      </section>
      <div className={s.list}>
        <h2>Discover what this add-in can do for you today!</h2>
        <ul>
          {items.map((i) => (
            <li className={s.item} key={i.text}>
              {i.icon}
              <span>{i.text}</span>
            </li>
          ))}
        </ul>
      </div>
      <div className={s.form}>
        <Field className={s.textArea} label="Enter text to be inserted into the document." size="large">
          <Textarea size="large" value={text} onChange={(_, d) => setText(d.value)} />
        </Field>
        <Field className={s.textArea} label="Click the button to insert text." />
        <Button appearance="primary" disabled={false} size="large" onClick={() => undefined}>
          Insert text
        </Button>
      </div>
    </div>
  );
}

void Office.onReady().then(() => {
  const container = document.getElementById('container');
  if (container) createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <ReferenceApp />
    </FluentProvider>,
  );
});
