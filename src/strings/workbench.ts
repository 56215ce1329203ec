/** Text of the browser workbench (src/workbench) and its Univer host (src/hosts/univer). */
export const UNIVER_MESSAGES = {
  noWorkbook: '工作台中没有打开的工作簿。',
  sheetMissing: (name: string) => `找不到工作表“${name}”。`,
  sheetExists: (name: string) => `工作表“${name}”已存在，未覆盖。`,
  badCell: (cell: string) => `单元格地址无效：${cell}`,
} as const;

export const WORKBENCH_TEXT = {
  title: '绩效目标表助手 · 浏览器工作台',
  subtitle: '无需 Excel 或 WPS：在网页中打开 .xlsx，检查、转换、汇总后保存。',
  open: '打开 .xlsx',
  save: '保存 .xlsx',
  sample: '示例工作簿',
  sampleName: '示例：2023年卢龙县市场监督管理局（从 Word 粘贴）',
  loading: '正在加载表格…',
  opening: (file: string) => `正在打开 ${file}…`,
  opened: (file: string) => `已打开 ${file}`,
  saved: (file: string) => `已保存 ${file}`,
  saveFailed: (reason: string) => `保存失败：${reason}`,
  openFailed: (reason: string) => `打开失败：${reason}`,
  startFailed: '工作台启动失败，请刷新页面重试。',
  defaultFileName: '绩效目标表.xlsx',
  paneLabel: '绩效目标表助手任务窗格',
  sheetLabel: '电子表格',
} as const;
