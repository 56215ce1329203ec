import { checkTable } from '../../../src/engine/check/checker';
import { CheckOptions } from '../../../src/engine/model/options';
import { seedTable1, table1Rows } from './builders';
import { brief, ofRule } from './helpers';

const HEBEI: CheckOptions = { profile: 'hebei-2023' };

/** Table 1 rows: 0 数量 E10, 1 质量 E11, 2 时效 E12, 3 成本 E13, 4 社会效益 E14, 5 满意度 E15. */
describe('value rules fire on broken input', () => {
  test.each([
    ['V01 empty value', { 0: { 4: '' } }, 'V01', 'error', 'E10'],
    ['V02 数量 without a number', { 0: { 4: '大量批次' } }, 'V02', 'warning', 'E10'],
    ['V02 满意度 without a number', { 5: { 4: '满意' } }, 'V02', 'warning', 'E15'],
    ['V02 成本 without a number', { 3: { 4: '按预算执行' } }, 'V02', 'warning', 'E13'],
    ['V03 时效 written 按时', { 2: { 4: '按时' } }, 'V03', 'warning', 'E12'],
    ['V04 percentage above 100', { 1: { 4: '≥120%' } }, 'V04', 'error', 'E11'],
    ['V04 negative percentage', { 1: { 4: '-3%' } }, 'V04', 'error', 'E11'],
    ['V05 合格率 capped with ≤', { 1: { 4: '≤96%' } }, 'V05', 'warning', 'E11'],
    ['V05 满意度 capped with <', { 5: { 4: '<98%' } }, 'V05', 'warning', 'E15'],
    ['V06 number without unit', { 0: { 4: '≥130' } }, 'V06', 'warning', 'E10'],
    ['V07 进一步提高', { 4: { 4: '进一步提高' } }, 'V07', 'warning', 'E14'],
    ['V07 明显改善', { 4: { 4: '市场环境明显改善' } }, 'V07', 'warning', 'E14'],
    ['V08 empty basis', { 0: { 5: '' } }, 'V08', 'warning', 'F10'],
    ['V09 XX', { 0: { 4: 'XX批次' } }, 'V09', 'error', 'E10'],
    ['V09 ≥**%', { 1: { 4: '≥**%' } }, 'V09', 'error', 'E11'],
    ['V09 ……', { 1: { 4: '……' } }, 'V09', 'error', 'E11'],
    ['V10 comparator without number', { 1: { 4: '≥%' } }, 'V10', 'error', 'E11'],
    ['V10 two comparators', { 1: { 4: '≥≤96%' } }, 'V10', 'error', 'E11'],
    ['V10 ASCII and symbol comparators', { 1: { 4: '>=90%且≤100%' } }, 'V10', 'error', 'E11'],
    ['V04 a negative rate with a typographic minus', { 1: { 4: '≥−5%' } }, 'V04', 'error', 'E11'],
    ['V04 full-width comparator above 100', { 1: { 4: '＞＝120％' } }, 'V04', 'error', 'E11'],
    ['V05 full-width ≤ as ＜＝', { 1: { 4: '＜＝96%' } }, 'V05', 'warning', 'E11'],
    ['V05 合格率 capped with 以下', { 1: { 4: '96%以下' } }, 'V05', 'warning', 'E11'],
    ['V06 number typed as a number', { 0: { 4: '130' } }, 'V06', 'warning', 'E10'],
    ['V03 及时 alone', { 2: { 4: '及时' } }, 'V03', 'warning', 'E12'],
  ] as const)('%s', (_name, changes, rule, severity, cell) => {
    const ds = ofRule(checkTable(seedTable1({ rows: table1Rows(changes) }), HEBEI), rule);
    expect(brief(ds)).toEqual([{ rule, severity, cell }]);
  });

  test('V03 on the seed row written 及时保障 names the value and a better one', () => {
    const [d] = ofRule(checkTable(seedTable1(), HEBEI), 'V03');
    expect(brief([d])).toEqual([{ rule: 'V03', severity: 'warning', cell: 'E12' }]);
    expect(d.message).toContain('及时保障');
    expect(d.message).toContain('12月底前完成');
  });

  test('V05 suggests a floor instead of the cap', () => {
    const [d] = ofRule(checkTable(seedTable1({ rows: table1Rows({ 1: { 4: '≤96%' } }) }), HEBEI), 'V05');
    expect(d.message).toContain('≥96%');
  });

  test('a placeholder, an empty value or a bad comparator stops the other value rules of that row', () => {
    for (const value of ['', 'XX', '≥%', '≥≤96%']) {
      const ds = checkTable(seedTable1({ rows: table1Rows({ 1: { 4: value } }) }), HEBEI).filter(
        (d) => d.rule.startsWith('V') && d.cell === 'E11',
      );
      expect(ds).toHaveLength(1);
    }
  });

  test('a vague phrase under 数量 gives V07, not V02 as well', () => {
    const ds = checkTable(seedTable1({ rows: table1Rows({ 0: { 4: '抽检数量稳步增加' } }) }), HEBEI);
    expect(brief(ds.filter((d) => d.cell === 'E10'))).toEqual([{ rule: 'V07', severity: 'warning', cell: 'E10' }]);
  });
});

describe('value rules stay quiet on good input', () => {
  test.each([
    ['时效 with a date', { 2: { 4: '12月底前完成' } }],
    ['时效 with a day count', { 2: { 4: '10个工作日内' } }],
    ['时效 with a rate', { 2: { 4: '≥95%' } }],
    ['时效 with a named date', { 2: { 4: '年底前完成' } }],
    ['差错率 capped with <', { 1: { 2: '出具证书差错率', 3: '出具证书差错率', 4: '<0.2%' } }],
    ['死亡率 capped with <', { 1: { 2: '万台特种设备死亡率', 3: '加强特种设备市场监管', 4: '<0.36%' } }],
    ['不合格率 capped with ≤', { 1: { 2: '抽检不合格率', 3: '抽检不合格率', 4: '≤4%' } }],
    ['a count inside a sentence', { 4: { 2: '重大案件发生次数', 4: '重大案件发生0次' } }],
    ['qualitative 效益 that is not an improvement phrase', { 4: { 4: '维持单位正常运转' } }],
    ['qualitative 效益 保障消费者权益', { 4: { 4: '保障消费者权益' } }],
    ['quantified 效益', { 4: { 4: '≥90%' } }],
    ['100% exactly', { 1: { 4: '100%' } }],
    ['时效 with an ISO date (an Excel date read by the reader)', { 2: { 4: '2023-12-31' } }],
    ['时效 with a slash date', { 2: { 4: '2023/12/31前' } }],
    ['时效 with a year range', { 2: { 4: '2022-2023年' } }],
    ['数量 with a range', { 0: { 4: '120-130批次' } }],
    ['ASCII comparator', { 0: { 4: '>=130批次' } }],
    ['full-width comparator', { 1: { 4: '＞＝96％' } }],
  ] as const)('%s', (_name, changes) => {
    // Table 1 with its two seed warnings (V03 及时保障, V07 食品安全意识提高) fixed, then the case applied.
    const base = { 2: { 4: '12月底前完成' }, 4: { 4: '≥90%' } };
    const ds = checkTable(seedTable1({ rows: table1Rows({ ...base, ...changes }) }), HEBEI);
    expect(ds).toEqual([]);
  });
});
