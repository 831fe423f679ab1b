import type { CaregiverId, Elder, ElderId } from '../models/index.js';
import { pairingCandidates } from './pairingCandidates.js';
import type { PairingContext } from './pairingContext.js';
import type { PairingRoom } from './pairingRoom.js';

/**
 * A partner for each placed elder who wants one, from the room left, never the elder's own
 * primary; returns who wanted one and who got whom.
 * @internal
 */
export function placePartners(
  context: PairingContext,
  room: PairingRoom,
  primaryOf: ReadonlyMap<ElderId, CaregiverId>,
): { readonly wanting: readonly Elder[]; readonly partnerOf: ReadonlyMap<ElderId, CaregiverId> } {
  const { located, current, caregivers } = context;
  const partnerOf = new Map<ElderId, CaregiverId>();
  const wanting = located.filter((e) => primaryOf.has(e.id) && context.wantsPartner(e));
  if (wanting.length > 0) {
    const { chosen } = room.assign(
      wanting,
      pairingCandidates(context, wanting, context.partnerRoles, (e) => current.get(e.id)?.partner),
      'partner',
      (elder, index, km) => (caregivers[index]?.id === primaryOf.get(elder.id) ? undefined : km),
    );
    for (const [elderId, caregiverId] of chosen) partnerOf.set(elderId, caregiverId);
  }
  return { wanting, partnerOf };
}
