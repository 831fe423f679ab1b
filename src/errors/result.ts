import type { Issue } from './issue.js';

/**
 * The outcome of a `safeParseX` call: the value, or every issue found.
 *
 * @example
 * ```ts
 * const result = safeParseElder(row);
 * if (result.ok) use(result.value);
 * else console.log(result.issues.map((i) => i.code));
 * ```
 * @category Errors
 */
export type Result<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };
