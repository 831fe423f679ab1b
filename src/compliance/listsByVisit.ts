import type { Scratch } from '../_lib/scratch.js';
import type { OccurrenceIndex } from './occurrenceIndex.js';

/** The list of every visit with no item: one shared, frozen array (most visits have one or none). */
const NONE: readonly never[] = Object.freeze([]);

/**
 * Items grouped per visit, in a list aligned with the visits as given (`index.list`): place `p`
 * holds the items of the visit at `p`, in item order — one shared empty list for a visit with
 * none, and a repeated key's visits share its list. `keyOfItem[i]` is item `i`'s key number
 * (−1: item `i` is in no list). Each list is made once, at its final length (the items per key
 * are counted first: no array grows); a visit's single item, the common case, is a literal.
 * @example
 * ```ts
 * // Three visits a, b, c (key numbers ka, kb, kc): items 0 and 2 are b's, item 1 is a's.
 * listsByVisit(index, Int32Array.of(kb, ka, kb), (i) => i * 10); // [[10], [0, 20], []]
 * ```
 * @internal
 */
export function listsByVisit<V>(
  index: OccurrenceIndex,
  keyOfItem: Int32Array,
  item: (item: number) => V,
  scratch?: Scratch,
): (readonly V[])[] {
  const { order, numberAt, keyOf } = index;
  // Items per key, then counted down as they are placed: the place of the next is its list's
  // length minus those left.
  const left = scratch ? scratch.int32(order.length) : new Int32Array(order.length);
  for (let i = 0; i < keyOfItem.length; i++) {
    const key = keyOfItem[i] as number;
    if (key >= 0) left[key] = (left[key] as number) + 1;
  }
  const lists = new Array<readonly V[]>(order.length).fill(NONE);
  for (let i = 0; i < keyOfItem.length; i++) {
    const key = keyOfItem[i] as number;
    if (key < 0) continue;
    const at = order[key] as number;
    const remaining = left[key] as number;
    left[key] = remaining - 1;
    const found = lists[at] as readonly V[];
    if (found === NONE && remaining === 1) {
      lists[at] = [item(i)];
      continue;
    }
    const list = found === NONE ? new Array<V>(remaining) : (found as V[]);
    lists[at] = list;
    list[list.length - remaining] = item(i);
  }
  // A repeated key's other visits (numbered apart from the key's own): the key's list.
  for (let at = 0; at < lists.length; at++) {
    const visit = numberAt[at] as number;
    const key = keyOf[visit] as number;
    if (key !== visit) lists[at] = lists[order[key] as number] as readonly V[];
  }
  return lists;
}
