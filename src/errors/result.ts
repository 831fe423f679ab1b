import type { Issue } from './issue.js';

/**
 * The outcome of `safeParse(schema, input)` (and the `safeParse…` helpers of the models): the
 * value, or every issue found.
 *
 * @example
 * ```ts
 * const result: Result<Elder> = safeParse(Elder, row);
 * if (result.ok) console.log(result.value.name);
 * else console.log(result.issues.map((i) => i.code));
 * ```
 * @category Errors
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };
