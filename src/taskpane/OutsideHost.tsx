/** Explains where to open the assistant when the page is loaded outside Excel and WPS. */
import { makeStyles, tokens } from '@fluentui/react-components';
import { UI } from '../strings/ui';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, lineHeight: tokens.lineHeightBase300 },
  title: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, marginTop: 0 },
  heading: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalXS },
  list: { marginTop: 0, paddingLeft: tokens.spacingHorizontalXL },
});

export function OutsideHost(): JSX.Element {
  const s = useStyles();
  return (
    <main className={s.root}>
      <h1 className={s.title}>{UI.outsideTitle}</h1>
      <p>{UI.outsideIntro}</p>
      <h2 className={s.heading}>{UI.outsideExcelHeading}</h2>
      <ol className={s.list}>
        {UI.outsideExcelSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2 className={s.heading}>{UI.outsideWpsHeading}</h2>
      <ol className={s.list}>
        {UI.outsideWpsSteps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      <h2 className={s.heading}>{UI.outsideWorkbenchHeading}</h2>
      <p>{UI.outsideWorkbench}</p>
    </main>
  );
}
