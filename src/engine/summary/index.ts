export { summaryPlans, departmentBudgetTotal } from './summary';
export type { SummaryOptions } from './summary';
export { departmentColumns } from './department';
export { indicatorCounts } from './indicators';
export { belongsTo, countBySeverity } from './ownership';
