import { arrayIssue, diagnosed, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import { Scratch } from '../_lib/scratch.js';
import { issue } from '../errors/index.js';
import type { Pairing, PlainDate } from '../models/index.js';
import { type Occurrence, type OccurrenceState, occurrenceState } from '../recurrence/index.js';
import type { DutyInput } from '../scheduling/index.js';
import type { ScheduledCaregiver } from './creditRule.js';
import { type CounterpartRule, type CreditRule, creditRule, refusalScope } from './creditRule.js';
import { dutyTable } from './dutyTable.js';
import { diagnoseLists, rememberMatchOf } from './inputChecks.js';
import { matchResult } from './matchResult.js';
import { runMatch } from './matchRun.js';
import { occurrenceIndex } from './occurrenceIndex.js';
import type { RecordMatch, VisitsEnd } from './recordMatch.js';
import type { NotDoneReason, VisitRecord } from './visitRecord.js';

export type { NotByHolder, OrphanReason, RecordMatch, VisitsEnd } from './recordMatch.js';

/** Options of {@link matchRecords}. @category Matching */
export interface MatchRecordsOptions {
  /**
   * Not-done reasons that end the elder's visits from the record's day (default `deceased` and
   * `movedInWithChildren`, spec anchors: "applies" is not "resolved").
   */
  readonly endingReasons?: readonly NotDoneReason[];
  /** Ends known from the ledger (status changes), beside those the records give. */
  readonly ends?: readonly VisitsEnd[];
  /**
   * The pairings, general and of duties (as `pairElders` makes them): who holds each duty for
   * each elder, and when. Without them no one is known to hold a duty.
   */
  readonly pairings?: readonly Pairing[];
  /** The duty table (default `DEFAULT_DUTIES`): which visits are a duty's (see `dutyOfVisit`). */
  readonly duties?: readonly DutyInput[];
  /** The schedule `planVisits` made: the caregiver it gave a duty's visit to (a deputy) may complete it. */
  readonly scheduled?: readonly ScheduledCaregiver[];
  /** Whose record completes a duty's visit (default `holderOrDeputy`). */
  readonly credit?: CreditRule;
  /** How a record with no `counterpart` counts for a `childContact` visit (default `presumed`). */
  readonly childContactCounterpart?: CounterpartRule;
}

/**
 * Match visit records to planned visits. A record with an occurrence key answers that visit;
 * an unplanned record answers the elder's earliest-due visit not yet completed whose window
 * holds its day and whose kind (or, when the record gives none, channel) it shares — for a
 * quota, any qualifying record in the period. Only records in force count (corrections replace
 * what they amend), taken in order of day, time and id, so the result does not depend on the
 * order records come in and matching again gives the same result. A second completed record of
 * a visit is reported as a duplicate, a record answering nothing as an orphan. A record whose
 * reason ends the elder's visits (died, moved in with children), and any end in `ends`, cancel
 * the elder's visits from that day on rather than fail them.
 *
 * Credited to the holder (包保到人, spec §3.1 · S18 L515): a duty's visit (see `dutyOfVisit`)
 * is answered only by a record one of whose `caregiverIds` held the duty for the elder on the
 * day the visit was due (the primary of the elder's pairing carrying the duty, in `pairings`),
 * or was the caregiver `scheduled` gave the visit to (a deputy). Any other record that fits it
 * — by key or unplanned — does not complete it and is listed in `notByHolder`; an unplanned
 * record goes on to a visit its maker may complete. `credit: 'anyone'` lifts the rule (old
 * records). A `childContact` visit (the monthly call to the children) is answered only by a
 * record whose `counterpart` is `children` or `parents`; a record that gives none is taken as
 * with them unless `childContactCounterpart: 'stated'`; others are orphans (`notWithChildren`).
 *
 * The lists and options are checked at entry (`invalid_argument`, `invalid_value`; a bad duty
 * table as `parseDuties` reports it, under `duties`); an element of another shape is diagnosed
 * when the work trips on it, as `invalid_type` with its path.
 *
 * @example
 * ```ts
 * const match = matchRecords(occurrences, records, { pairings, scheduled: schedule.visits });
 * occurrenceState(visit, { asOf, records: match.outcomes }); // 'completed', 'notDone', 'cancelled' …
 * match.orphans; // records that answer no planned visit
 * match.notByHolder; // records by someone who did not hold the duty: the visit stays due
 * ```
 * @category Matching
 */
export function matchRecords(
  occurrences: readonly Occurrence[],
  records: readonly VisitRecord[],
  options: MatchRecordsOptions = {},
): RecordMatch {
  throwIssues([
    arrayIssue(occurrences, 'occurrences'),
    arrayIssue(records, 'records'),
    objectIssue(options, 'options'),
  ]);
  throwIssues([
    arrayIssue(options.endingReasons, 'endingReasons', { optional: true }),
    arrayIssue(options.ends, 'ends', { optional: true }),
    arrayIssue(options.pairings, 'pairings', { optional: true }),
    arrayIssue(options.duties, 'duties', { optional: true }),
    arrayIssue(options.scheduled, 'scheduled', { optional: true }),
    oneOf(options.credit, 'credit', CREDIT_RULES),
    oneOf(options.childContactCounterpart, 'childContactCounterpart', COUNTERPART_RULES),
  ]);
  const table = dutyTable(options.duties);
  const { pairings, scheduled, ends } = options;
  return diagnosed(
    'matchRecords',
    () => {
      // Built over the pairings and the schedule: inside, so that a bad element is diagnosed.
      const credit = options.credit ?? 'holderOrDeputy';
      const counterpart = options.childContactCounterpart ?? 'presumed';
      const rules = {
        endingReasons: options.endingReasons ?? ['deceased', 'movedInWithChildren'],
        ends: ends ?? [],
        scope: refusalScope(table, credit),
        refusalOf: creditRule({ table, pairings, scheduled }, credit, counterpart),
        counterpart,
      };
      const scratch = Scratch.take(scratchBytes(records.length, occurrences.length));
      try {
        const run = runMatch(occurrenceIndex(occurrences), records, rules, scratch);
        return rememberMatchOf(matchResult(run), occurrences);
      } finally {
        scratch.release();
      }
    },
    () => diagnoseLists({ occurrences, records, ends, pairings, scheduled }),
  );
}

/**
 * The working arrays a match takes: about 75 bytes a record and 16 a visit (its number in three
 * arrays, and in the outcomes when an end cancels it).
 */
const scratchBytes = (records: number, visits: number) => 76 * records + 16 * visits + 1024;

const CREDIT_RULES: readonly CreditRule[] = ['holderOrDeputy', 'anyone'];
const COUNTERPART_RULES: readonly CounterpartRule[] = ['presumed', 'stated'];

const oneOf = (value: unknown, name: string, allowed: readonly string[]) =>
  value === undefined || allowed.includes(value as string)
    ? undefined
    : issue('invalid_value', [name], { allowed });

/**
 * The state of any planned visit on a day, from a match: `occurrenceState` on the visit's own
 * outcomes (`at`: its place in the occurrences the match was made of) — the one rule coverage
 * and escalation both use.
 * @internal
 */
export function statesFrom(
  match: RecordMatch,
): (occurrence: Occurrence, at: number, asOf: PlainDate) => OccurrenceState {
  return (occurrence, at, asOf) =>
    occurrenceState(occurrence, { asOf, records: match.outcomesOf[at] ?? [] });
}
