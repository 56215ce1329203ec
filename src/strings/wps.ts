/** Messages of the WPS 表格 adapter and the WPS add-in shell (ribbon commands, task pane). */
export const wpsMessages = {
  noApplication: '未检测到 WPS 表格加载项接口（window.Application）。请在 WPS 表格中通过“绩效目标表”选项卡打开本助手。',
  noWorkbook: '当前没有打开的工作簿，请先新建或打开一个工作簿。',
  sheetNotFound: (name: string) => `找不到工作表“${name}”，可能已被重命名或删除。`,
  sheetExists: (name: string) => `工作表“${name}”已存在；为避免覆盖已有内容，未写入任何内容。请先重命名或删除该表后再试。`,
  readFailed: (detail: string) => `读取 WPS 表格失败：${detail}`,
  writeFailed: (detail: string) => `写入 WPS 表格失败：${detail}`,
  listTooLong: (cell: string) => `单元格 ${cell} 的下拉列表超过 255 个字符，WPS 无法保存，已跳过该下拉列表。`,
  taskPaneTitle: '绩效目标表助手',
  commandInserted: (sheet: string) => `已插入绩效目标表模板“${sheet}”。`,
  commandFailed: (detail: string) => `插入模板失败：${detail}`,
} as const;
