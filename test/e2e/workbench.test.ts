/**
 * End to end in headless Chromium: the browser workbench (Univer + the task pane) as a user drives it.
 * Open → 转换 the pasted seed → type 40% after 50% on the canvas → S02 within a second and the cell marked
 * → 60% clears both → clicking a problem selects its cell → 汇总 gives the department total 195.00.
 * Screenshots of every step go to test-output/e2e/.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
import * as path from 'path';
import type { Page } from 'playwright-core';

interface Opened {
  page: Page;
  loadMs: number;
  errors: string[];
  close(): Promise<void>;
}

interface Driver {
  chromiumAvailable(): boolean;
  openWorkbench(options?: object): Promise<Opened>;
  showSheet(page: Page, name: string): Promise<void>;
  typeInCell(page: Page, a1: string, text: string): Promise<number>;
  whenPane(page: Page, predicate: string, arg: string, timeoutMs?: number): Promise<number>;
  cellBackground(page: Page, sheet: string, a1: string): Promise<string | null>;
  screenshotDir(): string;
  HAS_PROBLEM: string;
  LACKS_PROBLEM: string;
}

const driver = require('../../scripts/workbench-driver') as Driver;
/** MARK_FILL.error of src/hosts/excel/marks.ts, the colour every host marks errors with. */
const ERROR_FILL = '#ffc7ce';
const run = driver.chromiumAvailable() ? describe : describe.skip;
if (!driver.chromiumAvailable()) console.warn('e2e skipped: /usr/bin/chromium missing (apt-get install -y chromium)');

run('browser workbench (headless Chromium)', () => {
  let wb: Opened;
  let page: Page;
  const shots = driver.screenshotDir();
  const shot = (name: string) => page.screenshot({ path: path.join(shots, `${name}.png`) });
  /** Facade calls inside the page; univerAPI is the page's own global. */
  const inPage = <T>(fn: (arg: string) => T, arg = ''): Promise<T> => page.evaluate(fn, arg);
  let firstSheet = '';

  beforeAll(async () => {
    wb = await driver.openWorkbench();
    page = wb.page;
  }, 90000);

  afterAll(async () => {
    await wb?.close();
  });

  test('opens with the seed pasted into Sheet1 and the task pane beside it', async () => {
    await shot('01-opened');
    const sheets = await inPage(() => (window as any).univerAPI.getActiveWorkbook().getSheets().map((s: any) => s.getSheetName()));
    expect(sheets).toEqual(['Sheet1']);
    await expect(page.getByRole('heading', { name: '绩效目标表助手' })).toBeTruthy();
    await page.getByRole('button', { name: '检查全部' }).waitFor();
    expect(wb.errors).toEqual([]);
  });

  test('转换 (当前工作表 → 预览 → 确认转换) adds 12 standard sheets', async () => {
    await page.getByRole('tab', { name: '模板与转换' }).click();
    await page.getByRole('radio', { name: '当前工作表' }).check();
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByRole('heading', { name: '找到 12 张表' }).waitFor({ timeout: 15000 });
    await shot('02-preview');
    await page.getByRole('button', { name: '确认转换' }).click();
    await page.getByText('已新建 12 个工作表：').waitFor({ timeout: 30000 });
    const sheets = await inPage(() => (window as any).univerAPI.getActiveWorkbook().getSheets().map((s: any) => s.getSheetName()));
    expect(sheets).toHaveLength(13);
    firstSheet = sheets[1];
    expect(firstSheet).toBe('食品安全业务经费');
    const active = await inPage(() => (window as any).univerAPI.getActiveWorkbook().getActiveSheet().getSheetName());
    expect(active).toBe(firstSheet);
    await page.waitForTimeout(300);
    await shot('03-converted');
  });

  test('typing 40% in 6月底 after 50% in 3月底 raises S02 in the pane within a second and marks the cell; 60% clears both', async () => {
    await page.getByRole('tab', { name: '检查' }).click();
    await driver.showSheet(page, firstSheet);
    const b7 = await inPage((s) => (window as any).univerAPI.getActiveWorkbook().getSheetByName(s).getRange('B7').getRawValue(), firstSheet);
    expect(b7).toBe(0.5);
    const problem = `S02，${firstSheet}!C7`;

    const enterAt = await driver.typeInCell(page, 'C7', '40%');
    const shownAt = await driver.whenPane(page, driver.HAS_PROBLEM, problem, 3000);
    expect(shownAt - enterAt).toBeLessThan(1000);
    const c7 = await inPage((s) => {
      const r = (window as any).univerAPI.getActiveWorkbook().getSheetByName(s).getRange('C7');
      return [r.getRawValue(), r.getNumberFormat()];
    }, firstSheet);
    expect(c7).toEqual([0.4, '0%']);
    // S02 is an error when 12月底 must reach 100 % (the default setting): listed under 错误, marked in its colour.
    await page.getByTestId('group-error').getByRole('button', { name: new RegExp(problem) }).waitFor({ timeout: 1000 });
    await page.waitForFunction(
      ([s, fill]) => {
        const st = (window as any).univerAPI.getActiveWorkbook().getSheetByName(s).getRange('C7').getCellStyleData();
        return st?.bg?.rgb?.toLowerCase() === fill;
      },
      [firstSheet, ERROR_FILL],
      { timeout: 2000 },
    );
    await shot('04-s02-raised');

    const enterAt2 = await driver.typeInCell(page, 'C7', '60%');
    const goneAt = await driver.whenPane(page, driver.LACKS_PROBLEM, problem, 3000);
    expect(goneAt - enterAt2).toBeLessThan(1000);
    await page.waitForFunction((s) => {
      const st = (window as any).univerAPI.getActiveWorkbook().getSheetByName(s).getRange('C7').getCellStyleData();
      return !st?.bg?.rgb;
    }, firstSheet, { timeout: 2000 });
    expect(await driver.cellBackground(page, firstSheet, 'C7')).toBeNull();
    await shot('05-s02-cleared');
  });

  test('clicking a problem selects its cell', async () => {
    await driver.showSheet(page, 'Sheet1');
    const item = page.locator('#wb-pane button[aria-label*="！"], #wb-pane button[aria-label*="!"]').filter({ hasText: /E\d+/ }).last();
    const label = (await item.getAttribute('aria-label')) ?? '';
    const m = /，(.+)!([A-Z]+\d+)：/.exec(label);
    expect(m).not.toBeNull();
    const [, sheet, cell] = m!;
    await item.click();
    await page.waitForFunction(
      ([s, c]) => {
        const wbk = (window as any).univerAPI.getActiveWorkbook();
        return wbk.getActiveSheet().getSheetName() === s && wbk.getActiveRange()?.getA1Notation() === c;
      },
      [sheet, cell],
      { timeout: 3000 },
    );
    await page.waitForTimeout(200);
    await shot('06-problem-selected');
  });

  test('汇总 builds 部门汇总 with the department total 195.00', async () => {
    await page.getByRole('tab', { name: '汇总' }).click();
    await page.getByRole('button', { name: '生成汇总' }).click();
    await page.getByText('已生成或刷新：').waitFor({ timeout: 30000 });
    const total = await inPage(() => {
      const ws = (window as any).univerAPI.getActiveWorkbook().getSheetByName('部门汇总');
      const range = ws.getDataRange();
      const shown: string[][] = range.getDisplayValues();
      const raw: unknown[][] = range.getRawValues();
      const i = shown.findIndex((r) => r.includes('合计'));
      return { shown: shown[i], raw: raw[i] };
    });
    expect(total.raw).toContain(195);
    expect(total.shown).toContain('195.00');
    await page.waitForTimeout(300);
    await shot('07-summary');
    expect(wb.errors).toEqual([]);
  });
});
