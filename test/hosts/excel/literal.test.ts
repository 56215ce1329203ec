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
