import { GuanaiError, type Issue, issue } from '../errors/index.js';
import {
  type Caregiver,
  type CaregiverId,
  CaregiverRole,
  type Coordinates,
  type Elder,
  type ElderId,
  type Pairing,
  type PlainDate,
  pairingMembersOn,
} from '../models/index.js';
import type { Candidate } from './assignmentProblem.js';
import { haversineKm, nearest } from './distance.js';
import type {
  CaregiverLoad,
  PairingChange,
  PairingInput,
  PairingPlan,
  PairingPolicy,
} from './pairingPolicy.js';
import { ROLE_FACTS } from './roleFacts.js';
import {
  DEFAULT_SERVICE_AREAS,
  type ServiceArea,
  serviceAreaOf,
  withinServiceArea,
} from './serviceArea.js';
import { solveAssignment } from './solveAssignment.js';

/**
 * Roles the general pairing leaves out unless asked: the family's entrusted carer is the
 * family's, not the programme's; a teacher answers for pupils (spec §3.4 · S18 L515), not elders.
 */
const NOT_PAIRED_BY_DEFAULT: ReadonlySet<CaregiverRole> = new Set([
  'familyEntrustedCarer',
  'teacher',
]);

/** A priority elder is worth more than any distance: leaving one out costs more than any other. */
const PRIORITY_BONUS = 1e4;

/** The pattern a pairing takes from its team (spec §4): a team of two is 「多带一」, else the primary role's. */
function patternOf(primary: Caregiver, roles: readonly CaregiverRole[], partner: boolean) {
  if (partner) return 'manyForOne' as const;
  const role = primary.roles.find((r) => roles.includes(r));
  return role ? ROLE_FACTS[role].pattern : ('oneToOne' as const);
}

/**
 * Each elder's care need, asked once; a need that is not a finite number of at least 0 is a
 * programmer's error, reported for every elder at once with the elder's place in the input.
 */
function checkedNeeds(
  elders: readonly Elder[],
  careNeed: (elder: Elder) => number,
): (elder: Elder) => number {
  const needs = new Map<Elder, number>();
  const issues: Issue[] = [];
  elders.forEach((elder, index) => {
    const weekly = careNeed(elder);
    const path = ['elders', index, 'careNeed'];
    if (typeof weekly !== 'number' || Number.isNaN(weekly))
      issues.push(issue('invalid_type', path, { expected: 'number', received: typeof weekly }));
    else if (!Number.isFinite(weekly))
      issues.push(issue('not_finite', path, { value: String(weekly) }));
    else if (weekly < 0)
      issues.push(issue('too_small', path, { origin: 'number', minimum: 0, inclusive: true }));
    else needs.set(elder, weekly);
  });
  if (issues.length > 0) throw new GuanaiError(issues);
  return (elder) => needs.get(elder) ?? 0;
}

function onLeave(caregiver: Caregiver, asOf: PlainDate): boolean {
  return caregiver.availability.leave.some((range) => range.from <= asOf && asOf <= range.to);
}

/**
 * The pairing itself, on checked arguments: primaries (priority first), room for priority
 * elders, partners, and the plan (see {@link pairElders}).
 * @internal
 */
export function pairCaregivers(input: PairingInput, policy: PairingPolicy): PairingPlan {
  const { elders, asOf } = input;
  const roles =
    policy.roles ?? CaregiverRole.options.filter((role) => !NOT_PAIRED_BY_DEFAULT.has(role));
  const partnerRoles = policy.partnerRoles ?? roles;
  const areas = policy.serviceAreas ?? DEFAULT_SERVICE_AREAS;
  const k = policy.candidatesPerElder ?? 20;
  const keep = policy.keepWithinKm ?? 2;
  const isPriority = policy.priority ?? (() => false);
  const wantsPartner = policy.wantsPartner ?? isPriority;
  const need = policy.careNeed && checkedNeeds(elders, policy.careNeed);
  const distance =
    policy.distanceKm ??
    ((elder: Elder, caregiver: Caregiver) =>
      haversineKm(
        elder.residence.coordinates as Coordinates,
        caregiver.home.coordinates as Coordinates,
      ));

  const caregivers = input.caregivers.filter(
    (c) =>
      (!c.activeFrom || c.activeFrom <= asOf) &&
      (!c.activeTo || c.activeTo >= asOf) &&
      c.home.coordinates !== undefined &&
      c.capacity.elders > 0,
  );
  const caregiverIndex = new Map(caregivers.map((c, i) => [c.id, i]));
  const located = elders.filter((e) => e.residence.coordinates !== undefined);

  // The current team of each elder's active pairing, to keep while it still fits.
  const current = new Map<
    ElderId,
    { pairing: Pairing; primary: CaregiverId; partner: CaregiverId | undefined }
  >();
  for (const pairing of input.existing ?? []) {
    // A duty's pairing belongs to the duty's holding, not to the general pairing.
    if (pairing.status !== 'active' || pairing.duty !== undefined) continue;
    const members = pairingMembersOn(pairing, asOf);
    const primary = members.find((m) => m.role === 'primary');
    const partner = members.find((m) => m.role === 'partner')?.caregiverId;
    if (primary) current.set(pairing.elderId, { pairing, primary: primary.caregiverId, partner });
  }

  /**
   * Each elder's options among the caregivers holding one of `allowed` roles: the `k` nearest
   * inside their service area and reach, not on leave, plus the caregiver kept from before
   * while they still fit.
   */
  const optionsFor = (
    forElders: readonly Elder[],
    allowed: readonly CaregiverRole[],
    keptOf: (elder: Elder) => CaregiverId | undefined,
  ) => {
    const pool: number[] = [];
    const areaOf: ServiceArea[] = [];
    caregivers.forEach((c, i) => {
      if (!c.roles.some((role) => allowed.includes(role))) return;
      pool.push(i);
      areaOf[i] = serviceAreaOf(c, allowed, areas);
    });
    const fits = (elder: Elder, i: number) =>
      withinServiceArea(elder, caregivers[i] as Caregiver, areaOf[i] as ServiceArea);
    // Twice as many as needed: some of the nearest may serve another area or be on leave.
    const near = nearest(
      pool.map((i) => caregivers[i]?.home.coordinates as Coordinates),
      forElders.map((e) => e.residence.coordinates as Coordinates),
      2 * k,
    );
    return forElders.map((elder, e) => {
      const options = new Map<number, number>();
      const keptIndex = caregiverIndex.get(keptOf(elder) as CaregiverId);
      const consider = (i: number) => {
        if (!fits(elder, i)) return false;
        const km = distance(elder, caregivers[i] as Caregiver);
        if (policy.maxDistanceKm !== undefined && km > policy.maxDistanceKm) return false;
        options.set(i, km);
        return true;
      };
      if (keptIndex !== undefined && areaOf[keptIndex] !== undefined) consider(keptIndex);
      let others = 0;
      for (const { index } of near[e] ?? []) {
        if (others >= k) break;
        const i = pool[index] as number;
        if (i === keptIndex || onLeave(caregivers[i] as Caregiver, asOf)) continue;
        if (consider(i)) others += 1;
      }
      return { options, keptIndex };
    });
  };

  // Each elder's share of a caregiver: one of their elders, or with care needs the larger of
  // that and the elder's part of their weekly visits (capacity 1).
  const shareOf = (elder: Elder, caregiver: Caregiver, role: 'primary' | 'partner') => {
    if (!need) return 1;
    const weekly = role === 'primary' ? need(elder) : 0;
    const { elders: most, visitsPerWeek } = caregiver.capacity;
    if (weekly > 0 && visitsPerWeek === 0) return Number.POSITIVE_INFINITY;
    return Math.max(1 / most, weekly > 0 ? weekly / visitsPerWeek : 0);
  };
  const room = (caregiver: Caregiver) => (need ? 1 : caregiver.capacity.elders);

  // Room used on each caregiver so far, and one assignment step into the room left.
  const used = new Float64Array(caregivers.length);
  const kmOf = new Map<string, number>();
  const assign = (
    forElders: readonly Elder[],
    options: ReturnType<typeof optionsFor>,
    role: 'primary' | 'partner',
    priced: (elder: Elder, index: number, km: number) => number | undefined,
  ) => {
    const candidates: Candidate[] = [];
    forElders.forEach((elder, e) => {
      const { options: near, keptIndex } = options[e] as (typeof options)[number];
      for (const [index, km] of near) {
        const caregiver = caregivers[index] as Caregiver;
        const load = shareOf(elder, caregiver, role);
        const cost = priced(elder, index, km);
        if (!Number.isFinite(load) || cost === undefined) continue;
        kmOf.set(`${elder.id}/${caregiver.id}`, km);
        candidates.push({
          agent: caregiver.id,
          job: elder.id,
          cost: cost - (index === keptIndex ? keep : 0),
          ...(need ? { load } : {}),
        });
      }
    });
    const solution = solveAssignment(
      {
        agents: caregivers.map((c, i) => ({
          id: c.id,
          capacity: Math.max(0, room(c) - (used[i] as number)),
        })),
        jobs: forElders.map((e) => ({ id: e.id })),
        candidates,
      },
      { timeLimitMs: Number.POSITIVE_INFINITY, rounds: 200, ...policy.search },
    );
    const byId = new Map(forElders.map((e) => [e.id, e]));
    const chosen = new Map<ElderId, CaregiverId>();
    for (const { job, agent } of solution.assignments) {
      const i = caregiverIndex.get(agent as CaregiverId) as number;
      used[i] =
        (used[i] as number) +
        shareOf(byId.get(job as ElderId) as Elder, caregivers[i] as Caregiver, role);
      chosen.set(job as ElderId, agent as CaregiverId);
    }
    return { solution, chosen };
  };

  /**
   * Give each of `elders` the room of the farthest non-priority elders of the nearest caregiver
   * in reach where that makes room; the elders put out, to place again.
   */
  const makeRoomFor = (
    elders: readonly Elder[],
    optionsOf: ReadonlyMap<Elder, { options: ReadonlyMap<number, number> }>,
  ): Elder[] => {
    const holding = new Map<number, Elder[]>();
    for (const elder of located) {
      const id = primaryOf.get(elder.id);
      if (id === undefined || isPriority(elder)) continue;
      const i = caregiverIndex.get(id) as number;
      holding.set(i, [...(holding.get(i) ?? []), elder]);
    }
    const kmTo = (elder: Elder, i: number) => optionsOf.get(elder)?.options.get(i) ?? 0;
    const ejected: Elder[] = [];
    for (const elder of elders)
      for (const [i] of optionsOf.get(elder)?.options ?? []) {
        const caregiver = caregivers[i] as Caregiver;
        const others = [...(holding.get(i) ?? [])].sort((x, y) => kmTo(y, i) - kmTo(x, i));
        let free = room(caregiver) - (used[i] as number);
        const out: Elder[] = [];
        while (free < shareOf(elder, caregiver, 'primary') - 1e-9 && out.length < others.length) {
          const other = others[out.length] as Elder;
          out.push(other);
          free += shareOf(other, caregiver, 'primary');
        }
        if (free < shareOf(elder, caregiver, 'primary') - 1e-9) continue;
        for (const other of out) primaryOf.delete(other.id);
        holding.set(i, others.slice(out.length));
        used[i] = room(caregiver) - free + shareOf(elder, caregiver, 'primary');
        primaryOf.set(elder.id, caregiver.id);
        ejected.push(...out);
        break;
      }
    return ejected;
  };

  // Primaries, priority elders before any other by a credit no distance outweighs: exact with
  // whole elders (min-cost flow). With care needs the heuristic may still leave a priority elder
  // out where room is short, so such an elder then takes the room of the farthest others of a
  // caregiver in reach, and those others are placed again in the room left.
  const primaryOptions = optionsFor(located, roles, (e) => current.get(e.id)?.primary);
  const credit = (elder: Elder) => (isPriority(elder) ? PRIORITY_BONUS : 0);
  const { solution: primary, chosen: primaryOf } = assign(
    located,
    primaryOptions,
    'primary',
    (elder, _, km) => km - credit(elder),
  );
  const unplaced = new Map(primary.unassigned.map((u) => [u.job, u.reason]));
  const missing = located.filter((e) => isPriority(e) && unplaced.has(e.id));
  if (need && missing.length > 0) {
    const optionsOf = new Map(
      located.map((e, i) => [e, primaryOptions[i] as (typeof primaryOptions)[number]]),
    );
    const ejected = makeRoomFor(missing, optionsOf);
    const again = assign(
      ejected,
      ejected.map((e) => optionsOf.get(e) as (typeof primaryOptions)[number]),
      'primary',
      (elder, _, km) => km - credit(elder),
    );
    for (const [elderId, caregiverId] of again.chosen) {
      primaryOf.set(elderId, caregiverId);
      unplaced.delete(elderId);
    }
    for (const { job, reason } of again.solution.unassigned) unplaced.set(job, reason);
    for (const elder of missing) if (primaryOf.has(elder.id)) unplaced.delete(elder.id);
  }
  // The gap is on km less continuity credits: the priority credits add back.
  const credits = located.reduce((sum, elder) => sum + credit(elder), 0);
  const objective = primary.cost + credits;
  const bound = primary.lowerBound === undefined ? undefined : primary.lowerBound + credits;
  const { optimal } = primary;
  // A partner for each placed elder who wants one, from the room left.
  const partnerOf = new Map<ElderId, CaregiverId>();
  const wanting = located.filter((e) => primaryOf.has(e.id) && wantsPartner(e));
  if (wanting.length > 0) {
    const { chosen } = assign(
      wanting,
      optionsFor(wanting, partnerRoles, (e) => current.get(e.id)?.partner),
      'partner',
      (elder, index, km) => (caregivers[index]?.id === primaryOf.get(elder.id) ? undefined : km),
    );
    for (const [elderId, caregiverId] of chosen) partnerOf.set(elderId, caregiverId);
  }

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
    const km = kmOf.get(`${elder.id}/${caregiverId}`) ?? 0;
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
      pattern: patternOf(caregivers[primaryIndex] as Caregiver, roles, partner !== undefined),
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
  const unassigned = elders
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
    unassigned,
    loads,
    stats: {
      elders: elders.length,
      placed,
      partnersWanted: wanting.length,
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
