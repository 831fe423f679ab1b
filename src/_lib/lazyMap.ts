/**
 * A read-only map built on first use: a result that may hold a million entries nobody reads
 * costs nothing until someone does. Subclasses answer `get`, `has` and `size` from their own
 * data and leave only iteration to the built map.
 * @internal
 */
export class LazyMap<K, V> implements ReadonlyMap<K, V> {
  #map: Map<K, V> | undefined;
  readonly #build: (() => Map<K, V>) | undefined;

  /** `build` makes the map; a subclass without it overrides `make`. */
  constructor(build?: () => Map<K, V>) {
    this.#build = build;
  }

  /** Make the whole map (called once). */
  protected make(): Map<K, V> {
    return this.#build ? this.#build() : new Map();
  }

  /** The whole map, built once. */
  protected full(): Map<K, V> {
    this.#map ??= this.make();
    return this.#map;
  }

  get size(): number {
    return this.full().size;
  }

  get(key: K): V | undefined {
    return this.full().get(key);
  }

  has(key: K): boolean {
    return this.full().has(key);
  }

  forEach(each: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const [key, value] of this.full()) each.call(thisArg, value, key, this);
  }

  entries() {
    return this.full().entries();
  }

  keys() {
    return this.full().keys();
  }

  values() {
    return this.full().values();
  }

  [Symbol.iterator]() {
    return this.full()[Symbol.iterator]();
  }

  get [Symbol.toStringTag](): string {
    return 'Map';
  }
}
