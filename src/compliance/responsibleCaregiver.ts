import { type CaregiverId, type Pairing, pairingMembersOn } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';

/**
 * Who answers for a planned visit: a caregiver the plan names, else the primary of the
 * elder's pairing in force on the day it is due. Built once over the pairings, asked per visit.
 * @internal
 */
export function responsibility(pairings: readonly Pairing[] = []) {
  const byElder = new Map<string, Pairing[]>();
  for (const pairing of pairings) {
    const list = byElder.get(pairing.elderId);
    if (list) list.push(pairing);
    else byElder.set(pairing.elderId, [pairing]);
  }
  const pairingOf = (occurrence: Occurrence): Pairing | undefined =>
    (byElder.get(occurrence.subject) ?? []).find(
      (p) =>
        p.status !== 'ended' &&
        p.validFrom <= occurrence.due &&
        (p.validTo === undefined || occurrence.due <= p.validTo),
    );
  const caregiverOf = (occurrence: Occurrence): CaregiverId | undefined => {
    if ('caregiverId' in occurrence.who) return occurrence.who.caregiverId;
    const pairing = pairingOf(occurrence);
    return pairing
      ? pairingMembersOn(pairing, occurrence.due).find((m) => m.role === 'primary')?.caregiverId
      : undefined;
  };
  return { pairingOf, caregiverOf };
}
