/**
 * The GB/T 42195-2022 ability levels, from intact to total loss, as the `AbilityLevel` schema
 * reads them: the one list both the schema and the zod-free rules use.
 *
 * @example
 * ```ts
 * ABILITY_LEVELS.indexOf('severe') > ABILITY_LEVELS.indexOf('mild'); // true
 * ```
 * @category Health
 */
export const ABILITY_LEVELS = ['intact', 'mild', 'moderate', 'severe', 'total'] as const;
