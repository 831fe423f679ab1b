/**
 * The label for `key`, or the key itself when the table has none (a code from a newer
 * version, or free text passed through an issue parameter).
 * @internal
 */
export function labelOr(table: Readonly<Record<string, string>>, key: string): string {
  // Own keys only: `toString` or `constructor` must not find Object.prototype's.
  return (Object.hasOwn(table, key) ? table[key] : undefined) ?? key;
}
