import { checkTable } from '../../../src/engine/check/checker';
import { CheckOptions } from '../../../src/engine/model/options';
import { buildTable, seedSpec, seedTable1 } from './builders';
import { brief } from './helpers';

const HEBEI: CheckOptions = { profile: 'hebei-2023' };
const sRules = (ds: ReturnType<typeof checkTable>) => ds.filter((d) => d.rule.startsWith('S'));

describe('spend-plan rules fire on broken input', () => {
  test.each([
    ['S01 unreadable', ['50%', '约一半', '100%', '100%'], 'S01', 'error', 'C7'],
    ['S01 empty', ['50%', null, '100%', '100%'], 'S01', 'error', 'C7'],
    ['S01 above 100', ['50%', '100%', '120%', '100%'], 'S01', 'error', 'D7'],
    ['S02 not cumulative', ['50%', '40%', '100%', '100%'], 'S02', 'error', 'C7'],
    ['S03 not 100% at the end', ['25%', '50%', '75%', '90%'], 'S03', 'error', 'E7'],
  ] as const)('%s', (_name, percents, rule, severity, cell) => {
    expect(brief(sRules(checkTable(seedTable1({ percents: [...percents] }), HEBEI)))).toEqual([{ rule, severity, cell }]);
  });

  test('S03 is a warning when projects may run past the year', () => {
    const t = seedTable1({ percents: ['25%', '50%', '75%', '90%'] });
    expect(brief(sRules(checkTable(t, { profile: 'hebei-2023', requireFullByYearEnd: false })))).toEqual([
      { rule: 'S03', severity: 'warning', cell: 'E7' },
    ]);
  });

  test('S02 reports one dip once', () => {
    const ds = sRules(checkTable(seedTable1({ percents: ['60%', '30%', '70%', '100%'] }), HEBEI));
    expect(brief(ds)).toEqual([{ rule: 'S02', severity: 'error', cell: 'C7' }]);
    expect(ds[0].message).toContain('60%');
  });

  test('S04 a label that differs from the profile points at the label cell', () => {
    const ds = sRules(checkTable(seedTable1({ labels: ['3月末', '6月底', '10月底', '12月底'] }), HEBEI));
    expect(brief(ds)).toEqual([{ rule: 'S04', severity: 'warning', cell: 'B6' }]);
    expect(ds[0].message).toContain('3月底');
  });

  test('S04 against the checkpoints set in options', () => {
    const ds = sRules(checkTable(seedTable1(), { profile: 'hebei-2023', checkpoints: ['一季度末', '二季度末', '三季度末', '12月底'] }));
    expect(brief(ds)).toEqual([
      { rule: 'S04', severity: 'warning', cell: 'B6' },
      { rule: 'S04', severity: 'warning', cell: 'C6' },
      { rule: 'S04', severity: 'warning', cell: 'D6' },
    ]);
  });

  test('S04 a different number of checkpoints is one warning on the block label', () => {
    const ds = sRules(checkTable(seedTable1({ labels: ['6月底', '12月底'], percents: ['50%', '100%'] }), HEBEI));
    expect(brief(ds)).toEqual([{ rule: 'S04', severity: 'warning', cell: 'A6' }]);
  });
});

describe('spend-plan rules stay quiet on good input', () => {
  test.each([
    ['seed table 1: 50/100/ 100/100 ', seedTable1({ percents: ['50%', '100%', ' 100%', '100% '] })],
    ['seed table 2: 25/50/75/100', buildTable(seedSpec(1))],
    ['seed table 4: 32/63/100/100', buildTable(seedSpec(3))],
    ['seed table 6: 33/66/100/100', buildTable(seedSpec(5))],
    ['full-width ％ and plain numbers', seedTable1({ percents: ['50％', 60, '100', '100%'] })],
    ['configured quarter ends', seedTable1({ labels: ['3月末', '6月末', '9月末', '12月末'] })],
  ])('%s', (name, t) => {
    const opts: CheckOptions = name.startsWith('configured')
      ? { profile: 'hebei-2023', checkpoints: ['3月末', '6月末', '9月末', '12月末'] }
      : HEBEI;
    expect(sRules(checkTable(t, opts))).toEqual([]);
  });

  test('the mof-2021 profile uses the same default checkpoints', () => {
    expect(sRules(checkTable(seedTable1(), { profile: 'mof-2021' }))).toEqual([]);
  });
});
