/**
 * A value as text for an issue's params, never throwing: a string as it is, anything else
 * by `String`, or by its type when `String` throws (an object without a prototype, one whose
 * `toString` is not a function, a symbol's description aside).
 * @internal
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return String(value);
  } catch {
    return typeof value;
  }
}
