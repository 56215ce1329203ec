/**
 * The adapter contract every host passes: the same user actions through the Assistant, with the same
 * results, on .xlsx files, the Office.js fake, the WPS ET fake and Univer. Each host states its own
 * round-trip budget (syncs for Office.js, cross-process calls for WPS, host calls for the others).
 *
 * @example
 *   describeHostContract('Excel (Office.js fake)', async (grids) => {
 *     const fake = new FakeExcel(grids);
 *     return { host: new ExcelHost(), roundTrips: () => fake.syncCount, userEdit: (s, c, v) => fake.userEdit(s, c, v) };
 *   }, { insertTemplate: 2, convertSeedSheet: 3, liveEdit: 2, summary50: 3 });
 */
import { analyzeSheet } from '../../../src/engine/analyze';
import { CellValue, SheetGrid } from '../../../src/engine/grid/grid';
import { renderTemplate } from '../../../src/engine/render/template';
import { planToGrid } from '../../../src/engine/render/planToGrid';
import { Assistant } from '../../../src/app/assistant';
import { SpreadsheetHost } from '../../../src/hosts/host';
import { CheckResult } from '../../../src/app/types';
import { pastedSeedGrid, perSheetSeedGrids } from '../../fixtures/seedGrids';

export interface HostHarness {
  host: SpreadsheetHost;
  /** Round trips to the host so far. */
  roundTrips(): number;
  /** Types a value into a cell as the user would (fires the host's change event). Absent on hosts without events. */
  userEdit?(sheet: string, cell: string, value: CellValue): Promise<void>;
  /** Cleans up (timers, globals). */
  dispose?(): Promise<void> | void;
}

export interface RoundTripBudget {
  insertTemplate: number;
  convertSeedSheet: number;
  liveEdit: number;
  summary50: number;
}

export type HarnessFactory = (grids: SheetGrid[]) => Promise<HostHarness>;

/** Sheet values as strings, for comparing what a host holds before and after an operation. */
function snapshot(g: SheetGrid): string[][] {
  return g.values.map((r) => (r ?? []).map((v) => (v === null || v === undefined ? '' : String(v))));
}

function trimmed(rows: string[][]): string[][] {
  const out = rows.map((r) => {
    const copy = [...r];
    while (copy.length && copy[copy.length - 1] === '') copy.pop();
    return copy;
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** Fifty standard project sheets with distinct codes, built from the seed's tables. */
export function fiftyProjectSheets(): SheetGrid[] {
  const seed = perSheetSeedGrids().map((g) => analyzeSheet(g).tables[0].table);
  return Array.from({ length: 50 }, (_, i) => {
    const base = seed[i % seed.length];
    const plan = renderTemplate({ ...base, projectCode: `${base.projectCode}-${i + 1}` }, { profile: 'hebei-2023' });
    plan.name = `项目${i + 1}`;
    return planToGrid(plan);
  });
}

export function describeHostContract(name: string, make: HarnessFactory, budget: RoundTripBudget): void {
  describe(`host contract: ${name}`, () => {
    let harness: HostHarness | null = null;
    afterEach(async () => {
      await harness?.dispose?.();
      harness = null;
    });

    test('插入模板 adds one standard sheet that reads back as an empty table', async () => {
      harness = await make([{ name: 'Sheet1', values: [['备注']], merges: [] }]);
      const assistant = new Assistant(harness.host);
      const before = harness.roundTrips();
      const sheet = await assistant.insertTemplate('hebei-2023');
      expect(harness.roundTrips() - before).toBeLessThanOrEqual(budget.insertTemplate);
      expect(sheet).toBe('绩效目标表');
      const grids = await harness.host.readSheets();
      expect(grids.map((g) => g.name)).toEqual(['Sheet1', '绩效目标表']);
      expect(snapshot(grids[0])[0][0]).toBe('备注');
      const t = analyzeSheet(grids[1]).tables;
      expect(t).toHaveLength(1);
      expect(t[0].fields.indicatorHeader).toBe('A9');
      expect(t[0].table.indicators.map((i) => `${i.level1}/${i.level2}`)).toContain('产出指标/数量指标');
    });

    test('转换 a sheet holding the seed\'s 12 tables: 12 standard sheets, the original untouched', async () => {
      const pasted = pastedSeedGrid();
      harness = await make([pasted]);
      const assistant = new Assistant(harness.host);
      const original = trimmed(snapshot((await harness.host.readSheets([pasted.name]))[0]));
      const before = harness.roundTrips();
      const preview = await assistant.previewConversion('sheet');
      expect(preview.tables).toHaveLength(12);
      expect(preview.tables[0]).toMatchObject({ projectName: '食品安全业务经费', projectCode: '13032423P00442810053A', budget: 5 });
      const created = await assistant.convert(preview);
      expect(harness.roundTrips() - before).toBeLessThanOrEqual(budget.convertSeedSheet);
      expect(created).toHaveLength(12);
      const grids = await harness.host.readSheets();
      expect(grids).toHaveLength(13);
      expect(trimmed(snapshot(grids[0]))).toEqual(original);
      const converted = grids.slice(1).map((g) => analyzeSheet(g).tables[0].table);
      expect(converted.map((t) => t.budget.total)).toEqual([5, 30, 20, 38, 20, 9, 9, 12, 28, 5, 3, 16]);
      expect(converted[0].spendPlan.map((s) => s.percent)).toEqual([50, 100, 100, 100]);
      expect(converted[5].indicators.map((i) => i.value)).toEqual(['10批次', '50批次', '≥95%', '及时保障', '9万元', '较上年产品质量提高', '≥98%']);

      // The pasted original and its converted sheets hold the same projects: the summary counts each once.
      await assistant.summarize();
      const [dept] = await harness.host.readSheets(['部门汇总']);
      const totals = snapshot(dept).find((r) => r.includes('合计'));
      expect(totals?.map(Number)).toContain(195);
    });

    test('live: 40% after 50% raises S02 on that cell; 60% clears it', async () => {
      harness = await make([perSheetSeedGrids()[0]]);
      const h = harness;
      if (!h.userEdit) {
        // Hosts without change events (.xlsx files) have no live validation, and say so.
        expect(h.host.capabilities.events).toBe(false);
        return;
      }
      const sheet = perSheetSeedGrids()[0].name;
      const assistant = new Assistant(h.host, {}, { debounceMs: 5 });
      const results: CheckResult[] = [];
      await assistant.startLive((r) => results.push(r), () => undefined);
      const s02 = (): string[] =>
        (results[results.length - 1]?.diagnostics ?? []).filter((d) => d.rule === 'S02').map((d) => `${d.sheet}!${d.cell}`);
      expect(s02()).toEqual([]);

      const before = h.roundTrips();
      await h.userEdit(sheet, 'C7', '40%');
      await assistant.flushLive();
      expect(h.roundTrips() - before).toBeLessThanOrEqual(budget.liveEdit);
      expect(s02()).toEqual([`${sheet}!C7`]);

      await h.userEdit(sheet, 'C7', '60%');
      await assistant.flushLive();
      expect(s02()).toEqual([]);
      await assistant.stopLive();
    });

    test('汇总 over 50 project sheets: 部门汇总 with a totals row, within budget', async () => {
      harness = await make(fiftyProjectSheets());
      const assistant = new Assistant(harness.host);
      const before = harness.roundTrips();
      const sheets = await assistant.summarize();
      expect(harness.roundTrips() - before).toBeLessThanOrEqual(budget.summary50);
      expect(sheets).toEqual(['部门汇总', '指标汇总', '校验结果']);
      const [dept] = await harness.host.readSheets(['部门汇总']);
      const rows = snapshot(dept);
      const totals = rows.find((r) => r.includes('合计'));
      expect(totals).toBeDefined();
      // 50 projects cycling through the seed's 12 budgets: 4 × 195 + (5+30) = 815.
      expect(totals?.map(Number).filter((n) => Number.isFinite(n) && n > 0)).toContain(815);
      // A second run replaces the summary sheets instead of adding more.
      await assistant.summarize();
      const names = (await harness.host.workbookInfo()).sheets;
      expect(names.filter((n) => n.startsWith('部门汇总'))).toEqual(['部门汇总']);
    });
  });
}
