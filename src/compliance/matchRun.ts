import type { Scratch } from '../_lib/scratch.js';
import type { ElderId, PlainDate } from '../models/index.js';
import type { Occurrence, OccurrenceOutcome } from '../recurrence/index.js';
import { ContactDaysBuilder } from './contactDays.js';
import {
  type CounterpartRule,
  counterpartRefusal,
  type Refusal,
  type RefusalScope,
} from './creditRule.js';
import { type OccurrenceIndex, visitAt } from './occurrenceIndex.js';
import {
  COMPLETED,
  dayOf,
  ENDS_VISITS,
  GIVES_REASON,
  INCIDENT,
  NOT_WITH_CHILDREN,
  type RecordFacts,
  recordAt,
  recordFacts,
  UNPLANNED,
} from './recordFacts.js';
import type { NotByHolder, OrphanReason, VisitsEnd } from './recordMatch.js';
import type { NotDoneReason, VisitRecord, VisitRecordId } from './visitRecord.js';

/** What matching needs besides the records and the index. @internal */
export interface MatchRules {
  readonly endingReasons: readonly NotDoneReason[];
  readonly ends: readonly VisitsEnd[];
  /** How much of the crediting rule can refuse a record for a visit (see `refusalScope`). */
  readonly scope: (occurrence: Occurrence) => RefusalScope;
  readonly refusalOf: (record: VisitRecord, occurrence: Occurrence) => Refusal | undefined;
  /** The rule's part for a `childContact` visit of no duty: whom the contact was with. */
  readonly counterpart: CounterpartRule;
}

/**
 * Matching's working state, by number: outcome `i < matchedCount` is record
 * `outcomeRecord[i]`'s, on key number `outcomeKey[i]`; the cancellations follow. The lists the
 * result gives whole (outcomes, matched, duplicates, orphans …) are built as they are found,
 * from the records' facts (see `RecordFacts` for when a record itself is read again).
 * @internal
 */
export interface MatchRun {
  readonly index: OccurrenceIndex;
  readonly records: readonly VisitRecord[];
  readonly facts: RecordFacts;
  /** The records' outcomes in the order taken (places from `matchedCount` on: free). */
  readonly outcomes: OccurrenceOutcome[];
  /** Per record, the place in the visits given of the visit it answers (−1: none). */
  readonly matched: number[];
  readonly outcomeRecord: Int32Array;
  readonly outcomeKey: Int32Array;
  /** Per record outcome, 1 when its record is not done and gives a reason. */
  readonly outcomeHasReason: Uint8Array;
  matchedCount: number;
  readonly cancelKey: number[];
  readonly cancelOn: PlainDate[];
  /** Per key number, 1 + the position of the record that completed it (0: none). */
  readonly completedBy: Int32Array;
  readonly duplicates: { recordId: VisitRecordId; occurrenceKey: string; first: VisitRecordId }[];
  readonly orphans: { recordId: VisitRecordId; reason: OrphanReason }[];
  readonly notByHolder: NotByHolder[];
  readonly ends: Map<ElderId, VisitsEnd>;
  readonly contacts: ContactDaysBuilder;
  readonly incidents: VisitRecord[];
  readonly rules: MatchRules;
  /** Where the working arrays come from; the result keeps none of them. */
  readonly scratch: Scratch;
  /** The refusal scope of each combination of kind, channel and role (see `combinationOf`). */
  readonly scopes: readonly RefusalScope[];
}

/**
 * Match the records in force, in order of day, time and id, then cancel what the ends cancel:
 * the rules of `matchRecords`, on numbers. Records are taken by rank (their place in that
 * order), reading their facts; `recordAt` gives the record itself where a rule needs it.
 * @internal
 */
export function runMatch(
  index: OccurrenceIndex,
  records: readonly VisitRecord[],
  rules: MatchRules,
  scratch: Scratch,
): MatchRun {
  const facts = recordFacts(records, index, rules, scratch);
  const taken = facts.position.length;
  const run: MatchRun = {
    index,
    records,
    facts,
    outcomes: new Array<OccurrenceOutcome>(taken),
    matched: new Array<number>(records.length).fill(-1),
    outcomeRecord: scratch.int32(taken),
    outcomeKey: scratch.int32(taken),
    outcomeHasReason: scratch.uint8(taken),
    matchedCount: 0,
    cancelKey: [],
    cancelOn: [],
    completedBy: scratch.int32(index.keyOf.length),
    duplicates: [],
    orphans: [],
    notByHolder: [],
    ends: new Map(),
    contacts: new ContactDaysBuilder(index.subjectNumber.size, taken, scratch),
    incidents: [],
    rules,
    scratch,
    // Kept here for the top-level functions below: closures made per call would give their
    // call sites a new target each call, and V8 throws the optimised loop away.
    scopes: Array.from(index.combinationVisit, (visit) => rules.scope(visitAt(index, visit))),
  };
  for (const end of rules.ends) endAt(run.ends, end);
  for (let rank = 0; rank < taken; rank++) {
    const subject = facts.subject[rank] as number;
    take(run, rank, subject, answer(run, rank, subject));
  }
  cancelFromEnds(run);
  return run;
}

/** File one record: incident, contact, and the visit it answers (−1: none), or a duplicate. */
function take(run: MatchRun, rank: number, subject: number, visit: number) {
  const { facts, records, index } = run;
  const flags = facts.flags[rank] as number;
  if (flags & INCIDENT) run.incidents.push(recordAt(run, rank));
  if (flags & COMPLETED) run.contacts.add(subject, rank, run);
  if (visit < 0) return;
  // A keyed record's visit is its key's own number.
  const key = facts.visit[rank] !== UNPLANNED ? visit : (index.keyOf[visit] as number);
  const occurrenceKey = index.keyText[key] as string;
  const position = facts.position[rank] as number;
  if (flags & COMPLETED) {
    const first = run.completedBy[key] as number;
    if (first !== 0) {
      run.duplicates.push({
        recordId: (records[position] as VisitRecord).id,
        occurrenceKey,
        first: (records[first - 1] as VisitRecord).id,
      });
      return;
    }
    run.completedBy[key] = position + 1;
  } else if (flags & GIVES_REASON) run.outcomeHasReason[run.matchedCount] = 1;
  const outcome = flags & COMPLETED ? 'completed' : 'notDone';
  run.outcomes[run.matchedCount] = { occurrenceKey, on: dayOf(facts, rank), outcome };
  run.matched[position] = index.order[key] as number;
  run.outcomeRecord[run.matchedCount] = position;
  run.outcomeKey[run.matchedCount++] = key;
}

/** The earliest end of each elder's visits. */
function endAt(ends: MatchRun['ends'], end: VisitsEnd): void {
  const known = ends.get(end.elderId);
  if (!known || end.from < known.from) ends.set(end.elderId, end);
}

/** Ends cancel every visit due from the end on that no record completed. */
function cancelFromEnds(run: MatchRun): void {
  const { keyOf, subjectNumber, start, scan } = run.index;
  for (const [elderId, end] of run.ends) {
    const subject = subjectNumber.get(elderId);
    if (subject === undefined) continue;
    for (let j = start[subject] as number; j < (start[subject + 1] as number); j++) {
      const visit = scan[j] as number;
      const key = keyOf[visit] as number;
      if (visitAt(run.index, visit).expiresAt >= end.from && run.completedBy[key] === 0) {
        run.cancelKey.push(key);
        run.cancelOn.push(end.from);
      }
    }
  }
}

/**
 * The visit the record at `rank` answers (−1: none), noting orphans, refusals and the ends
 * records give: by its key, or — unplanned — the elder's earliest fitting visit not yet
 * completed that the record may complete (else the earliest fitting one it may complete,
 * completed or not).
 */
function answer(run: MatchRun, rank: number, subject: number): number {
  const { facts } = run;
  const visit =
    facts.visit[rank] === UNPLANNED ? unplanned(run, rank, subject) : byKey(run, rank, subject);
  if ((facts.flags[rank] as number) & ENDS_VISITS) {
    const { elderId, on, notDoneReason } = recordAt(run, rank);
    endAt(run.ends, { elderId, from: on, reason: notDoneReason as NotDoneReason });
  }
  return visit;
}

/** Why the record at `rank` may not complete `visit`, by the rule's scope for the visit. */
function refusalAt(run: MatchRun, rank: number, visit: number): Refusal | undefined {
  const scope = run.scopes[run.index.combinationOf[visit] as number];
  if (scope === 'none') return undefined;
  if (scope === 'rule') return run.rules.refusalOf(recordAt(run, rank), visitAt(run.index, visit));
  // The counterpart rule was asked of every record with its facts.
  return (run.facts.flags[rank] as number) & NOT_WITH_CHILDREN
    ? counterpartRefusal(recordAt(run, rank), run.rules.counterpart)
    : undefined;
}

function byKey(run: MatchRun, rank: number, subject: number): number {
  const visit = run.facts.visit[rank] as number;
  if (visit < 0) return orphan(run, rank, 'unknownOccurrence');
  // Subjects compared by number: the visit's own object is not read unless the rule needs it.
  if (run.index.subjectOf[visit] !== subject) return orphan(run, rank, 'otherElder');
  const refusal = refusalAt(run, rank, visit);
  if (refusal) refused(run, rank, visit, refusal);
  return refusal ? -1 : visit;
}

function unplanned(run: MatchRun, rank: number, subject: number): number {
  const { start, scan, scanOpenFrom, scanExpiresAt, scanKind, scanChannel, keyOf } = run.index;
  const { facts } = run;
  let firstFit = -1;
  let refusedAt = -1;
  let refusal: Refusal | undefined;
  if (subject >= 0) {
    const day = facts.day[rank] as number;
    const kind = facts.kind[rank] as number;
    const channel = facts.channel[rank] as number;
    for (let j = start[subject] as number; j < (start[subject + 1] as number); j++) {
      if ((scanOpenFrom[j] as number) > day || day > (scanExpiresAt[j] as number)) continue;
      if (kind >= 0 ? scanKind[j] !== kind : scanChannel[j] !== channel) continue;
      const visit = scan[j] as number;
      const refusedHere = refusalAt(run, rank, visit);
      if (refusedHere) {
        if (refusedAt < 0) {
          refusedAt = visit;
          refusal = refusedHere;
        }
        continue;
      }
      if (run.completedBy[keyOf[visit] as number] === 0) return visit;
      if (firstFit < 0) firstFit = visit;
    }
  }
  if (firstFit >= 0) return firstFit;
  if (!refusal) return orphan(run, rank, 'noFittingOccurrence');
  refused(run, rank, refusedAt, refusal);
  return -1;
}

/** Note the record at `rank` as an orphan: it answers no visit (−1). */
function orphan(run: MatchRun, rank: number, reason: OrphanReason): -1 {
  run.orphans.push({ recordId: recordAt(run, rank).id, reason });
  return -1;
}

/** Note a refusal of the record at `rank` for `visit`: an orphan, or a record not by the holder. */
function refused(run: MatchRun, rank: number, visit: number, refusal: Refusal) {
  const record = recordAt(run, rank);
  if (refusal.reason === 'notWithChildren') {
    run.orphans.push({ recordId: record.id, reason: 'notWithChildren' });
    return;
  }
  const { duty, holderId } = refusal;
  run.notByHolder.push({
    recordId: record.id,
    occurrenceKey: run.index.keyText[visit] as string,
    duty,
    ...(holderId === undefined ? {} : { holderId }),
  });
}
