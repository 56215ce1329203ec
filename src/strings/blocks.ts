/** Names of the blocks of a project table, as the reader reports them when one is missing (D02). */
export const BLOCK_NAMES = {
  project: '项目信息（项目编码、项目名称）',
  budget: '预算规模（预算数、财政资金、其他资金）',
  spendPlan: '资金支出计划',
  goal: '绩效目标',
  indicators: '绩效指标（一级指标、二级指标、三级指标……）',
} as const;

export type BlockId = keyof typeof BLOCK_NAMES;
