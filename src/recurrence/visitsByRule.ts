import type { VisitPlan } from './visitPlan.js';

/** What makes two plans date the same visits: their cadence, window, holiday policy, validity. */
type Rule = Pick<VisitPlan, 'cadence' | 'window' | 'holidayPolicy' | 'validFrom' | 'validTo'>;

/** A rule as text, the key of its visits: the same text, the same rule. */
const ruleKey = ({ cadence, window, holidayPolicy, validFrom, validTo }: Rule) =>
  JSON.stringify([cadence, window, holidayPolicy, validFrom, validTo]);

/** Rules compared by value before any is written out as a key: a programme has a few. */
const RECENT_RULES = 8;

/** Whether two arrays hold the same primitives (or the very same objects) in the same order. */
function sameItems(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** How many enumerable keys a rule's field has (as `for…in` counts them); -1 if not an object. */
function keyCount(value: unknown): number {
  if (typeof value !== 'object' || value === null) return -1;
  let keys = 0;
  for (const _ in value) keys++;
  return keys;
}

/**
 * Whether two flat objects (or `undefined`s) hold the same fields: each value the same
 * primitive, or arrays of the same primitives; `b` has `bKeys` keys ({@link keyCount}, counted
 * once when it was remembered). Deeper values (a yearly cadence's dates) count as different
 * even when equal, and are left to the rule's key: this is a fast path, run for every plan,
 * and may miss a match but never finds a false one.
 */
function sameFields(a: unknown, b: unknown, bKeys: number): boolean {
  if (a === b) return true;
  if (bKeys < 0 || typeof a !== 'object' || a === null) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    keys++;
    const x = left[key];
    const y = right[key];
    if (x === y) {
      if (x === undefined && !Object.hasOwn(right, key)) return false;
    } else if (!Array.isArray(x) || !Array.isArray(y) || !sameItems(x, y)) return false;
  }
  // Every key of `a` is one of `b`'s: as many keys, the same keys.
  return keys === bKeys;
}

/** A rule met in the expansion, its fields' key counts, and its visits. */
interface Remembered<T> {
  readonly rule: Rule;
  readonly cadenceKeys: number;
  readonly windowKeys: number;
  readonly visits: T;
}

/** Whether a plan has a remembered rule, the cheap text fields first. */
function sameRule<T>(a: Rule, b: Remembered<T>): boolean {
  const rule = b.rule;
  return (
    a.holidayPolicy === rule.holidayPolicy &&
    a.validFrom === rule.validFrom &&
    a.validTo === rule.validTo &&
    sameFields(a.cadence, rule.cadence, b.cadenceKeys) &&
    sameFields(a.window, rule.window, b.windowKeys)
  );
}

/**
 * The dated visits of each rule met in one expansion, so that plans dating the same share
 * them. A rule is first looked for among the last {@link RECENT_RULES} by value — a county's
 * plans cycle through a few rules, and comparing a few fields is cheaper than writing a key —
 * then by its JSON text. Memory: one entry per distinct rule of the expansion.
 * @example
 * ```ts
 * const dated = new VisitsByRule<PlainDate[]>();
 * dated.visitsOf(plan, (same, range) => dueDaysOf(same, range), range); // dated once per rule
 * ```
 * @internal
 */
export class VisitsByRule<T> {
  private readonly byKey = new Map<string, T>();
  private readonly recent: Remembered<T>[] = [];
  /** Where in `recent` the last plan's rule was: plans tend to repeat an order of rules. */
  private last = -1;

  /** The visits of `plan`'s rule: remembered, or made by `date(plan, context)` and remembered. */
  visitsOf<C>(plan: VisitPlan, date: (plan: VisitPlan, context: C) => T, context: C): T {
    const { recent } = this;
    // The rule after the last one first (a village's four presets, elder after elder), then all.
    for (let tried = 0; tried < recent.length; tried++) {
      const at = (this.last + 1 + tried) % recent.length;
      const entry = recent[at] as (typeof recent)[number];
      if (sameRule(plan, entry)) {
        this.last = at;
        return entry.visits;
      }
    }
    const key = ruleKey(plan);
    let visits = this.byKey.get(key);
    if (visits === undefined) {
      visits = date(plan, context);
      this.byKey.set(key, visits);
    }
    if (recent.length === RECENT_RULES) recent.shift();
    recent.push({
      rule: plan,
      cadenceKeys: keyCount(plan.cadence),
      windowKeys: keyCount(plan.window),
      visits,
    });
    this.last = recent.length - 1;
    return visits;
  }
}
