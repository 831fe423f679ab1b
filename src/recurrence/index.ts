/**
 * Visit plans and their cadences (spec §5), expanded into dated visits with windows, moved off
 * holidays as policy says; RFC 5545 recurrence rules (with RFC 7529 `RSCALE=CHINESE` for lunar
 * dates) in China's civil time, never the host's.
 * @module recurrence
 */
export { Cadence, type CadenceInput, QuotaPeriod, ShortMonth } from './cadence.js';
export { type ExpandPlanOptions, expandPlan, expandPlans } from './expandPlan.js';
export { type ExpandRRuleOptions, expandRRule } from './expandRRule.js';
export type { HolidayOutcome, Occurrence } from './occurrence.js';
export {
  type OccurrenceOutcome,
  type OccurrenceState,
  type OccurrenceStateOptions,
  occurrenceState,
} from './occurrenceState.js';
export { type Period, periodOf } from './periods.js';
export { PROGRAMME_PRESETS, type PresetKey, planFromPreset } from './presets.js';
export {
  type ByDay,
  type ByMonth,
  formatRRule,
  parseRRule,
  type RRuleParts,
  type WeekdayCode,
} from './rruleText.js';
export {
  HolidayPolicy,
  PlanAssignee,
  PlanSubjects,
  VisitChannel,
  VisitKind,
  VisitPlan,
  type VisitPlanInput,
  VisitWindow,
  windowOf,
} from './visitPlan.js';
