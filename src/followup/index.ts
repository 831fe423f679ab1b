/**
 * Follow-up: flags that act. Tasks from the rules of the policy texts (tracking at all times,
 * the family and township for a 重点帮扶对象, entrustment, verification of unknown facts),
 * incident cases that go up the village → township → county chain, referrals to programmes,
 * the ledger as it changes over time (动态管理), and one sorted to-do list for every owner.
 * @module followup
 */
export { bodyOf, FollowUpBody, Party } from './party.js';
export {
  compareTasks,
  type Task,
  type TaskKind,
  type TaskParams,
  type TaskPriority,
} from './task.js';
export { indexTasks, type TaskIndex } from './taskIndex.js';
export { type TaskListOwner, tasksFor } from './tasksFor.js';
