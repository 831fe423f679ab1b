import { arrayIssue, diagnosed, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import { issue } from '../errors/index.js';
import type { CaregiverId, DutyKey, ElderId, Pairing, PlainDate } from '../models/index.js';
import {
  type Occurrence,
  type OccurrenceOutcome,
  type OccurrenceState,
  occurrenceState,
} from '../recurrence/index.js';
import type { DutyInput } from '../scheduling/index.js';
import type { ScheduledCaregiver } from './creditRule.js';
import { type CounterpartRule, type CreditRule, creditRule, type Refusal } from './creditRule.js';
import { currentRecords } from './currentRecords.js';
import { dutyTable } from './dutyTable.js';
import { diagnoseLists } from './inputChecks.js';
import type { NotDoneReason, VisitRecord, VisitRecordId } from './visitRecord.js';

/**
 * The day an elder stopped needing visits (moved in with children, died, no longer eligible):
 * their visits from that day on are cancelled, not failed. An end a record gives carries the
 * record's not-done reason — any of `endingReasons`, e.g. `awayForTreatment` when a county
 * counts a long stay in hospital as an end.
 * @category Matching
 */
export interface VisitsEnd {
  readonly elderId: ElderId;
  readonly from: PlainDate;
  readonly reason: NotDoneReason | 'noLongerEligible';
}

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
 * A record that fits a duty's visit but may not complete it: none of its caregivers held the
 * duty on the day the visit was due, and the schedule did not give them the visit. `holderId`
 * is the holder that day (absent when no one held it).
 * @category Matching
 */
export interface NotByHolder {
  readonly recordId: VisitRecordId;
  readonly occurrenceKey: string;
  readonly duty: DutyKey;
  readonly holderId?: CaregiverId;
}

/**
 * Why a record answers no planned visit: its key names none (`unknownOccurrence`), the visit
 * is another elder's (`otherElder`), the visit is a call to the children and the record's
 * contact was not with them (`notWithChildren`), or — an unplanned visit — no visit of the
 * elder's fits its day and kind (`noFittingOccurrence`). Each still counts as contact.
 * @category Matching
 */
export type OrphanReason =
  | 'unknownOccurrence'
  | 'otherElder'
  | 'notWithChildren'
  | 'noFittingOccurrence';

/**
 * The result of {@link matchRecords}.
 * @category Matching
 */
export interface RecordMatch {
  /** Outcomes for `occurrenceState`: one per matched record, and the cancellations. */
  readonly outcomes: readonly OccurrenceOutcome[];
  /** The planned visit each matched record answers. */
  readonly matched: ReadonlyMap<VisitRecordId, string>;
  /** Completed records of a visit another completed record already answers. */
  readonly duplicates: readonly {
    readonly recordId: VisitRecordId;
    readonly occurrenceKey: string;
    readonly first: VisitRecordId;
  }[];
  readonly orphans: readonly { readonly recordId: VisitRecordId; readonly reason: OrphanReason }[];
  /** Records that fit a duty's visit but were not made by its holder or planned deputy. */
  readonly notByHolder: readonly NotByHolder[];
  /** Each elder's end of visits, the earliest known. */
  readonly ends: ReadonlyMap<ElderId, VisitsEnd>;
  /** The outcomes of each visit, by key, in day order (the same objects as `outcomes`). */
  readonly outcomesOf: ReadonlyMap<string, readonly OccurrenceOutcome[]>;
  /** The reasons recorded for each visit not done, by key, in day order. */
  readonly notDoneReasons: ReadonlyMap<
    string,
    readonly { readonly on: PlainDate; readonly reason: NotDoneReason }[]
  >;
  /**
   * Each elder's days of completed contact in records in force, in order: any channel, and in
   * person — matched to a visit or not.
   */
  readonly contacts: ReadonlyMap<
    ElderId,
    { readonly any: readonly PlainDate[]; readonly inPerson: readonly PlainDate[] }
  >;
  /** The records in force that report an incident (spec §2 R4), in day order. */
  readonly incidents: readonly VisitRecord[];
}

/** Records in order of day, time (none first) and id: buckets by day, then a small sort. */
function inDayOrder(records: readonly VisitRecord[]): VisitRecord[] {
  const byDay = new Map<string, VisitRecord[]>();
  for (const record of records) {
    const list = byDay.get(record.on);
    if (list) list.push(record);
    else byDay.set(record.on, [record]);
  }
  const within = (a: VisitRecord, b: VisitRecord) => {
    const [ta, tb] = [a.time ?? '', b.time ?? ''];
    if (ta !== tb) return ta < tb ? -1 : 1;
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const ordered: VisitRecord[] = [];
  for (const day of [...byDay.keys()].sort())
    ordered.push(...(byDay.get(day) as VisitRecord[]).sort(within));
  return ordered;
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
      const refusalOf = creditRule(
        { table, pairings, scheduled },
        options.credit ?? 'holderOrDeputy',
        options.childContactCounterpart ?? 'presumed',
      );
      return matchChecked(occurrences, records, options, refusalOf);
    },
    () => diagnoseLists({ occurrences, records, ends, pairings, scheduled }),
  );
}

const CREDIT_RULES: readonly CreditRule[] = ['holderOrDeputy', 'anyone'];
const COUNTERPART_RULES: readonly CounterpartRule[] = ['presumed', 'stated'];

const oneOf = (value: unknown, name: string, allowed: readonly string[]) =>
  value === undefined || allowed.includes(value as string)
    ? undefined
    : issue('invalid_value', [name], { allowed });

function matchChecked(
  occurrences: readonly Occurrence[],
  records: readonly VisitRecord[],
  options: MatchRecordsOptions,
  refusalOf: (record: VisitRecord, occurrence: Occurrence) => Refusal | undefined,
): RecordMatch {
  const endingReasons = options.endingReasons ?? ['deceased', 'movedInWithChildren'];
  const byKey = new Map<string, Occurrence>();
  const bySubject = new Map<string, Occurrence[]>();
  for (const occurrence of occurrences) {
    byKey.set(occurrence.key, occurrence);
    const list = bySubject.get(occurrence.subject);
    if (list) list.push(occurrence);
    else bySubject.set(occurrence.subject, [occurrence]);
  }
  for (const list of bySubject.values())
    list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : 1));

  const outcomes: OccurrenceOutcome[] = [];
  const outcomesOf = new Map<string, OccurrenceOutcome[]>();
  const record = (outcome: OccurrenceOutcome) => {
    outcomes.push(outcome);
    const list = outcomesOf.get(outcome.occurrenceKey);
    if (list) list.push(outcome);
    else outcomesOf.set(outcome.occurrenceKey, [outcome]);
  };
  const notDoneReasons = new Map<string, { on: PlainDate; reason: NotDoneReason }[]>();
  const contacts = new Map<ElderId, { any: PlainDate[]; inPerson: PlainDate[] }>();
  const incidents: VisitRecord[] = [];
  const matched = new Map<VisitRecordId, string>();
  const completedBy = new Map<string, VisitRecordId>();
  const duplicates: { recordId: VisitRecordId; occurrenceKey: string; first: VisitRecordId }[] = [];
  const orphans: { recordId: VisitRecordId; reason: OrphanReason }[] = [];
  const notByHolder: NotByHolder[] = [];
  const refuse = (record: VisitRecord, occurrence: Occurrence, refusal: Refusal) => {
    if (refusal.reason === 'notWithChildren')
      orphans.push({ recordId: record.id, reason: 'notWithChildren' });
    else {
      const { duty, holderId } = refusal;
      notByHolder.push({
        recordId: record.id,
        occurrenceKey: occurrence.key,
        duty,
        ...(holderId === undefined ? {} : { holderId }),
      });
    }
  };
  const ends = new Map<ElderId, VisitsEnd>();
  const endAt = (end: VisitsEnd) => {
    const known = ends.get(end.elderId);
    if (!known || end.from < known.from) ends.set(end.elderId, end);
  };
  for (const end of options.ends ?? []) endAt(end);

  const fits = (record: VisitRecord, occurrence: Occurrence) =>
    occurrence.openFrom <= record.on &&
    record.on <= occurrence.expiresAt &&
    (record.kind !== undefined
      ? record.kind === occurrence.kind
      : record.channel === occurrence.channel);

  for (const entry of inDayOrder(currentRecords(records))) {
    if (entry.incident) incidents.push(entry);
    if (entry.outcome === 'completed') {
      let days = contacts.get(entry.elderId);
      if (!days) {
        days = { any: [], inPerson: [] };
        contacts.set(entry.elderId, days);
      }
      days.any.push(entry.on);
      if (entry.channel === 'inPerson') days.inPerson.push(entry.on);
    }
    const occurrence = answered(entry);
    if (!occurrence) continue;
    const first = completedBy.get(occurrence.key);
    if (entry.outcome === 'completed' && first !== undefined) {
      duplicates.push({ recordId: entry.id, occurrenceKey: occurrence.key, first });
      continue;
    }
    if (entry.outcome === 'completed') completedBy.set(occurrence.key, entry.id);
    else if (entry.notDoneReason) {
      const reasons = notDoneReasons.get(occurrence.key);
      const reason = { on: entry.on, reason: entry.notDoneReason };
      if (reasons) reasons.push(reason);
      else notDoneReasons.set(occurrence.key, [reason]);
    }
    matched.set(entry.id, occurrence.key);
    record({ occurrenceKey: occurrence.key, on: entry.on, outcome: entry.outcome });
  }

  // Ends cancel every visit due from the end on that no record completed.
  for (const [elderId, end] of ends)
    for (const occurrence of bySubject.get(elderId) ?? [])
      if (occurrence.expiresAt >= end.from && !completedBy.has(occurrence.key))
        record({ occurrenceKey: occurrence.key, on: end.from, outcome: 'cancelled' });
  return {
    outcomes,
    matched,
    duplicates,
    orphans,
    notByHolder,
    ends,
    outcomesOf,
    notDoneReasons,
    contacts,
    incidents,
  };

  /** The visit a record answers, noting orphans and the ends a record gives. */
  function answered(record: VisitRecord): Occurrence | undefined {
    let occurrence: Occurrence | undefined;
    if (record.occurrenceKey !== undefined) {
      occurrence = byKey.get(record.occurrenceKey);
      if (!occurrence) orphans.push({ recordId: record.id, reason: 'unknownOccurrence' });
      else if (occurrence.subject !== record.elderId) {
        orphans.push({ recordId: record.id, reason: 'otherElder' });
        occurrence = undefined;
      } else {
        const refusal = refusalOf(record, occurrence);
        if (refusal) {
          refuse(record, occurrence, refusal);
          occurrence = undefined;
        }
      }
    } else {
      // The earliest fitting visit not yet completed that this record may complete.
      let firstFit: Occurrence | undefined;
      let refused: [Occurrence, Refusal] | undefined;
      for (const candidate of bySubject.get(record.elderId) ?? []) {
        if (!fits(record, candidate)) continue;
        const refusal = refusalOf(record, candidate);
        if (refusal) {
          refused ??= [candidate, refusal];
          continue;
        }
        if (!completedBy.has(candidate.key)) {
          occurrence = candidate;
          break;
        }
        firstFit ??= candidate;
      }
      occurrence ??= firstFit;
      if (!occurrence && refused) refuse(record, ...refused);
      else if (!occurrence) orphans.push({ recordId: record.id, reason: 'noFittingOccurrence' });
    }
    if (
      record.outcome === 'notDone' &&
      record.notDoneReason !== undefined &&
      endingReasons.includes(record.notDoneReason)
    )
      endAt({ elderId: record.elderId, from: record.on, reason: record.notDoneReason });
    return occurrence;
  }
}

/**
 * The state of any planned visit on a day, from a match: `occurrenceState` on the visit's own
 * outcomes — the one rule coverage and escalation both use.
 * @internal
 */
export function statesFrom(
  match: RecordMatch,
): (occurrence: Occurrence, asOf: PlainDate) => OccurrenceState {
  return (occurrence, asOf) =>
    occurrenceState(occurrence, { asOf, records: match.outcomesOf.get(occurrence.key) ?? [] });
}
