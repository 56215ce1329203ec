/**
 * Every word list and setting a checker rule needs, per profile (rules.md: lists live here, not in rules).
 * The two profiles share most wording lists; they differ in the hierarchy-dependent parts (which 一级/二级
 * are required, where cost indicators sit, which 二级 must be quantified).
 */
import { ProfileId } from '../model/table';

/** Where a profile keeps its cost indicators: rows whose 一级 (mof-2021) or 二级 (hebei-2023) is this name. */
export interface CostRowSelector {
  level: 'level1' | 'level2';
  name: string;
}

export interface ProfileConfig {
  id: ProfileId;
  /** H07: 一级 every table must have. */
  requiredLevel1: string[];
  /** H08: 二级 every table must have under a 一级 that is present. */
  requiredLevel2: { level1: string; level2: string[] }[];
  /** S04: default spend-plan checkpoint labels (options.checkpoints overrides). */
  checkpoints: string[];
  /** B03/B04: which rows are cost indicators. */
  costRows: CostRowSelector;
  /** V02: rows under these 一级 or 二级 need a number in their 指标值. */
  quantifiedLevel1: string[];
  quantifiedLevel2: string[];
  /** V03: rows under these 二级 need a date, period, day count or percentage. */
  timelinessLevel2: string[];
  /** V03: words that only say "on time" (used to word the message). */
  timelinessWords: string[];
  /** V03: a number followed by one of these is a period or date ("10个工作日", "12月底"). */
  timeUnits: string[];
  /** V03: words that name a date without a number ("年底前", "上半年"). */
  timeWords: string[];
  /** V05: rates where more is better, so ≤/< caps are suspicious. */
  goodRates: string[];
  /** V05: rates where less is better; they contain a good-rate word (不合格率 ⊃ 合格率) but are exempt. */
  badRates: string[];
  /** V07: a value without a number that contains one of these is a vague improvement phrase. */
  vagueWords: string[];
  /** V07: … or ends with one of these. */
  vagueEndings: string[];
  /** V09: placeholder tokens. */
  placeholders: string[];
  /** B03/B04: money units and their factor in 元. */
  moneyUnits: Record<string, number>;
  /** Money unit assumed when the table's 单位 is missing or unreadable (the seed and most tables use 万元). */
  defaultMoneyUnit: string;
  /** P06: words that end a title after the project name, longest first. */
  titleSuffixes: string[];
  /** P06: titles that name no project at all ("项目支出绩效目标表"); compared after the suffix is cut. */
  genericTitleNames: string[];
  /**
   * H06: 三级 names that look like a category but are the customary concrete indicator
   * (服务对象满意度 under 服务对象满意度指标 is how the seed and most tables write it).
   */
  level3CategoryExceptions: string[];
}

const SHARED = {
  checkpoints: ['3月底', '6月底', '10月底', '12月底'],
  timelinessLevel2: ['时效指标'],
  timelinessWords: ['及时保障', '及时完成', '按时完成', '及时', '按时', '准时', '按期', '适时', '尽快'],
  timeUnits: ['个工作日', '工作日', '个月', '月底', '月末', '月份', '月', '日', '天', '周', '季度', '小时', '分钟', '年底', '年', '旬'],
  timeWords: [
    '年底', '年末', '年内', '年前', '年度内', '当年', '月底', '月末', '季度末', '季末', '上半年', '下半年',
    '一季度', '二季度', '三季度', '四季度', '第一季度', '第二季度', '第三季度', '第四季度',
    '当日', '当天', '当月', '次日', '即时', '周内', '日内', '月内',
  ],
  goodRates: [
    '合格率', '完成率', '满意度', '满意率', '覆盖率', '受检率', '保障率', '到位率', '及时率', '达标率', '执行率',
    '通过率', '知晓率', '参与率', '办结率', '利用率', '使用率', '普及率', '入学率', '就业率', '治愈率', '回复率',
    '处置率', '查处率', '结案率', '检出率', '准确率', '正确率', '完好率', '出勤率', '上线率', '公示率', '建档率',
  ],
  badRates: [
    '不合格率', '不满意率', '差错率', '错误率', '死亡率', '事故率', '发生率', '投诉率', '失误率', '误差率',
    '返工率', '超标率', '流失率', '损耗率', '空置率', '违法率', '违规率', '发案率', '复发率', '故障率', '退回率',
  ],
  vagueWords: ['进一步', '明显', '有效促进', '稳步', '显著', '逐步', '不断', '大幅', '有所', '持续', '全面提升', '切实'],
  vagueEndings: ['提高', '提升', '改善', '增强', '增加', '加强', '优化', '改进', '好转', '降低', '下降', '减少', '上升', '增长'],
  placeholders: ['xx', '××', '**', '……', '…', '...', '。。。', '○○', '□□'],
  moneyUnits: { 元: 1, 千元: 1e3, 万元: 1e4, 万: 1e4, 百万元: 1e6, 亿元: 1e8, 亿: 1e8 } as Record<string, number>,
  defaultMoneyUnit: '万元',
  titleSuffixes: ['项目支出绩效目标申报表', '项目绩效目标申报表', '绩效目标申报表', '项目支出绩效目标表', '项目绩效目标表', '绩效目标表'],
  genericTitleNames: ['', '项目', '项目支出', '部门项目支出', '预算项目', '年度项目支出', '部门预算项目', '本年度项目支出'],
  level3CategoryExceptions: ['服务对象满意度'],
};

const CONFIGS: Record<ProfileId, ProfileConfig> = {
  'hebei-2023': {
    id: 'hebei-2023',
    ...SHARED,
    requiredLevel1: ['产出指标', '效益指标', '满意度指标'],
    requiredLevel2: [{ level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标', '成本指标'] }],
    costRows: { level: 'level2', name: '成本指标' },
    quantifiedLevel1: ['满意度指标'],
    quantifiedLevel2: ['数量指标', '质量指标', '成本指标', '服务对象满意度指标'],
  },
  'mof-2021': {
    id: 'mof-2021',
    ...SHARED,
    requiredLevel1: ['成本指标', '产出指标', '效益指标', '满意度指标'],
    requiredLevel2: [{ level1: '产出指标', level2: ['数量指标', '质量指标', '时效指标'] }],
    costRows: { level: 'level1', name: '成本指标' },
    quantifiedLevel1: ['成本指标', '满意度指标'],
    quantifiedLevel2: ['数量指标', '质量指标', '经济成本指标', '社会成本指标', '生态环境成本指标', '服务对象满意度指标'],
  },
};

export function getProfileConfig(id: ProfileId): ProfileConfig {
  return CONFIGS[id];
}
