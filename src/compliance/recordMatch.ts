import type { CaregiverId, DutyKey, ElderId, PlainDate } from '../models/index.js';
import type { OccurrenceOutcome } from '../recurrence/index.js';
import type { NotDoneReason, VisitRecord, VisitRecordId } from './visitRecord.js';

/*
 * The result of `matchRecords` and its parts: in a file of their own, so that the files that
 * build a match (matchRun, matchResult) read these types without importing matchRecords.
 */

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
 * The result of `matchRecords`: plain data (arrays, plain objects, two small maps), so that it
 * can be cloned, posted to a worker or stored. What is per visit is a list ALIGNED WITH THE
 * `occurrences` GIVEN (place `i` ↔ `occurrences[i]`), what is per record one aligned with the
 * `records`: read by place, as the reports do, with no lookup by key. A visit whose key is
 * repeated in `occurrences` shares the lists of the last visit with that key.
 *
 * @example
 * ```ts
 * const match = matchRecords(occurrences, records);
 * occurrences.forEach((visit, i) => {
 *   occurrenceState(visit, { asOf, records: match.outcomesOf[i] }); // 'completed', 'due' …
 *   match.notDoneReasons[i]?.at(-1)?.reason; // e.g. 'notAtHome'
 * });
 * const answered = occurrences[match.matched[0]]; // the visit records[0] answers (undefined: none)
 * ```
 * @category Matching
 */
export interface RecordMatch {
  /** Outcomes for `occurrenceState`: one per matched record, and the cancellations. */
  readonly outcomes: readonly OccurrenceOutcome[];
  /**
   * Per record (`matched[r]` ↔ `records[r]`): the place in `occurrences` of the planned visit
   * it answers, or −1 (a record amended, a duplicate, an orphan, one not by the holder).
   * @example
   * ```ts
   * const visit = occurrences[match.matched[r]]; // undefined when records[r] answers none
   * const answered = match.matched.filter((at) => at >= 0).length;
   * ```
   */
  readonly matched: readonly number[];
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
  /**
   * Per visit (`outcomesOf[i]` ↔ `occurrences[i]`): its outcomes in day order, the same objects
   * as in `outcomes` (one shared empty list for the visits with none).
   * @example
   * ```ts
   * occurrenceState(occurrences[i], { asOf, records: match.outcomesOf[i] });
   * ```
   */
  readonly outcomesOf: readonly (readonly OccurrenceOutcome[])[];
  /**
   * Per visit (`notDoneReasons[i]` ↔ `occurrences[i]`): the reasons recorded for it not done,
   * in day order (one shared empty list for the visits with none).
   * @example
   * ```ts
   * match.notDoneReasons[i]?.at(-1)?.reason; // the last reason, e.g. 'notAtHome'
   * ```
   */
  readonly notDoneReasons: readonly (readonly {
    readonly on: PlainDate;
    readonly reason: NotDoneReason;
  }[])[];
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
