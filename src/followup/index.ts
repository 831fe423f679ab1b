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
export {
  type CategoryChangeTotals,
  LEDGER_CHANGE_CATEGORIES,
  type LedgerChange,
  type LedgerChanges,
  type LedgerChangesInput,
  type LedgerChangesOptions,
  ledgerChanges,
} from './ledgerChanges.js';
export { bodyOf, FollowUpBody, Party } from './party.js';
export {
  compareTasks,
  type Task,
  type TaskKind,
  type TaskParams,
  type TaskPriority,
} from './task.js';
