/** @jest-environment jsdom */
/**
 * Notices when the MessageBar chunk cannot be loaded (an intranet server gone away): the plain version
 * stays on screen with the message and a working 关闭 button, and the pane does not go blank.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Notices } from '../../src/taskpane/components/Notices';

jest.mock('../../src/taskpane/components/morePanels', () => {
  throw new Error('ChunkLoadError: Loading chunk panels failed.');
});

test('a failed chunk download leaves the plain notices usable', async () => {
  const dismissed: number[] = [];
  let dismissedError = false;
  // React reports the caught load error through console.error; it is expected here.
  const quiet = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  try {
    render(
      <FluentProvider theme={webLightTheme}>
        <p>检查</p>
        <Notices
          error="检查全部没有完成：Excel 没有响应。"
          notices={[{ id: 7, level: 'warning', message: '实时检查超时，已跳过本次检查。' }]}
          onDismissError={() => (dismissedError = true)}
          onDismissNotice={(id) => dismissed.push(id)}
        />
      </FluentProvider>,
    );
    // Let the failed import settle; the boundary keeps the plain version.
    await waitFor(() => expect(quiet).toHaveBeenCalled());
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByText('检查')).toBeTruthy();
    const error = screen.getByTestId('error-bar');
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('操作未完成');
    expect(error.textContent).toContain('检查全部没有完成：Excel 没有响应。');
    const notice = screen.getByTestId('notice-bar');
    expect(notice.textContent).toContain('实时检查超时');
    expect(notice.className).not.toContain('fui-MessageBar');
    fireEvent.click(within(notice).getByRole('button', { name: '关闭' }));
    fireEvent.click(within(error).getByRole('button', { name: '关闭' }));
    expect(dismissed).toEqual([7]);
    expect(dismissedError).toBe(true);
  } finally {
    quiet.mockRestore();
  }
});

test('nothing to report renders nothing', () => {
  const { container } = render(
    <Notices error={null} notices={[]} onDismissError={() => undefined} onDismissNotice={() => undefined} />,
  );
  expect(container.innerHTML).toBe('');
});
