import { isWhiteSpaceCode } from '../../../src/engine/text/normalize';
import { isBlank } from '../../../src/engine/grid/grid';

test('isWhiteSpaceCode matches \\s on every UTF-16 code unit', () => {
  const wrong: number[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) wrong.push(code);
  }
  expect(wrong).toEqual([]);
});

test('isBlank agrees with the white-space definition for one- and two-character texts', () => {
  const wrong: string[] = [];
  const samples = [0x20, 0x41, 0x3000, 0x3001, 0xfeff, 0xa0, 0x2003, 0x4e00, 0x0a, 0x7f, 0x85];
  for (let code = 0; code <= 0xffff; code++) {
    const one = String.fromCharCode(code);
    if (isBlank(one) !== !/[^\s\u00a0\u3000]/.test(one)) wrong.push(one);
    for (const s of samples) {
      const two = one + String.fromCharCode(s);
      if (isBlank(two) !== !/[^\s\u00a0\u3000]/.test(two)) wrong.push(two);
    }
  }
  expect(wrong).toEqual([]);
});
