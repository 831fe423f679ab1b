/**
 * Items grouped into a map from key text to the list of the key's items, in item order; the
 * keys in the order they first had an item (as pushing item by item into a map would give).
 * `keyOfItem[i]` is item `i`'s key number, below `keys` (−1: item `i` is in no list). The
 * items are grouped first by a counting sort in typed arrays, so each list is made once, whole,
 * at its final length (no array grows), and the map gets each key once: no lookup by text.
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
  const { start, items } = groupByKey(keyOfItem, keys);
  const map = new Map<string, V[]>();
  for (let i = 0; i < keyOfItem.length; i++) {
    const key = keyOfItem[i] as number;
    const first = key < 0 ? -1 : (start[key] as number);
    // A key's list is made at its first item, in the order keys first had one.
    if (first < 0 || items[first] !== i) continue;
    const list = new Array<V>((start[key + 1] as number) - first);
    for (let j = 0; j < list.length; j++) list[j] = item(items[first + j] as number);
    map.set(keyText(key), list);
  }
  return map;
}

/** Items by key (a counting sort): key `k`'s are `items[start[k] … start[k + 1])`, in order. */
function groupByKey(keyOfItem: Int32Array, keys: number) {
  const start = new Int32Array(keys + 1);
  for (const key of keyOfItem) if (key >= 0) start[key + 1] = (start[key + 1] as number) + 1;
  for (let k = 0; k < keys; k++) start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  const items = new Int32Array(start[keys] as number);
  const next = start.slice(0, keys);
  for (let i = 0; i < keyOfItem.length; i++) {
    const key = keyOfItem[i] as number;
    if (key < 0) continue;
    items[next[key] as number] = i;
    next[key] = (next[key] as number) + 1;
  }
  return { start, items };
}
