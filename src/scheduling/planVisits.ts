import {
  arrayIssue,
  countIssue,
  diagnosed,
  elementsIssue,
  iterableIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { issue } from '../errors/index.js';
import type { Occurrence } from '../recurrence/index.js';
import { movedToOptions } from './movedToOptions.js';
import { ELDER_FIELDS } from './pairingInputChecks.js';
import { scheduleVisits } from './scheduleVisits.js';
import {
  MAX_VISITS_PER_DAY,
  type PlanVisitsOptions,
  type VisitPlanningInput,
  type VisitSchedule,
} from './visitSchedule.js';

/**
 * Give planned visits (from `expandPlan`) a day inside their window and a caregiver from the
 * elder's team (the plan's caregiver, else the pairing's members, primary first): on days the
 * caregiver works (their weekdays, leave and `validFrom`–`validTo`; cadres, doctors and teachers on
 * working days by the calendar, 调休 included — see `onRestDays`),
 * at most `maxVisitsPerDay` home visits a caregiver-day, preferring days before the visit is
 * overdue, days the caregiver is already in the same village, and lighter days. Visits with the
 * fewest possible days are placed first. Each caregiver-day's home visits are then ordered into
 * a short round trip from home (nearest neighbour + 2-opt). Visits that cannot be placed come
 * back with the reason. Deterministic; reads no clock.
 *
 * The data first — the visits, then the elders, caregivers and pairings — and how to plan in
 * the options last ({@link PlanVisitsOptions}). Each visit is planned once: two visits with
 * one key are a `duplicate_id` error (`firstPath` leads to the first), not two plans of one
 * visit. Checked at entry, as one `GuanaiError`: an option given in the input
 * (`moved_to_options`, at its name), `from` (a real date), `maxVisitsPerDay` (a whole number up
 * to {@link MAX_VISITS_PER_DAY}), the lists, each visit's window dates (`invalid_plain_date`)
 * and length (at most
 * {@link MAX_WINDOW_DAYS}: `range_too_long`); an element of another shape is diagnosed when the
 * work trips on it, with its path.
 *
 * @example
 * ```ts
 * const visits = expandPlan(plan, { from: plainDate('2026-03-02'), to: plainDate('2026-03-29') });
 * const schedule = planVisits(visits, { elders, caregivers, pairings }, { maxVisitsPerDay: 4 });
 * schedule.routes[0]; // { caregiverId, date, stops: [elder ids in order], km, nearestFirstKm }
 * ```
 * @category Visit planning
 */
export function planVisits(
  occurrences: Iterable<Occurrence>,
  input: VisitPlanningInput,
  options: PlanVisitsOptions = {},
): VisitSchedule {
  checkPlanningArguments(occurrences, input, options);
  const visits = [...occurrences];
  return diagnosed(
    'planVisits',
    () => scheduleVisits(visits, input, options, new Map()),
    () => diagnose(visits, input),
  );
}

/**
 * Plan again after a change (a caregiver on leave or gone, a pairing changed, an elder moved),
 * moving as few visits as possible: every visit of `previous` that is still possible — same
 * caregiver still on the elder's team, still available that day, the day not over-full — keeps
 * its day and caregiver; only the others are placed anew. Planning again with nothing changed
 * gives the same schedule. The data first — the schedule to keep to, then what
 * {@link planVisits} takes — and the same options last. The checks are those of
 * {@link planVisits}, and `previous` must be a schedule (an object with its `visits`).
 *
 * @example
 * ```ts
 * const next = replan(schedule, visits, { ...input, caregivers: withLeave }, { from: asOf });
 * next.moved; // keys of the visits that changed day or caregiver, or lost their place
 * ```
 * @category Visit planning
 */
export function replan(
  previous: VisitSchedule,
  occurrences: Iterable<Occurrence>,
  input: VisitPlanningInput,
  options: PlanVisitsOptions = {},
): { readonly schedule: VisitSchedule; readonly moved: readonly string[] } {
  checkPlanningArguments(occurrences, input, options);
  throwIssues([objectIssue(previous, 'previous')]);
  throwIssues([arrayIssue(previous.visits, 'visits', { path: ['previous', 'visits'] })]);
  const visits = [...occurrences];
  const next = diagnosed(
    'replan',
    () =>
      scheduleVisits(
        visits,
        input,
        options,
        new Map(previous.visits.map((v) => [v.occurrenceKey, v])),
      ),
    () =>
      diagnose(visits, input) ??
      elementsIssue(previous.visits, 'visits', { occurrenceKey: 'string', date: 'string' }),
  );
  const now = new Map(next.visits.map((v) => [v.occurrenceKey, v]));
  const moved = previous.visits
    .filter((v) => {
      const after = now.get(v.occurrenceKey);
      return !after || after.date !== v.date || after.caregiverId !== v.caregiverId;
    })
    .map((v) => v.occurrenceKey);
  return { schedule: next, moved };
}

/** The options that sat in the input before 1.0: given there, they are rejected, not ignored. */
const OPTION_NAMES: readonly (keyof PlanVisitsOptions)[] = [
  'from',
  'calendar',
  'maxVisitsPerDay',
  'onRestDays',
  'duties',
];

/** Entry checks: the arguments' kinds, O(1) each. */
function checkPlanningArguments(
  occurrences: Iterable<Occurrence>,
  input: VisitPlanningInput,
  options: PlanVisitsOptions,
) {
  throwIssues([
    iterableIssue(occurrences, 'occurrences'),
    objectIssue(input, 'input'),
    objectIssue(options, 'options'),
  ]);
  const { onRestDays } = options;
  throwIssues([
    ...movedToOptions(input, OPTION_NAMES),
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.caregivers, 'caregivers'),
    arrayIssue(input.pairings, 'pairings'),
    objectIssue(options.calendar, 'calendar', { optional: true }),
    countIssue(options.maxVisitsPerDay, 'maxVisitsPerDay', {
      optional: true,
      maximum: MAX_VISITS_PER_DAY,
    }),
    onRestDays === undefined || typeof onRestDays === 'boolean' || typeof onRestDays === 'function'
      ? undefined
      : issue('invalid_type', ['onRestDays'], {
          expected: 'boolean | function',
          received: onRestDays === null ? 'null' : typeof onRestDays,
        }),
    plainDateIssue(options.from, 'from', { optional: true }),
    arrayIssue(options.duties, 'duties', { optional: true }),
  ]);
}

/** The fields planning reads, for diagnosing an element that is not what its type says. */
const OCCURRENCE_FIELDS = {
  key: 'string',
  subject: 'string',
  who: 'object',
  channel: 'string',
  openFrom: 'string',
  due: 'string',
  overdueFrom: 'string',
  expiresAt: 'string',
} as const;

function diagnose(occurrences: readonly Occurrence[], input: VisitPlanningInput) {
  return (
    elementsIssue(occurrences, 'occurrences', OCCURRENCE_FIELDS) ??
    elementsIssue(input.elders, 'elders', ELDER_FIELDS) ??
    elementsIssue(input.caregivers, 'caregivers', {
      id: 'string',
      roles: 'array',
      home: 'object',
      availability: 'object',
      'availability.weekdays': 'array',
      'availability.leave': 'array',
    }) ??
    elementsIssue(input.pairings, 'pairings', {
      id: 'string',
      elderId: 'string',
      status: 'string',
      members: 'array',
    })
  );
}
