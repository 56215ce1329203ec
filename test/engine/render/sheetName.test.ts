import fc from 'fast-check';
import { isValidSheetName, MAX_SHEET_NAME, safeSheetName } from '../../../src/engine/render/sheetName';

describe('safeSheetName', () => {
  test.each([
    ['食品安全业务经费', [], '食品安全业务经费'],
    ['食品安全业务经费', ['食品安全业务经费'], '食品安全业务经费(2)'],
    ['食品安全业务经费', ['食品安全业务经费', '食品安全业务经费(2)'], '食品安全业务经费(3)'],
    ['Sheet1', ['sheet1'], 'Sheet1(2)'],
    // The seed's longest name is cut to 31 characters.
    ['冀财行【2022】104号-提前下达2023年市场监督专项补助经费', [], '冀财行【2022】104号-提前下达2023年市场监督专项补助'],
    ['冀财行[2022]104号', [], '冀财行【2022】104号'],
    ['a/b\\c?d*e:f', [], 'a／b＼c？d＊e：f'],
    ["'引号'", [], '引号'],
    ['   ', [], '项目表'],
    ['', ['项目表'], '项目表(2)'],
    ["''", [], '项目表'],
    ['History', [], 'History(1)'],
    ['第一行\n第二行', [], '第一行 第二行'],
  ])('%p with %p taken → %p', (base, taken, expected) => {
    const name = safeSheetName(base, taken);
    expect(name).toBe(expected);
    expect(isValidSheetName(name)).toBe(true);
  });

  test('a 31-character name that is taken keeps the suffix within 31', () => {
    const base = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一';
    expect(base).toHaveLength(31);
    const name = safeSheetName(base, [base]);
    expect(name).toBe(`${base.slice(0, 28)}(2)`);
    expect(name).toHaveLength(31);
  });

  test('cutting does not leave a trailing apostrophe or split a surrogate pair', () => {
    expect(safeSheetName(`${'a'.repeat(30)}'b`, [])).toBe('a'.repeat(30));
    const emoji = `${'a'.repeat(30)}😀`;
    const name = safeSheetName(emoji, []);
    expect(name).toBe('a'.repeat(30));
  });

  test('property: always valid and unique among the taken names, case-insensitively', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'A', 'b', '项', '目', "'", '[', ']', ':', '*', '?', '/', '\\', ' ', '\n', '(', ')', '2'), maxLength: 45 });
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 8 }), (base, takenRaw) => {
        // Taken names come from a real workbook, so they are valid and unique themselves.
        const taken: string[] = [];
        for (const t of takenRaw) taken.push(safeSheetName(t, taken));
        taken.push(safeSheetName(base, taken));
        const name = safeSheetName(base, taken);
        expect(isValidSheetName(name)).toBe(true);
        expect(name.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(taken.map((t) => t.toUpperCase())).not.toContain(name.toUpperCase());
      }),
      { numRuns: 500 },
    );
  });

  test('property: naming many sheets in turn never collides', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { minLength: 1, maxLength: 30 }), (bases) => {
        const taken: string[] = [];
        for (const b of bases) taken.push(safeSheetName(b, taken));
        expect(new Set(taken.map((t) => t.toUpperCase())).size).toBe(taken.length);
        expect(taken.every(isValidSheetName)).toBe(true);
      }),
    );
  });
});
