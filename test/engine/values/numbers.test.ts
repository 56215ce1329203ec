import fc from 'fast-check';
import { isPercentFormat, readAmount, readPercent } from '../../../src/engine/values/numbers';

describe('readPercent (S01 accepts 50%, 50％, 50 and 0.5 in a %-formatted cell)', () => {
  test.each([
    ['50%', null, 50],
    ['50％', null, 50],
    ['５０％', null, 50],
    [' 100% ', null, 100],
    ['100 %', null, 100],
    [50, null, 50],
    [50, 'General', 50],
    [0.5, '0%', 50],
    [0.07, '0.00%', 7],
    [1, '0%', 100],
    ['150%', null, 150],
    [1.2, '0%', 120],
    ['-10%', null, -10],
    ['', null, null],
    [null, null, null],
    [true, null, null],
    ['五成', null, null],
    ['50%%', null, null],
  ] as const)('%p (format %p) → %p', (value, format, expected) => {
    expect(readPercent(value, format)).toBe(expected);
  });

  test('a quoted % in a number format is not a percent format', () => {
    expect(isPercentFormat('0"%"')).toBe(false);
    expect(isPercentFormat('0.0%')).toBe(true);
  });
});

describe('readAmount', () => {
  test.each([
    [5, undefined, 5],
    ['5.00', undefined, 5],
    ['8,827,620.53', undefined, 8827620.53],
    ['250万', undefined, 250],
    ['-5', undefined, -5],
    ['', undefined, null],
    ['五万元', undefined, null],
    // With the table's unit known, an amount written in another unit is converted into it.
    ['250万', '万元', 250],
    ['250万', '元', 2500000],
    ['5000元', '万元', 0.5],
    ['1.5亿元', '亿元', 1.5],
    ['1.5亿元', '万元', 15000],
    ['1.5亿', '万元', 15000],
    ['15000万元', '亿元', 1.5],
    ['3千元', '万元', 0.3],
    [1.5, '亿元', 1.5],
  ] as const)('%p in a %p table → %p', (value, unit, expected) => {
    expect(readAmount(value, unit)).toBe(expected);
  });

  test('without the table unit an amount in 亿元 is not guessed (B01 asks for it)', () => {
    expect(readAmount('1.5亿元')).toBeNull();
  });

  test('a plain number string reads back as that number, in any table unit', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('元', '万元', '亿元'), (i, cents, unit) => {
        const text = `${i}.${String(cents).padStart(2, '0')}`;
        expect(readAmount(text, unit)).toBe(Number(text));
      }),
    );
  });
});
