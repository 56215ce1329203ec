/** @jest-environment jsdom */
/**
 * A tab whose panel chunk cannot be downloaded shows a Chinese message in its place; the pane stays up and
 * the problem list keeps working.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { FakeAssistant } from './fakeAssistant';

jest.mock('../../src/taskpane/components/morePanels', () => {
  throw new Error('ChunkLoadError: Loading chunk panels failed.');
});

test('a panel that fails to load leaves a message and a working pane', async () => {
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    const fake = new FakeAssistant();
    render(
      <FluentProvider theme={webLightTheme}>
        <App assistant={fake} />
      </FluentProvider>,
    );
    fireEvent.click(screen.getByRole('tab', { name: '设置' }));
    const alert = await screen.findByText(/这一页没能加载/);
    expect(alert.getAttribute('role')).toBe('alert');
    fireEvent.click(screen.getByRole('tab', { name: '检查' }));
    fireEvent.click(screen.getByRole('button', { name: '检查全部' }));
    await waitFor(() => expect(fake.calls).toContain('checkAll'));
    await waitFor(() => expect(screen.getByTestId('severity-counts')).toBeTruthy());
  } finally {
    quiet.mockRestore();
  }
});
