/** Text of the task pane (Excel, WPS and the browser workbench share it). */

export const UI = {
  appTitle: '绩效目标表助手',
  tabsLabel: '功能',
  tabProblems: '检查',
  tabConvert: '模板与转换',
  tabSummary: '汇总',
  tabSettings: '设置',

  busy: '正在处理…',
  loadingPanel: '正在加载…',
  panelLoadFailed: '这一页没能加载（可能是网络或服务器暂时中断）。请关闭助手窗格后重新打开；工作表中的内容不受影响。',
  dismiss: '关闭',
  errorTitle: '操作未完成',
  noticeTitle: '提示',

  // 检查
  problemsHeading: '问题列表',
  checkAll: '检查全部',
  checking: '正在检查全部表格…',
  noProblems: '没有发现问题。',
  notCheckedYet: '尚未检查。点击“检查全部”，或直接编辑表格，助手会自动检查。',
  liveOn: '实时检查已开启：编辑单元格后自动检查所在的表。',
  liveUnavailable: '当前环境不支持实时检查，请在修改后点击“检查全部”。',
  tableCount: (n: number) => `共检查 ${n} 张表`,
  severity: { error: '错误', warning: '警告', info: '提示' } as const,
  problemCountsAnnouncement: (total: number, error: number, warning: number, info: number) =>
    total === 0 ? '检查完成，没有发现问题。' : `共 ${total} 个问题：错误 ${error} 个，警告 ${warning} 个，提示 ${info} 个。`,
  /** Accessible name of a problem item; the visible text says the same, in parts. */
  problemItemLabel: (severity: string, rule: string, where: string, message: string) =>
    `${severity} ${rule}，${where}：${message}。按回车定位到该单元格`,
  selectUnavailable: '当前环境不能选中单元格，请手动定位：',
  groupLabel: (label: string, n: number) => `${label}（${n} 个）`,

  // 模板
  templateHeading: '插入模板',
  templateProfileLabel: '模板版本',
  insertTemplate: '插入模板',
  templateInserted: (name: string) => `已插入工作表“${name}”。`,

  // 转换
  convertHeading: '转换为标准表',
  convertScopeLabel: '转换范围',
  scopeSheet: '当前工作表',
  scopeWorkbook: '整个工作簿',
  preview: '预览',
  previewing: '正在查找表格…',
  previewHeading: (n: number) => `找到 ${n} 张表`,
  previewNothing: '没有找到绩效目标表。请确认表中有“项目名称”“一级指标”等标题。',
  previewNote: '预览不会修改工作簿。确认后为每张表新建一个标准工作表，原表保持不变。',
  unclaimedCount: (n: number) =>
    n === 0 ? '所有内容都已归入表格。' : `有 ${n} 个单元格不属于任何表格，转换时不会带入，将在校验结果中列出。`,
  unclaimedListLabel: '未归入表格的单元格',
  unclaimedMore: (n: number) => `…另有 ${n} 个`,
  tableSource: '位置',
  tableName: '项目名称',
  tableCode: '编码',
  tableBudget: '预算数',
  tableIndicators: '指标数',
  tableTarget: '新工作表',
  emptyValue: '（空）',
  budgetValue: (n: number | null) => (n === null ? '（空）' : n.toFixed(2)),
  confirmConvert: '确认转换',
  cancel: '取消',
  converting: '正在转换…',
  convertProgressLabel: '转换进度',
  convertDone: (n: number) => `已新建 ${n} 个工作表：`,

  // 汇总
  summaryHeading: '部门汇总',
  summaryIntro: '生成或刷新“部门汇总”“指标汇总”“校验结果”工作表。',
  summarize: '生成汇总',
  summarizing: '正在汇总…',
  summaryProgressLabel: '汇总进度',
  summaryDone: '已生成或刷新：',
  marksHeading: '单元格标记',
  marksIntro: '清除助手在单元格上做的标记，不影响您自己的格式。',
  clearMarks: '清除标记',
  marksCleared: '已清除所有标记。',

  // 设置
  settingsHeading: '设置',
  profileLabel: '绩效目标表版本',
  profiles: {
    'hebei-2023': '河北2023版（产出含成本）',
    'mof-2021': '财政部2021版（成本为一级指标）',
  } as const,
  checkpointsLabel: '资金支出计划时间点',
  checkpointsHint: '用逗号或顿号分隔，例如：3月底、6月底、10月底、12月底',
  checkpointsEmpty: '请至少填写一个时间点。',
  /** Named after the last checkpoint the user set (12月底 by default). */
  requireFullLabel: (last: string): string => `${last || '最后一个时间点'}必须达到100%`,
  requireFullHint: '关闭后，最后一个时间点未达100%只作为警告。',
  settingsSaved: '设置已保存。',

  // 错误
  errorGeneric: (action: string) => `${action}没有完成，请稍后重试。如果问题持续，请保存工作簿后重新打开助手。`,
  errorWithReason: (action: string, reason: string) => `${action}没有完成：${reason}`,
  actionNames: {
    checkAll: '检查全部',
    insertTemplate: '插入模板',
    preview: '预览',
    convert: '转换',
    summarize: '汇总',
    clearMarks: '清除标记',
    select: '定位单元格',
    live: '实时检查',
    settings: '保存设置',
  } as const,

  // 启动
  loading: '正在加载绩效目标表助手…',
  outsideTitle: '请在 Excel 或 WPS 表格中打开绩效目标表助手',
  outsideIntro: '这个页面是表格软件里的任务窗格，直接在浏览器中打开时无法读写工作簿。',
  outsideExcelHeading: '在 Excel 中',
  outsideExcelSteps: ['打开要填写或检查的工作簿；', '在“开始”选项卡中找到“绩效目标表”组；', '点击“打开助手”，右侧会出现任务窗格。'],
  outsideWpsHeading: '在 WPS 表格中',
  outsideWpsSteps: ['确认已安装“绩效目标表助手”加载项；', '在功能区中找到“绩效目标表”，点击“打开助手”。'],
  outsideWorkbenchHeading: '没有安装 Excel 或 WPS？',
  outsideWorkbench: '可以使用浏览器版工作台（workbench.html），在网页中打开 .xlsx 文件进行检查和转换。',
  startFailed: '助手启动失败，请关闭任务窗格后重新打开。',
} as const;
