/** Text of the app layer (the assistant behind the task pane and the command line). */
export const APP_TEXT = {
  templateSheet: '绩效目标表',
  progressRead: '正在读取工作表…',
  progressAnalyze: '正在识别和检查表格…',
  progressPlan: (i: number, n: number, name: string): string => `正在生成第 ${i}/${n} 张标准表：${name}`,
  progressWrite: '正在写入工作簿…',
  progressDone: '完成',
  liveTimeout: (seconds: number): string =>
    `实时检查等待表格软件响应超过 ${seconds} 秒，已暂停本次检查。请稍后再编辑，或点击“检查全部”。`,
  liveFailed: (reason: string): string => `实时检查未能完成：${reason}`,
  noTablesFound: '没有找到绩效目标表。请确认表格含有“项目名称”“一级指标”等标题。',
  previewExpired: '预览已过期，请重新点击“预览”。',
} as const;
