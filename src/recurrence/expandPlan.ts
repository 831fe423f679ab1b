import { FIRST_EPOCH_DAY, LAST_EPOCH_DAY } from '../_lib/civilDate.js';
import {
  requireCountOption,
  requireHolidayCalendar,
  requireOptionsObject,
} from '../_lib/requireOption.js';
import { textOf } from '../_lib/textOf.js';
import { chinaHolidayCalendar, type HolidayCalendar } from '../calendar/index.js';
import { fromZodIssues, GuanaiError, issue, prefixIssues } from '../errors/index.js';
import {
  addDays,
  daysBetween,
  fromDayNumber,
  isPlainDate,
  type PlainDate,
  toDayNumber,
} from '../models/index.js';
import { moveOffHoliday } from './holidayMove.js';
import type { Occurrence } from './occurrence.js';
import { earlier, later } from './periods.js';
import { plannedSlots, type Slot } from './plannedDays.js';
import { VisitPlan, type VisitWindow, windowOf } from './visitPlan.js';

/** Options of {@link expandPlan} and {@link expandPlans}. @category Occurrences */
export interface ExpandPlanOptions {
  /** First day of the range: visits due from this day on are listed. */
  readonly from: PlainDate;
  /** Last day of the range, included. */
  readonly to: PlainDate;
  /** The working calendar for holiday policies (default: China's national calendar). */
  readonly calendar?: HolidayCalendar;
  /**
   * The day an elder's last visit under a plan was completed, for rolling cadences (the next
   * falls due `days` later; without one, on the plan's first day).
   */
  readonly lastCompleted?: (planId: string, subject: string) => PlainDate | undefined;
  /**
   * Longest range accepted at once, in days (default 1830, five years): expand in pieces. A
   * non-negative integer (else `invalid_argument`). Whatever it is, one plan steps through at
   * most 10,000 weeks, months or years (`work_limit`, `periods`).
   */
  readonly maxDays?: number;
}

/** A dated visit of a plan, the same for each of its elders. */
interface PlannedVisit {
  readonly period: string;
  readonly openFrom: PlainDate;
  readonly due: PlainDate;
  readonly overdueFrom: PlainDate;
  readonly expiresAt: PlainDate;
  readonly moved?: Pick<Occurrence, 'plannedDue' | 'holiday' | 'holidayPolicy'>;
}

/** Check the range, or throw a coded error. */
function checkRange(options: ExpandPlanOptions): void {
  requireOptionsObject(options);
  for (const name of ['from', 'to'] as const) {
    const value = options[name];
    if (!isPlainDate(value))
      throw new GuanaiError([issue('invalid_plain_date', [name], { value: textOf(value) })]);
  }
  const { from, to } = options;
  if (to < from) throw new GuanaiError([issue('range_reversed', ['to'], { from, to })]);
  const maximum = requireCountOption(options.maxDays ?? 1830, 'maxDays', 0);
  if (options.calendar !== undefined) requireHolidayCalendar(options.calendar, 'calendar');
  if (options.lastCompleted !== undefined && typeof options.lastCompleted !== 'function')
    throw new GuanaiError([
      issue('invalid_type', ['lastCompleted'], {
        expected: 'function',
        received: typeof options.lastCompleted,
      }),
    ]);
  const days = daysBetween(from, to);
  if (days > maximum) throw new GuanaiError([issue('range_too_long', ['to'], { days, maximum })]);
}

/** The dated visit for a slot: holidays applied, window laid around the due day. */
function visitOf(
  slot: Slot,
  plan: VisitPlan,
  window: VisitWindow,
  calendar: HolidayCalendar,
): PlannedVisit | undefined {
  if (window.type === 'period') {
    const end = slot.end ?? slot.due;
    return {
      period: slot.period,
      openFrom: slot.start ?? end,
      due: end,
      overdueFrom: addDays(end, 1),
      expiresAt: addDays(end, window.graceDays),
    };
  }
  const policy = slot.festival ? 'keep' : plan.holidayPolicy;
  const move = moveOffHoliday(slot.due, policy, window, calendar);
  if ('skipped' in move) return undefined;
  const { due } = move;
  const visit = {
    period: slot.period,
    openFrom: addDays(due, -window.openBefore),
    due,
    overdueFrom: addDays(due, window.overdueAfter),
    expiresAt: addDays(due, window.expiresAfter),
  };
  if (!move.outcome) return visit;
  return {
    ...visit,
    moved: { plannedDue: slot.due, holiday: move.outcome, holidayPolicy: policy },
  };
}

/** `date` moved `days` days, held at the calendar's ends: a search margin, not a visit day. */
function shifted(date: PlainDate, days: number): PlainDate {
  const day = toDayNumber(date) + days;
  return fromDayNumber(Math.min(Math.max(day, FIRST_EPOCH_DAY), LAST_EPOCH_DAY));
}

/** How far a holiday move can take a visit from its planned day: plan that much beyond the range. */
function reach(plan: VisitPlan, window: VisitWindow): number {
  if (window.type === 'period' || plan.holidayPolicy === 'keep' || plan.holidayPolicy === 'skip')
    return 0;
  return Math.max(window.openBefore, window.expiresAfter);
}

/** The dated visits a calendar-fixed plan has due in the range, in order. */
function plannedVisits(
  plan: VisitPlan,
  options: ExpandPlanOptions,
  calendar: HolidayCalendar,
): PlannedVisit[] {
  const { cadence } = plan;
  if (cadence.type === 'rolling') return [];
  const window = windowOf(plan);
  const margin = reach(plan, window);
  const from = later(shifted(options.from, -margin), plan.validFrom);
  const to = plan.validTo
    ? earlier(shifted(options.to, margin), plan.validTo)
    : shifted(options.to, margin);
  if (to < from) return [];
  const validity = { from: plan.validFrom, to: plan.validTo };
  const visits: PlannedVisit[] = [];
  for (const slot of plannedSlots(cadence, validity, from, to)) {
    const visit = visitOf(slot, plan, window, calendar);
    if (visit && visit.due >= options.from && visit.due <= options.to) visits.push(visit);
  }
  // A move may pass a neighbour: keep the list in due order.
  return visits.sort((a, b) =>
    a.due < b.due ? -1 : a.due > b.due ? 1 : a.period < b.period ? -1 : a.period > b.period ? 1 : 0,
  );
}

/** The next visit of a rolling plan for one elder, if it is due in the range or still open in it. */
function rollingVisit(
  plan: VisitPlan,
  subject: string,
  options: ExpandPlanOptions,
  calendar: HolidayCalendar,
): PlannedVisit | undefined {
  if (plan.cadence.type !== 'rolling') return undefined;
  const last = options.lastCompleted?.(plan.id, subject);
  const planned = last ? addDays(last, plan.cadence.days) : plan.validFrom;
  if (planned < plan.validFrom || (plan.validTo && planned > plan.validTo)) return undefined;
  const visit = visitOf({ period: planned, due: planned }, plan, windowOf(plan), calendar);
  // Only the next visit exists: one already overdue stays listed while its window is open in
  // the range, or the elder would drop out of every later expansion.
  return visit && visit.due <= options.to && visit.expiresAt >= options.from ? visit : undefined;
}

/** One elder's occurrence of a dated visit. */
function occurrenceOf(plan: VisitPlan, subject: string, visit: PlannedVisit): Occurrence {
  const occurrence: { -readonly [K in keyof Occurrence]: Occurrence[K] } = {
    key: `${plan.id}/${subject}/${visit.period}`,
    planId: plan.id,
    subject: subject as Occurrence['subject'],
    subjectKind: 'elders' in plan.whom ? 'elder' : 'child',
    period: visit.period,
    kind: plan.kind,
    channel: plan.channel,
    who: plan.who,
    openFrom: visit.openFrom,
    due: visit.due,
    overdueFrom: visit.overdueFrom,
    expiresAt: visit.expiresAt,
  };
  if (plan.services) occurrence.services = plan.services;
  if (plan.time) occurrence.time = plan.time;
  if (plan.durationMinutes) occurrence.durationMinutes = plan.durationMinutes;
  if (visit.moved) Object.assign(occurrence, visit.moved);
  return occurrence;
}

/** The subjects of a plan, elders or children. */
function subjectsOf(plan: VisitPlan): readonly string[] {
  return 'elders' in plan.whom ? plan.whom.elders : plan.whom.children;
}

/** What makes two plans plan the same days: they share their dated visits. */
function ruleKey(plan: VisitPlan): string {
  const { cadence, window, holidayPolicy, validFrom, validTo } = plan;
  return JSON.stringify([cadence, window, holidayPolicy, validFrom, validTo]);
}

/**
 * Expand many plans over one range, lazily: the visits of each plan in turn, each plan's in
 * due order (then its elders' order). Plans with the same cadence, window, holiday policy and
 * validity are dated once and shared, so a county's worth of elders on the same programme costs
 * little more than one; memory stays bounded by the plans, not by the visits.
 *
 * @example
 * ```ts
 * let visits = 0;
 * for (const visit of expandPlans(plans, { from: plainDate('2026-01-01'), to: plainDate('2026-12-31') }))
 *   visits++;
 * ```
 * @category Occurrences
 */
export function* expandPlans(
  plans: Iterable<VisitPlan>,
  options: ExpandPlanOptions,
): Generator<Occurrence, void, undefined> {
  checkRange(options);
  if (
    plans === null ||
    typeof (plans as Partial<Iterable<VisitPlan>>)?.[Symbol.iterator] !== 'function'
  )
    throw new GuanaiError([issue('invalid_argument', [], { name: 'plans', rule: 'array' })]);
  const calendar = options.calendar ?? chinaHolidayCalendar();
  const dated = new Map<string, PlannedVisit[]>();
  let index = 0;
  for (const plan of plans) {
    let pairs: (readonly [string, PlannedVisit])[];
    try {
      pairs = visitsOfPlan(plan, options, calendar, dated);
    } catch (error) {
      throw diagnosed(error, plan, index);
    }
    index++;
    for (const [subject, visit] of pairs) yield occurrenceOf(plan, subject, visit);
  }
}

/** A plan's visits, each with the subject it is for, in the order they are listed. */
function visitsOfPlan(
  plan: VisitPlan,
  options: ExpandPlanOptions,
  calendar: HolidayCalendar,
  dated: Map<string, PlannedVisit[]>,
): (readonly [string, PlannedVisit])[] {
  const subjects = subjectsOf(plan);
  if (plan.cadence.type === 'rolling') {
    return subjects
      .map((subject) => [subject, rollingVisit(plan, subject, options, calendar)] as const)
      .filter((pair): pair is readonly [string, PlannedVisit] => pair[1] !== undefined)
      .sort(([, a], [, b]) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  }
  const key = ruleKey(plan);
  let visits = dated.get(key);
  if (!visits) {
    visits = plannedVisits(plan, options, calendar);
    dated.set(key, visits);
  }
  return visits.flatMap((visit) => subjects.map((subject) => [subject, visit] as const));
}

/**
 * The coded error for a raw one a plan caused: plans are trusted (validated once), so a value
 * that is not a plan is only checked when it breaks something, and then named by its index.
 */
function diagnosed(error: unknown, plan: unknown, index: number): unknown {
  if (error instanceof GuanaiError) return error;
  const parsed = VisitPlan.safeParse(plan, { reportInput: true });
  if (parsed.success) return error;
  return new GuanaiError(prefixIssues(fromZodIssues(parsed.error.issues), [index]));
}

/**
 * Expand a plan into its dated visits due in [from, to]: one {@link Occurrence} per elder and
 * visit, in due order (then the plan's order of elders), each with its window and a key that
 * stays the same when the expansion is run again. Holidays are handled as the plan's policy
 * says (see `HolidayPolicy`); rolling cadences give each elder's next visit from
 * `lastCompleted`. The range is bounded (`maxDays`, default five years): a longer one throws
 * `range_too_long`. The plan must be validated (`VisitPlan.parse`).
 *
 * @example
 * ```ts
 * const visits = expandPlan(plan, { from: plainDate('2026-03-01'), to: plainDate('2026-03-31') });
 * visits[0]; // { key: 'weekly-visit/E-000001/2026-W10', due: '2026-03-08', openFrom: '2026-03-02', … }
 * ```
 * @category Occurrences
 */
export function expandPlan(plan: VisitPlan, options: ExpandPlanOptions): Occurrence[] {
  return [...expandPlans([plan], options)];
}
