/** @jest-environment jsdom */
import { act, screen, waitFor } from '@testing-library/react';
import { detectHost, isWps, OfficeLike } from '../../src/taskpane/detectHost';
import { FakeAssistant } from './fakeAssistant';

// The real wiring constructs Assistant over ExcelHost (Office.js); here the Excel chunk yields the fake.
// Performance marks and the moment the chunk is evaluated go into one list, so their order can be checked.
const mockTimeline: string[] = [];
const excelAssistant = new FakeAssistant();
jest.mock('../../src/taskpane/hosts/excel', () => {
  mockTimeline.push('host chunk evaluated');
  return { createExcelAssistant: () => excelAssistant };
});

const officeAs = (host: unknown): OfficeLike => ({
  onReady: () => Promise.resolve({ host, platform: 'PC' }),
  HostType: { Excel: 'Excel' },
});
const wpsWindow = { Application: { ActiveWorkbook: { Name: '工作簿1' }, ActiveSheet: {} } };

describe('detectHost', () => {
  test.each([
    ['Excel through Office.onReady', officeAs('Excel'), {}, 'excel'],
    ['Word is not Excel', officeAs('Word'), {}, 'none'],
    ['office.js in a plain browser (host null)', officeAs(null), {}, 'none'],
    ['WPS window.Application, no office.js', undefined, wpsWindow, 'wps'],
    ['WPS with ActiveWorkbook null (no workbook open)', undefined, { Application: { ActiveWorkbook: null } }, 'wps'],
    ['plain browser', undefined, {}, 'none'],
    ['an unrelated window.Application', undefined, { Application: { version: 3 } }, 'none'],
  ])('%s', async (_name, office, win, expected) => {
    await expect(detectHost({ office, win, timeoutMs: 200 })).resolves.toBe(expected);
  });

  test('gives up on an Office.onReady that never settles', async () => {
    const office: OfficeLike = { onReady: () => new Promise(() => undefined) };
    const started = Date.now();
    await expect(detectHost({ office, win: {}, timeoutMs: 50 })).resolves.toBe('none');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  test('a rejecting Office.onReady falls back to WPS detection', async () => {
    const office: OfficeLike = { onReady: () => Promise.reject(new Error('no host')) };
    await expect(detectHost({ office, win: wpsWindow, timeoutMs: 50 })).resolves.toBe('wps');
  });

  test('Excel wins without looking at WPS globals', async () => {
    const win = {
      get Application(): unknown {
        throw new Error('WPS globals must not be read in Excel');
      },
    };
    await expect(detectHost({ office: officeAs('Excel'), win, timeoutMs: 50 })).resolves.toBe('excel');
  });

  test('wps.EtApplication() is accepted; a throwing accessor is not', () => {
    expect(isWps({ wps: { EtApplication: () => ({ ActiveWorkbook: {} }) } })).toBe(true);
    expect(
      isWps({
        wps: {
          EtApplication: () => {
            throw new Error('plugin accessor');
          },
        },
      }),
    ).toBe(false);
    expect(isWps(undefined)).toBe(false);
  });
});

describe('boot', () => {
  // jsdom's performance has no mark(); record marks the way a browser would.
  beforeAll(() => {
    Object.defineProperty(performance, 'mark', { configurable: true, value: (name: string) => mockTimeline.push(name) });
  });
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
    document.body.innerHTML = '';
  });

  test('outside Excel and WPS it explains, in Chinese, where to open the assistant', async () => {
    const { boot } = await import('../../src/taskpane/boot');
    const container = document.createElement('div');
    document.body.appendChild(container);
    let choice: string | undefined;
    await act(async () => {
      choice = await boot(container, { timeoutMs: 50 });
    });
    expect(choice).toBe('none');
    await screen.findByRole('heading', { level: 1, name: '请在 Excel 或 WPS 表格中打开绩效目标表助手' });
    expect(container.textContent).toContain('在“开始”选项卡中找到“绩效目标表”组');
    expect(container.textContent).toContain('点击“打开助手”');
    expect(container.textContent).toContain('浏览器版工作台');
  });

  test('in Excel it mounts the pane, marks the first render, and only then loads the Excel assistant', async () => {
    (globalThis as { Office?: unknown }).Office = officeAs('Excel');
    const { boot } = await import('../../src/taskpane/boot');
    const container = document.createElement('div');
    document.body.appendChild(container);
    let choice: string | undefined;
    await act(async () => {
      choice = await boot(container, { timeoutMs: 1000 });
    });
    expect(choice).toBe('excel');
    await screen.findByRole('heading', { level: 1, name: '绩效目标表助手' });
    await waitFor(() => expect(excelAssistant.calls).toContain('startLive'));
    // The host chunk (engine + adapter) must not compete with the first render.
    expect(mockTimeline).toEqual([
      'jixiao-mount',
      'jixiao-commit',
      'jixiao-first-render',
      'host chunk evaluated',
      'jixiao-host-ready',
    ]);
  });
});
