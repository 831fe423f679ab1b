import * as z from 'zod';

/** What `runChecks` gives when a check reported an issue (or went async): zod's to judge. @internal */
export const NOT_PASSED: unique symbol = Symbol('not passed');

/** The parts of a zod check's internals read here (zod 4's public `_zod.def`). @internal */
export interface Check {
  readonly _zod: {
    readonly def: {
      readonly check?: string;
      readonly when?: (payload: Payload) => boolean;
      readonly minimum?: unknown;
      readonly maximum?: unknown;
      readonly value?: unknown;
      readonly inclusive?: boolean;
      readonly format?: string;
      readonly tx?: (value: unknown) => unknown;
    };
    check(payload: Payload): unknown;
  };
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/**
 * One check, compiled once: a direct test that passes only values zod's check passes too
 * (a text at least twice the minimum in UTF-16 units has enough code points; a safe integer
 * is an integer in range; ...), else the check itself, run by zod as before.
 */
interface Step {
  readonly kind: number;
  readonly limit: number;
  readonly check: Check;
}

/**
 * Step kinds: a direct test, or zod's own check (`BY_ZOD`). `MIN_UNITS`'s limit is twice the
 * minimum, in UTF-16 units (see {@link Step}); the others' is the check's own bound.
 */
const BY_ZOD = 0;
const MIN_UNITS = 1;
const MAX_UNITS = 2;
const SAFE_INT = 3;
const AT_LEAST = 4;
const ABOVE = 5;
const AT_MOST = 6;
const BELOW = 7;
const OVERWRITE = 8;

/**
 * A schema's checks (refinements) compiled into steps for `runChecks`: zod's length, number
 * range, integer and overwrite (trim) checks become direct comparisons; any other check, or
 * one with its own `when`, stays zod's.
 * @example
 * ```ts
 * const steps = compileChecks(z.string().trim().min(1)._zod.def.checks ?? []);
 * runChecks(steps, ' 张三 '); // '张三'
 * ```
 * @internal
 */
export function compileChecks(checks: readonly Check[]): readonly Step[] {
  return checks.map((check) => ({ check, ...directTest(check._zod.def) }));
}

function directTest(def: Check['_zod']['def']): { kind: number; limit: number } {
  const zods = { kind: BY_ZOD, limit: 0 };
  const { check, minimum, maximum, value, inclusive } = def;
  if (check === 'min_length' || check === 'max_length') {
    // Only under zod's default `when` (the value has a length): a custom one must be asked.
    if (def.when !== lengthWhen() || typeof (minimum ?? maximum) !== 'number') return zods;
    return check === 'min_length'
      ? { kind: MIN_UNITS, limit: 2 * (minimum as number) }
      : { kind: MAX_UNITS, limit: maximum as number };
  }
  if (def.when !== undefined) return zods;
  if (check === 'number_format' && def.format === 'safeint') return { kind: SAFE_INT, limit: 0 };
  if (check === 'overwrite' && typeof def.tx === 'function') return { kind: OVERWRITE, limit: 0 };
  if (typeof value !== 'number') return zods;
  if (check === 'greater_than') return { kind: inclusive ? AT_LEAST : ABOVE, limit: value };
  if (check === 'less_than') return { kind: inclusive ? AT_MOST : BELOW, limit: value };
  return zods;
}

/** Zod's default `when` of its length checks, found once from a check of its own. */
let defaultLengthWhen: unknown;
function lengthWhen(): unknown {
  defaultLengthWhen ??= (z.string().min(1)._zod.def.checks?.[0] as unknown as Check | undefined)
    ?._zod.def.when;
  return defaultLengthWhen;
}

/**
 * The output of a schema's compiled checks on `value`, as zod runs them when nothing fails
 * (an overwrite changes the value for the checks after it), or `NOT_PASSED`. A step whose
 * direct test does not pass is run by zod, which then finds it passes after all or reports it.
 * @example
 * ```ts
 * runChecks(compileChecks(z.int().min(0)._zod.def.checks ?? []), -1); // NOT_PASSED
 * ```
 * @internal
 */
export function runChecks(steps: readonly Step[], value: unknown): unknown {
  let current = value;
  for (let s = 0; s < steps.length; s++) {
    const { kind, limit, check } = steps[s] as Step;
    if (kind === OVERWRITE) {
      current = (check._zod.def.tx as (value: unknown) => unknown)(current);
      continue;
    }
    if (passesDirectly(kind, limit, current)) continue;
    current = byCheck(check, current);
    if (current === NOT_PASSED) return NOT_PASSED;
  }
  return current;
}

/** Whether a direct test passes `value` (never for `BY_ZOD`: that step is zod's). */
function passesDirectly(kind: number, limit: number, value: unknown): boolean {
  switch (kind) {
    case MIN_UNITS:
      return typeof value === 'string' && value.length >= limit;
    case MAX_UNITS:
      return typeof value === 'string' && value.length <= limit;
    case SAFE_INT:
      return Number.isSafeInteger(value);
  }
  if (typeof value !== 'number') return false;
  switch (kind) {
    case AT_LEAST:
      return value >= limit;
    case ABOVE:
      return value > limit;
    case AT_MOST:
      return value <= limit;
    case BELOW:
      return value < limit;
  }
  return false;
}

/** One check run by zod on a value: the value it leaves, or `NOT_PASSED` on any issue. */
function byCheck(check: Check, value: unknown): unknown {
  // One payload reused while no check is running (most strings of every record have checks:
  // a payload and its issues list each time were a tenth of the read's garbage); a check that
  // runs a check again gets a fresh one.
  const payload: Payload = spare ?? { value, issues: [] };
  spare = undefined;
  payload.value = value;
  try {
    const { def } = check._zod;
    if (def.when && !def.when(payload)) return value;
    if (check._zod.check(payload) instanceof Promise || payload.issues.length > 0)
      return NOT_PASSED;
    return payload.value;
  } finally {
    // A payload that got issues may be held by them: it is left to the garbage collector.
    if (payload.issues.length === 0) {
      payload.value = undefined;
      spare = payload;
    }
  }
}

/** The payload `byCheck` reuses, while it is not in use. */
let spare: Payload | undefined;
