import type { ChildId, ElderId, PlainDate, ServiceCategory, TimeOfDay } from '../models/index.js';
import type { HolidayPolicy, PlanAssignee, VisitChannel, VisitKind } from './visitPlan.js';

/**
 * What the holiday policy did to a visit whose planned day is not a working day: `moved` it
 * (`plannedDue` holds the day it left), could not move it inside its window (`notMovable`: it
 * keeps its day), or could not tell because the holiday calendar does not cover the year yet
 * (`calendarUnknown`: it keeps its day).
 * @category Occurrences
 */
export type HolidayOutcome = 'moved' | 'notMovable' | 'calendarUnknown';

/**
 * One dated visit of a plan for one elder (or child): when it is due and the window around
 * it, in whole civil days. Its `key` (plan, subject, period) is the same every time the plan
 * is expanded, so re-running an expansion never duplicates a visit; records refer to it.
 *
 * The window points are ordered `openFrom ≤ due < overdueFrom ≤ expiresAt + 1`: before
 * `openFrom` the visit is upcoming, from `due` it is due, from `overdueFrom` overdue, and after
 * `expiresAt` expired (see `occurrenceState`).
 * @example
 * ```ts
 * for (const visit of expandPlan(plan, { from: plainDate('2026-09-01'), to: plainDate('2026-09-30') }))
 *   console.log(visit.key, visit.due, occurrenceState(visit, { asOf: plainDate('2026-09-10') }));
 * ```
 * @category Occurrences
 */
export interface Occurrence {
  /** `planId/subject/period`: stable across expansions. */
  readonly key: string;
  readonly planId: string;
  readonly subject: ElderId | ChildId;
  readonly subjectKind: 'elder' | 'child';
  /**
   * The period the visit belongs to: `2026-W05`, `2026-03`, `2026-Q1`, `2026-H1` or `2026` for
   * a quota (with `#2`, `#3` … when it asks for several), the festival and its year
   * (`doubleNinth-2026`), or the planned day.
   */
  readonly period: string;
  readonly kind: VisitKind;
  readonly channel: VisitChannel;
  readonly who: PlanAssignee;
  readonly services?: readonly ServiceCategory[];
  readonly time?: TimeOfDay;
  readonly durationMinutes?: number;
  readonly openFrom: PlainDate;
  readonly due: PlainDate;
  readonly overdueFrom: PlainDate;
  readonly expiresAt: PlainDate;
  /** The day the cadence gave, when the holiday policy moved the visit or tried to. */
  readonly plannedDue?: PlainDate;
  readonly holiday?: HolidayOutcome;
  /** The policy that was applied, with `holiday`. */
  readonly holidayPolicy?: HolidayPolicy;
}
