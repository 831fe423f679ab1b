import * as z from 'zod';

/**
 * An enum of `values` that also reads the deprecated `aliases` (stored policies) and gives the
 * current value for them. The input type admits the aliases; the parsed type does not.
 * @internal
 */
export function choiceWithAliases<const V extends string, const A extends string>(
  values: readonly [V, ...V[]],
  aliases: Readonly<Record<A, V>>,
) {
  const renamed: Readonly<Record<string, V>> = aliases;
  const accepted = [...values, ...(Object.keys(aliases) as A[])] as [V | A, ...(V | A)[]];
  return z.enum(accepted).transform((value): V => renamed[value] ?? (value as V));
}
