import { daySortKey, TIMES, timeSortKey } from './sortKeys.js';
import type { VisitRecord } from './visitRecord.js';

/**
 * The positions of the records in force (no other record amends them, as `currentRecords`),
 * in order of day, time (none first) and id, ties in the order given. Sorted as numbers: day
 * and time packed into one integer with the position beside it, so a typed-array sort does the
 * work with no comparator; only records of the same day and time compare their ids.
 * @internal
 */
export function recordsInDayOrder(records: readonly VisitRecord[]): Int32Array {
  const inForce = positionsInForce(records);
  const n = inForce.length;
  const at = new Float64Array(n);
  let [low, high] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (let i = 0; i < n; i++) {
    const record = records[inForce[i] as number] as VisitRecord;
    const key = daySortKey(record.on) * TIMES + timeSortKey(record.time);
    at[i] = key;
    if (key < low) low = key;
    if (key > high) high = key;
  }
  const { order, keys } = (high - low + 1) * n < 2 ** 53 ? packedOrder(at, low) : comparedOrder(at);
  for (let i = 0; i < n; i++) order[i] = inForce[order[i] as number] as number;
  breakTiesById(order, keys, records);
  return order;
}

function positionsInForce(records: readonly VisitRecord[]): Int32Array {
  const amended = new Set<string>();
  for (const record of records) if (record.amends !== undefined) amended.add(record.amends);
  const positions = new Int32Array(records.length);
  let n = 0;
  for (let i = 0; i < records.length; i++)
    if (amended.size === 0 || !amended.has((records[i] as VisitRecord).id)) positions[n++] = i;
  return positions.subarray(0, n);
}

/**
 * Indices into `at` by key, then index, and the keys in that order: `(key − low) · n + index`
 * sorted as plain numbers.
 */
function packedOrder(at: Float64Array, low: number) {
  const n = at.length;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = ((at[i] as number) - low) * n + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const index = (keys[i] as number) % n;
    order[i] = index;
    keys[i] = at[index] as number;
  }
  return { order, keys };
}

/** The same by comparison, when days span too far to pack. */
function comparedOrder(at: Float64Array) {
  const order = Int32Array.from(at, (_, i) => i);
  order.sort((a, b) => (at[a] as number) - (at[b] as number) || a - b);
  return { order, keys: Float64Array.from(order, (i) => at[i] as number) };
}

/**
 * Within each run of equal day and time (`keys`, in the order's order), order the records by
 * id; a run already in order (as a log numbered as written mostly is) is left as it is.
 */
function breakTiesById(order: Int32Array, keys: Float64Array, records: readonly VisitRecord[]) {
  const id = (i: number) => (records[order[i] as number] as VisitRecord).id;
  let first = 0;
  let sorted = true;
  let previous = order.length > 0 ? id(0) : '';
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && keys[i] === keys[first]) {
      const next = id(i);
      if (next < previous) sorted = false;
      previous = next;
      continue;
    }
    if (!sorted) sortById(order.subarray(first, i), records);
    [first, sorted] = [i, true];
    if (i < order.length) previous = id(i);
  }
}

/** Record positions sorted by id (stable: equal ids keep their order). */
function sortById(positions: Int32Array, records: readonly VisitRecord[]): void {
  const id = (position: number) => (records[position] as VisitRecord).id;
  const byId = (a: number, b: number) => (id(a) < id(b) ? -1 : id(a) > id(b) ? 1 : 0);
  positions.set(Array.from(positions).sort(byId));
}
