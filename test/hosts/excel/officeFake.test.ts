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
