import type { Scratch } from '../_lib/scratch.js';
import { amendedIds } from './currentRecords.js';
import { daySortKey, TIMES, timeSortKey } from './sortKeys.js';
import { sortRunsByText } from './sortRunsByText.js';
import type { VisitRecord } from './visitRecord.js';

/** The records in force in day order, and the day numbers read on the way. @internal */
export interface DayOrder {
  /** Positions of the records in force, in order of day, time (none first) and id. */
  readonly order: Int32Array;
  /** Per position in force, `daySortKey` of its day (a float: a malformed day may be huge). */
  readonly day: Float64Array;
  /**
   * Each day's text, by `daySortKey` (the first record's), and the positions whose own text
   * differs from it (none, for well-formed days): the days need not be kept per record.
   */
  readonly dayText: ReadonlyMap<number, string>;
  readonly otherText: ReadonlyMap<number, string>;
}

/**
 * The positions of the records in force (no other record amends them, as `currentRecords`),
 * in order of day, time (none first) and id, ties in the order given. The days and times are
 * read a field at a time in the order given, and sorted by counting — by time, then stably by
 * day — so no record is read out of order; only records of the same day and time compare
 * their ids, and not even they when the ids ascend in the order given (as in a log numbered as
 * written).
 * @internal
 */
export function recordsInDayOrder(records: readonly VisitRecord[], scratch: Scratch): DayOrder {
  const { inForce, idsAscend } = recordsInForce(records, scratch);
  const [day, time] = [scratch.float64(records.length), scratch.int32(records.length)];
  // Indexed loops: `for…of` over a typed array allocates a result object per step here. One
  // field per loop: the reads of many records are in flight at once.
  const [dayText, otherText] = [new Map<number, string>(), new Map<number, string>()];
  for (let i = 0; i < inForce.length; i++) {
    const p = inForce[i] as number;
    const on = (records[p] as VisitRecord).on;
    const key = daySortKey(on);
    day[p] = key;
    const text = dayText.get(key);
    if (text === undefined) dayText.set(key, on);
    else if (text !== on) otherText.set(p, on);
  }
  for (let i = 0; i < inForce.length; i++) {
    const p = inForce[i] as number;
    time[p] = timeSortKey((records[p] as VisitRecord).time);
  }
  const order = byDayAndTime(inForce, { day, time }, scratch);
  // Records of the same day and time by id (ids that ascend as given are in order already).
  if (!idsAscend)
    sortRunsByText(
      order,
      (a, b) => day[a] === day[b] && time[a] === time[b],
      (position) => (records[position] as VisitRecord).id,
    );
  return { order, day, dayText, otherText };
}

/** The positions of the records no other record amends, and whether their ids ascend. */
function recordsInForce(records: readonly VisitRecord[], scratch: Scratch) {
  const amended = amendedIds(records);
  const inForce = scratch.int32(records.length);
  let [count, idsAscend, previous] = [0, true, ''];
  for (let position = 0; position < records.length; position++) {
    const id = (records[position] as VisitRecord).id;
    if (amended.size > 0 && amended.has(id)) continue;
    if (count > 0 && id < previous) idsAscend = false;
    previous = id;
    inForce[count++] = position;
  }
  return { inForce: inForce.subarray(0, count), idsAscend };
}

interface DayAndTime {
  readonly day: Float64Array;
  readonly time: Int32Array;
}

function byDayAndTime(positions: Int32Array, { day, time }: DayAndTime, scratch: Scratch) {
  let [low, high, countable] = [0, -1, true];
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as number;
    const [d, t] = [day[p] as number, time[p] as number];
    if (i === 0 || d < low) low = d;
    if (i === 0 || d > high) high = d;
    // Only a malformed day or time is not a whole number, or a time beyond the day's.
    if (!Number.isInteger(d) || !(t >= 0 && t < TIMES)) countable = false;
  }
  // Such values, or days more than a century apart: a comparison sort, not a huge count.
  if (!countable || high - low + 1 > positions.length + 65_536)
    return positions.slice().sort((a, b) => compareDayAndTime(day, time, a, b) || a - b);
  const byTime = countingSort(positions, time, 0, TIMES, scratch.int32(positions.length));
  return countingSort(byTime, day, low, high - low + 1, scratch.int32(positions.length));
}

const compareDayAndTime = (day: Float64Array, time: Int32Array, a: number, b: number) =>
  (day[a] as number) - (day[b] as number) || (time[a] as number) - (time[b] as number);

/** `positions` stably sorted by `key[position] − low`, a whole number below `buckets`. */
function countingSort(
  positions: Int32Array,
  key: Float64Array | Int32Array,
  low: number,
  buckets: number,
  sorted: Int32Array,
): Int32Array {
  const next = new Int32Array(buckets + 1);
  for (let i = 0; i < positions.length; i++) {
    const bucket = (key[positions[i] as number] as number) - low + 1;
    next[bucket] = (next[bucket] as number) + 1;
  }
  for (let b = 0; b < buckets; b++) next[b + 1] = (next[b + 1] as number) + (next[b] as number);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as number;
    const bucket = (key[p] as number) - low;
    sorted[next[bucket] as number] = p;
    next[bucket] = (next[bucket] as number) + 1;
  }
  return sorted;
}
