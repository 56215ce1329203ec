/**
 * The hand-written fast paths of text normalisation agree with the plain regular-expression definitions
 * they replace, on texts built from the characters that matter (every kind of white space, CJK, ASCII).
 */
import fc from 'fast-check';
import { cleanText, compact } from '../../../src/engine/text/normalize';

const SPACES = [' ', '\t', '\n', '\r', '\u00a0', '\u3000', '\u2003', '\ufeff', '\u2028', '\u1680'];
const OTHERS = ['项', '目', 'A', '1', '%', '：', '＊', '*', '\u0085', '\u200b'];
const text = fc.array(fc.constantFrom(...SPACES, ...OTHERS), { maxLength: 12 }).map((cs) => cs.join(''));

test.each([
  ['  项目编码 ', '项目编码'],
  ['\u3000年度\u00a0目标\u3000', '年度 目标'],
  ['≥95%', '≥95%'],
  ['', ''],
  ['\u2003', ''],
])('cleanText(%j) is %j', (input, expected) => {
  expect(cleanText(input)).toBe(expected);
});

test('cleanText is "non-breaking and ideographic spaces to plain ones, then trim"', () => {
  fc.assert(fc.property(text, (t) => cleanText(t) === t.replace(/[\u00a0\u3000]/g, ' ').trim()), { numRuns: 3000 });
});

test('compact removes every white-space run and nothing else', () => {
  fc.assert(fc.property(text, (t) => compact(t) === t.replace(/[\s\u00a0\u3000]+/g, '')), { numRuns: 3000 });
  expect(compact('其中：财政\n  资金')).toBe('其中：财政资金');
});
