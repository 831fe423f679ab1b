import type * as z from 'zod';
import { diagnoseFailure } from '../_lib/diagnoseFailure.js';
import type { IssuePath } from '../errors/index.js';
import { safeParse } from '../models/index.js';

/**
 * The error to throw when a fast path failed on a record it trusted: the record's issues
 * against its schema (with `prefix` before each path), or — when the record is valid and the
 * failure was already a {@link errors!GuanaiError} — that error; `invalid_argument` (rule
 * `object`) for a raw failure on a valid record, which should not happen. An error of any
 * other class (thrown by the caller's own getter, say) is the caller's and passes unchanged.
 * For the batch boundaries (a ledger, a child record); `classifyElder` diagnoses without zod.
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
