/**
 * Follow-up: flags that act. Tasks from the rules of the policy texts (tracking at all times,
 * the family and township for a 重点帮扶对象, entrustment, verification of unknown facts),
 * incident cases that go up the village → township → county chain, referrals to programmes,
 * the ledger as it changes over time (动态管理), and one sorted to-do list for every owner.
 * @module followup
 */

// Referrals.
export { enrolmentsOf, type ReferralEnrolment } from './enrolmentsOf.js';
export { bodyOf, FollowUpBody, Party } from './party.js';
export {
  REFERRAL_STATES,
  type Referral,
  type ReferralNext,
  type ReferralState,
  type ReferralTransition,
} from './referral.js';
export {
  type ParsedReferralEvents,
  type ParseReferralEventsOptions,
  parseReferralEvents,
  ReferralEvent,
  ReferralEventType,
} from './referralEvent.js';
export {
  type ReferralReportOptions,
  type ReferralReportRow,
  referralReport,
} from './referralReport.js';
export { DEFAULT_REFERRAL_RULES, ReferralRule } from './referralRules.js';
export { DEFAULT_REFERRAL_STEPS, ReferralStep, ReferralSteps } from './referralSteps.js';
export { ReferralSuggestion, referralIdOf } from './referralSuggestion.js';
export { type ReferralTasksOptions, referralTasks } from './referralTasks.js';
export {
  type ReplayedReferrals,
  type ReplayReferralsInput,
  type ReplayReferralsOptions,
  replayReferrals,
} from './replayReferrals.js';
export {
  DEFAULT_RESUGGEST_AFTER_DAYS,
  type LapsedReferral,
  type ReferralSuggestions,
  type SuggestReferralsInput,
  type SuggestReferralsOptions,
  suggestReferrals,
} from './suggestReferrals.js';
export {
  compareTasks,
  type Task,
  type TaskKind,
  type TaskParams,
  type TaskPriority,
} from './task.js';
