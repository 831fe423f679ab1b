/**
 * Items grouped into a map from key text to the list of the key's items, in item order; the
 * keys in the order they first had an item (as pushing item by item into a map would give).
 * `keyOfItem[i]` is item `i`'s key number, below `keys` (−1: item `i` is in no list). The
 * lists are counted first, so each is made once at its final length (no array grows), and the
 * map gets each key once: no lookup by text.
 * @example
 * ```ts
 * listsByKey(Int32Array.of(1, 0, 1, -1), 2, (k) => ['a', 'b'][k], (i) => i * 10);
 * // Map { 'b' => [0, 20], 'a' => [10] }
 * ```
 * @internal
 */
export function listsByKey<V>(
  keyOfItem: Int32Array,
  keys: number,
  keyText: (key: number) => string,
  item: (item: number) => V,
): Map<string, V[]> {
  // Per key, the items still to place: its list's next place is its length minus this.
  const left = new Int32Array(keys);
  for (const key of keyOfItem) if (key >= 0) left[key] = (left[key] as number) + 1;
  const lists = new Array<V[] | undefined>(keys);
  const map = new Map<string, V[]>();
  for (let i = 0; i < keyOfItem.length; i++) {
    const key = keyOfItem[i] as number;
    if (key < 0) continue;
    let list = lists[key];
    if (list === undefined) {
      list = new Array<V>(left[key] as number);
      lists[key] = list;
      map.set(keyText(key), list);
    }
    list[list.length - (left[key] as number)] = item(i);
    left[key] = (left[key] as number) - 1;
  }
  return map;
}
