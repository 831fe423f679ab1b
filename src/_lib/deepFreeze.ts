/** How deep {@link deepFreeze} goes: the data it freezes (a policy) is a few levels deep. */
const MAX_DEPTH = 16;

/**
 * `value` frozen with every plain object and list under it (to a bounded depth), and returned:
 * data the library trusts after one check must not change under it.
 *
 * @example
 * ```ts
 * const policy = deepFreeze({ parameters: { awayReasons: ['migrantWork'] } });
 * Object.isFrozen(policy.parameters.awayReasons); // true
 * ```
 * @internal
 */
export function deepFreeze<T>(value: T, depth = 0): T {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
  for (const key of Object.keys(value)) {
    deepFreeze((value as Record<string, unknown>)[key], depth + 1);
  }
  return Object.freeze(value);
}
