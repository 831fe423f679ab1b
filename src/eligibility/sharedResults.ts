import type { CategoryResult, Reason, RuleKey } from './reason.js';

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

/**
 * Shared results of one category. While every number is below {@link NARROW} (the usual case)
 * the key packs them 10 bits each into a small integer, the fast kind of key, and a result of
 * one condition is found by index; else by the wide key.
 */
interface CategoryMemo {
  /** Results of one condition, by its number (below {@link NARROW}): most shared results. */
  readonly single: (CategoryResult | undefined)[];
  readonly narrow: Map<number, CategoryResult>;
  readonly wide: Map<number, CategoryResult>;
}

/** Condition numbers below this pack three to a small integer (30 bits). */
const NARROW = 2 ** 10;

/** Shared results, per category. */
const memo = new Map<RuleKey, CategoryMemo>();

/**
 * The key of a result made of conditions numbered `ids`: 0 (no sharing) when any is 0 (not
 * shared) or there are more than three; negative (its narrow packing) when every number is
 * below {@link NARROW}.
 * @internal
 */
export function sharedKey(parts: readonly { readonly sharedId: number }[]): number {
  if (parts.length > 3) return 0;
  let narrow = 0;
  let largest = 0;
  for (const part of parts) {
    const id = part.sharedId;
    if (id === 0) return 0;
    narrow = narrow * NARROW + id;
    if (id > largest) largest = id;
  }
  if (largest < NARROW) return -narrow;
  let key = 0;
  for (const part of parts) key = key * MAX_SHARED + part.sharedId;
  return key;
}

/** Whether `key` is the narrow key of one condition: its number, negated (packings of two or three are larger). */
function isSingle(key: number): boolean {
  return key < 0 && key > -NARROW;
}

/** The map of a category's memo that holds `key`'s results (narrow or wide). */
function mapOf(byCategory: CategoryMemo, key: number): Map<number, CategoryResult> {
  return key < 0 ? byCategory.narrow : byCategory.wide;
}

/** The shared result of `category` under `key` (from {@link sharedKey}), if made already. @internal */
export function sharedResult(category: RuleKey, key: number): CategoryResult | undefined {
  const byCategory = memo.get(category);
  if (!byCategory) return undefined;
  return isSingle(key) ? byCategory.single[-key] : mapOf(byCategory, key).get(key);
}

/** Keep a frozen copy of `fresh` as the shared result of `category` under `key`, and return it. @internal */
export function remember(category: RuleKey, key: number, fresh: CategoryResult): CategoryResult {
  // A frozen copy is kept, not the fresh result: see frozenCopy.
  const result = frozenCopy(fresh);
  let byCategory = memo.get(category);
  if (!byCategory) {
    byCategory = { single: [], narrow: new Map(), wide: new Map() };
    memo.set(category, byCategory);
  }
  if (isSingle(key)) byCategory.single[-key] = result;
  else mapOf(byCategory, key).set(key, result);
  return result;
}

/**
 * A frozen copy of a result built fresh, to be shared (a shared result is returned as it is):
 * the result, its lists, each fresh reason, its parameters and the lists among them. A copy,
 * not the fresh objects frozen in place: objects kept from the hot path's allocation sites
 * would teach the engine to allocate all of theirs as long-lived.
 * @internal
 */
export function frozenCopy(result: CategoryResult): CategoryResult {
  if (Object.isFrozen(result)) return result;
  const reasons: Reason[] = [];
  for (const reason of result.reasons) reasons.push(frozenReason(reason));
  return Object.freeze({
    status: result.status,
    reasons: Object.freeze(reasons),
    missing: Object.freeze([...result.missing]),
    citation: result.citation,
  });
}

function frozenReason(reason: Reason): Reason {
  if (Object.isFrozen(reason)) return reason;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(reason.params))
    params[name] = Array.isArray(value) ? Object.freeze([...value]) : value;
  return Object.freeze({ code: reason.code, status: reason.status, params }) as Reason;
}
