/** A freshly inserted template is not painted red: one 提示 (D03) until the user starts filling it in. */
import { analyzeWorkbook } from '../../../src/engine/analyze';
import { planToGrid } from '../../../src/engine/render/planToGrid';
import { renderTemplate } from '../../../src/engine/render/template';

function templateGrid() {
  const plan = renderTemplate(null, { profile: 'hebei-2023' });
  plan.name = '绩效目标表';
  return planToGrid(plan);
}

test.each(['hebei-2023', 'mof-2021'] as const)('an untouched %s template gives only D03 at 项目编码', (profile) => {
  const plan = renderTemplate(null, { profile });
  plan.name = '绩效目标表';
  const a = analyzeWorkbook([planToGrid(plan)], { profile });
  expect(a.diagnostics.map((d) => [d.rule, d.severity, d.cell])).toEqual([['D03', 'info', 'B3']]);
});

test('once anything is filled in, the rules apply (here: the missing 项目名称, budget, values …)', () => {
  const grid = templateGrid();
  grid.values[2][1] = '13032423P00442810053A';
  const rules = new Set(analyzeWorkbook([grid], { profile: 'hebei-2023' }).diagnostics.map((d) => d.rule));
  expect(rules.has('D03')).toBe(false);
  expect(rules.has('P02')).toBe(true);
  expect(rules.has('B01')).toBe(true);
  expect(rules.has('V01')).toBe(true);
});
