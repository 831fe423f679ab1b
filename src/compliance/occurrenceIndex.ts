import type { Occurrence } from '../recurrence/index.js';
import { daySortKey } from './sortKeys.js';

/**
 * The planned visits numbered once, for matching. A visit's number is its place when the
 * visits are grouped by subject, each group in order of due day, then key: an elder's visits
 * are the numbers `start[s] … start[s + 1]`, and scanning them reads typed arrays in order.
 * Matching a record then costs one string lookup (its key, or its elder) and integer work.
 * @internal
 */
export interface OccurrenceIndex {
  /** The visits as given (a copy: the reuse check compares it with the caller's list). */
  readonly list: readonly Occurrence[];
  /** Per visit number, its place in `list`; and per place, its visit number (the inverse). */
  readonly order: Int32Array;
  readonly numberAt: Int32Array;
  /**
   * Key → the number of the visit with that key (the last in `list`, as a Map keeps the last):
   * a key's number is a visit number, so a keyed record reaches its visit in one lookup.
   */
  readonly keyNumber: ReadonlyMap<string, number>;
  /** Per visit number: its key's number (itself unless its key is repeated), subject number,
   * window (`daySortKey`s), kind and channel codes. */
  readonly keyOf: Int32Array;
  readonly subjectOf: Int32Array;
  readonly openFrom: Int32Array;
  readonly expiresAt: Int32Array;
  readonly kindOf: Uint8Array;
  readonly channelOf: Uint8Array;
  /** Per visit number, the code of the role its plan names (`who.role`), 0 for none. */
  readonly roleOf: Uint8Array;
  /** Kind, channel or role text → code, from 1 (a record's kind or channel looks it up here). */
  readonly codes: ReadonlyMap<string, number>;
  /** Subject → subject number; subject `s` has the visit numbers `start[s] … start[s + 1]`. */
  readonly subjectNumber: ReadonlyMap<string, number>;
  readonly start: Int32Array;
}

const indexes = new WeakMap<readonly Occurrence[], OccurrenceIndex>();

/**
 * The index of `occurrences`, reused while the same array holds the same visits: expansions are
 * immutable values, so a county-year matched again (or covered month after month) is indexed
 * once. An array changed in place is noticed (its elements are compared: O(n), no lookups).
 * @internal
 */
export function occurrenceIndex(occurrences: readonly Occurrence[]): OccurrenceIndex {
  const known = indexes.get(occurrences);
  if (known && sameElements(known.list, occurrences)) return known;
  const index = buildIndex(occurrences.slice());
  indexes.set(occurrences, index);
  return index;
}

/** The visit with number `visit`. @internal */
export const visitAt = (index: OccurrenceIndex, visit: number): Occurrence =>
  index.list[index.order[visit] as number] as Occurrence;

function sameElements(a: readonly Occurrence[], b: readonly Occurrence[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function buildIndex(list: readonly Occurrence[]): OccurrenceIndex {
  const n = list.length;
  const subjectNumber = new Map<string, number>();
  // Filled by loops, not `Int32Array.from(list, …)`, which copies the list first: garbage.
  const [bySubject, due] = [new Int32Array(n), new Int32Array(n)];
  for (let at = 0; at < n; at++) {
    const occurrence = list[at] as Occurrence;
    bySubject[at] = numberOf(subjectNumber, occurrence.subject);
    due[at] = daySortKey(occurrence.due);
  }
  const { start, order } = groupBySubject(list, bySubject, subjectNumber.size, due);
  const codes = new Map<string, number>();
  const subjectOf = new Int32Array(n);
  const [openFrom, expiresAt] = [new Int32Array(n), new Int32Array(n)];
  const [kindOf, channelOf, roleOf] = [new Uint8Array(n), new Uint8Array(n), new Uint8Array(n)];
  const numberAt = new Int32Array(n);
  for (let visit = 0; visit < n; visit++) {
    const at = order[visit] as number;
    const occurrence = list[at] as Occurrence;
    numberAt[at] = visit;
    subjectOf[visit] = bySubject[at] as number;
    openFrom[visit] = daySortKey(occurrence.openFrom);
    expiresAt[visit] = daySortKey(occurrence.expiresAt);
    kindOf[visit] = codeOf(codes, occurrence.kind);
    channelOf[visit] = codeOf(codes, occurrence.channel);
    const who = occurrence.who;
    roleOf[visit] = 'role' in who ? codeOf(codes, who.role) : 0;
  }
  const { keyNumber, keyOf } = numberKeys(list, numberAt, order, inDueOrder(due));
  const index = { list, order, numberAt, keyNumber, keyOf, subjectOf, openFrom, expiresAt };
  return { ...index, kindOf, channelOf, roleOf, codes, subjectNumber, start };
}

/**
 * Each key the number of its last visit; a repeated key's visits all take that number. Keys go
 * into the map in order of due day (`byDue`, places in `list`): records are matched in day
 * order, so the map entries one day's records look up lie together in memory.
 */
function numberKeys(
  list: readonly Occurrence[],
  numberAt: Int32Array,
  order: Int32Array,
  byDue: Int32Array,
) {
  const visitKey = (visit: number) => (list[order[visit] as number] as Occurrence).key;
  const keyNumber = new Map<string, number>();
  const keyOf = new Int32Array(numberAt.length);
  for (let visit = 0; visit < keyOf.length; visit++) keyOf[visit] = visit;
  const repeated: number[] = [];
  for (const at of byDue) {
    const key = (list[at] as Occurrence).key;
    const before = keyNumber.get(key);
    if (before !== undefined) repeated.push(before, numberAt[at] as number);
    // The visit latest in `list` keeps the key, as `Map.set` in list order would.
    if (before === undefined || (order[before] as number) < at)
      keyNumber.set(key, numberAt[at] as number);
  }
  // A repeated key's visits, earlier numbered otherwise, all share its final number.
  for (const visit of repeated) keyOf[visit] = keyNumber.get(visitKey(visit)) as number;
  return { keyNumber, keyOf };
}

/** Places in `list` in order of due day, then place: packed numbers, sorted with no comparator. */
function inDueOrder(due: Int32Array): Int32Array {
  const n = due.length;
  const low = due.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const high = due.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  // A day that is no date (NaN) or too wide a span: list order (the lookups merely scatter).
  const byDue = new Int32Array(n);
  if (!((high - low + 1) * n < 2 ** 53)) {
    for (let at = 0; at < n; at++) byDue[at] = at;
    return byDue;
  }
  const packed = new Float64Array(n);
  for (let at = 0; at < n; at++) packed[at] = ((due[at] as number) - low) * n + at;
  packed.sort();
  for (let i = 0; i < n; i++) byDue[i] = (packed[i] as number) % n;
  return byDue;
}

/** The number of `text`, numbering it next when new. */
function numberOf(numbers: Map<string, number>, text: string): number {
  const known = numbers.get(text);
  if (known !== undefined) return known;
  numbers.set(text, numbers.size);
  return numbers.size - 1;
}

/** A small code per distinct kind, channel or role, from 1 (a handful of each; 255 at most). */
function codeOf(codes: Map<string, number>, text: string): number {
  const known = codes.get(text);
  if (known !== undefined) return known;
  if (codes.size >= 255) throw new RangeError('more than 255 visit kinds, channels and roles');
  codes.set(text, codes.size + 1);
  return codes.size;
}

/** Places in `list` grouped by subject (a counting sort), each group by due day, then key. */
function groupBySubject(
  list: readonly Occurrence[],
  subjectOf: Int32Array,
  subjects: number,
  due: Int32Array,
) {
  const start = new Int32Array(subjects + 1);
  for (const subject of subjectOf) start[subject + 1] = (start[subject + 1] as number) + 1;
  for (let s = 0; s < subjects; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const order = new Int32Array(list.length);
  const next = start.slice(0, subjects);
  for (let i = 0; i < list.length; i++) {
    const s = subjectOf[i] as number;
    order[next[s] as number] = i;
    next[s] = (next[s] as number) + 1;
  }
  const key = (i: number) => (list[i] as Occurrence).key;
  const byDue = (a: number, b: number) =>
    (due[a] as number) - (due[b] as number) || (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  for (let s = 0; s < subjects; s++)
    order.subarray(start[s] as number, start[s + 1] as number).sort(byDue);
  return { start, order };
}
