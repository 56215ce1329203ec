/** Parsing ET answers and preparing writes: Value2 shapes, CVErr codes, BGR colours, the text prefix. */
import fc from 'fast-check';
import { bgrToHex, hexToBgr, parseCell, parseValues, toMatrix, writeValue } from '../../../src/hosts/wps/values';
import { parseTyped } from '../../fakes/etFake';

describe('Value2 normalisation', () => {
  test.each([
    ['a single cell comes back as a scalar', 'X', 1, 1, [['X']]],
    ['an empty block comes back as undefined', undefined, 2, 2, [[null, null], [null, null]]],
    ['a block comes back as 0-based rows', [[1, 'b'], [null, true]], 2, 2, [[1, 'b'], [null, true]]],
    ['a flattened single row', [1, 2, 3], 1, 3, [[1, 2, 3]]],
    ['a flattened single column', ['a', 'b'], 2, 1, [['a'], ['b']]],
    ['ragged rows are padded', [[1], [2, 3]], 2, 2, [[1, null], [2, 3]]],
    ['an empty string is an empty cell', [['', 'x']], 1, 2, [[null, 'x']]],
  ])('%s', (_label, raw, rows, cols, expected) => {
    expect(parseValues(raw, rows, cols)).toEqual(expected);
  });

  test('CVErr codes become the error text the user sees', () => {
    expect(parseCell(-2146826281)).toBe('#DIV/0!');
    expect(parseCell(-2146826246)).toBe('#N/A');
    expect(parseCell(-2146826259)).toBe('#NAME?');
    expect(parseCell(195)).toBe(195);
  });

  test('a shared NumberFormat scalar stands for every cell', () => {
    expect(toMatrix('0.00', 2, 3)).toEqual([['0.00', '0.00', '0.00'], ['0.00', '0.00', '0.00']]);
  });
});

describe('colours are BGR integers', () => {
  test.each([
    ['#FF0000', 255],
    ['#00FF00', 65280],
    ['#0000FF', 16711680],
    ['#FFC7CE', 0xcec7ff],
    ['#DDEBF7', 0xf7ebdd],
  ])('%s → %i', (hex, bgr) => {
    expect(hexToBgr(hex)).toBe(bgr);
    expect(bgrToHex(bgr)).toBe(hex);
  });

  test('round trip for every colour', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (rgb) => {
        const hex = `#${rgb.toString(16).padStart(6, '0').toUpperCase()}`;
        expect(bgrToHex(hexToBgr(hex))).toBe(hex);
      }),
    );
  });

  test('anything but #RRGGBB is refused', () => {
    expect(() => hexToBgr('red')).toThrow(RangeError);
  });
});

describe('text is written so that ET keeps it as text', () => {
  test.each(['=SUM(A1:A3)', '+86 0335', '-5%', '@user', "'quoted", '2023', '95%', 'TRUE', '2023/1/2', '13032423P00442810053A', '≥95%'])(
    '%s reads back unchanged and is never a formula',
    (text) => {
      const stored = parseTyped(writeValue(text));
      expect(stored.value).toBe(text);
      expect(stored.formula).toBeUndefined();
    },
  );

  test('any string survives the write (property)', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        const stored = parseTyped(writeValue(text));
        expect(stored.formula).toBeUndefined();
        expect(stored.value).toBe(text);
      }),
      { numRuns: 500 },
    );
  });

  test('ordinary Chinese text is written as is', () => {
    expect(writeValue('产出指标')).toBe('产出指标');
    expect(writeValue(12.5)).toBe(12.5);
    expect(writeValue(null)).toBeNull();
  });
});

describe('full-width and non-finite input (Chinese-locale ET parses full-width digits and signs)', () => {
  test.each(['１２３', '＝SUM(A1)', '－５', '９５％', '２０２３年', '上午9:30'])('%s reads back unchanged and is never a formula', (text) => {
    const stored = parseTyped(writeValue(text));
    expect(stored.formula).toBeUndefined();
    expect(stored.value).toBe(text);
  });

  test('-Infinity is written as text, not as a formula', () => {
    const stored = parseTyped(writeValue(-Infinity));
    expect(stored.formula).toBeUndefined();
    expect(stored.value).toBe('-Infinity');
  });
});
