/**
 * Items grouped into a map from key text to the list of the key's items, in item order; the
 * keys in the order they first had an item (as pushing item by item into a map would give).
 * `keyOfItem[i]` is item `i`'s key number, below `keys` (−1: item `i` is in no list), and
 * `keyText(i)` the text of that key. Each list is made once, at its final length (the items per
 * key are counted first: no array grows), when its key's first item comes; the map gets each key
 * once, its text read from that item (callers hand the item's own string: no lookup by number).
 * @example
 * ```ts
 * const texts = ['b', 'a', 'b'];
 * listsByKey(Int32Array.of(1, 0, 1, -1), 2, (i) => i * 10, (i) => texts[i]);
 * // Map { 'b' => [0, 20], 'a' => [10] }
 * ```
 * @internal
 */
export function listsByKey<V>(
  keyOfItem: Int32Array,
  keys: number,
  item: (item: number) => V,
  keyText: (item: number) => string,
): Map<string, V[]> {
  const count = new Int32Array(keys);
  for (const key of keyOfItem) if (key >= 0) count[key] = (count[key] as number) + 1;
  // Items placed so far per key, and the lists still to fill (few: most keys have one item).
  const placed = new Int32Array(keys);
  const filling = new Map<number, V[]>();
  const map = new Map<string, V[]>();
  for (let i = 0; i < keyOfItem.length; i++) {
    const key = keyOfItem[i] as number;
    if (key < 0) continue;
    const at = placed[key] as number;
    placed[key] = at + 1;
    const total = count[key] as number;
    if (at === 0)
      map.set(keyText(i), total === 1 ? [item(i)] : firstOf(filling, key, total, item(i)));
    else {
      const list = filling.get(key) as V[];
      list[at] = item(i);
      if (at + 1 === total) filling.delete(key);
    }
  }
  return map;
}

/** A list of `total` places, `first` in the first, kept in `filling` until its last is placed. */
function firstOf<V>(filling: Map<number, V[]>, key: number, total: number, first: V): V[] {
  const list = new Array<V>(total);
  list[0] = first;
  filling.set(key, list);
  return list;
}
