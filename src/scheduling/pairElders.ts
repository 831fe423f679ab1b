import {
  type Caregiver,
  type CaregiverId,
  type CaregiverRole,
  type Coordinates,
  type Elder,
  type ElderId,
  type Pairing,
  type PlainDate,
  pairingMembersOn,
} from '../models/index.js';
import type { Candidate } from './assignmentProblem.js';
import { haversineKm, nearest } from './distance.js';
import { solveAssignment } from './solveAssignment.js';

/**
 * How {@link pairElders} pairs (spec §4): who may be paired, how near, how much an existing pair
 * is worth keeping, and who gets a second caregiver.
 * @category Scheduling
 */
export interface PairingPolicy {
  /** Roles that may take an elder (default: every role but the family's entrusted carer). */
  readonly roles?: readonly CaregiverRole[];
  /** Candidate caregivers per elder, nearest first (default 20). */
  readonly candidatesPerElder?: number;
  /** Farthest a caregiver may live from the elder, in km (default: no limit). */
  readonly maxDistanceKm?: number;
  /**
   * Continuity: an existing pair is kept unless another caregiver is nearer by more than this
   * many km (default 2), or the pair no longer fits.
   */
  readonly keepWithinKm?: number;
  /** Priority elders (重点对象, 随时跟踪): placed first and given a second caregiver. */
  readonly priority?: (elder: Elder) => boolean;
  /** Give priority elders a second caregiver as `partner` (default true: 「多对一」). */
  readonly partnerForPriority?: boolean;
  /** Travel cost in km between an elder and a caregiver, when the app has better than a straight line. */
  readonly distanceKm?: (elder: Elder, caregiver: Caregiver) => number;
}

/**
 * What {@link pairElders} did to one elder's pairing, judged by the primary caregiver: `kept`
 * (same primary; a partner may change), `changed` (another primary), `added` (no pairing before).
 * @category Scheduling
 */
export type PairingChange = 'kept' | 'added' | 'changed';

/**
 * The result of {@link pairElders}.
 * @category Scheduling
 */
export interface PairingPlan {
  /** One active pairing per placed elder: kept pairings keep their id and start. */
  readonly pairings: readonly Pairing[];
  readonly changes: readonly { readonly elderId: ElderId; readonly change: PairingChange }[];
  /**
   * Existing pairings of these elders that this plan ends: their elder changed primary
   * caregiver, or could not be placed (no location, no caregiver in reach, no capacity).
   */
  readonly ended: readonly Pairing['id'][];
  readonly unassigned: readonly {
    readonly elderId: ElderId;
    readonly reason: 'noLocation' | 'noCandidate' | 'noCapacity';
  }[];
  readonly stats: {
    readonly elders: number;
    readonly placed: number;
    readonly withPartner: number;
    readonly totalKm: number;
    readonly meanKm: number;
    readonly maxKm: number;
    /** The most elders one caregiver holds, and the mean over caregivers holding any. */
    readonly maxLoad: number;
    readonly meanLoad: number;
    /** The primary assignment is the exact optimum of its min-cost flow. */
    readonly optimal: boolean;
  };
}

/** The caregivers who may serve on `asOf` in one of `roles`. */
function serving(
  caregivers: readonly Caregiver[],
  asOf: PlainDate,
  roles?: readonly CaregiverRole[],
) {
  return caregivers.filter(
    (c) =>
      (!c.activeFrom || c.activeFrom <= asOf) &&
      (!c.activeTo || c.activeTo >= asOf) &&
      c.home.coordinates !== undefined &&
      // The family's entrusted carer looks after their own elder, not the village's.
      c.roles.some((role) => (roles ? roles.includes(role) : role !== 'familyEntrustedCarer')),
  );
}

/**
 * Pair elders with caregivers (结对帮扶, 包保; spec §4): each placed elder gets a primary
 * caregiver among the nearest (就近就便), within each caregiver's capacity in elders, at the least
 * total distance — exactly, as a min-cost flow — with priority elders placed first and, by
 * default, given a nearby second caregiver as partner (「多对一」). Existing active pairings are
 * kept unless another caregiver is nearer by more than `keepWithinKm` or the pair no longer fits;
 * the plan lists what changed. Elders without coordinates, or with no caregiver in reach, come
 * back in `unassigned` with the reason.
 *
 * @example
 * ```ts
 * const plan = pairElders({ elders, caregivers, existing: pairings, asOf: plainDate('2026-03-01') });
 * plan.stats.meanKm;  // mean distance from elder to primary caregiver
 * plan.changes.filter((c) => c.change === 'changed').length;
 * ```
 * @category Scheduling
 */
export function pairElders(
  input: {
    readonly elders: readonly Elder[];
    readonly caregivers: readonly Caregiver[];
    readonly existing?: readonly Pairing[];
    readonly asOf: PlainDate;
  },
  policy: PairingPolicy = {},
): PairingPlan {
  const { elders, asOf } = input;
  const caregivers = serving(input.caregivers, asOf, policy.roles);
  const k = policy.candidatesPerElder ?? 20;
  const keep = policy.keepWithinKm ?? 2;
  const isPriority = policy.priority ?? (() => false);
  const distance =
    policy.distanceKm ??
    ((elder: Elder, caregiver: Caregiver) =>
      haversineKm(
        elder.residence.coordinates as Coordinates,
        caregiver.home.coordinates as Coordinates,
      ));

  // The current primary of each elder's active pairing, to keep when it still fits.
  const current = new Map<
    ElderId,
    { pairing: Pairing; primary: CaregiverId; partner: CaregiverId | undefined }
  >();
  for (const pairing of input.existing ?? []) {
    if (pairing.status !== 'active') continue;
    const members = pairingMembersOn(pairing, asOf);
    const primary = members.find((m) => m.role === 'primary');
    const partner = members.find((m) => m.role === 'partner')?.caregiverId;
    if (primary) current.set(pairing.elderId, { pairing, primary: primary.caregiverId, partner });
  }
  const caregiverIndex = new Map(caregivers.map((c, i) => [c.id, i]));
  const located = elders.filter((e) => e.residence.coordinates !== undefined);
  const near = nearest(
    caregivers.map((c) => c.home.coordinates as Coordinates),
    located.map((e) => e.residence.coordinates as Coordinates),
    k,
  );
  // A priority elder is worth more than any distance: leaving one out costs more than any other.
  const priorityBonus = 1e4;
  const candidates: Candidate[] = [];
  const kmOf = new Map<string, number>();
  located.forEach((elder, e) => {
    const options = new Map<number, number>();
    for (const { index } of near[e] ?? [])
      options.set(index, distance(elder, caregivers[index] as Caregiver));
    const kept = current.get(elder.id);
    const keptIndex = kept ? caregiverIndex.get(kept.primary) : undefined;
    if (keptIndex !== undefined && !options.has(keptIndex))
      options.set(keptIndex, distance(elder, caregivers[keptIndex] as Caregiver));
    for (const [index, km] of options) {
      if (policy.maxDistanceKm !== undefined && km > policy.maxDistanceKm) continue;
      const caregiver = caregivers[index] as Caregiver;
      kmOf.set(`${elder.id}/${caregiver.id}`, km);
      const continuity = index === keptIndex ? keep : 0;
      candidates.push({
        agent: caregiver.id,
        job: elder.id,
        cost: km - continuity - (isPriority(elder) ? priorityBonus : 0),
      });
    }
  });
  const primary = solveAssignment({
    agents: caregivers.map((c) => ({ id: c.id, capacity: c.capacity.elders })),
    jobs: located.map((e) => ({ id: e.id })),
    candidates,
  });
  const primaryOf = new Map(
    primary.assignments.map((a) => [a.job as ElderId, a.agent as CaregiverId]),
  );

  // A partner for each placed priority elder, from the capacity left.
  const partnerOf = new Map<ElderId, CaregiverId>();
  if (policy.partnerForPriority ?? true) {
    const left = new Map(caregivers.map((c) => [c.id, c.capacity.elders]));
    for (const caregiverId of primaryOf.values())
      left.set(caregiverId, (left.get(caregiverId) ?? 0) - 1);
    const wanting = new Set(
      located.filter((e) => isPriority(e) && primaryOf.has(e.id)).map((e) => e.id),
    );
    const partners = solveAssignment({
      agents: caregivers.map((c) => ({ id: c.id, capacity: Math.max(0, left.get(c.id) ?? 0) })),
      jobs: [...wanting].map((id) => ({ id })),
      // Nearest first again, and a partner already on the team is worth keeping too.
      candidates: candidates
        .filter((c) => wanting.has(c.job as ElderId) && primaryOf.get(c.job as ElderId) !== c.agent)
        .map((c) => {
          const km = kmOf.get(`${c.job}/${c.agent}`) ?? 0;
          const partnerBefore = current.get(c.job as ElderId)?.partner;
          return { ...c, cost: km - (partnerBefore === c.agent ? keep : 0) };
        }),
    });
    for (const a of partners.assignments) partnerOf.set(a.job as ElderId, a.agent as CaregiverId);
  }

  const pairings: Pairing[] = [];
  const changes: { elderId: ElderId; change: PairingChange }[] = [];
  const ended: Pairing['id'][] = [];
  let totalKm = 0;
  let maxKm = 0;
  const loads = new Map<CaregiverId, number>();
  for (const elder of located) {
    const caregiverId = primaryOf.get(elder.id);
    const kept = current.get(elder.id);
    if (!caregiverId) {
      if (kept) ended.push(kept.pairing.id);
      continue;
    }
    const km = kmOf.get(`${elder.id}/${caregiverId}`) ?? 0;
    totalKm += km;
    maxKm = Math.max(maxKm, km);
    loads.set(caregiverId, (loads.get(caregiverId) ?? 0) + 1);
    const partner = partnerOf.get(elder.id);
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
      pattern: partner ? 'manyForOne' : 'oneToOne',
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
  // Elders without a location cannot be placed; their pairings end with the others'.
  for (const elder of elders)
    if (elder.residence.coordinates === undefined) {
      const kept = current.get(elder.id);
      if (kept) ended.push(kept.pairing.id);
    }
  const unplaced = new Map(primary.unassigned.map((u) => [u.job, u.reason]));
  const unassigned = elders
    .filter((e) => !primaryOf.has(e.id))
    .map((e) => ({
      elderId: e.id,
      reason:
        e.residence.coordinates === undefined
          ? ('noLocation' as const)
          : (unplaced.get(e.id) ?? 'noCandidate'),
    }));
  const placed = pairings.length;
  const loadValues = [...loads.values()];
  return {
    pairings,
    changes,
    ended,
    unassigned,
    stats: {
      elders: elders.length,
      placed,
      withPartner: partnerOf.size,
      totalKm,
      meanKm: placed > 0 ? totalKm / placed : 0,
      maxKm,
      maxLoad: loadValues.reduce((a, b) => Math.max(a, b), 0),
      meanLoad: loadValues.length > 0 ? placed / loadValues.length : 0,
      optimal: primary.optimal,
    },
  };
}
