/** @jest-environment jsdom */
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import { FakeAssistant, SEED_PROJECTS, SOURCE_SHEET } from './fakeAssistant';

// Role queries skip the (slow) visibility computation; a dedicated test checks that inactive panels are hidden.
configure({ defaultHidden: true });

function renderApp(fake = new FakeAssistant()) {
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <App assistant={fake} />
    </FluentProvider>,
  );
  return { fake, ...view };
}

async function checkAll(fake: FakeAssistant) {
  fireEvent.click(screen.getByRole('button', { name: '检查全部' }));
  await waitFor(() => expect(screen.getByTestId('severity-counts')).toBeTruthy());
  expect(fake.calls).toContain('checkAll');
}

function countOf(severity: 'error' | 'warning' | 'info'): string {
  const el = screen.getByTestId('severity-counts').querySelector(`[data-severity="${severity}"]`);
  return el?.textContent ?? '';
}

function problemButtons(): HTMLElement[] {
  return screen.getAllByRole('button').filter((b) => /按回车定位到该单元格/.test(b.getAttribute('aria-label') ?? ''));
}

/** Opens a tab and waits for its (lazily loaded) panel. */
const PANEL_HEADING: Record<string, string> = { 检查: '问题列表', 模板与转换: '插入模板', 汇总: '部门汇总', 设置: '设置' };
async function tab(name: string): Promise<void> {
  fireEvent.click(screen.getByRole('tab', { name }));
  // Generous timeout: the first lazy load transpiles the panels' modules.
  await screen.findByRole('heading', { level: 2, name: PANEL_HEADING[name] }, { timeout: 15000 });
}

describe('problem list', () => {
  test('starts live validation on mount and stops it on unmount', async () => {
    const { fake, unmount } = renderApp();
    await waitFor(() => expect(fake.live).not.toBeNull());
    unmount();
    await waitFor(() => expect(fake.liveStopped).toBe(true));
  });

  test('检查全部 lists the seed warnings grouped by severity, with right counts', async () => {
    const { fake } = renderApp();
    await checkAll(fake);
    // 12 × V03 + V07 + V05 = 14 warnings, one H10 info, no error.
    expect(countOf('error')).toBe('错误0');
    expect(countOf('warning')).toBe('警告14');
    expect(countOf('info')).toBe('提示1');
    expect(screen.queryByTestId('group-error')).toBeNull();
    const warnings = within(screen.getByTestId('group-warning')).getAllByRole('button');
    expect(warnings).toHaveLength(14);
    expect(within(screen.getByTestId('group-info')).getAllByRole('button')).toHaveLength(1);
    expect(screen.getByText('共检查 12 张表')).toBeTruthy();
    expect(screen.getByTestId('announcer').textContent).toBe('共 15 个问题：错误 0 个，警告 14 个，提示 1 个。');
  });

  test('the list follows a live result after the user edits a cell', async () => {
    const { fake } = renderApp();
    await checkAll(fake);
    // The user fixes 食品安全意识提高 (V07 gone) and writes a placeholder in E61 (V05 replaced by V09 error).
    act(() => fake.edit(SOURCE_SHEET, 'E18', []));
    act(() =>
      fake.edit(SOURCE_SHEET, 'E61', [
        { rule: 'V09', severity: 'error', message: '指标值“≥**%”是占位符，请填写实际目标值。' },
      ]),
    );
    expect(countOf('error')).toBe('错误1');
    expect(countOf('warning')).toBe('警告12');
    const errors = within(screen.getByTestId('group-error')).getAllByRole('button');
    expect(errors).toHaveLength(1);
    expect(errors[0].textContent).toContain('V09');
    expect(errors[0].textContent).toContain(`${SOURCE_SHEET}!E61`);
    expect(errors[0].textContent).toContain('指标值“≥**%”是占位符');
    expect(screen.queryByText(/食品安全意识提高/)).toBeNull();
    expect(screen.getByTestId('announcer').textContent).toBe('共 14 个问题：错误 1 个，警告 12 个，提示 1 个。');
  });

  test('a live result arriving before any 检查全部 shows the list', async () => {
    const { fake } = renderApp();
    await waitFor(() => expect(fake.live).not.toBeNull());
    expect(screen.getByText(/尚未检查/)).toBeTruthy();
    act(() => fake.edit(SOURCE_SHEET, 'B3', [{ rule: 'P01', severity: 'error', message: '项目编码为空，请填写。' }]));
    expect(countOf('error')).toBe('错误1');
    expect(problemButtons()).toHaveLength(16);
  });

  test('clicking a problem selects its cell with that diagnostic', async () => {
    const { fake } = renderApp();
    await checkAll(fake);
    const item = screen.getByRole('button', { name: /V05.*E61/ });
    fireEvent.click(item);
    await waitFor(() => expect(fake.selected).toHaveLength(1));
    expect(fake.selected[0]).toEqual(fake.diagnostics.find((d) => d.rule === 'V05'));
    expect(fake.selected[0].cell).toBe('E61');
  });

  test('every problem is a native, tabbable button with a full accessible name', async () => {
    const { fake } = renderApp();
    await checkAll(fake);
    const items = problemButtons();
    expect(items).toHaveLength(15);
    for (const b of items) {
      expect(b.tagName).toBe('BUTTON');
      expect(b.getAttribute('tabindex')).not.toBe('-1');
      expect(b.hasAttribute('disabled')).toBe(false);
    }
    expect(items[0].getAttribute('aria-label')).toBe(
      `警告 V03，${SOURCE_SHEET}!E16：时效指标的指标值“及时保障”没有日期、期限或比例，请写明完成时间，例如“12月底前完成”。。按回车定位到该单元格`,
    );
    items[0].focus();
    expect(document.activeElement).toBe(items[0]);
    // Sections have headings; the live region is polite.
    expect(screen.getByRole('heading', { level: 2, name: '问题列表' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: /警告/ })).toBeTruthy();
    expect(screen.getByTestId('announcer').getAttribute('aria-live')).toBe('polite');
  });

  test('a live notice appears at once, then in a MessageBar, and can be dismissed', async () => {
    const { fake } = renderApp();
    await waitFor(() => expect(fake.live).not.toBeNull());
    act(() => fake.notice('warning', '实时检查超时，已跳过本次检查。'));
    // Shown immediately, before the MessageBar's chunk has arrived …
    expect(screen.getByTestId('notice-bar').textContent).toContain('实时检查超时');
    // … and drawn as a Fluent MessageBar once it has.
    await waitFor(() => expect(screen.getByTestId('notice-bar').className).toContain('fui-MessageBar'), { timeout: 15000 });
    expect(screen.getByTestId('notice-bar').textContent).toContain('实时检查超时');
    fireEvent.click(within(screen.getByTestId('notice-bar')).getByRole('button', { name: '关闭' }));
    expect(screen.queryByTestId('notice-bar')).toBeNull();
  });

  test('a host failure is shown in Chinese without English text or a stack trace', async () => {
    const fake = new FakeAssistant();
    const hostError = new Error('RichApi.Error: The request payload size has exceeded the limit.');
    fake.failures.set('checkAll', hostError);
    renderApp(fake);
    fireEvent.click(screen.getByRole('button', { name: '检查全部' }));
    const bar = await screen.findByTestId('error-bar');
    expect(bar.textContent).toContain('检查全部没有完成');
    expect(bar.textContent).not.toMatch(/RichApi|payload|at /);
    // The pane is usable again.
    expect(screen.getByRole('button', { name: '检查全部' }).hasAttribute('disabled')).toBe(false);
  });

  test('buttons are disabled while an operation runs', async () => {
    const fake = new FakeAssistant();
    const release = fake.hold('checkAll');
    renderApp(fake);
    fireEvent.click(screen.getByRole('button', { name: '检查全部' }));
    await screen.findByText('正在检查全部表格…');
    expect(screen.getByRole('button', { name: '检查全部' }).hasAttribute('disabled')).toBe(true);
    await tab('汇总');
    expect(screen.getByRole('button', { name: '生成汇总' }).hasAttribute('disabled')).toBe(true);
    await act(async () => release());
    await waitFor(() => expect(screen.getByRole('button', { name: '生成汇总' }).hasAttribute('disabled')).toBe(false));
  });
});

describe('layout', () => {
  test('one panel is visible at a time; tabs switch panels', async () => {
    renderApp();
    const panel = (id: string) => document.getElementById(`jx-panel-${id}`) as HTMLElement;
    expect(panel('problems').hidden).toBe(false);
    expect(panel('convert').hidden).toBe(true);
    await tab('模板与转换');
    expect(panel('problems').hidden).toBe(true);
    expect(panel('convert').hidden).toBe(false);
    expect(screen.getByRole('tablist', { name: '功能' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: '绩效目标表助手' })).toBeTruthy();
  });
});

describe('conversion', () => {
  test('预览 lists the 12 tables and the unclaimed cells before anything is written', async () => {
    const { fake } = renderApp();
    await tab('模板与转换');
    fireEvent.click(screen.getByRole('radio', { name: '整个工作簿' }));
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    const preview = await screen.findByTestId('conversion-preview');
    expect(fake.calls).toContain('previewConversion');
    expect(fake.calls).not.toContain('convert');
    expect(within(preview).getByRole('heading', { name: '找到 12 张表' })).toBeTruthy();
    const items = within(preview).getAllByRole('listitem');
    expect(items.filter((li) => li.closest('ol'))).toHaveLength(12);
    const first = items[0].textContent ?? '';
    expect(first).toContain('食品安全业务经费');
    expect(first).toContain(`${SOURCE_SHEET}!A1:F21`);
    expect(first).toContain('13032423P00442810053A');
    expect(first).toContain('5.00');
    expect(first).toContain('指标数6');
    const total = SEED_PROJECTS.reduce((s, p) => s + p.budget, 0);
    expect(total).toBe(195);
    expect(within(preview).getByText('有 2 个单元格不属于任何表格，转换时不会带入，将在校验结果中列出。')).toBeTruthy();
    expect(within(preview).getByText(`${SOURCE_SHEET}!A265：第二部分`)).toBeTruthy();
    expect(fake.sheets).toEqual([SOURCE_SHEET]);
  });

  test('确认转换 shows progress with the step label, then the created sheets', async () => {
    const fake = new FakeAssistant();
    const release = fake.hold('convert');
    renderApp(fake);
    await tab('模板与转换');
    fireEvent.click(screen.getByRole('button', { name: '预览' }));
    await screen.findByTestId('conversion-preview');
    fireEvent.click(screen.getByRole('button', { name: '确认转换' }));
    await screen.findByText('正在完成（12/12）');
    const bar = screen.getByRole('progressbar');
    expect(bar.getAttribute('aria-valuenow')).toBe('1');
    expect(screen.getByRole('button', { name: '预览' }).hasAttribute('disabled')).toBe(true);
    await act(async () => release());
    const done = await screen.findByText('已新建 12 个工作表：');
    expect(done).toBeTruthy();
    const list = screen.getByRole('list', { name: '已新建 12 个工作表：' });
    const names = within(list).getAllByRole('listitem').map((li) => li.textContent);
    expect(names).toEqual(SEED_PROJECTS.map((p) => p.name.slice(0, 31)));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(fake.sheets).toHaveLength(13);
  });

  test('插入模板 uses the chosen profile and reports the new sheet', async () => {
    const { fake } = renderApp();
    await tab('模板与转换');
    fireEvent.click(screen.getAllByRole('radio', { name: '财政部2021版（成本为一级指标）' })[0]);
    fireEvent.click(screen.getByRole('button', { name: '插入模板' }));
    await screen.findByText('已插入工作表“项目绩效目标表”。');
    expect(fake.calls).toContain('insertTemplate:mof-2021');
  });
});

describe('summary, marks and settings', () => {
  test('汇总 shows progress and the sheets it built', async () => {
    const fake = new FakeAssistant();
    const release = fake.hold('summarize');
    renderApp(fake);
    await tab('汇总');
    fireEvent.click(screen.getByRole('button', { name: '生成汇总' }));
    await screen.findByText('正在写入工作簿（3/3）');
    await act(async () => release());
    const list = await screen.findByRole('list', { name: '已生成或刷新：' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['部门汇总', '指标汇总', '校验结果']);
  });

  test('清除标记 calls clearMarks once', async () => {
    const { fake } = renderApp();
    await tab('汇总');
    fireEvent.click(screen.getByRole('button', { name: '清除标记' }));
    await screen.findByText('已清除所有标记。');
    expect(fake.marksCleared).toBe(1);
  });

  test('settings: profile, checkpoints (、 or comma separated) and the year-end switch go to updateSettings', async () => {
    const { fake } = renderApp();
    await tab('设置');
    const input = screen.getByRole('textbox', { name: /资金支出计划时间点/ }) as HTMLInputElement;
    expect(input.value).toBe('3月底、6月底、10月底、12月底');
    fireEvent.change(input, { target: { value: '6月底，9月底, 12月底' } });
    fireEvent.blur(input);
    expect(fake.settings.checkpoints).toEqual(['6月底', '9月底', '12月底']);
    expect(input.value).toBe('6月底、9月底、12月底');

    // The switch is named after the last checkpoint the user set.
    fireEvent.change(input, { target: { value: '一季度末、二季度末、三季度末、四季度末' } });
    fireEvent.blur(input);
    expect(screen.getByRole('switch', { name: '四季度末必须达到100%' })).toBeTruthy();
    fireEvent.change(input, { target: { value: '6月底，9月底, 12月底' } });
    fireEvent.blur(input);

    fireEvent.change(input, { target: { value: ' 、 ' } });
    fireEvent.blur(input);
    expect(screen.getByText('请至少填写一个时间点。')).toBeTruthy();
    expect(fake.settings.checkpoints).toEqual(['6月底', '9月底', '12月底']);

    const sw = screen.getByRole('switch', { name: '12月底必须达到100%' }) as HTMLInputElement;
    expect(sw.checked).toBe(true);
    fireEvent.click(sw);
    expect(fake.settings.requireFullByYearEnd).toBe(false);

    const settingsPanel = document.getElementById('jx-panel-settings') as HTMLElement;
    fireEvent.click(within(settingsPanel).getByRole('radio', { name: '财政部2021版（成本为一级指标）' }));
    expect(fake.settings.profile).toBe('mof-2021');
    // Nothing was shown yet, so nothing needed re-checking.
    expect(fake.calls).not.toContain('checkAll');
  });

  test('changing a setting re-checks a list that is already shown', async () => {
    const { fake } = renderApp();
    await checkAll(fake);
    const before = fake.calls.filter((c) => c === 'checkAll').length;
    await tab('设置');
    fireEvent.click(screen.getByRole('switch', { name: '12月底必须达到100%' }));
    await waitFor(() => expect(fake.calls.filter((c) => c === 'checkAll')).toHaveLength(before + 1));
    expect(fake.settings.requireFullByYearEnd).toBe(false);
  });
});
