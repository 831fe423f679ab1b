import { GuanaiError, type Issue, issue } from '../errors/index.js';
import {
  addDays,
  type Caregiver,
  type DutyKey,
  daysBetween,
  isPlainDate,
  type PlainDate,
} from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import { MAX_WINDOW_DAYS, type VisitUnplacedReason } from './visitSchedule.js';
import { type TeamContext, teamFor } from './visitTeam.js';

/** Everything about a visit the planner needs, looked up once. @internal */
export interface Need {
  readonly occurrence: Occurrence;
  readonly caregivers: readonly Caregiver[];
  /** Who may stand in when no one of the team can (a duty's deputies). */
  readonly deputies: readonly Caregiver[];
  readonly duty?: DutyKey;
  readonly days: readonly PlainDate[];
}

/**
 * Each visit's team and window days, or why it has no team; throws, as one `GuanaiError`,
 * for every visit that cannot be planned at all: a key seen before (`duplicate_id`: each visit
 * is planned once), window dates that are not dates, a window too long.
 * @internal
 */
export function visitNeeds(
  occurrences: readonly Occurrence[],
  from: PlainDate | undefined,
  context: TeamContext,
): { needs: Need[]; unplaced: { occurrenceKey: string; reason: VisitUnplacedReason }[] } {
  const needs: Need[] = [];
  const unplaced: { occurrenceKey: string; reason: VisitUnplacedReason }[] = [];
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
    const days = windowDays(occurrence, index, from);
    if (!Array.isArray(days)) {
      issues.push(days);
      return;
    }
    const team = teamFor(occurrence, context);
    if ('reason' in team) unplaced.push({ occurrenceKey: occurrence.key, reason: team.reason });
    else needs.push({ occurrence, ...team, days });
  });
  if (issues.length > 0) throw new GuanaiError(issues);
  return { needs, unplaced };
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
