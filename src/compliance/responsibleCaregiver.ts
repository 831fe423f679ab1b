import {
  type CaregiverId,
  type Pairing,
  type PlainDate,
  pairingMembersOn,
} from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import type { DutyTable } from './dutyTable.js';

/**
 * Who answers for a planned visit. A caregiver the plan names. For a duty's visit (包保 and the
 * like, see `dutyOfVisit`), the holder: the primary, on the day the visit is due, of the elder's
 * pairing that carries that duty — never another duty's pairing. For any other visit, the
 * primary of the elder's general pairing (one with no duty) in force that day. Built once over
 * the pairings, asked per visit in O(1) for an elder's few pairings.
 * @internal
 */
export function responsibility(pairings: readonly Pairing[] = [], table?: DutyTable) {
  const byElder = new Map<string, Pairing[]>();
  for (const pairing of pairings) {
    const list = byElder.get(pairing.elderId);
    if (list) list.push(pairing);
    else byElder.set(pairing.elderId, [pairing]);
  }
  const pairingOf = (occurrence: Occurrence): Pairing | undefined => {
    const duty = table?.dutyOf(occurrence)?.key;
    return (byElder.get(occurrence.subject) ?? []).find(
      (p) => p.duty === duty && inForce(p, occurrence.due),
    );
  };
  const caregiverOf = (occurrence: Occurrence): CaregiverId | undefined => {
    if ('caregiverId' in occurrence.who) return occurrence.who.caregiverId;
    return primaryOf(pairingOf(occurrence), occurrence.due);
  };
  return { pairingOf, caregiverOf };
}

/** Whether a pairing is in force on `day`: not ended, and `day` inside its span. @internal */
export function inForce(pairing: Pairing, day: PlainDate): boolean {
  return (
    pairing.status !== 'ended' &&
    pairing.validFrom <= day &&
    (pairing.validTo === undefined || day <= pairing.validTo)
  );
}

/** The pairing's primary member on `day`, if any. @internal */
export function primaryOf(pairing: Pairing | undefined, day: PlainDate): CaregiverId | undefined {
  return pairing
    ? pairingMembersOn(pairing, day).find((m) => m.role === 'primary')?.caregiverId
    : undefined;
}
