/**
 * ExcelHost on the Office.js fake: what it reads and writes, and how many round trips (syncs) it takes.
 */
import { renderTemplate } from '../../../src/engine/render/template';
import { HostError } from '../../../src/hosts/host';
import { ExcelHost } from '../../../src/hosts/excel/excelHost';
import { charsToPoints } from '../../../src/hosts/excel/units';
import { installOfficeFake, OfficeFake } from '../../fakes/officeFake';
import { plan } from '../../support/plans';

let fake: OfficeFake;
afterEach(() => fake?.uninstall());

function host(api: string, sheets: string[] = ['Sheet1'], extra: ConstructorParameters<typeof ExcelHost>[0] = {}): ExcelHost {
  fake = installOfficeFake({ api, sheets });
  return new ExcelHost({ guardWindowMs: 200, ...extra });
}

/** Counts the syncs one call makes. */
async function syncsOf<T>(f: () => Promise<T>): Promise<{ result: T; syncs: number }> {
  const before = fake.state.syncCount;
  const result = await f();
  return { result, syncs: fake.state.syncCount - before };
}

const TEMPLATE = () => renderTemplate(null, { profile: 'hebei-2023', checkpoints: ['3月底', '6月底', '10月底', '12月底'], name: '绩效目标表' });

describe('reading', () => {
  test('readSheets of many named sheets is one sync and shifts used ranges to A1', async () => {
    const h = host('1.14', ['一', '二', '三', '四', '五']);
    const s2 = fake.state.get('二');
    s2.writeCell(2, 1, { value: '项目名称' });
    s2.writeCell(2, 2, { value: 12.5, numberFormat: '0.00' });
    s2.writeCell(3, 3, { value: true });
    s2.merges.push({ r0: 2, c0: 2, r1: 2, c1: 5 });
    fake.state.get('四').writeCell(0, 0, { value: '部门' });

    const { result, syncs } = await syncsOf(() => h.readSheets(['一', '二', '三', '四', '五']));
    expect(syncs).toBe(1);
    expect(result.map((g) => g.name)).toEqual(['一', '二', '三', '四', '五']);
    expect(result[0].values).toEqual([]);
    expect(result[1].values).toEqual([[], [], [null, '项目名称', 12.5], [null, null, null, true]]);
    expect(result[1].numberFormats?.[2]).toEqual([null, null, '0.00', null]);
    expect(result[1].merges).toEqual([{ r0: 2, c0: 2, r1: 2, c1: 5 }]);
    expect(result[3].values).toEqual([['部门']]);
  });

  test('readSheets without names lists the sheets first: two syncs in one run', async () => {
    const h = host('1.14', ['A', 'B']);
    fake.state.get('B').writeCell(0, 0, { value: 1 });
    const runsBefore = fake.runs;
    const { result, syncs } = await syncsOf(() => h.readSheets());
    expect(syncs).toBe(2);
    expect(fake.runs - runsBefore).toBe(1);
    expect(result.map((g) => [g.name, g.values])).toEqual([['A', []], ['B', [[1]]]]);
  });

  test('a missing sheet is a Chinese not-found HostError', async () => {
    const h = host('1.14', ['Sheet1']);
    await expect(h.readSheets(['Sheet1', '不存在'])).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('不存在') });
  });

  test('readRegion keeps worksheet coordinates', async () => {
    const h = host('1.14', ['表']);
    const s = fake.state.get('表');
    s.writeCell(4, 2, { value: '年度目标' });
    s.writeCell(0, 0, { value: 'outside' });
    s.merges.push({ r0: 4, c0: 2, r1: 4, c1: 3 });
    const { result, syncs } = await syncsOf(() => h.readRegion('表', { r0: 3, c0: 1, r1: 5, c1: 4 }));
    expect(syncs).toBe(1);
    expect(result.values).toEqual([[], [], [], [], [null, null, '年度目标']]);
    expect(result.merges).toEqual([{ r0: 4, c0: 2, r1: 4, c1: 3 }]);
  });

  test('below ExcelApi 1.13 no merges are read and nothing fails', async () => {
    const h = host('1.9', ['表']);
    const s = fake.state.get('表');
    s.writeCell(0, 0, { value: '标题' });
    s.merges.push({ r0: 0, c0: 0, r1: 0, c1: 3 });
    const [g] = await h.readSheets(['表']);
    expect(g.values).toEqual([['标题']]);
    expect(g.merges).toEqual([]);
  });

  test('workbookInfo is one sync', async () => {
    const h = host('1.14', ['甲', '乙']);
    fake.state.activeSheetId = fake.state.get('乙').id;
    const { result, syncs } = await syncsOf(() => h.workbookInfo());
    expect(result).toEqual({ sheets: ['甲', '乙'], active: '乙' });
    expect(syncs).toBe(1);
  });
});

describe('writing', () => {
  test('inserting the template: workbookInfo + applyPlans = 2 syncs, and the sheet holds the plan', async () => {
    const h = host('1.14', ['Sheet1']);
    const p = TEMPLATE();
    const { syncs } = await syncsOf(async () => {
      await h.workbookInfo();
      await h.applyPlans([p], { activate: p.name });
    });
    expect(syncs).toBe(2);
    const s = fake.state.get(p.name);
    const [back] = await h.readSheets([p.name]);
    // Everything the plan writes reads back unchanged (text stays text, numbers stay numbers).
    const trimmed = (rows: unknown[][]) => {
      const out = rows.map((r) => {
        const row = r.slice();
        while (row.length && (row[row.length - 1] === null || row[row.length - 1] === '')) row.pop();
        return row;
      });
      while (out.length && out[out.length - 1].length === 0) out.pop();
      return out;
    };
    expect(back.values).toEqual(trimmed(p.values.map((r) => r.map((v) => (v === '' ? null : v)))));
    expect(s.merges).toEqual(p.merges);
    expect(s.validations).toHaveLength(p.validations.length);
    p.validations.forEach((v, i) => {
      expect(s.validations[i].range).toEqual(v.range);
      expect(s.validations[i].rule).toEqual({ list: { inCellDropDown: true, source: v.list.join(',') } });
    });
    p.columnWidths.forEach((w, c) => expect(s.columnWidths.get(c)).toBe(charsToPoints(w)));
    expect(s.pageLayout).toMatchObject({ paperSize: 'A4', orientation: 'Portrait', zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 } });
    if (p.freeze) expect(s.freeze).toEqual(p.freeze);
    expect(fake.state.activeSheetId).toBe(s.id);
    expect(fake.state.screenUpdatingSuspended).toBe(1);
    expect(fake.state.runOptions.every((o) => (o as { delayForCellEdit?: boolean }).delayForCellEdit === true)).toBe(true);
  });

  test('applyPlans without fresh sheet names reads them first: 2 syncs; with fresh names: 1 sync', async () => {
    const h = host('1.14', ['Sheet1']);
    expect((await syncsOf(() => h.applyPlans([plan('甲', [['a']])]))).syncs).toBe(2);
    await h.workbookInfo();
    expect((await syncsOf(() => h.applyPlans([plan('乙', [['b']]), plan('丙', [['c']])]))).syncs).toBe(1);
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Sheet1', '甲', '乙', '丙']);
  });

  test.each([
    ['=SUM(A1:A3)'],
    ['+86 0335'],
    ['-5%'],
    ['@user'],
    ["'quoted"],
    ['#N/A'],
    ['2023'],
    ['95%'],
    ['1/2'],
    ['2023-01-05'],
    ['TRUE'],
    ['.5'],
    ['（一）产出指标'],
  ])('text %s is stored as that text, never as a formula, number or date', async (text) => {
    const h = host('1.14', ['Sheet1']);
    await h.applyPlans([plan('表', [[text, 42]])]);
    const cell = fake.state.get('表').cell(0, 0);
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe(text);
    expect(fake.state.get('表').cell(0, 1)?.value).toBe(42);
  });

  test('a name clash is refused before anything is written', async () => {
    const h = host('1.14', ['Sheet1', '表']);
    fake.state.get('表').writeCell(0, 0, { value: '用户内容' });
    await expect(h.applyPlans([plan('新表', [['x']]), plan('表', [['y']])])).rejects.toMatchObject({ code: 'conflict' });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['Sheet1', '表']);
    expect(fake.state.get('表').at('A1')).toBe('用户内容');
  });

  test('replaceExisting replaces the sheet in its tab position', async () => {
    const h = host('1.14', ['一', '部门汇总', '三']);
    fake.state.get('部门汇总').writeCell(0, 0, { value: '旧' });
    await h.applyPlans([plan('部门汇总', [['新', 1]])], { replaceExisting: true });
    expect(fake.state.sheets.map((s) => s.name)).toEqual(['一', '部门汇总', '三']);
    expect(fake.state.get('部门汇总').at('A1')).toBe('新');
  });

  test('styles, number formats, links, row heights and auto filter are written', async () => {
    const h = host('1.14', ['Sheet1']);
    await h.applyPlans([
      plan('表', [['目录', null], [0.5, 12]], {
        styles: [{ range: { r0: 0, c0: 0, r1: 1, c1: 1 }, style: { bold: true, fill: '#DDEBF7', border: true, horizontal: 'center', vertical: 'middle', wrap: true } }],
        numberFormats: [{ range: { r0: 1, c0: 0, r1: 1, c1: 0 }, format: '0%' }],
        links: [{ row: 0, col: 0, sheet: '汇总 表', cell: 'A1' }],
        rowHeights: { 1: 30 },
        autoFilter: { r0: 0, c0: 0, r1: 1, c1: 1 },
      }),
    ]);
    const s = fake.state.get('表');
    expect(s.formatAt(1, 1, 'font.bold')).toBe(true);
    expect(s.formatAt(1, 1, 'fill.color')).toBe('#DDEBF7');
    expect(s.formatAt(0, 0, 'borders.InsideVertical.style')).toBe('Continuous');
    expect(s.formatAt(0, 0, 'horizontalAlignment')).toBe('Center');
    expect(s.formatAt(0, 0, 'verticalAlignment')).toBe('Center');
    expect(s.cell(1, 0)).toMatchObject({ value: 0.5, numberFormat: '0%' });
    expect(s.cell(0, 0)?.hyperlink).toEqual({ documentReference: "'汇总 表'!A1", textToDisplay: '目录' });
    expect(s.rowHeights.get(1)).toBe(30);
    expect(s.autoFilter).toEqual({ r0: 0, c0: 0, r1: 1, c1: 1 });
  });

  test('on ExcelApi 1.8 print setup and auto filter are skipped, the rest is written', async () => {
    const h = host('1.8', ['Sheet1']);
    expect(h.capabilities.events).toBe(false);
    await h.applyPlans([plan('表', [['a']], { autoFilter: { r0: 0, c0: 0, r1: 0, c1: 0 }, freeze: { rows: 1, cols: 0 } })]);
    const s = fake.state.get('表');
    expect(s.at('A1')).toBe('a');
    expect(s.pageLayout).toEqual({});
    expect(s.autoFilter).toBeNull();
    expect(s.freeze).toEqual({ rows: 1, cols: 0 });
    await expect(h.onChange(() => undefined)).rejects.toMatchObject({ code: 'unsupported' });
  });
});

describe('marks', () => {
  test('setMarks adds tagged conditional formats and never touches the user\'s own formats or fills', async () => {
    const h = host('1.14', ['表', '其他']);
    const s = fake.state.get('表');
    s.formatOps.push({ range: { r0: 0, c0: 0, r1: 5, c1: 5 }, key: 'fill.color', value: '#00FF00' });
    s.conditionalFormats.push({ id: 'user', type: 'Custom', range: { r0: 0, c0: 0, r1: 9, c1: 0 }, formula: '=A1>5', fill: '#FF0000' });
    s.conditionalFormats.push({ id: 'user2', type: 'CellValue', range: { r0: 0, c0: 1, r1: 9, c1: 1 } });

    const first = await syncsOf(() =>
      h.setMarks(['表'], [
        { sheet: '表', cell: 'B3', severity: 'error', note: 'S02' },
        { sheet: '表', cell: 'C4', severity: 'warning', note: 'W01' },
      ]),
    );
    expect(first.syncs).toBeLessThanOrEqual(2);
    const ours = () => s.conditionalFormats.filter((c) => c.formula?.includes('jixiao-mark'));
    // One rule per severity; errors are added last so they take the top priority where marks meet.
    expect(ours().map((c) => [c.range, c.fill])).toEqual([
      [{ r0: 3, c0: 2, r1: 3, c1: 2 }, '#FFEB9C'],
      [{ r0: 2, c0: 1, r1: 2, c1: 1 }, '#FFC7CE'],
    ]);

    // Replacing removes only our previous marks.
    await h.setMarks(['表'], [{ sheet: '表', cell: 'D5', severity: 'info', note: 'I01' }]);
    expect(ours().map((c) => c.range)).toEqual([{ r0: 4, c0: 3, r1: 4, c1: 3 }]);
    expect(s.conditionalFormats.map((c) => c.id).slice(0, 2)).toEqual(['user', 'user2']);

    const clear = await syncsOf(() => h.setMarks(['表'], []));
    expect(clear.syncs).toBeLessThanOrEqual(2);
    expect(ours()).toEqual([]);
    expect(s.conditionalFormats.map((c) => c.id)).toEqual(['user', 'user2']);
    expect(s.formatAt(2, 1, 'fill.color')).toBe('#00FF00');
    expect(s.formatOps).toHaveLength(1);
  });
});

describe('selection', () => {
  test('selectCell activates the sheet and selects the cell in one sync', async () => {
    const h = host('1.14', ['甲', '乙']);
    const { syncs } = await syncsOf(() => h.selectCell('乙', 'C7'));
    expect(syncs).toBe(1);
    expect(fake.state.activeSheetId).toBe(fake.state.get('乙').id);
    expect(fake.state.selection).toEqual({ sheetId: fake.state.get('乙').id, range: { r0: 6, c0: 2, r1: 6, c1: 2 } });
  });

  test('selecting on a missing sheet is a Chinese not-found error', async () => {
    const h = host('1.14', ['甲']);
    const err = await h.selectCell('无', 'A1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('not-found');
    expect((err as HostError).message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe.each([
  ['1.14', 'triggerSource'],
  ['1.9', 'expected-write guard'],
])('change events on ExcelApi %s (%s)', (api) => {
  test('own writes do not reach the listener; user edits do', async () => {
    const h = host(api, ['Sheet1']);
    const seen: unknown[] = [];
    const off = await h.onChange((c) => seen.push(c));
    await h.workbookInfo();
    await h.applyPlans([TEMPLATE()], { activate: '绩效目标表' });
    await h.setMarks(['绩效目标表'], [{ sheet: '绩效目标表', cell: 'B5', severity: 'error', note: 'x' }]);
    await fake.settle();
    // Activation by our own write is reported (the assistant re-checks the sheet); no edit is.
    expect(seen.filter((c) => (c as { kind: string }).kind === 'edit')).toEqual([]);

    fake.userEdit('绩效目标表', 'Z99', '用户输入');
    await fake.settle();
    expect(seen).toContainEqual({ sheet: '绩效目标表', range: { r0: 98, c0: 25, r1: 98, c1: 25 }, kind: 'edit' });

    fake.userInsertRows('绩效目标表', 9, 2);
    fake.userActivate('Sheet1');
    await fake.settle();
    expect(seen).toContainEqual({ sheet: '绩效目标表', range: { r0: 9, c0: 0, r1: 10, c1: 16383 }, kind: 'structure' });
    expect(seen[seen.length - 1]).toEqual({ sheet: 'Sheet1', range: { r0: 0, c0: 0, r1: 0, c1: 0 }, kind: 'activate' });

    await off();
    const count = seen.length;
    fake.userEdit('Sheet1', 'A1', 1);
    await fake.settle();
    expect(seen).toHaveLength(count);
  });

  test('a user edit inside the written area is reported once the write settled', async () => {
    const h = host(api, ['Sheet1']);
    const seen: unknown[] = [];
    await h.onChange((c) => seen.push(c));
    await h.applyPlans([plan('表', [['a', 'b'], ['c', 'd']])]);
    await fake.settle();
    await new Promise((r) => setTimeout(r, 250));
    fake.userEdit('表', 'B2', '改');
    await fake.settle();
    expect(seen).toEqual([{ sheet: '表', range: { r0: 1, c0: 1, r1: 1, c1: 1 }, kind: 'edit' }]);
  });
});

describe('timeouts', () => {
  test('a batch that never returns rejects with a Chinese timeout HostError and the queue moves on', async () => {
    const h = host('1.14', ['Sheet1'], { timeoutMs: 50 });
    const g = globalThis as unknown as { Excel: { run: (...a: unknown[]) => Promise<unknown> } };
    const realRun = g.Excel.run;
    g.Excel.run = () => new Promise(() => undefined);
    const err = await h.workbookInfo().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('timeout');
    expect((err as HostError).message).toContain('Excel');
    g.Excel.run = realRun;
    await expect(h.workbookInfo()).resolves.toEqual({ sheets: ['Sheet1'], active: 'Sheet1' });
  });
});

describe('change events in real-Excel shapes', () => {
  test('a multi-area edit ("A1:B2,D4") is reported, covering every area', async () => {
    const h = host('1.14', ['Sheet1']);
    const seen: unknown[] = [];
    await h.onChange((c) => seen.push(c));
    await h.workbookInfo();
    await fake.userClearAreas('Sheet1', ['A1:B2', 'D4']);
    await fake.settle();
    expect(seen).toEqual([{ sheet: 'Sheet1', range: { r0: 0, c0: 0, r1: 3, c1: 3 }, kind: 'edit' }]);
  });

  test('a sheet whose name has an apostrophe and a space: events, reads and merges', async () => {
    const name = "It's 表";
    const h = host('1.14', [name]);
    const s = fake.state.get(name);
    s.writeCell(0, 0, { value: '标题' });
    s.merges.push({ r0: 0, c0: 0, r1: 0, c1: 2 }, { r0: 1, c0: 0, r1: 3, c1: 0 });
    const seen: unknown[] = [];
    await h.onChange((c) => seen.push(c));
    const [g] = await h.readSheets([name]);
    expect(g.values).toEqual([['标题']]);
    expect(g.merges).toEqual([{ r0: 0, c0: 0, r1: 0, c1: 2 }, { r0: 1, c0: 0, r1: 3, c1: 0 }]);
    await fake.userEdit(name, 'C5', 1);
    expect(seen).toEqual([{ sheet: name, range: { r0: 4, c0: 2, r1: 4, c1: 2 }, kind: 'edit' }]);
  });

  test('a listener that throws goes to onEventError, not to an unhandled rejection', async () => {
    const errors: unknown[] = [];
    const h = host('1.14', ['Sheet1'], { onEventError: (e) => errors.push(e) });
    await h.workbookInfo();
    await h.onChange(() => {
      throw new Error('listener failed');
    });
    await fake.userEdit('Sheet1', 'A1', 'x');
    await fake.settle();
    expect(errors).toEqual([new Error('listener failed')]);
  });

  test('an unsubscribe that failed (e.g. Excel busy) can be retried and then removes the handlers', async () => {
    const h = host('1.14', ['Sheet1']);
    const seen: unknown[] = [];
    const off = await h.onChange((c) => seen.push(c));
    await h.workbookInfo();
    const g = globalThis as unknown as { Excel: { run: (...a: unknown[]) => Promise<unknown> } };
    const realRun = g.Excel.run;
    g.Excel.run = () => Promise.reject(Object.assign(new Error('busy'), { code: 'InvalidOperationInCellEditMode' }));
    await expect(off()).rejects.toMatchObject({ code: 'conflict' });
    g.Excel.run = realRun;
    await off();
    await fake.userEdit('Sheet1', 'A1', 'x');
    await fake.settle();
    expect(seen).toEqual([]);
  });

  test('hyperlinks to sheets named like R1C1 references are quoted', async () => {
    const h = host('1.14', ['Sheet1']);
    await h.workbookInfo();
    await h.applyPlans([plan('R1C1', [['x']]), plan('目录', [['去']], { links: [{ row: 0, col: 0, sheet: 'R1C1', cell: 'A1' }] })]);
    expect(fake.state.get('目录').cell(0, 0)?.hyperlink?.documentReference).toBe("'R1C1'!A1");
  });
});

describe('big sheets are read within the per-response limits', () => {
  function fill(name: string, rows: number, cols: number, r0 = 0, c0 = 0): void {
    const s = fake.state.get(name);
    for (let r = 0; r < rows; r++) for (let c = 0; c < cols; c++) s.writeCell(r0 + r, c0 + c, { value: r * 1000 + c, ...(c === 0 ? { numberFormat: '0.00' } : {}) });
  }

  test('a sheet over the budget is read in bands, one sync each, and comes back whole', async () => {
    // The fake counts both loaded arrays (values and numberFormat): 2 × 2000 per band.
    fake = installOfficeFake({ api: '1.14', sheets: ['大表', '小表'], maxCellsPerSync: 4500 });
    const h = new ExcelHost({ cellsPerRead: 2000 });
    fill('大表', 300, 20, 2, 1);
    fill('小表', 5, 3);
    const { result, syncs } = await syncsOf(() => h.readSheets(['大表', '小表']));
    // 1 sync for the addresses and the small sheet, 300 rows × 20 columns in bands of 100 rows.
    expect(syncs).toBe(4);
    const [big, small] = result;
    expect(big.values).toHaveLength(302);
    expect(big.values[2]).toEqual([null, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    expect(big.values[301][20]).toBe(299019);
    expect(big.numberFormats?.[301]?.[1]).toBe('0.00');
    expect(small.values[4]).toEqual([4000, 4001, 4002]);
  });

  test('small sheets still take one sync', async () => {
    fake = installOfficeFake({ api: '1.14', sheets: ['表'], maxCellsPerSync: 2500 });
    const h = new ExcelHost({ cellsPerRead: 2000 });
    fill('表', 30, 10);
    const { result, syncs } = await syncsOf(() => h.readSheets(['表']));
    expect(syncs).toBe(1);
    expect(result[0].values[29][9]).toBe(29009);
  });

  test('when Excel refuses even the window (long texts), the read retries without values and reads in halving bands', async () => {
    fake = installOfficeFake({ api: '1.14', sheets: ['表'], maxCellsPerSync: 150 });
    const h = new ExcelHost({ cellsPerRead: 400 });
    fill('表', 40, 5);
    const [g] = await h.readSheets(['表']);
    expect(g.values).toHaveLength(40);
    expect(g.values[39]).toEqual([39000, 39001, 39002, 39003, 39004]);
  });

  test('readSheets() of every sheet reads big sheets in bands too', async () => {
    fake = installOfficeFake({ api: '1.14', sheets: ['A', 'B'], maxCellsPerSync: 2500 });
    const h = new ExcelHost({ cellsPerRead: 2000 });
    fill('B', 250, 12);
    const grids = await h.readSheets();
    expect(grids.map((g) => g.name)).toEqual(['A', 'B']);
    expect(grids[1].values[249][11]).toBe(249011);
  });
});
