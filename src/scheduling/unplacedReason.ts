/**
 * Why pairing (`pairElders`, `assignDuties`) could not place an elder: no coordinates, no caregiver within reach
 * and service area, or no caregiver in reach with room left.
 * @category Pairings
 */
export type PairingUnplacedReason = 'noLocation' | 'noCandidate' | 'noCapacity';
