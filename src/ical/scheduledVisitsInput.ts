import { arrayIssue, elementsIssue, iterableIssue, throwIssues } from '../_lib/argumentGuards.js';
import { GuanaiError, type Issue, issue, prefixIssues } from '../errors/index.js';
import { isPlainDate } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import type { ScheduledVisit } from '../scheduling/index.js';
import { visitIssues } from './visitIssues.js';

/**
 * A schedule to export as it came from `planVisits`: its scheduled `visits` (who goes, on which
 * day, at which stop of the day's route) and the `occurrences` it was planned from, which hold
 * the kind, channel, window and time of each. A `VisitSchedule` spread with the occurrences
 * fits: `{ ...schedule, occurrences }`.
 *
 * @example
 * ```ts
 * const schedule = planVisits(occurrences, { elders, caregivers, pairings }, { from });
 * const mine = schedule.visits.filter((v) => v.caregiverId === caregiverId);
 * const ics = toICalendar({ visits: mine, occurrences }, { stamp });
 * ```
 * @category iCalendar
 */
export interface ScheduledVisitsInput {
  readonly visits: readonly ScheduledVisit[];
  readonly occurrences: Iterable<Occurrence>;
}

/** A scheduled visit with the occurrence it carries out, moved to its planned day. @internal */
export interface ScheduledEvent {
  readonly visit: Occurrence;
  readonly scheduled: ScheduledVisit;
}

/** The fields of a scheduled visit the export reads. */
const SCHEDULED_FIELDS = {
  occurrenceKey: 'string',
  caregiverId: 'string',
  date: 'string',
  stop: 'number?',
  deputyFor: 'string?',
} as const;

/**
 * Each scheduled visit with its occurrence on the day planned, in the order of `visits`: the
 * lists checked at entry, the occurrences whole (a schedule's are few hundred a caregiver),
 * and a visit whose occurrence is not given is `unknown_reference` under its index.
 * @internal
 */
export function scheduledEvents(input: ScheduledVisitsInput): ScheduledEvent[] {
  throwIssues([
    arrayIssue(input.visits, 'visits'),
    iterableIssue(input.occurrences, 'occurrences'),
  ]);
  throwIssues([elementsIssue(input.visits, 'visits', SCHEDULED_FIELDS)]);
  const byKey = occurrencesByKey(input.occurrences);
  const issues: Issue[] = [];
  const events: ScheduledEvent[] = [];
  input.visits.forEach((scheduled, index) => {
    if (!isPlainDate(scheduled.date))
      issues.push(
        issue('invalid_plain_date', ['visits', index, 'date'], { value: scheduled.date }),
      );
    const occurrence = byKey.get(scheduled.occurrenceKey);
    if (!occurrence)
      issues.push(
        issue('unknown_reference', ['visits', index, 'occurrenceKey'], {
          kind: 'occurrence',
          id: scheduled.occurrenceKey,
        }),
      );
    else events.push({ visit: { ...occurrence, due: scheduled.date }, scheduled });
  });
  if (issues.length > 0) throw new GuanaiError(issues);
  return events;
}

/** The occurrences by key, each checked as `toICalendar` reads a visit. */
function occurrencesByKey(occurrences: Iterable<Occurrence>): Map<string, Occurrence> {
  const byKey = new Map<string, Occurrence>();
  let index = 0;
  for (const occurrence of occurrences) {
    const issues = visitIssues(occurrence, index, true);
    if (issues.length > 0) throw new GuanaiError(prefixIssues(issues, ['occurrences']));
    byKey.set(occurrence.key, occurrence);
    index++;
  }
  return byKey;
}
