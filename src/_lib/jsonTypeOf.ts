/**
 * The JSON type of a value for `invalid_type`'s `received` (never the value itself, which may be
 * personal data): `null`, `array`, `NaN`, `Infinity` or the `typeof`.
 * @internal
 */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? 'NaN' : 'Infinity';
  return typeof value;
}
