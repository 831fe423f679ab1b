import { GuanaiError, type IssuePath, issue } from '../errors/index.js';
import { ELDER_SHAPE } from './elderShape.js';
import { shapeIssue } from './shapeIssue.js';

/**
 * The error to throw when a classifier's fast path failed on an elder it trusted (typed, not
 * parsed): the first field of the elder whose JSON type is wrong for the `Elder` schema (with
 * `prefix` before its path), found by a table walked only now, without the schema or zod; or,
 * when every field it knows is of the right type, the failure itself if it is a
 * {@link GuanaiError}, else `invalid_argument` (rule `object`) at `prefix` with the raw failure
 * as `cause`. An error of another class than `TypeError`,
 * `RangeError` or {@link GuanaiError} (the caller's own getter, say) passes unchanged.
 * @internal
 */
export function diagnoseElder(
  error: unknown,
  elder: unknown,
  name: string,
  prefix: IssuePath = [],
): unknown {
  const ours =
    error instanceof TypeError || error instanceof RangeError || error instanceof GuanaiError;
  if (!ours) return error;
  const found = shapeIssue(elder, ELDER_SHAPE, prefix);
  if (found) return new GuanaiError([found], { cause: error });
  // Already coded (a date past the calendar's range, say): that error, as the schema path did.
  if (error instanceof GuanaiError) return error;
  return new GuanaiError([issue('invalid_argument', prefix, { name, rule: 'object' })], {
    cause: error,
  });
}
