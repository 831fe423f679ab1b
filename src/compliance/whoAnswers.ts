import { arrayIssue, diagnosed, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import type { CaregiverId, Pairing } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import type { Duty, DutyInput } from '../scheduling/index.js';
import type { ScheduledCaregiver } from './creditRule.js';
import { dutyTable } from './dutyTable.js';
import { diagnoseLists } from './inputChecks.js';
import { responsibility } from './responsibleCaregiver.js';

/** What {@link whoAnswers} reads: the pairings, the duty table and the schedule. @category Matching */
export interface WhoAnswersInput {
  readonly pairings?: readonly Pairing[];
  /** The duty table (default `DEFAULT_DUTIES`): which visits are a duty's. */
  readonly duties?: readonly DutyInput[];
  /** The schedule `planVisits` made: the caregiver it gave each visit to. */
  readonly scheduled?: readonly ScheduledCaregiver[];
}

/**
 * The answers of {@link whoAnswers}, asked per visit in O(1).
 * @category Matching
 */
export interface VisitAnswerer {
  /** The caregiver who answers for the visit, if any. */
  readonly caregiverOf: (occurrence: Occurrence) => CaregiverId | undefined;
  /** The duty the visit belongs to (包保 and the like), if any. */
  readonly dutyOf: (occurrence: Occurrence) => Duty | undefined;
}

/**
 * Who answers for each planned visit, by the rules matching and coverage use: the caregiver the
 * schedule gave it (the holder, or a deputy `planVisits` named), else the caregiver the plan
 * names, else — a duty's visit — the duty's holder on the day it is due (包保到人, spec §3.1 ·
 * S18 L515), else the primary of the elder's general pairing that day. Maps are built once.
 *
 * Checked at entry: the input an object, its lists lists (`invalid_argument`), the duty table as
 * `parseDuties` checks it (issues under `duties`).
 *
 * @example
 * ```ts
 * const { caregiverOf, dutyOf } = whoAnswers({ pairings, scheduled: schedule.visits });
 * caregiverOf(visit); // 'C-00040'
 * dutyOf(visit)?.key; // 'villageContract'
 * ```
 * @category Matching
 */
export function whoAnswers(input: WhoAnswersInput = {}): VisitAnswerer {
  throwIssues([objectIssue(input, 'input')]);
  throwIssues([
    arrayIssue(input.pairings, 'pairings', { optional: true }),
    arrayIssue(input.duties, 'duties', { optional: true }),
    arrayIssue(input.scheduled, 'scheduled', { optional: true }),
  ]);
  const table = dutyTable(input.duties);
  const { pairings, scheduled } = input;
  const { caregiverOf, plannedFor } = diagnosed(
    'whoAnswers',
    () => ({
      caregiverOf: responsibility(pairings, table).caregiverOf,
      plannedFor: new Map<string, CaregiverId>(
        (scheduled ?? []).map((visit) => [visit.occurrenceKey, visit.caregiverId]),
      ),
    }),
    () => diagnoseLists({ pairings, scheduled }),
  );
  return {
    caregiverOf: (occurrence) => plannedFor.get(occurrence.key) ?? caregiverOf(occurrence),
    dutyOf: table.dutyOf,
  };
}
