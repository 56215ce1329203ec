/** Messages of the .xlsx host (hosts/xlsx): one line each, shown to the user as they are. */
export const XLSX_MESSAGES = {
  notFound: (file: string) => `找不到文件：${file}`,
  notAFile: (file: string) => `不是文件：${file}`,
  unreadable: (file: string) => `无法读取文件：${file} 不是有效的 Excel 工作簿（.xlsx），或文件已损坏。`,
  legacyXls: (file: string) => `无法读取文件：${file} 是旧版 .xls 或其他格式，请在 Excel/WPS 中另存为 .xlsx 后再试。`,
  protected: (file: string) => `文件已加密：${file} 设有打开密码，请先取消密码（文件 → 信息 → 保护工作簿 → 用密码进行加密，清空密码）后再试。`,
  noAccess: (file: string) => `没有权限读取文件：${file}`,
  cannotWrite: (file: string, reason: string) => `无法写入文件：${file}（${reason}）`,
  sheetExists: (name: string) => `工作表“${name}”已存在，未覆盖。`,
  sheetMissing: (name: string) => `找不到工作表“${name}”。`,
  noSheets: '工作簿中没有任何工作表。',
} as const;
