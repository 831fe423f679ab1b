import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type Issue, type IssuePath, issue, prefixIssues } from '../errors/index.js';
import { isPlainDate, type PlainDate, regionLevel } from '../models/index.js';
import { checkedFormOf } from './checkedPolicies.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import type { Policy } from './policy.js';

function fail(issues: readonly Issue[], cause?: unknown): never {
  throw new GuanaiError(issues, cause === undefined ? {} : { cause });
}

/**
 * The checked form of a policy argument (the default when absent, unless `listed`: an entry of a
 * list of policies must be there). A classifier trusts only a policy it knows is checked
 * (`DEFAULT_POLICY`, a policy from `parsePolicy`, `Policy.parse`, `validatePolicies` or one
 * `selectPolicy` checked): anything else is `policy_unchecked` at `path` (an object) or
 * `invalid_type` (not one) — no schema runs here, so classifying ships no zod.
 * @internal
 */
export function checkedPolicy(policy: unknown, path: IssuePath, listed = false): Policy {
  if (policy === undefined && !listed) return DEFAULT_POLICY;
  if (typeof policy !== 'object' || policy === null) {
    fail([issue('invalid_type', path, { expected: 'object', received: jsonTypeOf(policy) })]);
  }
  if (policy === DEFAULT_POLICY) return DEFAULT_POLICY;
  const known = checkedFormOf(policy) as Policy | undefined;
  if (known) return known;
  return fail([issue('policy_unchecked', path, {})]);
}

/** Throw unless an options argument is an object. @internal */
export function requireOptions(options: unknown, name = 'options'): asserts options is object {
  if (typeof options !== 'object' || options === null) {
    fail([issue('invalid_argument', [], { name, rule: 'object' })]);
  }
}

/** The last `asOf` found valid: a batch of single calls passes the same day again and again. */
let lastValidAsOf: PlainDate | undefined;

/** The `asOf` of an options object, checked to be a real date. @internal */
export function checkedAsOf(asOf: unknown): PlainDate {
  if (asOf === lastValidAsOf) return asOf as PlainDate;
  if (!isPlainDate(asOf)) {
    fail([
      typeof asOf === 'string'
        ? issue('invalid_plain_date', ['asOf'], { value: asOf })
        : issue('invalid_type', ['asOf'], { expected: 'string', received: jsonTypeOf(asOf) }),
    ]);
  }
  lastValidAsOf = asOf;
  return asOf;
}

/**
 * A list option of words from a closed list (`incidents`, `majorEvents`), absent or an array of
 * known words: a misspelt one would count as one of its own. The lists are a handful of words.
 * @internal
 */
export function checkKnownWords(values: unknown, name: string, known: readonly string[]): void {
  if (values === undefined) return;
  if (!Array.isArray(values)) {
    fail([issue('invalid_type', [name], { expected: 'array', received: jsonTypeOf(values) })]);
  }
  for (let index = 0; index < values.length; index++) {
    if (!known.includes(values[index])) {
      fail([issue('invalid_value', [name, index], { allowed: known })]);
    }
  }
}

/** A region argument, checked as a division code, with issues at `path`. @internal */
export function checkRegion(region: unknown, path: IssuePath): void {
  try {
    regionLevel(region as never);
  } catch (error) {
    if (!(error instanceof GuanaiError)) throw error;
    fail(prefixIssues(error.issues, path), error);
  }
}
