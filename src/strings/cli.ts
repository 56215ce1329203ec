/** Text of the command line (src/cli): usage, one-line errors and the readable check report. */
export const CLI_TEXT = {
  usage: [
    '绩效目标表助手（jixiao）命令行',
    '',
    '用法：',
    '  jixiao check <文件.xlsx>... [--json] [--profile hebei-2023|mof-2021]   检查绩效目标表',
    '  jixiao convert <输入.xlsx> -o <输出.xlsx> [--profile …]               每张表另存为一个标准表（原工作表保留不变）',
    '  jixiao summarize <输入.xlsx> -o <输出.xlsx> [--profile …]             生成部门汇总、指标汇总、校验结果',
    '  jixiao template -o <输出.xlsx> [--profile …]                         生成一张空白标准表',
    '',
    '退出码：0 未发现错误；1 发现错误；2 无法运行（文件缺失或无法读取、参数有误）。',
    '--profile 默认为 hebei-2023（河北省 2023 版）；mof-2021 为财政部 2021 版。',
  ].join('\n'),

  // One-line reasons for exit code 2.
  noCommand: '缺少命令。可用命令：check、convert、summarize、template（运行 jixiao --help 查看用法）。',
  unknownCommand: (c: string) => `未知命令：${c}。可用命令：check、convert、summarize、template。`,
  unknownOption: (o: string) => `未知参数：${o}（运行 jixiao --help 查看用法）。`,
  optionNeedsValue: (o: string) => `参数 ${o} 后面缺少取值。`,
  badProfile: (p: string) => `不支持的规范版本：${p}。可选：hebei-2023、mof-2021。`,
  noInput: (c: string) => `命令 ${c} 需要输入文件：jixiao ${c} <文件.xlsx>${c === 'check' ? '...' : ' -o <输出.xlsx>'}`,
  tooManyInputs: (c: string) => `命令 ${c} 只接受一个输入文件。`,
  noOutput: (c: string) => `命令 ${c} 需要用 -o 指定输出文件，例如：jixiao ${c}${c === 'template' ? '' : ' 输入.xlsx'} -o 输出.xlsx`,
  unexpectedInput: (c: string, a: string) => `命令 ${c} 不需要输入文件：${a}`,
  outputIsInput: (f: string) => `输出文件不能与输入文件相同：${f}（原文件不会被覆盖，请另选文件名）。`,
  outputNotXlsx: (f: string) => `输出文件应以 .xlsx 结尾：${f}`,
  noSheets: (f: string) => `工作簿中没有任何工作表：${f}`,
  noTables: (f: string) => `未在 ${f} 中找到绩效目标表，未生成输出文件。`,
  unexpected: (detail: string) => `运行出错：${detail}（设置环境变量 JIXIAO_DEBUG=1 可查看详细信息）。`,
  notBuilt: '命令行尚未编译，请先运行 npm run build。',

  // The readable report of `check`.
  fileHeading: (f: string) => `文件：${f}`,
  tablesFound: (n: number) => (n === 0 ? '未找到绩效目标表。' : `找到 ${n} 张绩效目标表：`),
  tableLine: (i: number, where: string, name: string, code: string, budget: string) =>
    `  ${i}. ${where}  项目名称：${name || '（空）'}  项目编码：${code || '（空）'}  预算数：${budget}`,
  budgetValue: (amount: string, unit: string) => `${amount} ${unit}`,
  budgetMissing: '（空）',
  severityHeading: { error: '错误', warning: '警告', info: '提示' } as const,
  severityCount: (label: string, n: number) => `${label}（${n} 条）${n === 0 ? '：无' : '：'}`,
  diagnosticLine: (where: string, rule: string, message: string) => `  ${where}  [${rule}] ${message}`,
  fileTotals: (tables: number, e: number, w: number, i: number) =>
    `小计：${tables} 张表，错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
  grandTotals: (files: number, tables: number, e: number, w: number, i: number) =>
    `合计：${files} 个文件，${tables} 张表，错误 ${e} 条，警告 ${w} 条，提示 ${i} 条。`,
  verdictOk: '结论：未发现错误。',
  verdictErrors: (e: number) => `结论：发现 ${e} 条错误，请按上面的单元格位置修改。`,

  // convert / summarize / template.
  converted: (n: number, out: string) => `已转换 ${n} 张表，写入 ${out}：`,
  convertedLine: (sheet: string, from: string) => `  新增工作表“${sheet}” ← ${from}`,
  keptOriginals: (n: number) => `原有 ${n} 个工作表保持不变。`,
  summarized: (out: string, sheets: string[]) => `已生成 ${sheets.map((s) => `“${s}”`).join('、')}，写入 ${out}。`,
  summaryTables: (n: number, budget: string) => `共 ${n} 张表，预算数合计 ${budget}。`,
  templateWritten: (out: string, sheet: string) => `已生成空白标准表“${sheet}”，写入 ${out}。`,
  templateSheet: '绩效目标表',
  checkCounts: (e: number, w: number, i: number) =>
    `检查结果：错误 ${e} 条，警告 ${w} 条，提示 ${i} 条（运行 jixiao check 查看详情）。`,
} as const;
