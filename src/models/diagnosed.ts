import type * as z from 'zod';
import { diagnoseFailure } from '../_lib/diagnoseFailure.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type IssuePath, issue } from '../errors/index.js';
import { safeParse } from './validate.js';

/**
 * The error to throw when a helper's fast path failed on a value it trusted: the value's issues
 * against its schema (with `prefix` before each path); the error itself when the value is valid
 * and the error is a {@link GuanaiError}; `invalid_argument` (rule `object`) for a raw failure on
 * a valid value. An error of another class (the caller's own getter) passes unchanged.
 * @internal
 */
export function diagnosed(
  error: unknown,
  schema: z.ZodType,
  value: unknown,
  name: string,
  prefix: IssuePath = [],
): unknown {
  return diagnoseFailure(error, () => safeParse(schema, value), name, prefix);
}

/**
 * Throw `invalid_plain_date` (or `invalid_type`) at `path` unless `date` is a real date
 * string: a malformed one would compare as text and answer silently wrong.
 * @internal
 */
export function requirePlainDateArgument(date: unknown, isDate: boolean, path: IssuePath): void {
  if (isDate) return;
  throw new GuanaiError([
    typeof date === 'string'
      ? issue('invalid_plain_date', path, { value: date })
      : issue('invalid_type', path, { expected: 'string', received: jsonTypeOf(date) }),
  ]);
}
