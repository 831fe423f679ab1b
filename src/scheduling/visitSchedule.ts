import type { HolidayCalendar } from '../calendar/index.js';
import type {
  Caregiver,
  CaregiverId,
  DutyKey,
  Elder,
  ElderId,
  Pairing,
  PlainDate,
} from '../models/index.js';
import type { DutyInput } from './duty.js';
import type { UnplacedReason } from './unplacedReason.js';

/**
 * What {@link planVisits} plans with besides the visits: the elders, the caregivers and the
 * pairings that make each elder's team. How to plan (the first day, the calendar, a day's
 * visits, rest days, duties) is in {@link PlanVisitsOptions}, the last argument; those names
 * given here are rejected (`moved_to_options`), by the compiler and at run time.
 * @example
 * ```ts
 * const input: VisitPlanningInput = { elders, caregivers, pairings: plan.pairings };
 * planVisits(visits, input, { from: plainDate('2026-03-02') });
 * ```
 * @category Visit planning
 */
export interface VisitPlanningInput extends MovedToPlanVisitsOptions {
  readonly elders: readonly Elder[];
  readonly caregivers: readonly Caregiver[];
  readonly pairings: readonly Pairing[];
}

/**
 * How {@link planVisits} and {@link replan} plan: from which day, by which calendar, how many
 * home visits a day, who visits on rest days, and the duty table. Every option has a default.
 * @example
 * ```ts
 * const options: PlanVisitsOptions = { from: asOf, maxVisitsPerDay: 4, onRestDays: false };
 * planVisits(visits, { elders, caregivers, pairings }, options);
 * ```
 * @category Visit planning
 */
export interface PlanVisitsOptions {
  /** The first day that may still be planned (default: each visit's window start). */
  readonly from?: PlainDate;
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
  /**
   * The duty table (default {@link DEFAULT_DUTIES}): a visit from a plan a duty obliges goes only
   * to the elder's holder of that duty, or to a deputy where the duty allows.
   */
  readonly duties?: readonly DutyInput[];
}

/**
 * The names that were part of {@link VisitPlanningInput} before 1.0 and are options now: a
 * key given in the input is a compile error here and `moved_to_options` at run time, so a
 * call not yet migrated is told, not silently planned with the defaults.
 * @example
 * ```ts
 * // @ts-expect-error from is an option now
 * planVisits(visits, { elders, caregivers, pairings, from: asOf });
 * ```
 * @category Visit planning
 */
export type MovedToPlanVisitsOptions = { readonly [K in keyof PlanVisitsOptions]?: never };

/**
 * The largest `maxVisitsPerDay` (100): a day's stops are put in order by 2-opt, whose work
 * grows with the cube of the stops. More is `too_big`.
 * @example
 * ```ts
 * planVisits(visits, input, { maxVisitsPerDay: MAX_VISITS_PER_DAY });
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
 * The result of {@link planVisits}: the visits placed, those it could not place and why, the routes.
 * @example
 * ```ts
 * const month: VisitSchedule = planVisits(occurrences, { elders, caregivers, pairings }, { from: asOf });
 * console.log(month.stats.placed, 'of', month.stats.visits, 'placed');
 * for (const { occurrenceKey, reason } of month.unplaced) console.log(occurrenceKey, reason);
 * ```
 * @category Visit planning
 */
export interface VisitSchedule {
  readonly visits: readonly ScheduledVisit[];
  /** Visits with no day, and why (`noCaregiver`, `noHolder`, `noAvailableDay`, `noCapacity`). */
  readonly unplaced: readonly {
    readonly occurrenceKey: string;
    readonly reason: VisitUnplacedReason;
  }[];
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

/**
 * The reasons a visit can be left out by {@link planVisits}: no caregiver for the elder, no
 * holder of the visit's duty, no working day in its window, every such day full.
 * @category Visit planning
 */
export type VisitUnplacedReason = Extract<
  UnplacedReason,
  'noCaregiver' | 'noHolder' | 'noAvailableDay' | 'noCapacity'
>;
