/**
 * The recorded statuses a policy may count as 经济困难 (spec §1.11), as the
 * `EconomicHardshipStatus` schema reads them: the one list both the schema and the zod-free
 * rules use.
 *
 * @example
 * ```ts
 * ECONOMIC_HARDSHIP_STATUSES.includes('threeNo'); // true
 * ```
 * @category Policies
 */
export const ECONOMIC_HARDSHIP_STATUSES = [
  'minimumLivingAllowance',
  'extremeHardship',
  'fiveGuarantee',
  'threeNo',
  'povertyRegistered',
  'povertyMonitoring',
  'otherHardship',
] as const;
