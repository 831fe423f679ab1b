import type { Scratch } from '../_lib/scratch.js';
import type { PlainDate } from '../models/index.js';
import { type CounterpartRule, counterpartRefusal } from './creditRule.js';
import type { OccurrenceIndex } from './occurrenceIndex.js';
import { recordsInDayOrder } from './recordOrder.js';
import type { NotDoneReason, VisitRecord } from './visitRecord.js';

/** A bit of {@link RecordFacts.flags}: completed. @internal */
export const COMPLETED = 1;
/** Not done, and says why. @internal */
export const GIVES_REASON = 2;
/** Not done for a reason that ends the elder's visits. @internal */
export const ENDS_VISITS = 4;
/** Reports an incident. @internal */
export const INCIDENT = 8;
/** In person. @internal */
export const IN_PERSON = 16;
/** Refused by the counterpart rule for a `childContact` visit. @internal */
export const NOT_WITH_CHILDREN = 32;

/** {@link RecordFacts.visit} of a record with no occurrence key. @internal */
export const UNPLANNED = -2;

/**
 * What matching reads of each record, by rank — its place in the order records are taken (day,
 * time, id) — in typed arrays. The records are read a field at a time in the order given (the
 * order they lie in memory), each value written at its record's rank, so that matching then
 * reads every array in order: a county-year's records, visited in day order, would cost a
 * cache miss each. Matching reads a record itself only where a rule needs more (a duty's
 * crediting rule, an orphan, a duplicate, an end, an incident, an elder's first contact).
 * @internal
 */
export interface RecordFacts {
  /** Per rank, the record's position in the records given. */
  readonly position: Int32Array;
  /** Per rank, `daySortKey` of its day (its text: `dayOf`). */
  readonly day: Float64Array;
  /** Each day's text, by `daySortKey`. */
  readonly dayText: ReadonlyMap<number, string>;
  /** By position, the days whose text is not their key's in `dayText` (none, when well formed). */
  readonly otherText: ReadonlyMap<number, string>;
  /** Per rank: its elder's subject number (−1: an elder with no visits). */
  readonly subject: Int32Array;
  /** Per rank: its key's visit number (−1: no visit has it), or `UNPLANNED`. */
  readonly visit: Int32Array;
  /** Per unplanned rank: kind code (−1: none given; 0: no visit has it), channel code. */
  readonly kind: Int16Array;
  readonly channel: Uint8Array;
  readonly flags: Uint8Array;
}

/** What the pass asks of the rules. @internal */
export interface FactRules {
  readonly endingReasons: readonly NotDoneReason[];
  readonly counterpart: CounterpartRule;
}

/**
 * The facts of the records in force, against `index`. A record whose field is of the wrong
 * type throws a TypeError here, for the caller's diagnosis.
 * @internal
 */
export function recordFacts(
  records: readonly VisitRecord[],
  index: OccurrenceIndex,
  rules: FactRules,
  scratch: Scratch,
): RecordFacts {
  const { order, day: dayAt, dayText, otherText } = recordsInDayOrder(records, scratch);
  const n = order.length;
  const rankOf = scratch.int32(records.length).fill(-1);
  for (let rank = 0; rank < n; rank++) rankOf[order[rank] as number] = rank;
  const [day, flags] = [scratch.float64(n), scratch.uint8(n)];
  const [subject, visit] = [scratch.int32(n), scratch.int32(n)];
  const [kind, channel] = [scratch.int16(n), scratch.uint8(n)];
  const { subjectNumber, keyNumber, codes } = index;
  // One or two fields per loop: the reads of many records are in flight at once.
  for (let p = 0; p < records.length; p++) {
    const rank = rankOf[p] as number;
    if (rank >= 0) subject[rank] = subjectNumber.get(at(records, p).elderId) ?? -1;
  }
  for (let p = 0; p < records.length; p++) {
    const rank = rankOf[p] as number;
    if (rank < 0) continue;
    const key = at(records, p).occurrenceKey;
    if (key === undefined) visit[rank] = UNPLANNED;
    // A key of another type is reported where it is (thrown, for the caller's diagnosis).
    else if (typeof key !== 'string') throw new TypeError('occurrenceKey is not a string');
    else visit[rank] = keyNumber.get(key) ?? -1;
  }
  for (let p = 0; p < records.length; p++) {
    const rank = rankOf[p] as number;
    if (rank < 0) continue;
    const record = at(records, p);
    day[rank] = dayAt[p] as number;
    flags[rank] = flagsOf(record, rules);
    if (visit[rank] !== UNPLANNED) continue;
    // Codes start at 1: a kind or channel no visit has is 0 and matches none.
    kind[rank] = record.kind === undefined ? -1 : (codes.get(record.kind) ?? 0);
    channel[rank] = codes.get(record.channel) ?? 0;
  }
  return { position: order, day, dayText, otherText, subject, visit, kind, channel, flags };
}

/** The day of the record taken at `rank`, as its own text. @internal */
export function dayOf(facts: RecordFacts, rank: number): PlainDate {
  const other = facts.otherText.size === 0 ? undefined : facts.otherText.get(position(facts, rank));
  return (other ?? facts.dayText.get(facts.day[rank] as number)) as PlainDate;
}

/** Records being taken, with their facts. @internal */
export interface Taken {
  readonly records: readonly VisitRecord[];
  readonly facts: RecordFacts;
}

/** The record taken at `rank`, where a rule needs more than its facts. @internal */
export const recordAt = (taken: Taken, rank: number): VisitRecord =>
  taken.records[position(taken.facts, rank)] as VisitRecord;

const position = (facts: RecordFacts, rank: number) => facts.position[rank] as number;

const at = (records: readonly VisitRecord[], position: number) => records[position] as VisitRecord;

function flagsOf(record: VisitRecord, rules: FactRules): number {
  let flags = record.channel === 'inPerson' ? IN_PERSON : 0;
  if (record.incident) flags |= INCIDENT;
  if (counterpartRefusal(record, rules.counterpart)) flags |= NOT_WITH_CHILDREN;
  if (record.outcome === 'completed') return flags | COMPLETED;
  const reason = record.notDoneReason;
  if (!reason) return flags;
  const ends = record.outcome === 'notDone' && rules.endingReasons.includes(reason);
  return flags | GIVES_REASON | (ends ? ENDS_VISITS : 0);
}
