/**
 * Why something could not be placed, one union for the assignment solver, pairing, duty
 * holding and visit planning: no coordinates for the elder (`noLocation`), no candidate within
 * reach and service area (`noCandidate`), no candidate with room left (`noCapacity`); for a
 * visit, no caregiver for the elder (`noCaregiver`), no holder of the duty the visit belongs to
 * (`noHolder`), no day in its window when the caregiver works (`noAvailableDay`), or every such
 * day already full (`noCapacity`). Each result's `unplaced` says which of these it can give.
 * @example
 * ```ts
 * const why: UnplacedReason = plan.unplaced[0]?.reason ?? 'noCapacity';
 * ```
 * @category Pairings
 */
export type UnplacedReason =
  | 'noLocation'
  | 'noCandidate'
  | 'noCapacity'
  | 'noCaregiver'
  | 'noHolder'
  | 'noAvailableDay';

/**
 * The reasons {@link pairElders} and {@link assignDuties} can leave an elder or subject out:
 * no coordinates, no caregiver within reach and service area, or none with room left.
 * @category Pairings
 */
export type PairingUnplacedReason = Extract<
  UnplacedReason,
  'noLocation' | 'noCandidate' | 'noCapacity'
>;
