/**
 * A small seeded pseudo-random number generator (sfc32, seeded through splitmix32) with the
 * helpers the sample generator needs. Integer arithmetic only: the same seed gives the same
 * numbers on every host, in every time zone, with no clock and no `Math.random`.
 * @module
 */
import { seededUniform } from '../_lib/seededUniform.js';

/**
 * A table to draw items from in proportion to their weights, built once with
 * {@link weightedTable} and drawn from in O(log n).
 *
 * @example
 * ```ts
 * const levels: WeightedTable<string> = weightedTable([['intact', 80], ['mild', 20]]);
 * ```
 * @category Sample data
 */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  /** Running sums of the weights, parallel to `items`. */
  readonly cumulative: readonly number[];
  readonly total: number;
}

/**
 * A stream of pseudo-random numbers and the draws built on them.
 *
 * @example
 * ```ts
 * const random: Random = createRandom(7);
 * random.chance(0.6); // true about six times in ten
 * ```
 * @category Sample data
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer from `min` to `max`, both included (`max − min` below 2³¹). */
  int(min: number, max: number): number;
  /** A float in [`min`, `max`). */
  float(min: number, max: number): number;
  /** `true` with probability `p`. */
  chance(p: number): boolean;
  /** One item of a non-empty list, each equally likely. */
  pick<T>(items: readonly T[]): T;
  /** One item of a table, in proportion to its weight. */
  weighted<T>(table: WeightedTable<T>): T;
  /** A roughly standard-normal number (mean 0, sd 1, always within ±4.3). */
  gaussian(): number;
}

/**
 * A seeded generator. Different `stream` numbers give independent streams from one seed,
 * so that, say, adding caregivers does not change the elders.
 *
 * @param seed - any safe integer (negative too); only its low 53 bits matter
 * @param stream - a small integer naming an independent stream (default 0)
 * @returns a {@link Random}
 * @example
 * ```ts
 * const random = createRandom(42);
 * random.int(60, 100); // the same number on every run
 * ```
 * @category Sample data
 */
export function createRandom(seed: number, stream = 0): Random {
  const next = seededUniform(seed, stream);
  const random: Random = {
    next,
    // `| 0` keeps the result a small integer (spans here are far below 2³¹).
    int: (min, max) => min + ((next() * (max - min + 1)) | 0),
    float: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
    weighted: <T>(table: WeightedTable<T>): T => {
      const target = next() * table.total;
      const { cumulative } = table;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((cumulative[mid] as number) > target) hi = mid;
        else lo = mid + 1;
      }
      return table.items[lo] as T;
    },
    gaussian: () => {
      // Irwin–Hall with six uniforms: arithmetic only (no Math.log or Math.cos), so no
      // engine's last-bit differences can creep in.
      let sum = 0;
      for (let i = 0; i < 6; i++) sum += next();
      return (sum - 3) * Math.SQRT2;
    },
  };
  return random;
}

/**
 * Build a {@link WeightedTable} from `[item, weight]` pairs (weights ≥ 0, at least one > 0).
 *
 * @example
 * ```ts
 * const sexes = weightedTable([['male', 49], ['female', 51]] as const);
 * createRandom(1).weighted(sexes); // 'male' or 'female'
 * ```
 * @category Sample data
 */
export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  return { items, cumulative, total };
}

/**
 * Split `total` into whole parts in proportion to `weights` (largest remainders first, ties
 * to the earlier index), so that the parts always add up to `total`.
 *
 * @example
 * ```ts
 * apportion(10, [1, 1, 1]); // [4, 3, 3]
 * ```
 * @category Sample data
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (weights.length === 0) return [];
  const sum = weights.reduce((acc, w) => acc + w, 0);
  // All-zero weights: split evenly.
  const effective = sum > 0 ? weights : weights.map(() => 1);
  const effectiveSum = sum > 0 ? sum : weights.length;
  const exact = effective.map((w) => (total * w) / effectiveSum);
  const parts = exact.map((value) => Math.floor(value));
  let left = total - parts.reduce((acc, n) => acc + n, 0);
  const order = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((x, y) => y.remainder - x.remainder || x.index - y.index);
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) {
    const index = (order[i] as { index: number }).index;
    parts[index] = (parts[index] as number) + 1;
  }
  return parts;
}
