import fc from 'fast-check';
import {
  containsPlaceholder,
  containsCalendarDate,
  countComparators,
  hasComparatorWithoutNumber,
  parseIndicatorValue,
} from '../../../src/engine/values/indicatorValue';
import { getProfileConfig } from '../../../src/engine/profile/lists';
import { Comparator, ParsedValue } from '../../../src/engine/model/table';

const v = (op: Comparator | null, number: number, unit: string | null): ParsedValue => ({ op, number, unit });

describe('parseIndicatorValue: every 指标值 of the seed', () => {
  const seed: [string, ParsedValue | null][] = [
    ['≥130批次', v('>=', 130, '批次')],
    ['≥96%', v('>=', 96, '%')],
    ['及时保障', null],
    ['5万元', v(null, 5, '万元')],
    ['食品安全意识提高', null],
    ['≥98%', v('>=', 98, '%')],
    ['≥700批次', v('>=', 700, '批次')],
    ['153人', v(null, 153, '人')],
    ['≤100%', v('<=', 100, '%')],
    ['20万元', v(null, 20, '万元')],
    ['维持单位正常运转', null],
    ['135人', v(null, 135, '人')],
    ['100%', v(null, 100, '%')],
    ['≤38万元', v('<=', 38, '万元')],
    ['县城幸福指数提高', null],
    ['维持单位业务正常运转', null],
    ['10批次', v(null, 10, '批次')],
    ['50批次', v(null, 50, '批次')],
    ['≥95%', v('>=', 95, '%')],
    ['9万元', v(null, 9, '万元')],
    ['较上年产品质量提高', null],
    ['200批次', v(null, 200, '批次')],
    ['≥5次', v('>=', 5, '次')],
    ['≥90%', v('>=', 90, '%')],
    ['12万元', v(null, 12, '万元')],
    ['<0.36%', v('<', 0.36, '%')],
    ['重大案件发生0次', v(null, 0, '次')],
    ['≥85%', v('>=', 85, '%')],
    ['<0.2%', v('<', 0.2, '%')],
    ['28万元', v(null, 28, '万元')],
    ['20批次', v(null, 20, '批次')],
    ['保障消费者权益', null],
    ['30批次', v(null, 30, '批次')],
    ['3万元', v(null, 3, '万元')],
    ['1500批次', v(null, 1500, '批次')],
    ['16万元', v(null, 16, '万元')],
    ['较上一年产品质量提高', null],
    ['30万元', v(null, 30, '万元')],
  ];
  test.each(seed)('%s', (text, expected) => {
    expect(parseIndicatorValue(text)).toEqual(expected);
  });
});

describe('parseIndicatorValue: variants from real tables', () => {
  const cases: [string, ParsedValue | null][] = [
    ['＞＝95％', v('>=', 95, '%')],
    ['>=95%', v('>=', 95, '%')],
    ['<=5天', v('<=', 5, '天')],
    ['＝100%', v('=', 100, '%')],
    ['=100%', v('=', 100, '%')],
    ['＜3次', v('<', 3, '次')],
    ['＞10个', v('>', 10, '个')],
    ['≥ 96 %', v('>=', 96, '%')],
    [' 100% ', v(null, 100, '%')],
    ['⩾90%', v('>=', 90, '%')],
    ['8,827,620.53元', v(null, 8827620.53, '元')],
    ['1,500批次', v(null, 1500, '批次')],
    ['250万', v(null, 250, '万元')],
    ['3亿元', v(null, 3, '亿元')],
    ['不低于95%', v('>=', 95, '%')],
    ['不超过10天', v('<=', 10, '天')],
    ['95%以上', v('>=', 95, '%')],
    ['5个工作日以内', v('<=', 5, '工作日')],
    ['抽检合格率≥96%', v('>=', 96, '%')],
    ['12月底前完成', v(null, 12, '月')],
    ['-5%', v(null, -5, '%')],
    ['≥-5%', v('>=', -5, '%')],
    // A range is not a subtraction: the unit after the second number is the range's unit.
    ['2022-2023年', v(null, 2022, '年')],
    ['2022～2023年', v(null, 2022, '年')],
    ['3-5个工作日', v(null, 3, '工作日')],
    ['95%-100%', v(null, 95, '%')],
    // Typographic minus signs (U+2212 −, U+FE63 ﹣, U+FF0D －) are minus signs.
    ['≥−5%', v('>=', -5, '%')],
    ['≥﹣5%', v('>=', -5, '%')],
    ['≥－5%', v('>=', -5, '%')],
    ['−3万元', v(null, -3, '万元')],
    ['100分', v(null, 100, '分')],
    ['10000人次', v(null, 10000, '人次')],
    ['≥95', v('>=', 95, null)],
    ['.5%', v(null, 0.5, '%')],
    ['及时', null],
    ['', null],
    ['按时完成', null],
    ['≥%', null],
  ];
  test.each(cases)('%s', (text, expected) => {
    expect(parseIndicatorValue(text)).toEqual(expected);
  });
});

describe('value helpers', () => {
  const placeholders = getProfileConfig('hebei-2023').placeholders;
  test.each([
    ['≥96%', 1],
    ['>=96%', 1],
    ['＞＝96%', 1],
    ['96%', 0],
    ['≥≤96%', 2],
    ['≥90%且≤100%', 2],
    ['<=5天>=1天', 2],
  ])('countComparators(%s) = %d', (text, n) => {
    expect(countComparators(text)).toBe(n);
  });
  test.each([
    ['≥%', true],
    ['≥批次', true],
    ['≥95%', false],
    ['及时保障', false],
  ])('hasComparatorWithoutNumber(%s) = %s', (text, expected) => {
    expect(hasComparatorWithoutNumber(text)).toBe(expected);
  });
  test.each([
    ['XX批次', true],
    ['xx', true],
    ['≥**%', true],
    ['≥＊＊%', true],
    ['……', true],
    ['≥X%', true],
    ['≥95%', false],
    ['抽检批次', false],
    ['及时保障', false],
  ])('containsPlaceholder(%s) = %s', (text, expected) => {
    expect(containsPlaceholder(text, placeholders)).toBe(expected);
  });
});

describe('containsCalendarDate', () => {
  test.each([
    ['2023-12-31', true],
    ['2023/12/31前', true],
    ['2023.6.30前完成', true],
    ['2023年12月31日前', true],
    ['2023年6月', true],
    ['≥95%', false],
    ['2022-2023年', false],
    ['130批次', false],
    ['12月底前', false],
    ['100-200人', false],
  ])('%s → %s', (text, expected) => {
    expect(containsCalendarDate(text)).toBe(expected);
  });
});

describe('parseIndicatorValue properties', () => {
  test('never throws and returns null or a finite number, on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), (s) => {
        const p = parseIndicatorValue(s);
        if (p !== null) expect(Number.isFinite(p.number)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  const OPS: [string, Comparator | null][] = [
    ['≥', '>='], ['>=', '>='], ['＞＝', '>='], ['⩾', '>='],
    ['≤', '<='], ['<=', '<='], ['＜＝', '<='],
    ['>', '>'], ['＞', '>'], ['<', '<'], ['＜', '<'], ['=', '='], ['＝', '='], ['', null],
  ];
  const UNITS: [string, string][] = [
    ['%', '%'], ['％', '%'], ['批次', '批次'], ['人', '人'], ['人次', '人次'], ['万元', '万元'], ['万', '万元'],
    ['元', '元'], ['亿元', '亿元'], ['次', '次'], ['个', '个'], ['天', '天'], ['工作日', '工作日'], ['家', '家'],
    ['件', '件'], ['项', '项'], ['小时', '小时'], ['台', '台'],
  ];
  const withThousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  test('`${op}${n}${unit}` parses back to op, number and unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...OPS),
        fc.integer({ min: 0, max: 999_999_999 }),
        fc.option(fc.integer({ min: 0, max: 99 }), { nil: undefined }),
        fc.boolean(),
        fc.constantFrom(...UNITS),
        ([opText, op], int, frac, thousands, [unitText, unit]) => {
          const intText = thousands ? withThousands(int) : String(int);
          const numText = frac === undefined ? intText : `${intText}.${String(frac).padStart(2, '0')}`;
          const expected = frac === undefined ? int : Number(`${int}.${String(frac).padStart(2, '0')}`);
          expect(parseIndicatorValue(`${opText}${numText}${unitText}`)).toEqual({ op, number: expected, unit });
        },
      ),
      { numRuns: 1000 },
    );
  });

  test('a number inside a short sentence keeps its unit and has no comparator', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('重大案件发生', '全年完成', '共抽检', '培训'),
        fc.integer({ min: 0, max: 100000 }),
        fc.constantFrom('次', '批次', '人次', '家'),
        (lead, n, unit) => {
          expect(parseIndicatorValue(`${lead}${n}${unit}`)).toEqual({ op: null, number: n, unit });
        },
      ),
    );
  });
});
