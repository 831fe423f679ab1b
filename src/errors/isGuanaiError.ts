import { GUANAI_ERROR, type GuanaiError } from './GuanaiError.js';

/**
 * Whether `value` is a {@link GuanaiError} — of this build or of the other one: an app that loads
 * guanai both by `import` and by `require` gets two classes, and `instanceof` fails across them.
 *
 * @example
 * ```ts
 * try {
 *   plainDate('2026-02-30');
 * } catch (error) {
 *   if (isGuanaiError(error)) console.log(error.issues[0]?.code); // 'invalid_plain_date'
 * }
 * ```
 * @category Errors
 */
export function isGuanaiError(value: unknown): value is GuanaiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [GUANAI_ERROR]?: unknown })[GUANAI_ERROR] === true
  );
}
