/**
 * Entry checks of a function's arguments: O(1) each, so hot paths can afford them. Each check
 * returns the issue it finds (or nothing) and {@link throwIssues} throws them together, so a
 * caller learns every bad argument at once. Paths start at the argument's or option's name.
 * @internal
 * @module
 */
import { type ArgumentRule, GuanaiError, type Issue, issue } from '../errors/index.js';
import { parseCivil } from './civilDate.js';

type Path = readonly (string | number)[];

/** Where the value sits (default: `[name]`), and whether it may be left out. */
export interface ArgumentWhere {
  readonly path?: Path;
  readonly optional?: boolean;
}

function argumentIssue(name: string, rule: ArgumentRule, where: ArgumentWhere): Issue {
  return issue('invalid_argument', [...(where.path ?? [name])], { name, rule });
}

/** Throw one {@link GuanaiError} with every issue found, if any. */
export function throwIssues(found: readonly (Issue | undefined)[]): void {
  const issues = found.filter((item): item is Issue => item !== undefined);
  if (issues.length > 0) throw new GuanaiError(issues);
}

/** An object (not null, not a list). */
export function objectIssue(value: unknown, name: string, where: ArgumentWhere = {}) {
  if (value === undefined && where.optional) return undefined;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? undefined
    : argumentIssue(name, 'object', where);
}

/** A list. */
export function arrayIssue(value: unknown, name: string, where: ArgumentWhere = {}) {
  if (value === undefined && where.optional) return undefined;
  return Array.isArray(value) ? undefined : argumentIssue(name, 'array', where);
}

/** Something a `for … of` can walk (a list, a set, a generator). */
export function iterableIssue(value: unknown, name: string, where: ArgumentWhere = {}) {
  if (value === undefined && where.optional) return undefined;
  const iterable =
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { [Symbol.iterator]?: unknown })[Symbol.iterator] === 'function';
  return iterable ? undefined : argumentIssue(name, 'array', where);
}

/** A set-like value with a `has` method (a `Set`, a `Map`). */
export function setIssue(value: unknown, name: string, where: ArgumentWhere = {}) {
  if (value === undefined && where.optional) return undefined;
  return typeof (value as { has?: unknown } | null)?.has === 'function'
    ? undefined
    : argumentIssue(name, 'object', where);
}

/** A function (a callback option). */
export function functionIssue(value: unknown, name: string, where: ArgumentWhere = {}) {
  if (value === undefined && where.optional) return undefined;
  if (typeof value === 'function') return undefined;
  const received = value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
  return issue('invalid_type', [...(where.path ?? [name])], { expected: 'function', received });
}

/** A real civil date `YYYY-MM-DD` (rule `plainDate`). */
export function plainDateIssue(value: unknown, name: string, where: ArgumentWhere = {}) {
  if (value === undefined && where.optional) return undefined;
  return typeof value === 'string' && parseCivil(value) !== undefined
    ? undefined
    : argumentIssue(name, 'plainDate', where);
}

/** A safe integer at least 0, or at least 1 when `positive` (and at most `maximum`). */
export function countIssue(
  value: unknown,
  name: string,
  where: ArgumentWhere & { readonly positive?: boolean; readonly maximum?: number } = {},
) {
  if (value === undefined && where.optional) return undefined;
  const least = where.positive ? 1 : 0;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least)
    return argumentIssue(name, where.positive ? 'positiveInteger' : 'nonNegativeInteger', where);
  if (where.maximum !== undefined && value > where.maximum)
    return issue('too_big', [...(where.path ?? [name])], {
      origin: 'number',
      maximum: where.maximum,
      inclusive: true,
    });
  return undefined;
}

/** A safe integer of any sign (a seed). */
export function integerIssue(value: unknown, name: string, where: ArgumentWhere = {}) {
  if (value === undefined && where.optional) return undefined;
  return typeof value === 'number' && Number.isSafeInteger(value)
    ? undefined
    : argumentIssue(name, 'integer', where);
}

/**
 * A number, finite unless `infinite` allows +Infinity (a "no limit"), within `minimum` and
 * `maximum` when given (`too_small`, `too_big`).
 */
export function numberIssue(
  value: unknown,
  name: string,
  where: ArgumentWhere & {
    readonly minimum?: number;
    readonly maximum?: number;
    readonly infinite?: boolean;
  } = {},
) {
  if (value === undefined && where.optional) return undefined;
  const ok =
    typeof value === 'number' &&
    (Number.isFinite(value) || (where.infinite === true && value === Number.POSITIVE_INFINITY));
  if (!ok) return argumentIssue(name, 'finiteNumber', where);
  const path = [...(where.path ?? [name])];
  if (where.minimum !== undefined && value < where.minimum)
    return issue('too_small', path, { origin: 'number', minimum: where.minimum, inclusive: true });
  if (where.maximum !== undefined && value > where.maximum)
    return issue('too_big', path, { origin: 'number', maximum: where.maximum, inclusive: true });
  return undefined;
}

/**
 * Run the fast path; if it throws anything but a {@link GuanaiError} (a TypeError from a
 * malformed element the entry checks do not look into), `diagnose` the input — slow, but only
 * on that path — and throw what it finds. A failure it cannot explain is `unreachable`, with
 * the raw error as the cause, so no raw error ever leaves the library.
 */
export function diagnosed<T>(what: string, run: () => T, diagnose: () => Issue | undefined): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof GuanaiError) throw error;
    const found = safely(diagnose);
    throw new GuanaiError([found ?? issue('unreachable', [], { what })], { cause: error });
  }
}

function safely(diagnose: () => Issue | undefined): Issue | undefined {
  try {
    return diagnose();
  } catch {
    return undefined;
  }
}

/** What a field of a list's element must be, for {@link elementsIssue}; `?` when it may be absent. */
export type FieldKind =
  | 'string'
  | 'number'
  | 'object'
  | 'array'
  | 'string?'
  | 'number?'
  | 'object?'
  | 'array?';

function kindOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;
}

/**
 * The first element of `list` that is not an object with `fields` of their kinds (dotted keys
 * reach inside: `residence.villageCode`), as `invalid_type` at `[name, index, …field]`. For
 * diagnosing, not for the fast path: it reads every element.
 */
export function elementsIssue(
  list: readonly unknown[],
  name: string,
  fields: Readonly<Record<string, FieldKind>>,
): Issue | undefined {
  for (let index = 0; index < list.length; index++) {
    const item = list[index];
    if (kindOf(item) !== 'object')
      return issue('invalid_type', [name, index], { expected: 'object', received: kindOf(item) });
    for (const [key, kind] of Object.entries(fields)) {
      const steps = key.split('.');
      let value: unknown = item;
      for (const step of steps)
        value = kindOf(value) === 'object' ? (value as Record<string, unknown>)[step] : undefined;
      const expected = kind.replace('?', '');
      if (value === undefined && kind.endsWith('?')) continue;
      if (kindOf(value) !== expected || (expected === 'number' && Number.isNaN(value)))
        return issue('invalid_type', [name, index, ...steps], {
          expected,
          received: kindOf(value),
        });
    }
  }
  return undefined;
}
