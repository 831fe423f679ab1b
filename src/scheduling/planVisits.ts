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
import { chinaHolidayCalendar, type HolidayCalendar, isWorkingDay } from '../calendar/index.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import {
  addDays,
  type Caregiver,
  type CaregiverId,
  type Coordinates,
  type DutyKey,
  daysBetween,
  type Elder,
  type ElderId,
  isoWeekdayOf,
  isPlainDate,
  type Pairing,
  type PlainDate,
} from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import { dayRoute, nearestFirst, tripKm } from './dayRoute.js';
import { DEFAULT_DUTIES } from './defaultDuties.js';
import { type DutyInput, parseDuties } from './duty.js';
import { ELDER_FIELDS } from './pairingInputChecks.js';
import { ROLE_FACTS } from './roleFacts.js';
import { dutyLookup, type TeamContext, teamFor } from './visitTeam.js';

/** What {@link planVisits} needs besides the visits. @category Visit planning */
export interface VisitPlanningInput {
  readonly elders: readonly Elder[];
  readonly caregivers: readonly Caregiver[];
  readonly pairings: readonly Pairing[];
  /** The working calendar (default China's): visits go on working days unless `onRestDays`. */
  readonly calendar?: HolidayCalendar;
  /** Most home visits one caregiver makes in a day (default 6; a whole number from 0 to {@link MAX_VISITS_PER_DAY}). */
  readonly maxVisitsPerDay?: number;
  /**
   * Who may visit on weekends and public holidays. By default volunteers, neighbours, elders'
   * association members and entrusted carers may (their own weekdays still apply), while cadres,
   * doctors, teachers and social workers keep to working days (调休 included). `true` or `false`
   * sets it for everyone.
   */
  readonly onRestDays?: boolean | ((caregiver: Caregiver) => boolean);
  /** The first day that may still be planned (default: each visit's window start). */
  readonly from?: PlainDate;
  /**
   * The duty table (default {@link DEFAULT_DUTIES}): a visit from a plan a duty obliges goes only
   * to the elder's holder of that duty, or to a deputy where the duty allows.
   */
  readonly duties?: readonly DutyInput[];
}

/**
 * The largest `maxVisitsPerDay` (100): a day's stops are put in order by 2-opt, whose work
 * grows with the cube of the stops. More is `too_big`.
 * @example
 * ```ts
 * planVisits(visits, { ...input, maxVisitsPerDay: MAX_VISITS_PER_DAY });
 * ```
 * @category Visit planning
 */
export const MAX_VISITS_PER_DAY = 100;

/**
 * The longest window a visit may have, from its first open day to the day it expires (733
 * days: the longest `expandPlan` makes, 366 days open before and 366 after the day due). The
 * planner looks at each day of a window, so a longer one is `range_too_long`.
 * @example
 * ```ts
 * daysBetween(visit.openFrom, visit.expiresAt) + 1 <= MAX_WINDOW_DAYS;
 * ```
 * @category Visit planning
 */
export const MAX_WINDOW_DAYS = 733;

/**
 * One visit given a day and a caregiver.
 * @example
 * ```ts
 * for (const visit of planVisits(occurrences, input).visits)
 *   console.log(visit.date, visit.caregiverId, visit.elderId, `stop ${visit.stop}`);
 * ```
 * @category Visit planning
 */
export interface ScheduledVisit {
  readonly occurrenceKey: string;
  readonly elderId: ElderId;
  readonly caregiverId: CaregiverId;
  readonly date: PlainDate;
  /** Before the visit's overdue day. */
  readonly onTime: boolean;
  /** Position in the caregiver's route that day (home visits; 0 for calls). */
  readonly stop: number;
  /** The duty the visit carries out, when it is a duty's (see {@link DEFAULT_DUTIES}). */
  readonly duty?: DutyKey;
  /** The holder this caregiver stands in for, when a deputy makes a duty's visit. */
  readonly deputyFor?: CaregiverId;
}

/** A caregiver's home visits of one day in route order, with the round trip's km. @category Visit planning */
export interface DayRoute {
  readonly caregiverId: CaregiverId;
  readonly date: PlainDate;
  readonly stops: readonly ElderId[];
  readonly km: number;
  /** The same stops in nearest-first order, for comparison. */
  readonly nearestFirstKm: number;
}

/**
 * Why a visit has no day: no caregiver for the elder (`noCaregiver`), no holder of the duty the
 * visit belongs to (`noHolder`), no day in its window when
 * the caregiver works (`noAvailableDay`), or every such day already full (`noCapacity`).
 * @category Visit planning
 */
export type UnplacedReason = 'noCaregiver' | 'noHolder' | 'noAvailableDay' | 'noCapacity';

/**
 * The result of {@link planVisits}: the visits placed, those it could not place and why, the routes.
 * @example
 * ```ts
 * const month: VisitSchedule = planVisits(occurrences, { elders, caregivers, pairings, from: asOf });
 * console.log(month.stats.placed, 'of', month.stats.visits, 'placed');
 * for (const { occurrenceKey, reason } of month.unplaced) console.log(occurrenceKey, reason);
 * ```
 * @category Visit planning
 */
export interface VisitSchedule {
  readonly visits: readonly ScheduledVisit[];
  readonly unplaced: readonly { readonly occurrenceKey: string; readonly reason: UnplacedReason }[];
  readonly routes: readonly DayRoute[];
  readonly stats: {
    readonly visits: number;
    readonly placed: number;
    readonly onTime: number;
    /** The busiest caregiver-day's home visits, and the mean over caregiver-days with any. */
    readonly maxDayLoad: number;
    readonly meanDayLoad: number;
    readonly totalKm: number;
    readonly nearestFirstKm: number;
  };
}

/** Everything about a visit the planner needs, looked up once. */
interface Need {
  readonly occurrence: Occurrence;
  readonly caregivers: readonly Caregiver[];
  /** Who may stand in when no one of the team can (a duty's deputies). */
  readonly deputies: readonly Caregiver[];
  readonly duty?: DutyKey;
  readonly days: readonly PlainDate[];
}

const dayKey = (caregiver: string, date: string) => `${caregiver}|${date}`;

/** Whether `caregiver` can make a visit on `date`. */
function available(
  caregiver: Caregiver,
  date: PlainDate,
  input: VisitPlanningInput,
  calendar: HolidayCalendar,
): boolean {
  const { availability } = caregiver;
  if (!availability.weekdays.includes(isoWeekdayOf(date))) return false;
  if (availability.leave.some((leave) => leave.from <= date && date <= leave.to)) return false;
  if (caregiver.activeFrom && date < caregiver.activeFrom) return false;
  if (caregiver.activeTo && date > caregiver.activeTo) return false;
  return worksOnRestDays(caregiver, input.onRestDays) || isWorkingDay(date, calendar);
}

/** Whether `caregiver` may visit on a weekend or a public holiday. */
function worksOnRestDays(caregiver: Caregiver, rule: VisitPlanningInput['onRestDays']): boolean {
  if (typeof rule === 'boolean') return rule;
  if (rule) return rule(caregiver);
  return caregiver.roles.every((role) => ROLE_FACTS[role].ownTime);
}

/**
 * Give planned visits (from `expandPlan`) a day inside their window and a caregiver from the
 * elder's team (the plan's caregiver, else the pairing's members, primary first): on days the
 * caregiver works (their weekdays, leave and active dates; cadres, doctors and teachers on
 * working days by the calendar, 调休 included — see `onRestDays`),
 * at most `maxVisitsPerDay` home visits a caregiver-day, preferring days before the visit is
 * overdue, days the caregiver is already in the same village, and lighter days. Visits with the
 * fewest possible days are placed first. Each caregiver-day's home visits are then ordered into
 * a short round trip from home (nearest neighbour + 2-opt). Visits that cannot be placed come
 * back with the reason. Deterministic; reads no clock.
 *
 * Each visit is planned once: two visits with one key are a `duplicate_id` error (`firstPath`
 * leads to the first), not two plans of one visit. Checked at entry, as one `GuanaiError`:
 * `from` (a real date), `maxVisitsPerDay` (a whole number up to {@link MAX_VISITS_PER_DAY}),
 * the lists, each visit's window dates (`invalid_plain_date`) and length (at most
 * {@link MAX_WINDOW_DAYS}: `range_too_long`); an element of another shape is diagnosed when the
 * work trips on it, with its path.
 *
 * @example
 * ```ts
 * const visits = expandPlan(plan, { from: plainDate('2026-03-02'), to: plainDate('2026-03-29') });
 * const schedule = planVisits(visits, { elders, caregivers, pairings });
 * schedule.routes[0]; // { caregiverId, date, stops: [elder ids in order], km, nearestFirstKm }
 * ```
 * @category Visit planning
 */
export function planVisits(
  occurrences: Iterable<Occurrence>,
  input: VisitPlanningInput,
): VisitSchedule {
  checkPlanningArguments(occurrences, input);
  const visits = [...occurrences];
  return diagnosed(
    'planVisits',
    () => schedule(visits, input, new Map()),
    () => diagnose(visits, input),
  );
}

/**
 * Plan again after a change (a caregiver on leave or gone, a pairing changed, an elder moved),
 * moving as few visits as possible: every visit of `previous` that is still possible — same
 * caregiver still on the elder's team, still available that day, the day not over-full — keeps
 * its day and caregiver; only the others are placed anew. Planning again with nothing changed
 * gives the same schedule. The checks are those of {@link planVisits}, and `previous` must be a
 * schedule (an object with its `visits`).
 *
 * @example
 * ```ts
 * const next = replan(schedule, visits, { ...input, caregivers: withLeave });
 * next.moved; // keys of the visits that changed day or caregiver, or lost their place
 * ```
 * @category Visit planning
 */
export function replan(
  previous: VisitSchedule,
  occurrences: Iterable<Occurrence>,
  input: VisitPlanningInput,
): { readonly schedule: VisitSchedule; readonly moved: readonly string[] } {
  checkPlanningArguments(occurrences, input);
  throwIssues([objectIssue(previous, 'previous')]);
  throwIssues([arrayIssue(previous.visits, 'visits', { path: ['previous', 'visits'] })]);
  const visits = [...occurrences];
  const next = diagnosed(
    'replan',
    () => schedule(visits, input, new Map(previous.visits.map((v) => [v.occurrenceKey, v]))),
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

/** Entry checks: the arguments' kinds, O(1) each. */
function checkPlanningArguments(occurrences: Iterable<Occurrence>, input: VisitPlanningInput) {
  throwIssues([iterableIssue(occurrences, 'occurrences'), objectIssue(input, 'input')]);
  const { onRestDays } = input;
  throwIssues([
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.caregivers, 'caregivers'),
    arrayIssue(input.pairings, 'pairings'),
    objectIssue(input.calendar, 'calendar', { optional: true }),
    countIssue(input.maxVisitsPerDay, 'maxVisitsPerDay', {
      optional: true,
      maximum: MAX_VISITS_PER_DAY,
    }),
    onRestDays === undefined || typeof onRestDays === 'boolean' || typeof onRestDays === 'function'
      ? undefined
      : issue('invalid_type', ['onRestDays'], {
          expected: 'boolean | function',
          received: onRestDays === null ? 'null' : typeof onRestDays,
        }),
    plainDateIssue(input.from, 'from', { optional: true }),
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

/**
 * The days of a visit's window from `from`, or the issue that stops it being planned: window
 * dates that are not real dates, or a window longer than {@link MAX_WINDOW_DAYS}.
 */
function windowDays(
  occurrence: Occurrence,
  index: number,
  from: PlainDate | undefined,
): PlainDate[] | Issue {
  for (const field of ['openFrom', 'expiresAt'] as const)
    if (!isPlainDate(occurrence[field]))
      return issue('invalid_plain_date', ['occurrences', index, field], {
        value: String(occurrence[field]),
      });
  const length = daysBetween(occurrence.openFrom, occurrence.expiresAt) + 1;
  if (length > MAX_WINDOW_DAYS)
    return issue('range_too_long', ['occurrences', index], {
      days: length,
      maximum: MAX_WINDOW_DAYS,
    });
  // By count, not by comparing strings: the day after 9999-12-31 sorts before it.
  const days: PlainDate[] = [];
  const skip = from && from > occurrence.openFrom ? daysBetween(occurrence.openFrom, from) : 0;
  for (let i = skip; i < length; i++) days.push(addDays(occurrence.openFrom, i));
  return days;
}

function schedule(
  occurrences: readonly Occurrence[],
  input: VisitPlanningInput,
  previous: ReadonlyMap<string, ScheduledVisit>,
): VisitSchedule {
  const calendar = input.calendar ?? chinaHolidayCalendar();
  const perDay = input.maxVisitsPerDay ?? 6;
  const byId = new Map(input.caregivers.map((c) => [c.id as string, c]));
  const elders = new Map(input.elders.map((e) => [e.id as string, e]));
  const pairingsOf = new Map<string, Pairing[]>();
  for (const p of input.pairings)
    pairingsOf.set(p.elderId, [...(pairingsOf.get(p.elderId) ?? []), p]);
  const context: TeamContext = {
    dutyOf: dutyLookup(parseDuties(input.duties ?? DEFAULT_DUTIES, { covers: [] })),
    caregivers: input.caregivers,
    byId,
    elders,
    pairingsOf,
    deputies: new Map(),
  };

  const needs: Need[] = [];
  const unplaced: { occurrenceKey: string; reason: UnplacedReason }[] = [];
  // Each visit once: a key seen before is an error, not a second plan of the same visit.
  const firstIndex = new Map<string, number>();
  const issues: Issue[] = [];
  occurrences.forEach((occurrence, index) => {
    const first = firstIndex.get(occurrence.key);
    if (first !== undefined) {
      issues.push(
        issue('duplicate_id', ['occurrences', index, 'key'], {
          id: occurrence.key,
          firstPath: ['occurrences', first, 'key'],
        }),
      );
      return;
    }
    firstIndex.set(occurrence.key, index);
    const days = windowDays(occurrence, index, input.from);
    if (!Array.isArray(days)) {
      issues.push(days);
      return;
    }
    const team = teamFor(occurrence, context);
    if ('reason' in team) unplaced.push({ occurrenceKey: occurrence.key, reason: team.reason });
    else needs.push({ occurrence, ...team, days });
  });
  if (issues.length > 0) throw new GuanaiError(issues);

  const load = new Map<string, number>();
  // Calls and messages take no trip and no visit slot, but a caregiver's evening of calls still
  // has an end: they spread over the days their windows allow instead of piling on the first.
  const calls = new Map<string, number>();
  const villages = new Map<string, Set<string>>();
  const placed: ScheduledVisit[] = [];
  const book = (visit: ScheduledVisit, inPerson: boolean) => {
    placed.push(visit);
    const key = dayKey(visit.caregiverId, visit.date);
    if (!inPerson) {
      calls.set(key, (calls.get(key) ?? 0) + 1);
      return;
    }
    load.set(key, (load.get(key) ?? 0) + 1);
    const village = elders.get(visit.elderId)?.residence.villageCode;
    if (village) villages.set(key, (villages.get(key) ?? new Set()).add(village));
  };
  // Whether a caregiver works a day, asked once per caregiver-day: many visits share both.
  const works = new Map<string, boolean>();
  const worksOn = (caregiver: Caregiver, date: PlainDate) => {
    const key = dayKey(caregiver.id, date);
    let answer = works.get(key);
    if (answer === undefined) {
      answer = available(caregiver, date, input, calendar);
      works.set(key, answer);
    }
    return answer;
  };
  const options = (need: Need, caregivers: readonly Caregiver[]) =>
    caregivers.flatMap((caregiver) =>
      need.days.filter((d) => worksOn(caregiver, d)).map((date) => ({ caregiver, date })),
    );

  // Keep what still holds of the previous schedule, before anything new is placed.
  type Choice = { caregiver: Caregiver; date: PlainDate };
  // A deputy's options are looked up only when the team has none (a deputy stands in last).
  const open: { need: Need; choices: Choice[]; standIns?: Choice[] }[] = [];
  for (const need of needs) {
    const choices = options(need, need.caregivers);
    const before = previous.get(need.occurrence.key);
    const inPerson = need.occurrence.channel === 'inPerson';
    const madeBy =
      before && [...need.caregivers, ...need.deputies].find((c) => c.id === before.caregiverId);
    const still =
      before &&
      madeBy &&
      need.days.includes(before.date) &&
      worksOn(madeBy, before.date) &&
      (!inPerson || (load.get(dayKey(before.caregiverId, before.date)) ?? 0) < perDay);
    if (still) {
      book({ ...before, onTime: before.date < need.occurrence.overdueFrom }, inPerson);
      continue;
    }
    const standIns = choices.length === 0 ? options(need, need.deputies) : undefined;
    if (standIns?.length === 0)
      unplaced.push({ occurrenceKey: need.occurrence.key, reason: 'noAvailableDay' });
    else open.push({ need, choices, ...(standIns ? { standIns } : {}) });
  }
  // A duty's visits first (only its holder may make them; other visits have the whole team),
  // then the tightest: fewest possible days, then the earliest due.
  open.sort(
    (a, b) =>
      Number(a.need.duty === undefined) - Number(b.need.duty === undefined) ||
      a.choices.length - b.choices.length ||
      (a.need.occurrence.due < b.need.occurrence.due
        ? -1
        : a.need.occurrence.due > b.need.occurrence.due
          ? 1
          : 0) ||
      (a.need.occurrence.key < b.need.occurrence.key ? -1 : 1),
  );
  /** The best of `choices` for a visit: on time, on a lighter day, in a village already visited. */
  const bestOf = (need: Need, choices: readonly Choice[]): Choice | undefined => {
    const { occurrence } = need;
    const inPerson = occurrence.channel === 'inPerson';
    const village = elders.get(occurrence.subject)?.residence.villageCode;
    let best: Choice | undefined;
    let bestScore = Number.POSITIVE_INFINITY;
    for (const choice of choices) {
      const key = dayKey(choice.caregiver.id, choice.date);
      const busy = load.get(key) ?? 0;
      if (inPerson && busy >= perDay) continue;
      const late = choice.date >= occurrence.overdueFrom ? 1000 : 0;
      const together = village && villages.get(key)?.has(village) ? 5 : 0;
      const teamRank = need.caregivers.indexOf(choice.caregiver) * 2;
      const score = late + (inPerson ? 3 * busy - together : 3 * (calls.get(key) ?? 0)) + teamRank;
      if (score < bestScore) {
        bestScore = score;
        best = choice;
      }
    }
    return best;
  };
  for (const { need, choices, standIns } of open) {
    const { occurrence } = need;
    // A deputy only when no one of the team can make the visit in its window.
    const own = bestOf(need, choices);
    const best = own ?? bestOf(need, standIns ?? options(need, need.deputies));
    if (!best) {
      unplaced.push({ occurrenceKey: occurrence.key, reason: 'noCapacity' });
      continue;
    }
    const holder = need.caregivers[0];
    book(
      {
        occurrenceKey: occurrence.key,
        elderId: occurrence.subject as ElderId,
        caregiverId: best.caregiver.id,
        date: best.date,
        onTime: best.date < occurrence.overdueFrom,
        stop: 0,
        ...(need.duty ? { duty: need.duty } : {}),
        ...(!own && holder ? { deputyFor: holder.id } : {}),
      },
      occurrence.channel === 'inPerson',
    );
  }

  // Routes: each caregiver-day's home visits, in a short round trip from home.
  const kinds = new Map(occurrences.map((o) => [o.key, o.channel]));
  const groups = new Map<string, ScheduledVisit[]>();
  for (const visit of placed) {
    if (kinds.get(visit.occurrenceKey) !== 'inPerson') continue;
    const key = dayKey(visit.caregiverId, visit.date);
    groups.set(key, [...(groups.get(key) ?? []), visit]);
  }
  const stopOf = new Map<string, number>();
  const routes: DayRoute[] = [];
  let totalKm = 0;
  let nearestKm = 0;
  for (const [, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // In key order, so that a route depends on the day's visits, not on when each was booked.
    const visits = group.sort((a, b) => (a.occurrenceKey < b.occurrenceKey ? -1 : 1));
    const first = visits[0] as ScheduledVisit;
    const home = byId.get(first.caregiverId)?.home.coordinates;
    const points = visits.map((v) => elders.get(v.elderId)?.residence.coordinates);
    if (!home || points.some((p) => p === undefined)) continue;
    const stops = points as Coordinates[];
    const { order, km } = dayRoute(home, stops);
    const baseline = tripKm(home, stops, nearestFirst(home, stops));
    order.forEach((index, position) => {
      stopOf.set((visits[index] as ScheduledVisit).occurrenceKey, position + 1);
    });
    routes.push({
      caregiverId: first.caregiverId,
      date: first.date,
      stops: order.map((index) => (visits[index] as ScheduledVisit).elderId),
      km,
      nearestFirstKm: baseline,
    });
    totalKm += km;
    nearestKm += baseline;
  }
  const visits = placed
    .map((v) => ({ ...v, stop: stopOf.get(v.occurrenceKey) ?? 0 }))
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.occurrenceKey < b.occurrenceKey ? -1 : 1,
    );
  const loads = [...load.values()];
  return {
    visits,
    unplaced,
    routes,
    stats: {
      visits: occurrences.length,
      placed: visits.length,
      onTime: visits.filter((v) => v.onTime).length,
      maxDayLoad: loads.reduce((a, b) => Math.max(a, b), 0),
      meanDayLoad: loads.length > 0 ? loads.reduce((a, b) => a + b, 0) / loads.length : 0,
      totalKm,
      nearestFirstKm: nearestKm,
    },
  };
}
