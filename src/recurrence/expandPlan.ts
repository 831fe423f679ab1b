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
import { dayText } from './periods.js';
import { plannedSlots, type Slot } from './plannedDays.js';
import { VisitPlan, type VisitWindow, windowOf } from './visitPlan.js';
import { VisitsByRule } from './visitsByRule.js';

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

/** A dated visit in day numbers, before it is known to be listed: text comes only then. */
interface VisitDays {
  readonly slot: Slot;
  readonly openFrom: number;
  readonly due: number;
  readonly overdueFrom: number;
  readonly expiresAt: number;
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

/** What one expansion reads for every plan: the checked range, as text and day numbers. */
interface Expansion {
  readonly options: ExpandPlanOptions;
  readonly calendar: HolidayCalendar;
  readonly fromDay: number;
  readonly toDay: number;
}

/** Throws the coded error `fromDayNumber` gives for a day past the calendar's ends, if any. */
function requireCalendarDays(...days: number[]): void {
  for (const day of days) if (day < FIRST_EPOCH_DAY || day > LAST_EPOCH_DAY) fromDayNumber(day);
}

/** The dated visit for a slot, in day numbers: holidays applied, window laid around the due day. */
function visitOf(
  slot: Slot,
  plan: VisitPlan,
  window: VisitWindow,
  calendar: HolidayCalendar,
): VisitDays | undefined {
  if (window.type === 'period') {
    const end = slot.end ?? slot.due;
    const visit = {
      slot,
      openFrom: slot.start ?? end,
      due: end,
      overdueFrom: end + 1,
      expiresAt: end + window.graceDays,
    };
    requireCalendarDays(visit.overdueFrom, visit.expiresAt);
    return visit;
  }
  const policy = slot.festival ? 'keep' : plan.holidayPolicy;
  let due = slot.due;
  let moved: VisitDays['moved'];
  if (policy !== 'keep') {
    const planned = dayText(slot.due);
    const move = moveOffHoliday(planned, policy, window, calendar);
    if ('skipped' in move) return undefined;
    if (move.due !== planned) due = toDayNumber(move.due);
    if (move.outcome) moved = { plannedDue: planned, holiday: move.outcome, holidayPolicy: policy };
  }
  const visit = {
    slot,
    openFrom: due - window.openBefore,
    due,
    overdueFrom: due + window.overdueAfter,
    expiresAt: due + window.expiresAfter,
  };
  requireCalendarDays(visit.openFrom, visit.overdueFrom, visit.expiresAt);
  return moved ? { ...visit, moved } : visit;
}

/** A listed visit's text: each day formatted once, for all the plan's elders. */
function textOfVisit(visit: VisitDays): PlannedVisit {
  const text = {
    period: visit.slot.period,
    openFrom: dayText(visit.openFrom),
    due: dayText(visit.due),
    overdueFrom: dayText(visit.overdueFrom),
    expiresAt: dayText(visit.expiresAt),
  };
  return visit.moved ? { ...text, moved: visit.moved } : text;
}

/** Day `day` moved `days` days, held at the calendar's ends: a search margin, not a visit day. */
function shifted(day: number, days: number): number {
  return Math.min(Math.max(day + days, FIRST_EPOCH_DAY), LAST_EPOCH_DAY);
}

/** How far a holiday move can take a visit from its planned day: plan that much beyond the range. */
function reach(plan: VisitPlan, window: VisitWindow): number {
  if (window.type === 'period' || plan.holidayPolicy === 'keep' || plan.holidayPolicy === 'skip')
    return 0;
  return Math.max(window.openBefore, window.expiresAfter);
}

/** Due order, then period: the order visits are listed in. */
const byDueThenPeriod = (a: VisitDays, b: VisitDays) =>
  a.due - b.due || (a.slot.period < b.slot.period ? -1 : a.slot.period > b.slot.period ? 1 : 0);

/** Whether `visits` are already in listing order: sorting them would change nothing. */
function inOrder(visits: readonly VisitDays[]): boolean {
  for (let i = 1; i < visits.length; i++)
    if (byDueThenPeriod(visits[i - 1] as VisitDays, visits[i] as VisitDays) > 0) return false;
  return true;
}

/** The dated visits a calendar-fixed plan has due in the range, in order. */
function plannedVisits(plan: VisitPlan, run: Expansion): PlannedVisit[] {
  const { cadence } = plan;
  if (cadence.type === 'rolling') return [];
  const window = windowOf(plan);
  const margin = reach(plan, window);
  const validFrom = toDayNumber(plan.validFrom);
  const validTo = plan.validTo === undefined ? undefined : toDayNumber(plan.validTo);
  const from = Math.max(shifted(run.fromDay, -margin), validFrom);
  const to = Math.min(shifted(run.toDay, margin), validTo ?? LAST_EPOCH_DAY);
  if (to < from) return [];
  const visits: VisitDays[] = [];
  for (const slot of plannedSlots(cadence, { from: validFrom, to: validTo }, from, to)) {
    const visit = visitOf(slot, plan, window, run.calendar);
    if (visit && visit.due >= run.fromDay && visit.due <= run.toDay) visits.push(visit);
  }
  // A move may pass a neighbour: keep the list in due order.
  if (!inOrder(visits)) visits.sort(byDueThenPeriod);
  return visits.map(textOfVisit);
}

/** The next visit of a rolling plan for one elder, if it is due in the range or still open in it. */
function rollingVisit(plan: VisitPlan, subject: string, run: Expansion): PlannedVisit | undefined {
  if (plan.cadence.type !== 'rolling') return undefined;
  const last = run.options.lastCompleted?.(plan.id, subject);
  const planned = last ? addDays(last, plan.cadence.days) : plan.validFrom;
  if (planned < plan.validFrom || (plan.validTo && planned > plan.validTo)) return undefined;
  const day = toDayNumber(planned);
  const visit = visitOf({ period: planned, due: day }, plan, windowOf(plan), run.calendar);
  // Only the next visit exists: one already overdue stays listed while its window is open in
  // the range, or the elder would drop out of every later expansion.
  return visit && visit.due <= run.toDay && visit.expiresAt >= run.fromDay
    ? textOfVisit(visit)
    : undefined;
}

/** What every occurrence of a plan shares, whatever its subject and visit: read once. */
interface PlanFields {
  readonly prefix: string;
  readonly planId: string;
  readonly subjectKind: Occurrence['subjectKind'];
  readonly kind: Occurrence['kind'];
  readonly channel: Occurrence['channel'];
  readonly who: Occurrence['who'];
  readonly services: Occurrence['services'];
  readonly time: Occurrence['time'];
  readonly durationMinutes: Occurrence['durationMinutes'];
}

/** A plan's {@link PlanFields}, read once per plan rather than once per occurrence. */
function planFields(plan: VisitPlan): PlanFields {
  return {
    prefix: `${plan.id}/`,
    planId: plan.id,
    subjectKind: 'elders' in plan.whom ? 'elder' : 'child',
    kind: plan.kind,
    channel: plan.channel,
    who: plan.who,
    services: plan.services,
    time: plan.time,
    durationMinutes: plan.durationMinutes,
  };
}

type MutableOccurrence = { -readonly [K in keyof Occurrence]: Occurrence[K] };

/**
 * An occurrence's required fields, in {@link Occurrence}'s order, on a plain object: called
 * with `new`, its prototype Object.prototype. Why not an object literal: V8 learns from a
 * literal's allocation site, and once a caller keeps many occurrences (`[...expandPlans()]`,
 * `expandPlan`) it allocates every later one in the old generation, where a stream's garbage
 * costs a full GC — streaming measured 3-6× slower for the rest of the process. Objects made
 * by `new` are not pretenured so.
 */
function OccurrenceRecord(
  this: MutableOccurrence,
  fields: PlanFields,
  subject: string,
  visit: PlannedVisit,
): void {
  this.key = `${fields.prefix}${subject}/${visit.period}`;
  this.planId = fields.planId;
  this.subject = subject as Occurrence['subject'];
  this.subjectKind = fields.subjectKind;
  this.period = visit.period;
  this.kind = fields.kind;
  this.channel = fields.channel;
  this.who = fields.who;
  this.openFrom = visit.openFrom;
  this.due = visit.due;
  this.overdueFrom = visit.overdueFrom;
  this.expiresAt = visit.expiresAt;
}
type OccurrenceConstructor = new (
  fields: PlanFields,
  subject: string,
  visit: PlannedVisit,
) => MutableOccurrence;

/**
 * {@link OccurrenceRecord} as a constructor of plain data: what `new` makes is an ordinary
 * object, as a literal would be. Set up in a call marked pure rather than by a bare statement,
 * so that bundlers may still drop the module when it is unused (test/bundles.test.ts).
 */
function occurrenceConstructor(): OccurrenceConstructor {
  OccurrenceRecord.prototype = Object.prototype;
  return OccurrenceRecord as unknown as OccurrenceConstructor;
}
const NewOccurrence = /* @__PURE__ */ occurrenceConstructor();

/** One elder's occurrence of a dated visit: a plain object, its fields in a fixed order. */
function occurrenceOf(fields: PlanFields, subject: string, visit: PlannedVisit): Occurrence {
  const occurrence = new NewOccurrence(fields, subject, visit);
  if (fields.services) occurrence.services = fields.services;
  if (fields.time) occurrence.time = fields.time;
  if (fields.durationMinutes) occurrence.durationMinutes = fields.durationMinutes;
  if (visit.moved) Object.assign(occurrence, visit.moved);
  return occurrence;
}

/** The subjects of a plan, elders or children. */
function subjectsOf(plan: VisitPlan): readonly string[] {
  return 'elders' in plan.whom ? plan.whom.elders : plan.whom.children;
}

/** Check the range and the plans, and read what every plan's expansion needs. */
function startExpansion(plans: Iterable<VisitPlan>, options: ExpandPlanOptions): Expansion {
  checkRange(options);
  if (
    plans === null ||
    typeof (plans as Partial<Iterable<VisitPlan>>)?.[Symbol.iterator] !== 'function'
  )
    throw new GuanaiError([issue('invalid_argument', [], { name: 'plans', rule: 'array' })]);
  return {
    options,
    calendar: options.calendar ?? chinaHolidayCalendar(),
    fromDay: toDayNumber(options.from),
    toDay: toDayNumber(options.to),
  };
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
export function expandPlans(
  plans: Iterable<VisitPlan>,
  options: ExpandPlanOptions,
): Generator<Occurrence, void, undefined> {
  // An array, the usual input, is walked by index: a for…of's iterator bookkeeping would be
  // saved and restored with the generator's other registers at every visit yielded.
  return Array.isArray(plans)
    ? listedOccurrences(plans, options)
    : iteratedOccurrences(plans, options);
}

/** {@link expandPlans} on a list of plans; the range is checked at the first visit asked for. */
function* listedOccurrences(
  plans: readonly VisitPlan[],
  options: ExpandPlanOptions,
): Generator<Occurrence, void, undefined> {
  const run = startExpansion(plans, options);
  const dated = new VisitsByRule<PlannedVisit[]>();
  for (let at = 0; at < plans.length; at++) {
    const { fields, subjects, visits, rolling } = listingOf(plans[at] as VisitPlan, at, run, dated);
    // Indexed loops, no array destructuring: a generator saves all its registers at every
    // yield, and these use fewest (g1, g2 measured 7% faster than with a for…of).
    if (rolling) {
      for (let r = 0; r < rolling.length; r++) {
        const pair = rolling[r] as readonly [string, PlannedVisit];
        yield occurrenceOf(fields, pair[0], pair[1]);
      }
      continue;
    }
    // Made as they are asked for: a plan's occurrences are never all held at once.
    for (let v = 0; v < visits.length; v++) {
      const visit = visits[v] as PlannedVisit;
      for (let s = 0; s < subjects.length; s++)
        yield occurrenceOf(fields, subjects[s] as string, visit);
    }
  }
}

/**
 * {@link expandPlans} on any other iterable: one plan at a time, as it gives them. The loops of
 * {@link listedOccurrences} again, not a `yield*` into it: that measured a sixth slower.
 */
function* iteratedOccurrences(
  plans: Iterable<VisitPlan>,
  options: ExpandPlanOptions,
): Generator<Occurrence, void, undefined> {
  const run = startExpansion(plans, options);
  const dated = new VisitsByRule<PlannedVisit[]>();
  let index = 0;
  for (const plan of plans) {
    const { fields, subjects, visits, rolling } = listingOf(plan, index++, run, dated);
    if (rolling) {
      for (let r = 0; r < rolling.length; r++) {
        const pair = rolling[r] as readonly [string, PlannedVisit];
        yield occurrenceOf(fields, pair[0], pair[1]);
      }
      continue;
    }
    for (let v = 0; v < visits.length; v++) {
      const visit = visits[v] as PlannedVisit;
      for (let s = 0; s < subjects.length; s++)
        yield occurrenceOf(fields, subjects[s] as string, visit);
    }
  }
}

/**
 * What a plan lists: each dated visit for each subject in turn, or a rolling plan's next
 * visit of each subject (`rolling`, in due order).
 */
interface Listing {
  readonly fields: PlanFields;
  readonly subjects: readonly string[];
  readonly visits: readonly PlannedVisit[];
  readonly rolling: readonly (readonly [string, PlannedVisit])[] | undefined;
}

/**
 * A plan's listing, its dated visits shared through `dated` (a lone plan has none); a plan
 * that breaks is named by its index.
 */
function listingOf(
  plan: VisitPlan,
  index: number,
  run: Expansion,
  dated: VisitsByRule<PlannedVisit[]> | undefined,
): Listing {
  try {
    const fields = planFields(plan);
    const subjects = subjectsOf(plan);
    if (plan.cadence.type === 'rolling')
      return { fields, subjects, visits: [], rolling: rollingVisits(plan, subjects, run) };
    return {
      fields,
      subjects,
      visits: dated ? dated.visitsOf(plan, plannedVisits, run) : plannedVisits(plan, run),
      rolling: undefined,
    };
  } catch (error) {
    throw diagnosed(error, plan, index);
  }
}

/** A rolling plan's next visit of each subject that has one, in due order. */
function rollingVisits(
  plan: VisitPlan,
  subjects: readonly string[],
  run: Expansion,
): (readonly [string, PlannedVisit])[] {
  return subjects
    .map((subject) => [subject, rollingVisit(plan, subject, run)] as const)
    .filter((pair): pair is readonly [string, PlannedVisit] => pair[1] !== undefined)
    .sort(([, a], [, b]) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
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
  // One plan shares with no other: no generator, no rule.
  const listing = listingOf(plan, 0, startExpansion([plan], options), undefined);
  const { fields, subjects, visits, rolling } = listing;
  if (rolling) return rolling.map(([subject, visit]) => occurrenceOf(fields, subject, visit));
  const occurrences: Occurrence[] = [];
  for (const visit of visits)
    for (const subject of subjects) occurrences.push(occurrenceOf(fields, subject, visit));
  return occurrences;
}
