/** Labels of the sheets the engine writes: the standard template, conversion names and the department summary. */

/** The standard 绩效目标表 template (render/template.ts). The reader must recognise every label here. */
export const TEMPLATE = {
  emptyTitle: '项目绩效目标表',
  titleSuffix: '绩效目标表',
  moneyUnitPrefix: '单位：',
  defaultMoneyUnit: '万元',
  projectCode: '项目编码',
  projectName: '项目名称',
  budgetBlock: '预算规模及资金用途',
  budgetTotal: '预算数',
  budgetFiscal: '其中：财政资金',
  budgetOther: '其他资金',
  spendPlan: '资金支出计划（%）',
  goal: '绩效目标',
  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  description: '绩效指标描述',
  value: '指标值',
  basis: '指标值确定依据',
  level1Invalid: '请从下拉列表中选择一级指标。',
  level2Invalid: '请从下拉列表中选择二级指标。',
} as const;

/** Sheet names when a project has no usable name. */
export const SHEET_NAMES = {
  fallback: '项目表',
  /** Excel reserves this name for its change history. */
  reserved: ['History'],
} as const;

/** The department summary sheets (summary/*.ts); the names are fixed by contract.md. */
export const SUMMARY = {
  departmentSheet: '部门汇总',
  indicatorSheet: '指标汇总',
  diagnosticSheet: '校验结果',

  index: '序号',
  projectCode: '项目编码',
  projectName: '项目名称',
  budgetTotal: '预算数',
  budgetFiscal: '财政资金',
  budgetOther: '其他资金',
  checkpointPercent: (label: string): string => `${label}累计%`,
  checkpointAmount: (label: string): string => `${label}金额`,
  errorCount: '错误数',
  warningCount: '警告数',
  total: '合计',

  level1: '一级指标',
  level2: '二级指标',
  level3: '三级指标',
  description: '绩效指标描述',
  value: '指标值',
  basis: '指标值确定依据',
  source: '来源',
  countsTitle: '指标数量统计',
  countColumn: '指标数',
  subtotal: '小计',
  allIndicators: '全部指标',

  severity: '级别',
  rule: '规则',
  sheet: '工作表',
  cell: '单元格',
  message: '说明',
  severityNames: { error: '错误', warning: '警告', info: '提示' },
  noDiagnostics: '未发现问题',
} as const;
