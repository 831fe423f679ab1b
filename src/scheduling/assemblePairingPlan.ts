import {
  type Caregiver,
  type CaregiverId,
  type CaregiverRole,
  type Elder,
  type ElderId,
  type Pairing,
  pairingMembersOn,
} from '../models/index.js';
import type { PairingContext } from './pairingContext.js';
import type { CaregiverLoad, PairingChange, PairingPlan } from './pairingPolicy.js';
import type { PairingRoom } from './pairingRoom.js';
import type { Primaries } from './placePrimaries.js';
import { ROLE_FACTS } from './roleFacts.js';

/** The pattern a pairing takes from its team (spec §4): a team of two is 「多带一」, else the primary role's. */
function patternOf(primary: Caregiver, roles: readonly CaregiverRole[], partner: boolean) {
  if (partner) return 'manyForOne' as const;
  const role = primary.roles.find((r) => roles.includes(r));
  return role ? ROLE_FACTS[role].pattern : ('oneToOne' as const);
}

/**
 * The plan from the primaries and partners placed: one pairing per placed elder (a kept
 * pairing keeps its id, start and each member's first day), what changed and ended, who was
 * left out and why, each caregiver's load, and the figures.
 * @internal
 */
export function assemblePairingPlan(
  context: PairingContext,
  room: PairingRoom,
  primaries: Primaries,
  partners: {
    readonly wanting: readonly Elder[];
    readonly partnerOf: ReadonlyMap<ElderId, CaregiverId>;
  },
): PairingPlan {
  const { elders, asOf, caregivers, caregiverIndex, current, need } = context;
  const { primaryOf, unplaced, objective, bound, optimal } = primaries;
  const { partnerOf } = partners;
  const pairings: Pairing[] = [];
  const changes: { elderId: ElderId; change: PairingChange }[] = [];
  const ended: Pairing['id'][] = [];
  let totalKm = 0;
  let maxKm = 0;
  const load = caregivers.map(() => ({ primary: 0, partner: 0, visitsPerWeek: 0 }));
  for (const elder of elders) {
    const caregiverId = primaryOf.get(elder.id);
    const kept = current.get(elder.id);
    if (!caregiverId) {
      // Unlocated or unplaced: the elder's pairing ends with the others'.
      if (kept) ended.push(kept.pairing.id);
      continue;
    }
    const km = room.kmOf.get(`${elder.id}/${caregiverId}`) ?? 0;
    totalKm += km;
    maxKm = Math.max(maxKm, km);
    const primaryIndex = caregiverIndex.get(caregiverId) as number;
    const tally = load[primaryIndex] as (typeof load)[number];
    tally.primary += 1;
    tally.visitsPerWeek += need ? need(elder) : 0;
    const partner = partnerOf.get(elder.id);
    if (partner)
      (load[caregiverIndex.get(partner) as number] as (typeof load)[number]).partner += 1;
    const same = kept && kept.primary === caregiverId;
    if (kept && !same) ended.push(kept.pairing.id);
    changes.push({ elderId: elder.id, change: same ? 'kept' : kept ? 'changed' : 'added' });
    // A kept pairing keeps its id, start and each remaining member's own first day.
    const before = same && kept ? pairingMembersOn(kept.pairing, asOf) : [];
    const since = (id: CaregiverId, role: 'primary' | 'partner') =>
      before.find((m) => m.caregiverId === id && m.role === role)?.from ?? asOf;
    pairings.push({
      id: (same && kept ? kept.pairing.id : `P-${elder.id}-${asOf}`) as Pairing['id'],
      elderId: elder.id,
      pattern: patternOf(
        caregivers[primaryIndex] as Caregiver,
        context.roles,
        partner !== undefined,
      ),
      status: 'active',
      validFrom: same && kept ? kept.pairing.validFrom : asOf,
      members: [
        { caregiverId, role: 'primary', from: since(caregiverId, 'primary') },
        ...(partner
          ? [{ caregiverId: partner, role: 'partner' as const, from: since(partner, 'partner') }]
          : []),
      ],
    });
  }
  const unplacedElders = elders
    .filter((e) => !primaryOf.has(e.id))
    .map((e) => ({
      elderId: e.id,
      reason:
        e.residence.coordinates === undefined
          ? ('noLocation' as const)
          : (unplaced.get(e.id) ?? 'noCandidate'),
    }));
  const loads: CaregiverLoad[] = [];
  caregivers.forEach((c, i) => {
    const { primary: count, partner, visitsPerWeek } = load[i] as (typeof load)[number];
    if (count + partner > 0)
      loads.push({
        caregiverId: c.id,
        primary: count,
        partner,
        ...(need ? { visitsPerWeek } : {}),
      });
  });
  const holding = loads.filter((l) => l.primary > 0).length;
  const placed = pairings.length;
  return {
    pairings,
    changes,
    ended,
    unplaced: unplacedElders,
    loads,
    stats: {
      elders: elders.length,
      placed,
      partnersWanted: partners.wanting.length,
      withPartner: partnerOf.size,
      totalKm,
      meanKm: placed > 0 ? totalKm / placed : 0,
      maxKm,
      maxLoad: loads.reduce((most, l) => Math.max(most, l.primary), 0),
      meanLoad: holding > 0 ? placed / holding : 0,
      ...(bound === undefined
        ? {}
        : {
            gap: optimal ? 0 : Math.max(0, objective - bound) / Math.max(1e-9, Math.abs(objective)),
          }),
      optimal,
    },
  };
}
