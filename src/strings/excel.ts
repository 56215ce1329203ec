/** Messages of the Excel (Office.js) adapter and the add-in shell (ribbon commands, hosting). */
export const excelMessages = {
  timeout: (seconds: number) =>
    `Excel 在 ${seconds} 秒内没有响应，操作已取消。请先退出单元格编辑（按 Enter 或 Esc），稍后再试；如仍无响应，请保存后重新打开工作簿。`,
  sheetNotFound: (name: string) => `找不到工作表“${name}”，可能已被重命名或删除。`,
  sheetExists: (name: string) => `工作表“${name}”已存在；为避免覆盖已有内容，未写入任何内容。请先重命名或删除该表后再试。`,
  eventsUnsupported: '当前 Excel 版本不支持实时检查（需要 ExcelApi 1.9 及以上，如 Microsoft 365 或 Excel 2021）；请使用“全部检查”。',
  itemNotFound: (detail: string) => `Excel 找不到要操作的对象（${detail}），工作簿可能刚被修改，请重试。`,
  protectedSheet: '工作表或工作簿受保护，无法写入；请先撤销保护（审阅 → 撤销工作表保护）后再试。',
  cellEditBusy: '请先退出单元格编辑（按 Enter 或 Esc）后再试。',
  writeFailed: (detail: string) => `写入 Excel 失败：${detail}`,
  readFailed: (detail: string) => `读取 Excel 失败：${detail}`,
  commandInserted: (sheet: string) => `已插入绩效目标表模板“${sheet}”。`,
  commandFailed: (detail: string) => `插入模板失败：${detail}`,
} as const;
