import type * as z from 'zod';
import { diagnoseFailure } from '../_lib/diagnoseFailure.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type Issue, type IssuePath, issue, prefixIssues } from '../errors/index.js';
import { isPlainDate, type PlainDate, regionLevel, safeParse } from '../models/index.js';
import { IncidentKind } from './incident.js';
import { DEFAULT_POLICY, Policy } from './policy.js';

/**
 * Each policy object seen, mapped to its checked form: a policy is checked against the schema
 * once, the first time it is used, so the hot paths pay a map lookup, not a parse.
 */
const checkedPolicies = /* @__PURE__ */ new WeakMap<object, Policy>([
  [DEFAULT_POLICY, DEFAULT_POLICY],
]);
const INCIDENT_KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(IncidentKind.options);

function fail(issues: readonly Issue[], cause?: unknown): never {
  throw new GuanaiError(issues, cause === undefined ? {} : { cause });
}

/**
 * The checked form of a policy argument (the default when absent, unless `listed`: an entry of a
 * list of policies must be there), or a thrown {@link GuanaiError} with the schema's issues
 * under `path`.
 * @internal
 */
export function checkedPolicy(policy: unknown, path: IssuePath, listed = false): Policy {
  if (policy === undefined && !listed) return DEFAULT_POLICY;
  if (typeof policy !== 'object' || policy === null) {
    fail([issue('invalid_type', path, { expected: 'object', received: jsonTypeOf(policy) })]);
  }
  const known = checkedPolicies.get(policy);
  if (known) return known;
  const result = safeParse(Policy, policy);
  if (!result.ok) fail(prefixIssues(result.issues, path));
  checkedPolicies.set(policy, result.value);
  return result.value;
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

/** Incidents must be a list of known kinds: a misspelt one would count as a trigger. @internal */
export function checkIncidents(incidents: unknown): void {
  if (incidents === undefined) return;
  if (!Array.isArray(incidents)) {
    fail([
      issue('invalid_type', ['incidents'], {
        expected: 'array',
        received: jsonTypeOf(incidents),
      }),
    ]);
  }
  for (let index = 0; index < incidents.length; index++) {
    if (!INCIDENT_KINDS.has(incidents[index])) {
      fail([issue('invalid_value', ['incidents', index], { allowed: IncidentKind.options })]);
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

/**
 * The error to throw when a classifier's fast path failed on a record it trusted: the record's
 * issues against its schema (with `prefix` before each path), or — when the record is valid
 * and the failure was already a {@link GuanaiError} — that error; `invalid_argument` (rule
 * `object`) for a raw failure on a valid record, which should not happen. An error of any
 * other class (thrown by the caller's own getter, say) is the caller's and passes unchanged.
 * @internal
 */
export function diagnosed(
  error: unknown,
  schema: z.ZodType,
  record: unknown,
  name: string,
  prefix: IssuePath = [],
): unknown {
  return diagnoseFailure(error, () => safeParse(schema, record), name, prefix);
}
