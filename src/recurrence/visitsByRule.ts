import type { VisitPlan } from './visitPlan.js';

/** What makes two plans date the same visits: their cadence, window, holiday policy, validity. */
type Rule = Pick<VisitPlan, 'cadence' | 'window' | 'holidayPolicy' | 'validFrom' | 'validTo'>;

/** A rule as text, the key of its visits: the same text, the same rule. */
const ruleKey = ({ cadence, window, holidayPolicy, validFrom, validTo }: Rule) =>
  JSON.stringify([cadence, window, holidayPolicy, validFrom, validTo]);

/** Rules compared by value before any is written out as a key: a programme has a few. */
const RECENT_RULES = 8;
/** Deepest nesting compared by value; a deeper (or cyclic) value is left to the key. */
const MAX_DEPTH = 6;

/**
 * Whether two plain values (objects, arrays, primitives) are equal field by field, whatever
 * the order of their keys; false past {@link MAX_DEPTH} levels. No key lists are made: this
 * runs for every plan of an expansion.
 */
function sameValue(a: unknown, b: unknown, depth: number): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (depth === MAX_DEPTH) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i], depth + 1)) return false;
    return true;
  }
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  let keys = 0;
  for (const key in left) {
    if (!Object.hasOwn(left, key)) continue;
    keys++;
    if (!Object.hasOwn(right, key) || !sameValue(left[key], right[key], depth + 1)) return false;
  }
  for (const key in right) if (Object.hasOwn(right, key)) keys--;
  return keys === 0;
}

/** Whether two plans have the same rule, the cheap text fields first. */
function sameRule(a: Rule, b: Rule): boolean {
  return (
    a.holidayPolicy === b.holidayPolicy &&
    a.validFrom === b.validFrom &&
    a.validTo === b.validTo &&
    sameValue(a.cadence, b.cadence, 1) &&
    sameValue(a.window, b.window, 1)
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
  private readonly recent: { readonly rule: Rule; readonly visits: T }[] = [];
  /** Where in `recent` the last plan's rule was: plans tend to repeat an order of rules. */
  private last = -1;

  /** The visits of `plan`'s rule: remembered, or made by `date(plan, context)` and remembered. */
  visitsOf<C>(plan: VisitPlan, date: (plan: VisitPlan, context: C) => T, context: C): T {
    const { recent } = this;
    // The rule after the last one first (a village's four presets, elder after elder), then all.
    for (let tried = 0; tried < recent.length; tried++) {
      const at = (this.last + 1 + tried) % recent.length;
      const entry = recent[at] as (typeof recent)[number];
      if (sameRule(plan, entry.rule)) {
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
    recent.push({ rule: plan, visits });
    this.last = recent.length - 1;
    return visits;
  }
}
