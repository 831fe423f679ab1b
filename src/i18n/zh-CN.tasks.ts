import { labelOr } from './labelOr.js';
import type { TaskLocale } from './taskWords.js';

/**
 * The words of to-do lists in Simplified Chinese.
 * @example
 * ```ts
 * zhCNTasks.kinds.trackingContact; // '随时跟踪联系'
 * ```
 * @category To-do lists
 */
export const zhCNTasks: TaskLocale = {
  locale: 'zh-CN',
  kinds: {
    visitDue: '到期走访',
    visitOverdue: '逾期走访',
    trackingContact: '随时跟踪联系',
    notifyFamily: '通知督促家庭成员',
    reportToTownship: '报告乡镇人民政府',
    arrangeEntrustment: '督促委托照料',
    verifyFact: '信息核实',
    caseStep: '事件处置',
    caseStepLate: '事件处置逾期',
    referralAction: '政策转介',
  },
  messages: {
    visitDue: (p, { labels }) => `${labelOr(labels.visitKind, p.visitKind)}，${p.windowEnd}前完成`,
    visitOverdue: (p, { labels }) =>
      `${labelOr(labels.visitKind, p.visitKind)}已逾期${p.daysOverdue}天`,
    trackingContact: (p) =>
      p.lastContact === null
        ? `随时跟踪掌握情况：尚无联系记录，请尽快联系（每${p.cadenceDays}天至少一次）`
        : `随时跟踪掌握情况：上次联系${p.lastContact}，每${p.cadenceDays}天至少一次`,
    notifyFamily: () => '及时通知并督促其子女和其他家庭成员予以照顾',
    reportToTownship: () => '同时报告乡镇人民政府',
    arrangeEntrustment: () => '督促子女委托亲属等有能力的人代为照顾，并报告去向、联系方式',
    verifyFact: (p, { labels, fact }) =>
      `核实${fact(p.fact)}（可确定：${p.categories.map((c) => labelOr(labels.category, c)).join('、')}）`,
    caseStep: (p, { caseActions }) => `事件 ${p.caseId}：${labelOr(caseActions, p.step)}`,
    caseStepLate: (p, { caseActions }) =>
      `事件 ${p.caseId}：${labelOr(caseActions, p.step)}已逾期${p.daysLate}天，请督办`,
    referralAction: (p, { labels }) => {
      const programme = labelOr(labels.programme, p.programme);
      if (p.state === 'suggested') return `协助申请${programme}（建议转介）`;
      if (p.state === 'applied') return `审核${programme}申请`;
      return `${programme}：${labelOr(labels.referralState, p.state)}`;
    },
  },
  caseActions: {
    reported: '登记报告',
    acknowledged: '受理报告',
    townshipInformed: '报告乡镇人民政府',
    countyInformed: '报告县（市）级民政部门',
    responding: '组织紧急处置和关爱救助',
    resolved: '解决并记录结果',
    closed: '结案',
  },
  priorities: ['紧急', '优先', '跟踪', '常规', '核实'],
  due: (due) => `截止 ${due}`,
  late: (days) => `已逾期 ${days} 天`,
  source: (source) => `依据 ${source}`,
  columns: {
    priority: '紧急程度',
    due: '截止日期',
    daysLate: '逾期天数',
    task: '事项',
    subject: '对象',
    village: '村（居）',
    owner: '责任人',
    reason: '事由',
    source: '依据',
    id: '编号',
  },
};
