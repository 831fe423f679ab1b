/**
 * Occurrence key → visit number, in typed arrays: an open-addressing table of (hash, visit)
 * pairs beside the keys' texts. A `Map` of a county-year's 1.4 million keys holds 45 MB of the
 * heap and leaves as much garbage again as it grows; this table lives outside the heap, is sized
 * once, and a lookup reads one pair and compares one key.
 * @example
 * ```ts
 * const table = new KeyTable(['a', 'b']);
 * table.add('b', 1); // undefined: new
 * table.get('b'); // 1
 * table.get('c'); // undefined
 * ```
 * @internal
 */
export class KeyTable {
  /** Pairs `[hash, visit + 1]`; `visit + 1 = 0` marks an empty slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;

  /** A table for the keys `keys[visit]` (at most half full, so a probe always ends). */
  constructor(private readonly keys: readonly string[]) {
    let size = 16;
    while (size < keys.length * 2 && size < 2 ** 30) size *= 2;
    this.#slots = new Int32Array(size * 2);
    this.#mask = size - 1;
  }

  /** The visit with `key` (undefined: none). */
  get(key: string): number | undefined {
    const slot = this.#find(key, hashOf(key));
    const visit = (this.#slots[2 * slot + 1] as number) - 1;
    return visit < 0 ? undefined : visit;
  }

  /** Give `key` (the text of `keys[visit]`) the visit `visit` unless it has one: that one. */
  add(key: string, visit: number): number | undefined {
    const hash = hashOf(key);
    const slot = this.#find(key, hash);
    const before = (this.#slots[2 * slot + 1] as number) - 1;
    if (before >= 0) return before;
    this.#slots[2 * slot] = hash;
    this.#slots[2 * slot + 1] = visit + 1;
    return undefined;
  }

  /** Give `key` (the text of `keys[visit]`) the visit `visit`, in place of any before. */
  set(key: string, visit: number): void {
    const hash = hashOf(key);
    const slot = this.#find(key, hash);
    this.#slots[2 * slot] = hash;
    this.#slots[2 * slot + 1] = visit + 1;
  }

  /** The slot holding `key`, or the empty slot where it would go. */
  #find(key: string, hash: number): number {
    const slots = this.#slots;
    let slot = hash & this.#mask;
    for (let probe = 0; probe <= this.#mask; probe++) {
      const visit = (slots[2 * slot + 1] as number) - 1;
      if (visit < 0 || (slots[2 * slot] === hash && this.keys[visit] === key)) return slot;
      slot = (slot + 1) & this.#mask;
    }
    throw new RangeError('key table full');
  }
}

/** FNV-1a over the UTF-16 code units, its bits then mixed (keys differ in their last few). */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
