/** Limits Excel enforces on open (excelLimits.ts), shared by both .xlsx writers. */
import fc from 'fast-check';
import { CellRange } from '../../../src/engine/grid/address';
import { columnWidth, disjointMerges, listFormula, MAX_LIST_FORMULA, rowHeight, validationMessage } from '../../../src/hosts/xlsx/excelLimits';
import { level1Names, level2Names } from '../../../src/engine/render/profileDefaults';

describe('list validation formulas', () => {
  it.each([
    ['plain items', ['产出指标', '效益指标', '满意度指标'], '"产出指标,效益指标,满意度指标"'],
    ['inner quotes doubled', ['带"引号"的', '普通'], '"带""引号""的,普通"'],
    ['an item with a comma: none', ['a,b', 'c'], null],
    ['255 characters with the quotes', ['甲'.repeat(253)], `"${'甲'.repeat(253)}"`],
    ['256 characters: none', ['甲'.repeat(254)], null],
  ])('%s', (_label, items, expected) => {
    expect(listFormula(items)).toBe(expected);
  });

  it('fits the lists the templates use, for every profile', () => {
    for (const profile of ['mof-2021', 'hebei-2023'] as const) {
      expect(listFormula(level1Names(profile))).not.toBeNull();
      expect(listFormula(level2Names(profile))).not.toBeNull();
    }
  });

  it('is never longer than Excel accepts, and spells out exactly the items', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 }), { maxLength: 20 }), (items) => {
        const f = listFormula(items);
        if (f === null) {
          expect(items.some((i) => i.includes(',')) || `"${items.map((i) => i.replace(/"/g, '""')).join(',')}"`.length > MAX_LIST_FORMULA).toBe(true);
          return;
        }
        expect(f.length).toBeLessThanOrEqual(MAX_LIST_FORMULA);
        expect(f.slice(1, -1).split(',').map((i) => i.replace(/""/g, '"'))).toEqual(items.length === 0 ? [''] : items);
      }),
    );
  });
});

describe('validation messages', () => {
  it('keeps short messages and cuts long ones at 225 without splitting a surrogate pair', () => {
    const range = { r0: 0, c0: 0, r1: 0, c1: 0 };
    expect(validationMessage({ range, list: [], errorMessage: '请从下拉列表中选择。' })).toBe('请从下拉列表中选择。');
    expect(validationMessage({ range, list: [] })).toBeUndefined();
    expect(validationMessage({ range, list: [], errorMessage: '长'.repeat(300) })).toBe('长'.repeat(225));
    const astral = `${'a'.repeat(224)}𠀀b`;
    expect(validationMessage({ range, list: [], errorMessage: astral })).toBe('a'.repeat(224));
  });
});

describe('sizes', () => {
  it.each([
    [12, 12],
    [255, 255],
    [300, 255],
  ])('column width %d → %d', (w, expected) => expect(columnWidth(w)).toBe(expected));
  it.each([
    [30, 30],
    [409, 409],
    [500, 409],
  ])('row height %d → %d', (h, expected) => expect(rowHeight(h)).toBe(expected));
});

describe('merges', () => {
  const box = (r0: number, c0: number, r1: number, c1: number): CellRange => ({ r0, c0, r1, c1 });
  const overlap = (a: CellRange, b: CellRange) => a.r0 <= b.r1 && b.r0 <= a.r1 && a.c0 <= b.c1 && b.c0 <= a.c1;

  it('keeps the first of overlapping merges and every merge that overlaps nothing', () => {
    expect(disjointMerges([box(0, 0, 0, 2), box(0, 2, 1, 3), box(2, 0, 2, 1), box(1, 0, 1, 1)])).toEqual([box(0, 0, 0, 2), box(2, 0, 2, 1), box(1, 0, 1, 1)]);
  });

  it('leaves pairwise disjoint merges, dropping only ones that overlap an earlier kept merge', () => {
    const range = fc.tuple(fc.nat(6), fc.nat(6), fc.nat(3), fc.nat(3)).map(([r, c, h, w]) => box(r, c, r + h, c + w));
    fc.assert(
      fc.property(fc.array(range, { maxLength: 12 }), (merges) => {
        const kept = disjointMerges(merges);
        kept.forEach((a, i) => kept.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)));
        let k = 0;
        for (const m of merges) {
          if (kept[k] === m) k++;
          else expect(kept.slice(0, k).some((x) => overlap(x, m))).toBe(true);
        }
        expect(k).toBe(kept.length);
      }),
    );
  });
});
