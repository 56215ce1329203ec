/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { PaneTabs } from '../../src/taskpane/components/PaneTabs';

const TABS = [
  { id: 'problems', label: '检查' },
  { id: 'convert', label: '模板与转换' },
  { id: 'summary', label: '汇总' },
  { id: 'settings', label: '设置' },
] as const;
type Id = (typeof TABS)[number]['id'];

function Harness({ onSelect }: { onSelect: (id: Id) => void }): JSX.Element {
  const [tab, setTab] = useState<Id>('problems');
  return (
    <FluentProvider theme={webLightTheme}>
      <PaneTabs
        tabs={TABS}
        selected={tab}
        label="功能"
        onSelect={(id) => {
          onSelect(id);
          setTab(id);
        }}
      />
    </FluentProvider>
  );
}

const tabs = () => screen.getAllByRole('tab');

describe('PaneTabs keyboard', () => {
  test('only the selected tab is in the Tab order, and it points at its panel', () => {
    render(<Harness onSelect={() => undefined} />);
    expect(screen.getByRole('tablist', { name: '功能' })).toBeTruthy();
    expect(tabs().map((t) => t.getAttribute('tabindex'))).toEqual(['0', '-1', '-1', '-1']);
    expect(tabs().map((t) => t.getAttribute('aria-selected'))).toEqual(['true', 'false', 'false', 'false']);
    expect(tabs()[1].getAttribute('aria-controls')).toBe('jx-panel-convert');
    expect(tabs()[1].id).toBe('jx-tab-convert');
  });

  test('arrows, Home and End move focus along the row (wrapping) without opening a tab', () => {
    const selected: Id[] = [];
    render(<Harness onSelect={(id) => selected.push(id)} />);
    tabs()[0].focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs()[1]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(document.activeElement).toBe(tabs()[3]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tabs()[0]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tabs()[3]);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Home' });
    expect(document.activeElement).toBe(tabs()[0]);
    expect(selected).toEqual([]);
  });

  test('activating the focused tab selects it and makes it the tabbable one', () => {
    const selected: Id[] = [];
    render(<Harness onSelect={(id) => selected.push(id)} />);
    tabs()[0].focus();
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    // A native button turns Enter/Space into a click.
    fireEvent.click(document.activeElement as Element);
    expect(selected).toEqual(['summary']);
    expect(tabs()[2].getAttribute('aria-selected')).toBe('true');
    expect(tabs().map((t) => t.getAttribute('tabindex'))).toEqual(['-1', '-1', '0', '-1']);
    expect(tabs()[2].tagName).toBe('BUTTON');
    expect(tabs()[2].getAttribute('type')).toBe('button');
  });
});
