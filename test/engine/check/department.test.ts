import { checkWorkbook } from '../../../src/engine/check/checker';
import { CheckOptions } from '../../../src/engine/model/options';
import { buildTable, seedSpec } from './builders';
import { brief, ofRule } from './helpers';

const HEBEI: CheckOptions = { profile: 'hebei-2023' };

describe('department rules', () => {
  test('D01 one info per group of touching unclaimed cells, listing every address and text', () => {
    const t = buildTable(seedSpec(0));
    const sheet = {
      sheet: 'Sheet1',
      tables: [t],
      unclaimed: [
        { cell: 'B31', text: '审核人：张三' },
        { cell: 'A30', text: '备注' },
        { cell: 'A40', text: '第二部分 预算项目绩效目标' },
      ],
    };
    const ds = ofRule(checkWorkbook([sheet], HEBEI), 'D01');
    expect(brief(ds)).toEqual([
      { rule: 'D01', severity: 'info', cell: 'A30' },
      { rule: 'D01', severity: 'info', cell: 'A40' },
    ]);
    expect(ds[0].message).toContain('A30“备注”');
    expect(ds[0].message).toContain('B31“审核人：张三”');
    expect(ds[1].message).toContain('A40“第二部分 预算项目绩效目标”');
  });

  test('D01 also reports cells inside a table that no field claimed, once each', () => {
    const t = buildTable(seedSpec(0, { unclaimed: [{ cell: 'G8', text: '附件1' }] }));
    const sheet = { sheet: 'Sheet1', tables: [t], unclaimed: [{ cell: 'G8', text: '附件1' }] };
    const ds = ofRule(checkWorkbook([sheet], HEBEI), 'D01');
    expect(brief(ds)).toEqual([{ rule: 'D01', severity: 'info', cell: 'G8' }]);
  });

  test('D02 one warning per missing block, at the table\'s first cell', () => {
    const t = buildTable(seedSpec(0, { top: 4, missingBlocks: ['资金支出计划', '绩效目标'] }));
    const ds = ofRule(checkWorkbook([{ sheet: 'Sheet1', tables: [t], unclaimed: [] }], HEBEI), 'D02');
    expect(brief(ds)).toEqual([
      { rule: 'D02', severity: 'warning', cell: 'A5' },
      { rule: 'D02', severity: 'warning', cell: 'A5' },
    ]);
    expect(ds[0].message).toContain('资金支出计划');
    expect(ds[1].message).toContain('绩效目标');
  });

  test('nothing unclaimed and nothing missing gives no D diagnostic', () => {
    const t = buildTable(seedSpec(0));
    const ds = checkWorkbook([{ sheet: 'Sheet1', tables: [t], unclaimed: [] }], HEBEI);
    expect(ds.filter((d) => d.rule.startsWith('D'))).toEqual([]);
  });
});
