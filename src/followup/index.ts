/**
 * Follow-up: flags that act. Tasks from the rules of the policy texts (tracking at all times,
 * the family and township for a 重点帮扶对象, entrustment, verification of unknown facts),
 * incident cases that go up the village → township → county chain, referrals to programmes,
 * the ledger as it changes over time (动态管理), and one sorted to-do list for every owner.
 * @module followup
 */

// Follow-up: tasks from rules, verification and visits.
export { type FamilyTaskKind, familyTasks } from './familyTasks.js';
export { DEFAULT_FOLLOW_UP_RULES, type FollowUpRules } from './followUpPolicy.js';
export { bodyOf, FollowUpBody, Party } from './party.js';
export type { RuleTaskInput, RuleTaskOptions } from './ruleTaskInput.js';
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
export { type TrackingTaskInput, trackingTasks } from './trackingTasks.js';
export {
  type VerificationBacklogOptions,
  type VerificationBacklogRow,
  verificationBacklog,
} from './verificationBacklog.js';
export { verificationTasks } from './verificationTasks.js';
export { type VisitTaskInput, type VisitTaskOptions, visitTasks } from './visitTasks.js';
