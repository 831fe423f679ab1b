/**
 * Follow-up: flags that act. Tasks from the rules of the policy texts (tracking at all times,
 * the family and township for a 重点帮扶对象, entrustment, verification of unknown facts),
 * incident cases that go up the village → township → county chain, referrals to programmes,
 * the ledger as it changes over time (动态管理), and one sorted to-do list for every owner.
 * @module followup
 */

// Follow-up: the ledger over time (动态管理) and the census.
export {
  type AppliedFactUpdates,
  type ApplyFactUpdatesOptions,
  applyFactUpdates,
} from './applyFactUpdates.js';
// Follow-up: cases.
export {
  CASE_EVENT_TYPES,
  CaseActor,
  CaseEvent,
  type CaseEventType,
  CaseOrigin,
  CaseReporterRole,
  CaseResponse,
} from './caseEvent.js';
export { type CaseOpeningsInput, caseOpenings } from './caseOpenings.js';
export {
  CASE_STEPS,
  type CaseInformPolicy,
  type CaseOwner,
  type CaseStep,
  type CaseStepRule,
  type CaseStepToTake,
  DEFAULT_CASE_INFORM,
  DEFAULT_CASE_STEPS,
  INFORMING_STEP,
} from './casePolicy.js';
export {
  CASE_AGE_BANDS,
  type CaseAgeBand,
  type CaseReportOptions,
  type CaseReportRow,
  caseReport,
} from './caseReport.js';
export { type CaseTasksOptions, caseTasks } from './caseTasks.js';
export { type CategoryHistory, categoryHistory, type StatusPeriod } from './categoryHistory.js';
export {
  CENSUS_MONTHS,
  CENSUS_MONTHS_SOURCE,
  CensusFact,
  CensusRecord,
  censusUpdates,
  type ParseCensusRecordsOptions,
  type ParsedCensusRecords,
  parseCensusRecords,
} from './censusRecord.js';
export type {
  LedgerChangeCause,
  LedgerChangeCauseKind,
  LedgerChangeDirection,
} from './changeCause.js';
export { compareFactUpdates, type FactTimeline } from './compareFactUpdates.js';
// Referrals.
export { enrolmentsOf, type ReferralEnrolment } from './enrolmentsOf.js';
export { FACT_CATEGORIES } from './factCategories.js';
export {
  abilityAssessed,
  type ChildLeftFacts,
  childCameHome,
  childLeft,
  type LivingArrangementOption,
  type NewAssessment,
  spouseDied,
} from './factChanges.js';
export { FactPath, MAX_FACT_PATH_DEPTH } from './factPath.js';
export { FactSource } from './factSource.js';
export {
  FactChange,
  FactUpdate,
  FactUpdateId,
  type FactUpdateRejection,
  type ParsedFactUpdates,
  type ParseFactUpdatesOptions,
  parseFactUpdates,
} from './factUpdate.js';
// Follow-up: tasks from rules, verification and visits.
export { type FamilyTaskKind, familyTasks } from './familyTasks.js';
export {
  type FollowUp,
  type FollowUpInput,
  type FollowUpOptions,
  followUp,
} from './followUp.js';
export { DEFAULT_FOLLOW_UP_RULES, type FollowUpRules } from './followUpPolicy.js';
export type { CaseResponseMade, CaseStepDue, IncidentCase } from './incidentCase.js';
export {
  type CategoryChangeTotals,
  type LedgerChange,
  type LedgerChanges,
  type LedgerChangesInput,
  type LedgerChangesOptions,
  ledgerChanges,
} from './ledgerChanges.js';
export {
  type ParseCaseEventsOptions,
  type ParsedCaseEvents,
  parseCaseEvents,
} from './parseCaseEvents.js';
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
  type RejectedCaseEvent,
  type ReplayCasesInput,
  type ReplayCasesOptions,
  type ReplayedCases,
  replayCases,
} from './replayCases.js';
export {
  type ReplayedReferrals,
  type ReplayReferralsInput,
  type ReplayReferralsOptions,
  replayReferrals,
} from './replayReferrals.js';
export type { RuleTaskInput, RuleTaskOptions } from './ruleTaskInput.js';
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
export {
  COMPLETABLE_KINDS,
  type ParsedTaskCompletions,
  type ParseTaskCompletionsOptions,
  parseTaskCompletions,
  TaskCompletion,
} from './taskCompletion.js';
export { indexTasks, type TaskIndex } from './taskIndex.js';
export { type TaskListOwner, tasksFor } from './tasksFor.js';
export { type TrackingTaskInput, trackingTasks } from './trackingTasks.js';
export {
  type VerificationBacklogOptions,
  type VerificationBacklogRow,
  verificationBacklog,
} from './verificationBacklog.js';
export { verificationTasks } from './verificationTasks.js';
export { type VisitTaskInput, type VisitTaskOptions, visitTasks } from './visitTasks.js';
