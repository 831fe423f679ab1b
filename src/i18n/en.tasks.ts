import { labelOr } from './labelOr.js';
import type { TaskLocale } from './taskWords.js';

/**
 * The words of to-do lists in English.
 * @example
 * ```ts
 * enTasks.kinds.trackingContact; // 'tracking contact'
 * ```
 * @category To-do lists
 */
export const enTasks: TaskLocale = {
  locale: 'en',
  kinds: {
    visitDue: 'visit due',
    visitOverdue: 'visit overdue',
    trackingContact: 'tracking contact',
    notifyFamily: 'notify the family',
    reportToTownship: 'report to the township',
    arrangeEntrustment: 'arrange an entrusted carer',
    verifyFact: 'verify a fact',
    caseStep: 'incident case',
    caseStepLate: 'incident case step late',
    referralAction: 'referral',
  },
  messages: {
    visitDue: (p, { labels }) =>
      `${labelOr(labels.visitKind, p.visitKind)}, to be made by ${p.windowEnd}`,
    visitOverdue: (p, { labels }) =>
      `${labelOr(labels.visitKind, p.visitKind)} overdue by ${p.daysOverdue} days`,
    trackingContact: (p) =>
      p.lastContact === null
        ? `track at all times: no contact recorded yet, contact now (at least every ${p.cadenceDays} days)`
        : `track at all times: last contact ${p.lastContact}, at least every ${p.cadenceDays} days`,
    notifyFamily: () => 'notify the children and other family members and urge them to give care',
    reportToTownship: () => 'report to the township government at the same time',
    arrangeEntrustment: () =>
      'urge the children to entrust a capable relative or other person and report their whereabouts and contacts',
    verifyFact: (p, { labels, fact }) =>
      `verify ${fact(p.fact)} (settles: ${p.categories.map((c) => labelOr(labels.category, c)).join(', ')})`,
    caseStep: (p, { caseActions }) => `case ${p.caseId}: ${labelOr(caseActions, p.step)}`,
    caseStepLate: (p, { caseActions }) =>
      `case ${p.caseId}: ${labelOr(caseActions, p.step)} late by ${p.daysLate} days, follow it up`,
    referralAction: (p, { labels }) => {
      const programme = labelOr(labels.programme, p.programme);
      if (p.state === 'suggested')
        return `help the elder apply for ${programme} (referral suggested)`;
      if (p.state === 'applied') return `review the application for ${programme}`;
      return `${programme}: ${labelOr(labels.referralState, p.state)}`;
    },
  },
  caseActions: {
    reported: 'record the report',
    acknowledged: 'acknowledge the report',
    townshipInformed: 'inform the township government',
    countyInformed: 'inform the county civil-affairs department',
    responding: 'organise emergency handling and relief',
    resolved: 'resolve it and record the outcome',
    closed: 'close the case',
  },
  priorities: ['urgent', 'priority', 'tracking', 'routine', 'verification'],
  due: (due) => `due ${due}`,
  late: (days) => `${days} days late`,
  source: (source) => `per ${source}`,
  columns: {
    priority: 'Urgency',
    due: 'Due',
    daysLate: 'Days late',
    task: 'Task',
    subject: 'Subject',
    village: 'Village',
    owner: 'Owner',
    reason: 'Reason',
    source: 'Source',
    id: 'Id',
  },
};
