/**
 * The pane's tab row: WAI-ARIA tabs over native buttons. Fluent's TabList brings Tabster (a document-wide
 * focus manager with its own MutationObserver) and ~80 KB of script into the first render for four tabs;
 * roving focus for one row of buttons is a few lines.
 *
 * Keyboard: Tab reaches the selected tab only; ←/→ (and Home/End) move focus along the row and Enter or
 * Space opens the focused tab (manual activation: a tab's panel may still have to load).
 */
import { KeyboardEvent, useRef } from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

export interface PaneTab<T extends string> {
  id: T;
  label: string;
}

export interface PaneTabsProps<T extends string> {
  tabs: readonly PaneTab<T>[];
  selected: T;
  label: string;
  onSelect: (id: T) => void;
}

export const tabId = (id: string): string => `jx-tab-${id}`;
export const panelId = (id: string): string => `jx-panel-${id}`;

const useStyles = makeStyles({
  list: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  tab: {
    position: 'relative',
    padding: `${tokens.spacingVerticalSNudge} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground2,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: 'pointer',
    ':hover': { color: tokens.colorNeutralForeground1, backgroundColor: tokens.colorSubtleBackgroundHover },
    ':focus': { outlineStyle: 'none' },
    ':focus-visible': {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: `calc(-1 * ${tokens.strokeWidthThick})`,
    },
  },
  selected: {
    color: tokens.colorNeutralForeground1,
    fontWeight: tokens.fontWeightSemibold,
    '::after': {
      content: '""',
      position: 'absolute',
      left: tokens.spacingHorizontalS,
      right: tokens.spacingHorizontalS,
      bottom: 0,
      height: tokens.strokeWidthThicker,
      borderRadius: tokens.borderRadiusCircular,
      backgroundColor: tokens.colorCompoundBrandStroke,
    },
  },
});

export function PaneTabs<T extends string>(props: PaneTabsProps<T>): JSX.Element {
  const s = useStyles();
  const buttons = useRef(new Map<T, HTMLButtonElement>());

  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const n = props.tabs.length;
    let next: number | null = null;
    if (e.key === 'ArrowRight') next = (index + 1) % n;
    else if (e.key === 'ArrowLeft') next = (index - 1 + n) % n;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    if (next === null) return;
    e.preventDefault();
    buttons.current.get(props.tabs[next].id)?.focus();
  };

  return (
    <div role="tablist" aria-label={props.label} className={s.list}>
      {props.tabs.map((t, i) => {
        const selected = t.id === props.selected;
        return (
          <button
            key={t.id}
            ref={(el) => {
              if (el) buttons.current.set(t.id, el);
              else buttons.current.delete(t.id);
            }}
            type="button"
            role="tab"
            id={tabId(t.id)}
            aria-selected={selected}
            aria-controls={panelId(t.id)}
            tabIndex={selected ? 0 : -1}
            className={mergeClasses(s.tab, selected && s.selected)}
            onClick={() => props.onSelect(t.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}
