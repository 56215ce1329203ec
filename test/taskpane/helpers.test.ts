import fc from 'fast-check';
import { formatCheckpoints, parseCheckpoints } from '../../src/taskpane/checkpoints';
import { describeError } from '../../src/taskpane/errors';
import { cellRef, groupBySeverity } from '../../src/taskpane/problems';
import { seedDiagnostics } from './fakeAssistant';

describe('parseCheckpoints', () => {
  test.each([
    ['3月底、6月底、10月底、12月底', ['3月底', '6月底', '10月底', '12月底']],
    ['3月底,6月底，10月底 12月底', ['3月底', '6月底', '10月底', '12月底']],
    ['  6月底 ;； 12月底 ', ['6月底', '12月底']],
    ['、，,', []],
    ['', []],
  ])('%s', (text, expected) => {
    expect(parseCheckpoints(text)).toEqual(expected);
  });

  test('format then parse gives the labels back', () => {
    const label = fc.stringMatching(/^[0-9]{1,2}月(底|中|初)$/);
    fc.assert(
      fc.property(fc.array(label, { maxLength: 6 }), (labels) => {
        expect(parseCheckpoints(formatCheckpoints(labels))).toEqual(labels);
      }),
    );
  });
});

describe('describeError', () => {
  test('passes a Chinese reason through, first line only', () => {
    const e = new Error('工作表“部门汇总”已被保护，无法写入。\n    at Object.write (excelHost.ts:10)');
    expect(describeError('summarize', e)).toBe('汇总没有完成：工作表“部门汇总”已被保护，无法写入。');
  });

  test.each([
    new Error('GeneralException: An internal error has occurred.'),
    { code: 'ItemNotFound' },
    undefined,
    42,
  ])('hides a host error without Chinese text (%p)', (e) => {
    const text = describeError('convert', e);
    expect(text).toBe('转换没有完成，请稍后重试。如果问题持续，请保存工作簿后重新打开助手。');
  });
});

describe('groupBySeverity', () => {
  test('counts the seed diagnostics', () => {
    const g = groupBySeverity(seedDiagnostics());
    expect(g.counts).toEqual({ error: 0, warning: 14, info: 1 });
    expect(g.total).toBe(15);
    expect(g.groups.warning.every((d) => d.severity === 'warning')).toBe(true);
  });

  test('cellRef joins sheet and address', () => {
    expect(cellRef({ sheet: '食品抽检经费', cell: 'E16' })).toBe('食品抽检经费!E16');
  });
});
