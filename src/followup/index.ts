/**
 * Follow-up: flags that act. Tasks from the rules of the policy texts (tracking at all times,
 * the family and township for a 重点帮扶对象, entrustment, verification of unknown facts),
 * incident cases that go up the village → township → county chain, referrals to programmes,
 * the ledger as it changes over time (动态管理), and one sorted to-do list for every owner.
 * @module followup
 */

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
export type { CaseResponseMade, CaseStepDue, IncidentCase } from './incidentCase.js';
export {
  type ParseCaseEventsOptions,
  type ParsedCaseEvents,
  parseCaseEvents,
} from './parseCaseEvents.js';
export { bodyOf, FollowUpBody, Party } from './party.js';
export {
  type RejectedCaseEvent,
  type ReplayCasesInput,
  type ReplayCasesOptions,
  type ReplayedCases,
  replayCases,
} from './replayCases.js';
export {
  compareTasks,
  type Task,
  type TaskKind,
  type TaskParams,
  type TaskPriority,
} from './task.js';
export { indexTasks, type TaskIndex } from './taskIndex.js';
export { type TaskListOwner, tasksFor } from './tasksFor.js';
