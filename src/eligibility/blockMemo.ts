import type { PolicyParameters } from './policy.js';

/** How many blocks one policy's memo keeps before it starts again (a bound on memory). */
const MAX_BLOCKS = 65_536;

/**
 * Blocks of shared (frozen) category results, remembered per policy parameters object by a
 * small-integer key of the facts they depend on. Most elders of a ledger repeat a few such
 * combinations, so a block built once answers for all of them. Bounded: a policy's map is
 * emptied once it holds {@link MAX_BLOCKS} blocks (they are rebuilt alike when met again).
 * @internal
 */
export class BlockMemo<T> {
  private readonly byPolicy = new WeakMap<PolicyParameters, Map<number, T>>();
  // The policy of the last call and its map: a ledger is classified under one policy.
  private lastPolicy: PolicyParameters | undefined;
  private lastMap: Map<number, T> = new Map();

  /** The block of `policy` under `key`, if remembered. */
  get(policy: PolicyParameters, key: number): T | undefined {
    return this.mapOf(policy).get(key);
  }

  /** Remember `block` as that of `policy` under `key`. */
  set(policy: PolicyParameters, key: number, block: T): void {
    const map = this.mapOf(policy);
    if (map.size >= MAX_BLOCKS) map.clear();
    map.set(key, block);
  }

  private mapOf(policy: PolicyParameters): Map<number, T> {
    if (policy === this.lastPolicy) return this.lastMap;
    let map = this.byPolicy.get(policy);
    if (!map) {
      map = new Map();
      this.byPolicy.set(policy, map);
    }
    this.lastPolicy = policy;
    this.lastMap = map;
    return map;
  }
}

/** A number for each answer, for keys of combinations. @internal */
export function triIndex(value: unknown): number {
  return value === undefined ? 0 : value ? 2 : 1;
}

/** Whether every result of a block is a shared one (frozen): only such a block is remembered. @internal */
export function allFrozen(block: object): boolean {
  return Object.values(block).every((result) => Object.isFrozen(result));
}
