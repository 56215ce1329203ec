#!/usr/bin/env node
/**
 * Bench: time from the keystroke that commits a cell (Enter) to the warning shown in the task pane, in the
 * browser workbench in headless Chromium. Converts the seed, then on its first standard sheet types 40 % in
 * 6月底 after 50 % in 3月底 (S02 appears; measured) and 60 % (S02 goes; not measured), `edits` times.
 * Both instants are taken with the page's own clock (performance.now), so the figure is what a user sees,
 * including the assistant's 300 ms debounce.
 *
 *   node scripts/bench-workbench.js [edits]        prints one JSON line
 *   const { benchWorkbench } = require('./bench-workbench'); const r = await benchWorkbench({ edits: 20 });
 */
const d = require('./workbench-driver');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

async function benchWorkbench({ edits = 20 } = {}) {
  if (!d.chromiumAvailable()) throw new Error(`Chromium not found at ${d.CHROMIUM} (apt-get install -y chromium)`);
  const wb = await d.openWorkbench();
  try {
    const { page } = wb;
    await page.getByRole('tab', { name: '模板与转换' }).click();
    await page.getByRole('button', { name: '预览', exact: true }).click();
    await page.getByRole('button', { name: '确认转换' }).waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: '确认转换' }).click();
    await page.getByText('已新建').waitFor({ timeout: 60000 });
    await page.getByRole('tab', { name: '检查' }).click();
    const sheet = await page.evaluate(() => window.univerAPI.getActiveWorkbook().getSheets()[1].getSheetName());
    await d.showSheet(page, sheet);
    const problem = `S02，${sheet}!C7`;
    const samples = [];
    for (let i = 0; i < edits; i++) {
      const enterAt = await d.typeInCell(page, 'C7', '40%');
      const shownAt = await d.whenPane(page, d.HAS_PROBLEM, problem, 5000);
      samples.push(Math.round((shownAt - enterAt) * 10) / 10);
      await d.typeInCell(page, 'C7', '60%');
      await d.whenPane(page, d.LACKS_PROBLEM, problem, 5000);
    }
    return {
      name: 'workbench keystroke → warning in task pane',
      edits,
      medianMs: median(samples),
      minMs: Math.min(...samples),
      maxMs: Math.max(...samples),
      samples,
      pageLoadMs: wb.loadMs,
    };
  } finally {
    await wb.close();
  }
}

module.exports = { benchWorkbench };

if (require.main === module) {
  benchWorkbench({ edits: Number(process.argv[2] || 20) })
    .then((r) =>
      console.log(
        `工作台 按键到任务窗格显示警告：中位数 ${r.medianMs.toFixed(0)} ms（${r.samples.length} 次编辑，最快 ${r.minMs.toFixed(0)} ms，最慢 ${r.maxMs.toFixed(0)} ms；含 100 ms 防抖）；页面加载 ${r.pageLoadMs.toFixed(0)} ms`,
      ),
    )
    .catch((e) => {
      console.error(e.message || e);
      process.exit(1);
    });
}
