/** The app layer's behaviour that no single host shows: debounce, one queue, timeouts, clamped re-reads. */
import { Assistant } from '../../src/app/assistant';
import { CheckResult } from '../../src/app/types';
import { perSheetSeedGrids, pastedSeedGrid } from '../fixtures/seedGrids';
import { MemoryHost } from '../fakes/memoryHost';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function live(host: MemoryHost, timing = { debounceMs: 30, timeoutMs: 2000 }) {
  const assistant = new Assistant(host, {}, timing);
  const results: CheckResult[] = [];
  const notices: string[] = [];
  return {
    assistant,
    results,
    notices,
    start: () => assistant.startLive((r) => results.push(r), (n) => notices.push(n.message)),
    last: () => results[results.length - 1],
  };
}

test('a burst of edits is debounced into one re-check of the edited table only', async () => {
  const host = new MemoryHost([pastedSeedGrid()]);
  const l = live(host);
  await l.start();
  const firstTable = l.last().diagnostics.length;
  expect(l.last().tableCount).toBe(12);
  host.calls = [];
  // Table 1's spend plan on the pasted sheet: find its cells from the first full check.
  const plan = l.assistant.lastAnalysis()?.tables[0].table.spendPlan ?? [];
  host.userEdit('Sheet1', plan[1].cell, '40');
  host.userEdit('Sheet1', plan[1].cell, '45%');
  host.userEdit('Sheet1', plan[1].cell, '40%');
  await sleep(120);
  expect(host.calls).toEqual(['readRegion', 'setMarks']);
  const s02 = l.last().diagnostics.filter((d) => d.rule === 'S02');
  expect(s02.map((d) => d.cell)).toEqual([plan[1].cell]);
  expect(l.last().diagnostics.length).toBe(firstTable + 1);
  expect(host.marks.get('Sheet1')?.some((m) => m.cell === plan[1].cell && m.severity === 'error')).toBe(true);
  await l.assistant.stopLive();
});

test('an edit outside every table re-reads that sheet', async () => {
  const host = new MemoryHost([perSheetSeedGrids()[0]]);
  const l = live(host);
  await l.start();
  host.calls = [];
  host.userEdit(perSheetSeedGrids()[0].name, 'K80', '备注');
  await sleep(100);
  expect(host.calls).toEqual(['readSheets', 'setMarks']);
  expect(l.last().diagnostics.some((d) => d.rule === 'D01' && d.cell === 'K80')).toBe(true);
  await l.assistant.stopLive();
});

test('a host call that never returns is abandoned with a Chinese notice, and the next edit still works', async () => {
  const sheet = perSheetSeedGrids()[0];
  const host = new MemoryHost([sheet]);
  const l = live(host, { debounceMs: 10, timeoutMs: 150 });
  await l.start();
  host.stall();
  host.userEdit(sheet.name, 'C7', '40%');
  await sleep(300);
  expect(l.notices).toHaveLength(1);
  expect(l.notices[0]).toMatch(/实时检查等待表格软件响应超过/);
  host.userEdit(sheet.name, 'C7', '60%');
  await sleep(100);
  expect(l.last().diagnostics.filter((d) => d.rule === 'S02')).toEqual([]);
  await l.assistant.stopLive();
});

test('after stopLive edits are no longer checked', async () => {
  const sheet = perSheetSeedGrids()[0];
  const host = new MemoryHost([sheet]);
  const l = live(host);
  await l.start();
  await l.assistant.stopLive();
  const n = l.results.length;
  host.userEdit(sheet.name, 'C7', '40%');
  await sleep(80);
  expect(l.results).toHaveLength(n);
});

test('清除标记 removes every mark on every sheet; select picks the diagnostic cell', async () => {
  const grids = perSheetSeedGrids().slice(0, 2);
  const host = new MemoryHost(grids);
  const assistant = new Assistant(host);
  const r = await assistant.checkAll();
  expect(host.marks.get(grids[0].name)?.length).toBeGreaterThan(0);
  await assistant.select(r.diagnostics[0]);
  expect(host.selected).toEqual({ sheet: r.diagnostics[0].sheet, cell: r.diagnostics[0].cell });
  await assistant.clearMarks();
  expect([...host.marks.values()].every((m) => m.length === 0)).toBe(true);
});

test('a converted workbook counts each project once and converting again finds nothing new', async () => {
  const host = new MemoryHost([pastedSeedGrid()]);
  const assistant = new Assistant(host);
  const preview = await assistant.previewConversion('workbook');
  await assistant.convert(preview);
  const r = await assistant.checkAll();
  expect(r.tableCount).toBe(12);
  expect(r.counts.error).toBe(0);
  expect(r.diagnostics.filter((d) => d.rule === 'P05')).toEqual([]);
  const again = await assistant.previewConversion('workbook');
  expect(again.tables).toEqual([]);
});

test('a stale preview cannot be written twice', async () => {
  const host = new MemoryHost([pastedSeedGrid()]);
  const assistant = new Assistant(host);
  const preview = await assistant.previewConversion('sheet');
  await assistant.convert(preview);
  await expect(assistant.convert(preview)).rejects.toThrow('预览已过期');
});
