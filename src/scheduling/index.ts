/**
 * Who looks after whom and who visits whom when: an assignment solver (exact min-cost flow for
 * one-to-one pairing, a Generalised Assignment heuristic with a lower bound for weighted care
 * needs), for pairing elders with caregivers (结对帮扶, 包保) and planning visits.
 * @module scheduling
 */
export {
  type Agent,
  ASSIGNMENT_NUMBER_LIMIT,
  type AssignmentProblem,
  type Candidate,
  type Job,
} from './assignmentProblem.js';
export { haversineKm } from './distance.js';
export {
  type CaregiverLoad,
  MAX_KEEP_WITHIN_KM,
  type PairingChange,
  type PairingPlan,
  type PairingPolicy,
  type PairingUnplacedReason,
  pairElders,
} from './pairElders.js';
export {
  type DayRoute,
  MAX_VISITS_PER_DAY,
  MAX_WINDOW_DAYS,
  planVisits,
  replan,
  type ScheduledVisit,
  type UnplacedReason,
  type VisitPlanningInput,
  type VisitSchedule,
} from './planVisits.js';
export { DEFAULT_SERVICE_AREAS, type ServiceArea } from './serviceArea.js';
export {
  type AssignmentSolution,
  MAX_ROUNDS,
  type SolveAssignmentOptions,
  solveAssignment,
  type UnassignedReason,
} from './solveAssignment.js';
