/**
 * The living arrangements a household may record, as the `LivingArrangement` schema reads them:
 * the one list both the schema and the zod-free rules use.
 *
 * @example
 * ```ts
 * LIVING_ARRANGEMENTS[0]; // 'alone'
 * ```
 * @category Household
 */
export const LIVING_ARRANGEMENTS = [
  'alone',
  'spouseOnly',
  'withGrandchildren',
  'withChildren',
  'withOthers',
  'institution',
] as const;
