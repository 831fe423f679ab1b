/**
 * The reasons a child may be away from home, as the `AwayReason` schema reads them: the one
 * list both the schema and the zod-free rules use.
 *
 * @example
 * ```ts
 * AWAY_REASONS.includes('migrantWork'); // true
 * ```
 * @category Household
 */
export const AWAY_REASONS = [
  'migrantWork',
  'business',
  'study',
  'military',
  'marriage',
  'medicalTreatment',
  'imprisonment',
  'other',
] as const;
