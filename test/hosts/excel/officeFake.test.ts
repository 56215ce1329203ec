/** The fake must behave like Excel where the adapter could go wrong, or adapter tests prove nothing. */
import { installOfficeFake, OfficeFake } from '../../fakes/officeFake';

let fake: OfficeFake;
afterEach(() => fake.uninstall());

test('reading an unloaded property, or a loaded one before sync, throws PropertyNotLoaded', async () => {
  fake = installOfficeFake({ api: '1.14' });
  await Excel.run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('A1:B2');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    range.load('values');
    expect(() => range.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    await context.sync();
    expect(range.values).toEqual([['', ''], ['', '']]);
    expect(() => range.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
  });
});

test('writes apply at sync, in order, and syncs are counted', async () => {
  fake = installOfficeFake({ api: '1.14' });
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItem('Sheet1');
    const before = sheet.getRange('A1');
    before.load('values');
    sheet.getRange('A1').values = [['x']];
    const after = sheet.getRange('A1');
    after.load('values');
    expect(fake.state.get('Sheet1').at('A1')).toBe('');
    await context.sync();
    expect(before.values).toEqual([['']]);
    expect(after.values).toEqual([['x']]);
  });
  expect(fake.state.syncCount).toBe(1);
});

test('isNullObject needs a sync; getItem of a missing sheet fails the sync', async () => {
  fake = installOfficeFake({ api: '1.14' });
  await Excel.run(async (context) => {
    const missing = context.workbook.worksheets.getItemOrNullObject('无');
    expect(() => missing.isNullObject).toThrow();
    await context.sync();
    expect(missing.isNullObject).toBe(true);
    context.workbook.worksheets.getItem('无');
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
});

test('APIs above the configured requirement set are missing, and isSetSupported says so', () => {
  fake = installOfficeFake({ api: '1.12' });
  expect(Office.context.requirements.isSetSupported('ExcelApi', '1.12')).toBe(true);
  expect(Office.context.requirements.isSetSupported('ExcelApi', '1.13')).toBe(false);
  return Excel.run(async (context) => {
    const r = context.workbook.worksheets.getItem('Sheet1').getRange('A1');
    expect(() => r.getMergedAreasOrNullObject()).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    await context.sync();
  });
});

test.each([
  ['1.14', 'ThisLocalAddin'],
  ['1.13', undefined],
])('onChanged on %s fires for the add-in\'s own writes with triggerSource %s, and "Unknown"-or-undefined for the user', async (api, own) => {
  fake = installOfficeFake({ api });
  const events: { triggerSource?: string; address: string }[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (e) => {
      events.push({ triggerSource: e.triggerSource, address: e.address });
    });
    context.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['a', 'b']];
    await context.sync();
  });
  fake.userEdit('Sheet1', 'C3', 5);
  await fake.settle();
  expect(events).toEqual([
    { triggerSource: own, address: 'A1:B1' },
    { triggerSource: api === '1.14' ? 'Unknown' : undefined, address: 'C3' },
  ]);
});

test('statements left unsynced at the end of a run are reported', async () => {
  fake = installOfficeFake({ api: '1.14' });
  await expect(
    Excel.run(async (context) => {
      context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['x']];
    }),
  ).rejects.toThrow(/queued after the last sync/);
});

test('userEdit resolves only after the onChanged handlers finished', async () => {
  fake = installOfficeFake({ api: '1.14' });
  const done: string[] = [];
  await Excel.run(async (context) => {
    context.workbook.worksheets.onChanged.add(async (e) => {
      await new Promise((r) => setTimeout(r, 5));
      done.push(e.address);
    });
    await context.sync();
  });
  await fake.userEdit('Sheet1', 'B2', 1);
  expect(done).toEqual(['B2']);
});

test('getRanges (ExcelApi 1.9) makes one conditional format over several areas; older Excel lacks it', async () => {
  fake = installOfficeFake({ api: '1.9' });
  await Excel.run(async (context) => {
    const cf = context.workbook.worksheets.getItem('Sheet1').getRanges('B3,D5:E6').conditionalFormats.add('Custom');
    cf.custom.rule.formula = '=TRUE';
    cf.load('id');
    await context.sync();
    expect(cf.id).toBe(fake.state.get('Sheet1').conditionalFormats[0].id);
  });
  expect(fake.state.get('Sheet1').conditionalFormats.map((c) => [c.areas, c.range])).toEqual([
    [[{ r0: 2, c0: 1, r1: 2, c1: 1 }, { r0: 4, c0: 3, r1: 5, c1: 4 }], { r0: 2, c0: 1, r1: 5, c1: 4 }],
  ]);
  fake.uninstall();
  fake = installOfficeFake({ api: '1.8' });
  await Excel.run(async (context) => {
    expect(() => context.workbook.worksheets.getItem('Sheet1').getRanges('A1')).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
    await context.sync();
  });
});

test('conditionalFormats.getItem(id) of a removed rule fails the sync and drops the statements after it', async () => {
  fake = installOfficeFake({ api: '1.14' });
  const s = fake.state.get('Sheet1');
  s.conditionalFormats.push({ id: 'a', type: 'Custom', range: { r0: 0, c0: 0, r1: 0, c1: 0 }, formula: '=TRUE' });
  await Excel.run(async (context) => {
    const formats = context.workbook.worksheets.getItem('Sheet1').getRange().conditionalFormats;
    formats.getItem('a').delete();
    formats.getItem('gone').delete();
    formats.add('Custom').custom.rule.formula = '=FALSE';
    await expect(context.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
  });
  // The delete before the failure stays done, the add after it never ran: Office.js batches are not transactions.
  expect(s.conditionalFormats).toEqual([]);
});

test.each([
  ['1.17', true],
  ['1.16', false],
])('onNameChanged on %s', async (api, supported) => {
  fake = installOfficeFake({ api, sheets: ['甲', '乙'] });
  const seen: string[] = [];
  await Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    if (!supported) {
      expect(() => sheets.onNameChanged).not.toThrow();
      expect(() => sheets.onNameChanged.add(async () => undefined)).toThrow(expect.objectContaining({ code: 'ApiNotFound' }));
      await context.sync();
      return;
    }
    sheets.onNameChanged.add(async (e) => {
      seen.push(`${e.worksheetId === fake.state.get(e.nameAfter).id}:${e.nameBefore}→${e.nameAfter}`);
    });
    await context.sync();
    // The add-in's own renames are reported too.
    sheets.getItem('甲').name = '一';
    await context.sync();
  });
  if (!supported) return;
  await fake.settle();
  await fake.userRenameSheet('乙', '二');
  expect(seen).toEqual(['true:甲→一', 'true:乙→二']);
});
