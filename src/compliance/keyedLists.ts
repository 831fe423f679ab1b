import { LazyMap } from '../_lib/lazyMap.js';

/**
 * Items grouped by key number: key `k`'s items are `items[start[k] … start[k + 1])`, in the
 * order of their numbers; `keyOfItem[i]` is item `i`'s key number (−1: in no group).
 * @internal
 */
export interface Grouped {
  readonly start: Int32Array;
  readonly items: Int32Array;
  /** The number of keys with at least one item. */
  readonly size: number;
  readonly keyOfItem: Int32Array;
}

/** Group the items by key number (a counting sort: two passes, no maps). @internal */
export function groupByKey(keys: number, keyOfItem: Int32Array): Grouped {
  const start = new Int32Array(keys + 1);
  for (const key of keyOfItem) if (key >= 0) start[key + 1] = (start[key + 1] as number) + 1;
  let size = 0;
  for (let k = 0; k < keys; k++) {
    if (start[k + 1] !== 0) size++;
    start[k + 1] = (start[k + 1] as number) + (start[k] as number);
  }
  const items = new Int32Array(start[keys] as number);
  const next = start.slice(0, keys);
  for (let i = 0; i < keyOfItem.length; i++) {
    const key = keyOfItem[i] as number;
    if (key < 0) continue;
    items[next[key] as number] = i;
    next[key] = (next[key] as number) + 1;
  }
  return { start, items, size, keyOfItem };
}

/**
 * A map from visit key to the list of its items, answered from the grouping: `get` looks the
 * key's number up and builds its list once (the same array each time); only iterating the
 * whole map builds it as a `Map`, in the order keys first had an item.
 * @internal
 */
export class KeyedLists<V> extends LazyMap<string, readonly V[]> {
  #lists: (readonly V[] | undefined)[] | undefined;

  constructor(
    private readonly keyNumber: ReadonlyMap<string, number>,
    private readonly keyText: (key: number) => string,
    private readonly grouped: Grouped,
    private readonly item: (item: number) => V,
  ) {
    super();
  }

  override get size(): number {
    return this.grouped.size;
  }

  override get(key: string): readonly V[] | undefined {
    const k = this.keyNumber.get(key);
    return k === undefined ? undefined : this.listOf(k);
  }

  override has(key: string): boolean {
    return this.get(key) !== undefined;
  }

  private listOf(k: number): readonly V[] | undefined {
    const { start, items } = this.grouped;
    const [first, end] = [start[k] as number, start[k + 1] as number];
    if (first === end) return undefined;
    // One slot per key, made at the first question (a packed array: lookups stay fast).
    this.#lists ??= new Array<readonly V[] | undefined>(start.length - 1).fill(undefined);
    let list = this.#lists[k];
    if (!list) {
      list = Array.from(items.subarray(first, end), (i) => this.item(i));
      this.#lists[k] = list;
    }
    return list;
  }

  protected override make(): Map<string, readonly V[]> {
    const { start, items, keyOfItem } = this.grouped;
    const map = new Map<string, readonly V[]>();
    for (let i = 0; i < keyOfItem.length; i++) {
      const k = keyOfItem[i] as number;
      if (k >= 0 && items[start[k] as number] === i)
        map.set(this.keyText(k), this.listOf(k) as readonly V[]);
    }
    return map;
  }
}
