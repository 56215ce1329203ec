/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "require", "default"]}
 */
/*
 * ExcelJS pulls uuid, whose "browser" export is ESM; node conditions keep jest on its CommonJS build.
 * The pane over the real Assistant and engine, with the seed document as an .xlsx workbook (XlsxHost, no
 * events, no selection) – what the pane shows must be what the engine finds.
 */
import { act, configure, fireEvent, render, screen, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Assistant } from '../../src/app/assistant';
import { XlsxHost } from '../../src/hosts/xlsx/XlsxHost';
import { pastedWorkbook, workbookBuffer } from '../fixtures/seedWorkbooks';
import { App } from '../../src/taskpane/App';

configure({ defaultHidden: true });

async function seedPane() {
  const host = await XlsxHost.fromBuffer(await workbookBuffer(pastedWorkbook()), 'seed.xlsx');
  const assistant = new Assistant(host);
  await act(async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <App assistant={assistant} />
      </FluentProvider>,
    );
  });
  return { host, assistant };
}

test('live start checks the seed: no error, the warnings rules.md names', async () => {
  const { assistant } = await seedPane();
  const counts = await screen.findByTestId('severity-counts', undefined, { timeout: 20000 });
  const expected = (await assistant.checkAll()).diagnostics;
  expect(expected.filter((d) => d.severity === 'error')).toEqual([]);
  const warnings = expected.filter((d) => d.severity === 'warning');
  expect(counts.querySelector('[data-severity="error"]')?.textContent).toBe('错误0');
  expect(counts.querySelector('[data-severity="warning"]')?.textContent).toBe(`警告${warnings.length}`);
  const shown = within(screen.getByTestId('group-warning')).getAllByRole('button');
  expect(shown).toHaveLength(warnings.length);
  const rules = shown.map((b) => b.textContent ?? '');
  expect(rules.filter((t) => t.startsWith('V03')).length).toBeGreaterThanOrEqual(12);
  expect(rules.some((t) => t.startsWith('V05') && t.includes('运转保障率'))).toBe(true);
  expect(rules.some((t) => t.startsWith('V07') && t.includes('食品安全意识提高'))).toBe(true);
  // XlsxHost cannot follow edits: the pane says so instead of promising live checks.
  expect(screen.getByText(/当前环境不支持实时检查/)).toBeTruthy();
});

test('preview finds the seed tables, then conversion creates their sheets', async () => {
  const { host } = await seedPane();
  fireEvent.click(screen.getByRole('tab', { name: '模板与转换' }));
  await screen.findByRole('heading', { level: 2, name: '插入模板' }, { timeout: 15000 });
  fireEvent.click(screen.getByRole('radio', { name: '整个工作簿' }));
  fireEvent.click(screen.getByRole('button', { name: '预览' }));
  const preview = await screen.findByTestId('conversion-preview', undefined, { timeout: 20000 });
  expect(within(preview).getByRole('heading', { name: '找到 12 张表' })).toBeTruthy();
  const before = (await host.workbookInfo()).sheets.length;
  expect(preview.textContent).toContain('食品安全业务经费');
  expect(preview.textContent).toContain('13032423P00443110195R');
  fireEvent.click(screen.getByRole('button', { name: '确认转换' }));
  await screen.findByText('已新建 12 个工作表：', undefined, { timeout: 20000 });
  const after = (await host.workbookInfo()).sheets;
  expect(after.length).toBe(before + 12);
  const list = screen.getByRole('list', { name: '已新建 12 个工作表：' });
  const created = within(list).getAllByRole('listitem').map((li) => li.textContent ?? '');
  for (const name of created) expect(after).toContain(name);
});
