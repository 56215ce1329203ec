/**
 * ExcelHost's round-trip budget on the Office.js fake: marks replaced in one sync once the adapter knows
 * its rules' ids, the tag sweep after a reload or a rule the user removed, change events named without a
 * sync (also across renames), and readSheets() in one sync once the sheets are known.
 */
import { CellMark } from '../../../src/engine/model/plan';
import { CellChange } from '../../../src/hosts/host';
import { ExcelHost } from '../../../src/hosts/excel/excelHost';
import { MAX_AREAS_ADDRESS, markRules } from '../../../src/hosts/excel/markAreas';
import { FakeSheet, installOfficeFake, OfficeFake } from '../../fakes/officeFake';
import { plan } from '../../support/plans';

let fake: OfficeFake;
afterEach(async () => {
  await fake?.settle();
  fake?.uninstall();
});

function host(api: string, sheets: string[]): ExcelHost {
  fake = installOfficeFake({ api, sheets });
  return new ExcelHost({ guardWindowMs: 20 });
}

async function syncsOf<T>(f: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = fake.state.syncCount;
  const result = await f();
  return { result, syncs: fake.state.syncCount - before };
}

const mark = (sheet: string, cell: string, severity: CellMark['severity']): CellMark => ({ sheet, cell, severity, note: 'x' });

/** Our rules on a sheet as [areas, fill], sorted for comparison. */
function ours(sheet: FakeSheet): [string, string | undefined][] {
  return sheet.conditionalFormats
    .filter((c) => c.formula?.includes('jixiao-mark'))
    .map((c): [string, string | undefined] => [(c.areas ?? [c.range]).map((a) => `${a.r0},${a.c0}`).join(' '), c.fill])
    .sort();
}

const USER_RULES = () => [
  { id: 'user', type: 'Custom', range: { r0: 0, c0: 0, r1: 9, c1: 0 }, formula: '=A1>5', fill: '#FF0000' },
  { id: 'user2', type: 'CellValue', range: { r0: 0, c0: 1, r1: 9, c1: 1 } },
];

describe.each(['1.14', '1.9'])('marks on ExcelApi %s', (api) => {
  test('first setMarks on a sheet we never marked: 2 syncs; afterwards every replace is 1 sync', async () => {
    const h = host(api, ['表']);
    const s = fake.state.get('表');
    s.conditionalFormats.push(...USER_RULES());
    expect((await syncsOf(() => h.setMarks(['表'], [mark('表', 'B3', 'error'), mark('表', 'C4', 'error'), mark('表', 'D5', 'warning')]))).syncs).toBe(2);
    // One rule per severity over a multi-area range.
    expect(ours(s)).toEqual([['2,1 3,2', '#FFC7CE'], ['4,3', '#FFEB9C']]);

    const second = await syncsOf(() => h.setMarks(['表'], [mark('表', 'E6', 'info')]));
    expect(second.syncs).toBe(1);
    expect(ours(s)).toEqual([['5,4', '#DDEBF7']]);
    const clear = await syncsOf(() => h.setMarks(['表'], []));
    expect(clear.syncs).toBe(1);
    expect(ours(s)).toEqual([]);
    expect(s.conditionalFormats.map((c) => c.id)).toEqual(['user', 'user2']);
  });

  test('after a reload (a new adapter over the same workbook) the old marks are found by tag, then 1 sync again', async () => {
    const before = host(api, ['表', '乙']);
    await before.setMarks(['表', '乙'], [mark('表', 'B3', 'error'), mark('乙', 'A1', 'warning')]);
    const s = fake.state.get('表');
    s.conditionalFormats.unshift(...USER_RULES());

    const reloaded = new ExcelHost({ guardWindowMs: 20 });
    const first = await syncsOf(() => reloaded.setMarks(['表', '乙'], [mark('表', 'C7', 'error')]));
    expect(first.syncs).toBe(2);
    expect(ours(s)).toEqual([['6,2', '#FFC7CE']]);
    expect(ours(fake.state.get('乙'))).toEqual([]);
    expect(s.conditionalFormats.slice(0, 2).map((c) => c.id)).toEqual(['user', 'user2']);

    const next = await syncsOf(() => reloaded.setMarks(['表'], [mark('表', 'C8', 'warning')]));
    expect(next.syncs).toBe(1);
    expect(ours(s)).toEqual([['7,2', '#FFEB9C']]);
  });

  test('after a reload a check (read, then mark) finds the old marks while reading: its setMarks is 1 sync', async () => {
    const before = host(api, ['表']);
    await before.setMarks(['表'], [mark('表', 'B3', 'error'), mark('表', 'B9', 'info')]);
    const s = fake.state.get('表');
    s.conditionalFormats.push(...USER_RULES());
    const reloaded = new ExcelHost({ guardWindowMs: 20 });
    await reloaded.readSheets();
    expect((await syncsOf(() => reloaded.setMarks(['表'], [mark('表', 'C7', 'warning')]))).syncs).toBe(1);
    expect(ours(s)).toEqual([['6,2', '#FFEB9C']]);
    expect(s.conditionalFormats.filter((c) => !c.formula?.includes('jixiao-mark')).map((c) => c.id)).toEqual(['user', 'user2']);
  });

  test('a mark rule the user deleted: the delete by id fails, the tag sweep takes over, nothing else is lost', async () => {
    const h = host(api, ['表']);
    const s = fake.state.get('表');
    s.conditionalFormats.push(...USER_RULES());
    await h.setMarks(['表'], [mark('表', 'B3', 'error'), mark('表', 'B4', 'warning')]);
    // The user removes our error rule (Home › Conditional Formatting › Clear Rules).
    const i = s.conditionalFormats.findIndex((c) => c.fill === '#FFC7CE');
    s.conditionalFormats.splice(i, 1);

    const r = await syncsOf(() => h.setMarks(['表'], [mark('表', 'D9', 'error')]));
    // The failed one-sync attempt, then the two-sync sweep.
    expect(r.syncs).toBe(3);
    expect(ours(s)).toEqual([['8,3', '#FFC7CE']]);
    expect(s.conditionalFormats.filter((c) => !c.formula?.includes('jixiao-mark')).map((c) => c.id)).toEqual(['user', 'user2']);
    expect((await syncsOf(() => h.setMarks(['表'], []))).syncs).toBe(1);
    expect(ours(s)).toEqual([]);
  });

  test('sheets the adapter wrote are marked in one sync from the start; a deleted sheet is a not-found error', async () => {
    const h = host(api, ['Sheet1']);
    await h.applyPlans([plan('新表', [['a']])]);
    expect((await syncsOf(() => h.setMarks(['新表'], [mark('新表', 'A1', 'error')]))).syncs).toBe(1);
    expect(ours(fake.state.get('新表'))).toEqual([['0,0', '#FFC7CE']]);
    fake.state.sheets.splice(fake.state.sheets.indexOf(fake.state.get('新表')), 1);
    await expect(h.setMarks(['新表'], [mark('新表', 'A2', 'error')])).rejects.toMatchObject({ code: 'not-found' });
  });
});

test('below ExcelApi 1.9 (no getRanges) every mark is its own rule, still one sync when ids are known', async () => {
  const h = host('1.8', ['表']);
  await h.setMarks(['表'], [mark('表', 'B3', 'error'), mark('表', 'C3', 'error')]);
  expect(ours(fake.state.get('表'))).toEqual([['2,1', '#FFC7CE'], ['2,2', '#FFC7CE']]);
  expect((await syncsOf(() => h.setMarks(['表'], [mark('表', 'A1', 'info')]))).syncs).toBe(1);
  expect(ours(fake.state.get('表'))).toEqual([['0,0', '#DDEBF7']]);
});

test('markRules keeps each address under the limit, one severity per rule, errors last, duplicates once', () => {
  const cells = Array.from({ length: 3000 }, (_, i) => mark('表', `AB${i + 1}`, 'error'));
  const rules = markRules([...cells, mark('表', 'A1', 'info'), mark('表', 'ab1', 'error')], true);
  expect(rules[0]).toEqual({ severity: 'info', address: 'A1' });
  const errors = rules.slice(1);
  expect(errors.length).toBeGreaterThan(1);
  expect(errors.every((r) => r.severity === 'error' && r.address.length <= MAX_AREAS_ADDRESS)).toBe(true);
  expect(errors.flatMap((r) => r.address.split(','))).toEqual(cells.map((c) => c.cell));
  expect(markRules([mark('表', 'B2', 'warning'), mark('表', 'C2', 'warning')], false)).toEqual([
    { severity: 'warning', address: 'B2' },
    { severity: 'warning', address: 'C2' },
  ]);
});

describe('change events name their sheet without a sync', () => {
  async function listen(h: ExcelHost): Promise<CellChange[]> {
    const seen: CellChange[] = [];
    await h.onChange((c) => seen.push(c));
    return seen;
  }

  test.each(['1.14', '1.9'])('ExcelApi %s: after any read an edit costs no sync; a sheet never seen costs one', async (api) => {
    const h = host(api, ['甲', '乙']);
    const seen = await listen(h);
    await h.workbookInfo();
    expect((await syncsOf(() => fake.userEdit('乙', 'B2', 1))).syncs).toBe(0);
    expect(seen).toEqual([{ sheet: '乙', range: { r0: 1, c0: 1, r1: 1, c1: 1 }, kind: 'edit' }]);

    fake.state.sheets.push(new FakeSheet('丙'));
    expect((await syncsOf(() => fake.userEdit('丙', 'A1', 2))).syncs).toBe(1);
    expect((await syncsOf(() => fake.userEdit('丙', 'A2', 3))).syncs).toBe(0);
    expect(seen.map((c) => c.sheet)).toEqual(['乙', '丙', '丙']);
  });

  test('ExcelApi 1.17: a renamed sheet is followed by the rename event, no read needed', async () => {
    const h = host('1.17', ['甲', '乙']);
    const seen = await listen(h);
    await h.workbookInfo();
    await fake.userRenameSheet('乙', '新乙');
    expect((await syncsOf(() => fake.userEdit('新乙', 'C3', 'x'))).syncs).toBe(0);
    expect(seen).toEqual([{ sheet: '新乙', range: { r0: 2, c0: 2, r1: 2, c1: 2 }, kind: 'edit' }]);
  });

  test('ExcelApi 1.14: a rename is picked up by the next batch that syncs anyway', async () => {
    const h = host('1.14', ['甲', '乙']);
    const seen = await listen(h);
    await h.workbookInfo();
    await fake.userRenameSheet('乙', '新乙');
    await h.readRegion('甲', { r0: 0, c0: 0, r1: 0, c1: 0 });
    expect((await syncsOf(() => fake.userEdit('新乙', 'C3', 'x'))).syncs).toBe(0);
    expect(seen).toEqual([{ sheet: '新乙', range: { r0: 2, c0: 2, r1: 2, c1: 2 }, kind: 'edit' }]);
  });

  test('ExcelApi 1.14: an edit right after a rename reads the right cells, by id, in the same batch', async () => {
    const h = host('1.14', ['甲', '乙']);
    const seen = await listen(h);
    await h.workbookInfo();
    await fake.userRenameSheet('乙', '新乙');
    await fake.userEdit('新乙', 'B2', '新值');
    // The residual risk documented in sheetDirectory.ts: the event still carries the old name …
    expect(seen.map((c) => c.sheet)).toEqual(['乙']);
    // … and reading by it finds the renamed sheet: one failed lookup plus the retry, inside one batch.
    const runs = fake.runs;
    const { result, syncs } = await syncsOf(() => h.readRegion('乙', { r0: 1, c0: 1, r1: 1, c1: 1 }));
    expect(syncs).toBe(2);
    expect(fake.runs - runs).toBe(1);
    expect(result.name).toBe('新乙');
    expect(result.values).toEqual([[], [null, '新值']]);
    // The same for readSheets by a name that went stale since our last sync.
    fake.state.get('甲').writeCell(0, 0, { value: '甲的内容' });
    await fake.userRenameSheet('甲', '新甲');
    const stale = await syncsOf(() => h.readSheets(['甲', '新乙']));
    expect(stale.syncs).toBe(2);
    expect(stale.result.map((g) => [g.name, g.values[0]])).toEqual([['新甲', ['甲的内容']], ['新乙', []]]);
    // Once refreshed, the old name is simply gone.
    await expect(h.readSheets(['甲'])).rejects.toMatchObject({ code: 'not-found' });
    await expect(h.readSheets(['从未有过'])).rejects.toMatchObject({ code: 'not-found' });
  });

  test('sheets the adapter wrote are known by id from the write itself', async () => {
    const h = host('1.14', ['Sheet1']);
    const seen = await listen(h);
    await h.applyPlans([plan('新表', [['a']])]);
    await fake.settle();
    expect((await syncsOf(() => fake.userEdit('新表', 'B1', 'b'))).syncs).toBe(0);
    expect(seen.filter((c) => c.kind === 'edit')).toEqual([{ sheet: '新表', range: { r0: 0, c0: 1, r1: 0, c1: 1 }, kind: 'edit' }]);
  });
});

describe('readSheets() of every sheet', () => {
  test('one sync once the sheets are known; sheets added since cost one more; deleted ones drop out', async () => {
    const h = host('1.14', ['甲', '乙']);
    fake.state.get('乙').writeCell(0, 0, { value: 1 });
    expect((await syncsOf(() => h.readSheets())).syncs).toBe(2);
    const again = await syncsOf(() => h.readSheets());
    expect(again.syncs).toBe(1);
    expect(again.result.map((g) => [g.name, g.values])).toEqual([['甲', []], ['乙', [[1]]]]);

    const added = new FakeSheet('丙');
    added.writeCell(1, 1, { value: '新' });
    fake.state.sheets.splice(0, 1, added);
    const changed = await syncsOf(() => h.readSheets());
    expect(changed.syncs).toBe(2);
    expect(changed.result.map((g) => [g.name, g.values])).toEqual([['丙', [[], [null, '新']]], ['乙', [[1]]]]);
    expect((await syncsOf(() => h.readSheets())).syncs).toBe(1);
  });
});

test('text-formatted cells take strings as they are (no quote prefix left behind)', async () => {
  const h = host('1.14', ['Sheet1']);
  await h.applyPlans([
    plan('表', [['项目编码', '13032423P00442810053A', '2023', '=A1']], { numberFormats: [{ range: { r0: 0, c0: 1, r1: 0, c1: 3 }, format: '@' }] }),
  ]);
  const s = fake.state.get('表');
  expect([s.at('B1'), s.at('C1'), s.at('D1')]).toEqual(['13032423P00442810053A', '2023', '=A1']);
  expect(s.cell(0, 3)?.formula).toBeUndefined();
  const [back] = await h.readSheets(['表']);
  expect(back.values[0]).toEqual(['项目编码', '13032423P00442810053A', '2023', '=A1']);
});
