/**
 * Who looks after whom and who visits whom when: an assignment solver (exact min-cost flow for
 * one-to-one pairing, a Generalised Assignment heuristic with a lower bound for weighted care
 * needs), for pairing elders with caregivers (结对帮扶, 包保) and planning visits.
 * @module scheduling
 */

export { assignDuties } from './assignDuties.js';
export {
  type Agent,
  ASSIGNMENT_NUMBER_LIMIT,
  type AssignmentProblem,
  type Candidate,
  type Job,
} from './assignmentProblem.js';
export { DEFAULT_DUTIES, type DefaultDutyKey } from './defaultDuties.js';
export { haversineKm } from './distance.js';
export {
  Duty,
  type DutyInput,
  type ParseDutiesOptions,
  parseDuties,
  type SubjectGroup,
} from './duty.js';
export type {
  AssignDutiesOptions,
  DutyAssignment,
  DutyAssignmentInput,
  DutyStats,
  UnheldDuty,
} from './dutyAssignment.js';
export { pairElders } from './pairElders.js';
export {
  type CaregiverLoad,
  MAX_KEEP_WITHIN_KM,
  type PairEldersOptions,
  type PairingChange,
  type PairingInput,
  type PairingPlan,
  type PairingUnplacedReason,
} from './pairingPolicy.js';
export { planVisits, replan } from './planVisits.js';
export { ROLE_FACTS, type RoleFacts } from './roleFacts.js';
export { DEFAULT_SERVICE_AREAS, type ServiceArea } from './serviceArea.js';
export {
  type AssignmentSolution,
  type AssignmentUnplacedReason,
  MAX_ROUNDS,
  type SolveAssignmentOptions,
  solveAssignment,
} from './solveAssignment.js';
export type { UnplacedReason } from './unplacedReason.js';
export {
  type DayRoute,
  MAX_VISITS_PER_DAY,
  MAX_WINDOW_DAYS,
  type MovedToPlanVisitsOptions,
  type PlanVisitsOptions,
  type ScheduledVisit,
  type VisitPlanningInput,
  type VisitSchedule,
  type VisitUnplacedReason,
} from './visitSchedule.js';
export { dutyOfVisit } from './visitTeam.js';
