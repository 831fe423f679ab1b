import type { CategoryResult, RuleKey } from './reason.js';

/**
 * Results shared by every elder they fit. Most explanations repeat: a condition whose reason
 * names only its status and policy parameters (a recorded status absent, another category's
 * decided answer) reads the same for every elder, and so does a category made only of such
 * conditions. Such conditions are built once, frozen and numbered (`sharedCondition`); here a
 * category's result is remembered per combination of their numbers, so one frozen result
 * serves every elder with that combination. Bounded: at most {@link MAX_SHARED} numbers, and a
 * result of at most three shared conditions.
 */

/** How many conditions may be numbered: the key packs three numbers below it in 51 bits. @internal */
export const MAX_SHARED = 2 ** 17;
let numbered = 0;

/** The next number of a shared condition, or 0 (not shared) once {@link MAX_SHARED} are given. @internal */
export function nextSharedId(): number {
  if (numbered + 1 >= MAX_SHARED) return 0;
  numbered++;
  return numbered;
}

/** Shared results, per category, by the packed numbers of their conditions. */
const memo = new Map<RuleKey, Map<number, CategoryResult>>();

/**
 * The key of a result made of conditions numbered `ids`: 0 (no sharing) when any is 0 (not
 * shared) or there are more than three.
 * @internal
 */
export function sharedKey(parts: readonly { readonly sharedId: number }[]): number {
  if (parts.length > 3) return 0;
  let key = 0;
  for (const part of parts) {
    if (part.sharedId === 0) return 0;
    key = key * MAX_SHARED + part.sharedId;
  }
  return key;
}

/** The shared result of `category` under `key` (from {@link sharedKey}), if made already. @internal */
export function sharedResult(category: RuleKey, key: number): CategoryResult | undefined {
  return memo.get(category)?.get(key);
}

/** Keep `result` as the shared one of `category` under `key`, frozen with its lists. @internal */
export function remember(category: RuleKey, key: number, result: CategoryResult): CategoryResult {
  Object.freeze(result.reasons);
  Object.freeze(result.missing);
  Object.freeze(result);
  let byKey = memo.get(category);
  if (!byKey) {
    byKey = new Map();
    memo.set(category, byKey);
  }
  byKey.set(key, result);
  return result;
}
