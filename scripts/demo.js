#!/usr/bin/env node
/**
 * npm run demo: builds the sample workbook (the seed document pasted from Word into one sheet), then runs the
 * command line on it: check (report printed), convert and summarize. Outputs go to out/.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const { pastedWorkbook, workbookBuffer } = require('../lib/samples/seedWorkbook.js');
const { main } = require('../lib/cli/main.js');

const root = path.resolve(__dirname, '..');
const out = path.join(root, 'out');
const io = { out: (t) => console.log(t), err: (t) => console.error(t) };

async function step(title, argv) {
  console.log(`\n=== ${title}: jixiao ${argv.map((a) => path.relative(root, a) || a).join(' ')}`);
  const code = await main(argv, io);
  console.log(`（退出码 ${code}）`);
  if (code === 2) process.exitCode = 2;
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const pasted = path.join(out, 'seed-pasted.xlsx');
  fs.writeFileSync(pasted, await workbookBuffer(pastedWorkbook()));
  console.log(`示例工作簿：${path.relative(root, pasted)}（卢龙县市场监督管理局 2023 年 12 张绩效目标表，从 Word 粘贴到一个工作表）`);
  await step('检查', ['check', pasted]);
  await step('转换', ['convert', pasted, '-o', path.join(out, 'seed-converted.xlsx')]);
  await step('汇总', ['summarize', pasted, '-o', path.join(out, 'seed-summary.xlsx')]);
})().catch((e) => {
  console.error(`演示失败：${e && e.message ? e.message : e}`);
  process.exitCode = 2;
});
