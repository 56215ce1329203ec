/** Escaping text for Range.values, checked against the fake's model of Excel's input parsing. */
import fc from 'fast-check';
import { excelLiteral, needsQuotePrefix } from '../../../src/hosts/excel/literal';
import { charsToPoints, pointsToChars } from '../../../src/hosts/excel/units';
import { typedInput } from '../../fakes/officeFake/input';

test('any non-empty text written through excelLiteral is stored as exactly that text', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), (text) => {
      const stored = typedInput(excelLiteral(text), undefined);
      expect(stored.formula).toBeUndefined();
      expect(stored.value).toBe(text);
    }),
  );
});

test('numbers and booleans pass through', () => {
  expect(excelLiteral(195)).toBe(195);
  expect(excelLiteral(false)).toBe(false);
  expect(excelLiteral(null)).toBe('');
});

test.each([
  ['产出指标', false],
  ['数量指标', false],
  ['=1+1', true],
  ['-', true],
  ['≥95%', false],
  ['95%', true],
  ['2023年', true],
])('needsQuotePrefix(%s) = %s', (text, expected) => {
  expect(needsQuotePrefix(text)).toBe(expected);
});

test('column widths: Excel default 8.43 characters is 48 points, and the conversion round-trips', () => {
  expect(charsToPoints(8.43)).toBeCloseTo(48, 1);
  expect(charsToPoints(0)).toBe(0);
  fc.assert(fc.property(fc.double({ min: 1, max: 200, noNaN: true }), (w) => Math.abs(pointsToChars(charsToPoints(w)) - w) < 0.02));
});

describe('text Excel would reinterpret in a Chinese-locale workbook gets the quote prefix', () => {
  // Excel (and ET) in East Asian locales take full-width digits and signs as typed numbers / formulas.
  test.each([
    ['１２３', true],
    ['２０２３年', true],
    ['＝SUM(A1:A3)', true],
    ['＋86 0335', true],
    ['－５', true],
    ['＠user', true],
    ['９５％', true],
    ['Jan 5', true],
    ['March-2023', true],
    ['上午9:30', true],
    ['（一）产出指标', false],
    ['Janet', false],
  ])('needsQuotePrefix(%s) = %s', (text, expected) => {
    expect(needsQuotePrefix(text)).toBe(expected);
  });

  test('full-width text is stored as exactly that text (property)', () => {
    const fullWidth = fc.string({ unit: fc.constantFrom('０', '１', '９', '＝', '＋', '－', '＠', '％', '．', '（', '）', '年', 'A', ' ', '1'), minLength: 1 });
    fc.assert(
      fc.property(fullWidth, (text) => {
        const stored = typedInput(excelLiteral(text), undefined);
        expect(stored.formula).toBeUndefined();
        expect(stored.value).toBe(text);
      }),
    );
  });

  test('non-finite numbers are written as text, never as a formula', () => {
    for (const n of [-Infinity, Infinity, NaN]) {
      const stored = typedInput(excelLiteral(n), undefined);
      expect(stored.formula).toBeUndefined();
      expect(stored.value).toBe(String(n));
    }
  });
});
