import type { ElderId, PlainDate } from '../models/index.js';
import type { Occurrence, OccurrenceOutcome } from '../recurrence/index.js';
import { ContactDaysBuilder } from './contactDays.js';
import type { Refusal, RefusalScope } from './creditRule.js';
import { type OccurrenceIndex, visitAt } from './occurrenceIndex.js';
import type { NotByHolder, OrphanReason, VisitsEnd } from './recordMatch.js';
import { recordsInDayOrder } from './recordOrder.js';
import { daySortKey } from './sortKeys.js';
import type { NotDoneReason, VisitRecord, VisitRecordId } from './visitRecord.js';

/** What matching needs besides the records and the index. @internal */
export interface MatchRules {
  readonly endingReasons: readonly NotDoneReason[];
  readonly ends: readonly VisitsEnd[];
  /** How much of the crediting rule can refuse a record for a visit (see `refusalScope`). */
  readonly scope: (occurrence: Occurrence) => RefusalScope;
  readonly refusalOf: (record: VisitRecord, occurrence: Occurrence) => Refusal | undefined;
  /** The rule's part for a `childContact` visit of no duty: whom the contact was with. */
  readonly counterpartRefusal: (record: VisitRecord) => Refusal | undefined;
}

/**
 * Matching's working state, by number: outcome `i < matchedCount` is record
 * `outcomeRecord[i]`'s, on key number `outcomeKey[i]`; the cancellations follow. The lists the
 * result gives whole (outcomes, matched, duplicates, orphans …) are built as they are found:
 * a record's outcome is made while the record is at hand, not read again later.
 * @internal
 */
export interface MatchRun {
  readonly index: OccurrenceIndex;
  readonly records: readonly VisitRecord[];
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
}

/**
 * Match the records in force, in order of day, time and id, then cancel what the ends cancel:
 * the rules of `matchRecords`, on numbers.
 * @internal
 */
export function runMatch(
  index: OccurrenceIndex,
  records: readonly VisitRecord[],
  rules: MatchRules,
): MatchRun {
  const order = recordsInDayOrder(records);
  const run: MatchRun = {
    index,
    records,
    outcomes: new Array<OccurrenceOutcome>(order.length),
    matched: new Array<number>(records.length).fill(-1),
    outcomeRecord: new Int32Array(order.length),
    outcomeKey: new Int32Array(order.length),
    outcomeHasReason: new Uint8Array(order.length),
    matchedCount: 0,
    cancelKey: [],
    cancelOn: [],
    completedBy: new Int32Array(index.keyOf.length),
    duplicates: [],
    orphans: [],
    notByHolder: [],
    ends: new Map(),
    contacts: new ContactDaysBuilder(index.subjectNumber.size, order.length),
    incidents: [],
  };
  for (const end of rules.ends) endAt(run.ends, end);
  const answer = answering(run, rules);
  const { subjectNumber } = index;
  for (const position of order) {
    const record = records[position] as VisitRecord;
    // The elder's number, looked up once: their visits, the key's check, their contact days.
    const subject = subjectNumber.get(record.elderId);
    take(run, position, subject, answer(record, subject));
  }
  cancelFromEnds(run);
  return run;
}

/** File one record: incident, contact, and the visit it answers (−1: none), or a duplicate. */
function take(run: MatchRun, position: number, subject: number | undefined, visit: number) {
  const record = run.records[position] as VisitRecord;
  if (record.incident) run.incidents.push(record);
  if (record.outcome === 'completed') run.contacts.add(record, subject);
  if (visit < 0) return;
  // A keyed record's visit is its key's own number: no need to read it.
  const key = record.occurrenceKey !== undefined ? visit : (run.index.keyOf[visit] as number);
  if (record.outcome === 'completed') {
    const first = run.completedBy[key] as number;
    if (first !== 0) {
      run.duplicates.push({
        recordId: record.id,
        occurrenceKey: visitAt(run.index, visit).key,
        first: (run.records[first - 1] as VisitRecord).id,
      });
      return;
    }
    run.completedBy[key] = position + 1;
  } else if (record.notDoneReason) run.outcomeHasReason[run.matchedCount] = 1;
  // A keyed record was matched by its key: the same text, in the record at hand.
  const occurrenceKey = record.occurrenceKey ?? visitAt(run.index, visit).key;
  run.outcomes[run.matchedCount] = { occurrenceKey, on: record.on, outcome: record.outcome };
  run.matched[position] = run.index.order[key] as number;
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
  const { keyOf, subjectNumber, start } = run.index;
  for (const [elderId, end] of run.ends) {
    const subject = subjectNumber.get(elderId);
    if (subject === undefined) continue;
    for (let visit = start[subject] as number; visit < (start[subject + 1] as number); visit++) {
      const key = keyOf[visit] as number;
      if (visitAt(run.index, visit).expiresAt >= end.from && run.completedBy[key] === 0) {
        run.cancelKey.push(key);
        run.cancelOn.push(end.from);
      }
    }
  }
}

/**
 * The visit a record answers (−1: none), noting orphans, refusals and the ends records give:
 * by its key, or — unplanned — the elder's earliest fitting visit not yet completed that the
 * record may complete (else the earliest fitting one it may complete, completed or not).
 */
function answering(
  run: MatchRun,
  rules: MatchRules,
): (record: VisitRecord, subject: number | undefined) => number {
  const { index } = run;
  const scopeOf = scopes(index, rules);
  const refusalAt = (record: VisitRecord, visit: number): Refusal | undefined => {
    const scope = scopeOf(visit);
    if (scope === 'none') return undefined;
    if (scope === 'counterpart') return rules.counterpartRefusal(record);
    return rules.refusalOf(record, visitAt(index, visit));
  };
  const refuse = (record: VisitRecord, visit: number, refusal: Refusal) =>
    refused(run, record, visitAt(index, visit), refusal);
  return (record, subject) => {
    const visit =
      record.occurrenceKey === undefined
        ? unplanned(run, record, subject, refusalAt, refuse)
        : byKey(run, record, subject, refusalAt, refuse);
    if (
      record.outcome === 'notDone' &&
      record.notDoneReason !== undefined &&
      rules.endingReasons.includes(record.notDoneReason)
    )
      endAt(run.ends, { elderId: record.elderId, from: record.on, reason: record.notDoneReason });
    return visit;
  };
}

/** The refusal scope of a visit, asked once per kind, channel and role (all it depends on). */
function scopes(index: OccurrenceIndex, rules: MatchRules): (visit: number) => RefusalScope {
  const { kindOf, channelOf, roleOf } = index;
  const known = new Map<number, RefusalScope>();
  return (visit) => {
    const kinds = ((roleOf[visit] as number) << 16) | ((kindOf[visit] as number) << 8);
    const combination = kinds | (channelOf[visit] as number);
    let scope = known.get(combination);
    if (scope === undefined) {
      scope = rules.scope(visitAt(index, visit));
      known.set(combination, scope);
    }
    return scope;
  };
}

type RefusalAt = (record: VisitRecord, visit: number) => Refusal | undefined;
type Refuse = (record: VisitRecord, visit: number, refusal: Refusal) => void;

function byKey(
  run: MatchRun,
  record: VisitRecord,
  subject: number | undefined,
  refusalAt: RefusalAt,
  refuse: Refuse,
): number {
  const visit = run.index.keyNumber.get(record.occurrenceKey as string);
  if (visit === undefined) {
    run.orphans.push({ recordId: record.id, reason: 'unknownOccurrence' });
    return -1;
  }
  // Subjects compared by number: the visit's own object is not read unless the rule needs it.
  if (run.index.subjectOf[visit] !== subject) {
    run.orphans.push({ recordId: record.id, reason: 'otherElder' });
    return -1;
  }
  const refusal = refusalAt(record, visit);
  if (refusal) refuse(record, visit, refusal);
  return refusal ? -1 : visit;
}

function unplanned(
  run: MatchRun,
  record: VisitRecord,
  subject: number | undefined,
  refusalAt: RefusalAt,
  refuse: Refuse,
): number {
  const { start, openFrom, expiresAt, keyOf, kindOf, channelOf, codes } = run.index;
  let [firstFit, refusedAt] = [-1, -1];
  let refusal: Refusal | undefined;
  if (subject !== undefined) {
    const day = daySortKey(record.on);
    // Codes start at 1: a kind or channel no visit has matches none.
    const kind = record.kind === undefined ? -1 : (codes.get(record.kind) ?? 0);
    const channel = codes.get(record.channel) ?? 0;
    for (let visit = start[subject] as number; visit < (start[subject + 1] as number); visit++) {
      if ((openFrom[visit] as number) > day || day > (expiresAt[visit] as number)) continue;
      if (kind >= 0 ? kindOf[visit] !== kind : channelOf[visit] !== channel) continue;
      const refused = refusalAt(record, visit);
      if (refused) {
        if (refusedAt < 0) [refusedAt, refusal] = [visit, refused];
        continue;
      }
      if (run.completedBy[keyOf[visit] as number] === 0) return visit;
      if (firstFit < 0) firstFit = visit;
    }
  }
  if (firstFit >= 0) return firstFit;
  if (refusal) refuse(record, refusedAt, refusal);
  else run.orphans.push({ recordId: record.id, reason: 'noFittingOccurrence' });
  return -1;
}

function refused(run: MatchRun, record: VisitRecord, occurrence: Occurrence, refusal: Refusal) {
  if (refusal.reason === 'notWithChildren') {
    run.orphans.push({ recordId: record.id, reason: 'notWithChildren' });
    return;
  }
  const { duty, holderId } = refusal;
  run.notByHolder.push({
    recordId: record.id,
    occurrenceKey: occurrence.key,
    duty,
    ...(holderId === undefined ? {} : { holderId }),
  });
}
