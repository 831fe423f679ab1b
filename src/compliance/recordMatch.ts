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
 * The result of `matchRecords`.
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
