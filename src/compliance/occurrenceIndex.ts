import type { Occurrence } from '../recurrence/index.js';
import { KeyTable } from './keyTable.js';
import { daySortKey } from './sortKeys.js';
import { sortRunsByText } from './sortRunsByText.js';

/**
 * The planned visits numbered once, for matching. A visit's number is its place in order of
 * due day (then its place in the list): records taken in day order reach visits numbered close
 * together, so the per-visit arrays they read stay in cache. An elder's visits, in order of due
 * day then key, are `scan[start[s]] … scan[start[s + 1] − 1]`, their windows and codes copied
 * beside them, so scanning them reads typed arrays in order. Matching a record then costs one
 * string lookup (its key, or its elder) and integer work.
 * @internal
 */
export interface OccurrenceIndex {
  /** The visits as given (a copy: the reuse check compares it with the caller's list). */
  readonly list: readonly Occurrence[];
  /** Per visit number, its place in `list`; and per place, its visit number (the inverse). */
  readonly order: Int32Array;
  readonly numberAt: Int32Array;
  /**
   * Key → the number of the visit with that key (the last in `list`, as a Map would keep):
   * a key's number is a visit number, so a keyed record reaches its visit in one lookup.
   */
  readonly keyNumber: Pick<KeyTable, 'get'>;
  /** Per visit number, its key (the text, read here rather than from the visit's object). */
  readonly keyText: readonly string[];
  /** Per visit number: its key's number (itself unless its key is repeated), subject number. */
  readonly keyOf: Int32Array;
  readonly subjectOf: Int32Array;
  /**
   * Per visit number, the number of its combination of kind, channel and role (`who.role`):
   * all a crediting rule's scope depends on. `combinationVisit[c]`: a visit with combination `c`.
   */
  readonly combinationOf: Int32Array;
  readonly combinationVisit: Int32Array;
  /** Kind, channel or role text → code, from 1 (a record's kind or channel looks it up here). */
  readonly codes: ReadonlyMap<string, number>;
  /** Subject → subject number; subject `s` has the visits `scan[start[s]] … scan[start[s + 1] − 1]`. */
  readonly subjectNumber: ReadonlyMap<string, number>;
  readonly start: Int32Array;
  /** Visit numbers grouped by subject, and beside each its window (`daySortKey`s) and codes. */
  readonly scan: Int32Array;
  readonly scanOpenFrom: Int32Array;
  readonly scanExpiresAt: Int32Array;
  readonly scanKind: Uint8Array;
  readonly scanChannel: Uint8Array;
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
  const [subjectAt, due] = [new Int32Array(n), new Int32Array(n)];
  for (let at = 0; at < n; at++) {
    const occurrence = list[at] as Occurrence;
    subjectAt[at] = numberOf(subjectNumber, occurrence.subject);
    due[at] = daySortKey(occurrence.due);
  }
  const order = inDueOrder(due);
  const codes = new Map<string, number>();
  const [numberAt, subjectOf] = [new Int32Array(n), new Int32Array(n)];
  const [kindOf, channelOf] = [new Uint8Array(n), new Uint8Array(n)];
  const [combinationOf, combinations] = [new Int32Array(n), new Map<number, number>()];
  const combinationVisit: number[] = [];
  const keyText = new Array<string>(n);
  for (let visit = 0; visit < n; visit++) {
    const at = order[visit] as number;
    const occurrence = list[at] as Occurrence;
    numberAt[at] = visit;
    keyText[visit] = occurrence.key;
    subjectOf[visit] = subjectAt[at] as number;
    const kind = codeOf(codes, occurrence.kind);
    const channel = codeOf(codes, occurrence.channel);
    kindOf[visit] = kind;
    channelOf[visit] = channel;
    const who = occurrence.who;
    const role = 'role' in who ? codeOf(codes, who.role) : 0;
    const combination = (role << 16) | (kind << 8) | channel;
    if (!combinations.has(combination)) {
      combinations.set(combination, combinationVisit.length);
      combinationVisit.push(visit);
    }
    combinationOf[visit] = combinations.get(combination) as number;
  }
  const { keyNumber, keyOf } = numberKeys(keyText, order);
  const { start, scan } = groupBySubject(subjectOf, subjectNumber.size, due, order, keyText);
  const index = { list, order, numberAt, keyNumber, keyText, keyOf, subjectOf, combinationOf };
  const codesOf = { combinationVisit: Int32Array.from(combinationVisit), codes, subjectNumber };
  return { ...index, ...codesOf, start, scan, ...scanned(list, order, scan, kindOf, channelOf) };
}

/** The windows and codes of the visits in `scan`'s order, for scanning an elder's visits. */
function scanned(
  list: readonly Occurrence[],
  order: Int32Array,
  scan: Int32Array,
  kindOf: Uint8Array,
  channelOf: Uint8Array,
) {
  const n = scan.length;
  const [scanOpenFrom, scanExpiresAt] = [new Int32Array(n), new Int32Array(n)];
  const [scanKind, scanChannel] = [new Uint8Array(n), new Uint8Array(n)];
  for (let j = 0; j < n; j++) {
    const visit = scan[j] as number;
    const occurrence = list[order[visit] as number] as Occurrence;
    scanOpenFrom[j] = daySortKey(occurrence.openFrom);
    scanExpiresAt[j] = daySortKey(occurrence.expiresAt);
    scanKind[j] = kindOf[visit] as number;
    scanChannel[j] = channelOf[visit] as number;
  }
  return { scanOpenFrom, scanExpiresAt, scanKind, scanChannel };
}

/**
 * Each key the number of its last visit in the list; a repeated key's visits all take that
 * number.
 */
function numberKeys(keyText: readonly string[], order: Int32Array) {
  const keyNumber = new KeyTable(keyText);
  const keyOf = new Int32Array(keyText.length);
  const repeated: number[] = [];
  for (let visit = 0; visit < keyText.length; visit++) {
    keyOf[visit] = visit;
    const key = keyText[visit] as string;
    const before = keyNumber.add(key, visit);
    if (before === undefined) continue;
    repeated.push(before, visit);
    // The visit latest in the list keeps the key, as `Map.set` in list order would.
    if ((order[before] as number) < (order[visit] as number)) keyNumber.set(key, visit);
  }
  // A repeated key's visits all share its final number.
  for (const visit of repeated) keyOf[visit] = keyNumber.get(keyText[visit] as string) as number;
  return { keyNumber, keyOf };
}

/** Places in `list` in order of due day, then place: packed numbers, sorted with no comparator. */
function inDueOrder(due: Int32Array): Int32Array {
  const n = due.length;
  const low = due.reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  const high = due.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  // A day that is no date (NaN) or too wide a span: list order.
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

/**
 * Visit numbers grouped by subject (a counting sort, stable: each group in due order), visits
 * of one subject due the same day then ordered by key.
 */
function groupBySubject(
  subjectOf: Int32Array,
  subjects: number,
  due: Int32Array,
  order: Int32Array,
  keyText: readonly string[],
) {
  const start = new Int32Array(subjects + 1);
  for (let visit = 0; visit < subjectOf.length; visit++) {
    const next = (subjectOf[visit] as number) + 1;
    start[next] = (start[next] as number) + 1;
  }
  for (let s = 0; s < subjects; s++) start[s + 1] = (start[s + 1] as number) + (start[s] as number);
  const scan = new Int32Array(subjectOf.length);
  const next = start.slice(0, subjects);
  for (let visit = 0; visit < subjectOf.length; visit++) {
    const s = subjectOf[visit] as number;
    scan[next[s] as number] = visit;
    next[s] = (next[s] as number) + 1;
  }
  // One subject's visits due the same day: by key.
  const dueOf = (visit: number) => due[order[visit] as number] as number;
  const sameDay = (a: number, b: number) => subjectOf[a] === subjectOf[b] && dueOf(a) === dueOf(b);
  sortRunsByText(scan, sameDay, (visit) => keyText[visit] as string);
  return { start, scan };
}
