import { GuanaiError, type IssuePath, issue, prefixIssues, type Result } from '../errors/index.js';

/**
 * The error to throw when a fast path failed on a value it trusted: the value's issues from
 * `check` (its schema, with `prefix` before each path); the error itself when the value is valid
 * and the error is a {@link GuanaiError}; `invalid_argument` (rule `object`) for a raw failure
 * on a valid value. An error of another class (the caller's own getter) passes unchanged.
 * @internal
 */
export function diagnoseFailure(
  error: unknown,
  check: () => Result<unknown>,
  name: string,
  prefix: IssuePath = [],
): unknown {
  const ours =
    error instanceof TypeError || error instanceof RangeError || error instanceof GuanaiError;
  if (!ours) return error;
  const result = check();
  if (!result.ok) return new GuanaiError(prefixIssues(result.issues, prefix), { cause: error });
  if (error instanceof GuanaiError) return error;
  return new GuanaiError([issue('invalid_argument', prefix, { name, rule: 'object' })], {
    cause: error,
  });
}
