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
import { haversineKm } from './distance.js';
import type { PairEldersOptions, PairingInput } from './pairingPolicy.js';
import { DEFAULT_SERVICE_AREAS, type ServiceArea } from './serviceArea.js';

/**
 * Roles the general pairing leaves out unless asked: the family's entrusted carer is the
 * family's, not the programme's; a teacher answers for pupils (spec §3.4 · S18 L515), not elders.
 */
const NOT_PAIRED_BY_DEFAULT: ReadonlySet<CaregiverRole> = new Set([
  'familyEntrustedCarer',
  'teacher',
]);

/** Candidate caregivers per elder by default. */
const CANDIDATES_PER_ELDER = 20;
/** Km by which another caregiver must be nearer to replace a kept one, by default. */
const KEEP_WITHIN_KM = 2;

/** An elder's team in their active pairing: kept while it still fits. @internal */
export interface CurrentTeam {
  readonly pairing: Pairing;
  readonly primary: CaregiverId;
  readonly partner: CaregiverId | undefined;
}

/**
 * Everything the pairing steps share, read once from the input and the policy with its
 * defaults: the caregivers who may take elders on `asOf`, the elders with a location, and
 * each elder's current team.
 * @internal
 */
export interface PairingContext {
  readonly elders: readonly Elder[];
  readonly asOf: PlainDate;
  readonly roles: readonly CaregiverRole[];
  readonly partnerRoles: readonly CaregiverRole[];
  readonly areas: Readonly<Partial<Record<CaregiverRole, ServiceArea>>>;
  readonly candidatesPerElder: number;
  readonly keepWithinKm: number;
  readonly maxDistanceKm: number | undefined;
  readonly isPriority: (elder: Elder) => boolean;
  readonly wantsPartner: (elder: Elder) => boolean;
  /** Each elder's weekly visits, when the policy gives care needs. */
  readonly need: ((elder: Elder) => number) | undefined;
  readonly distance: (elder: Elder, caregiver: Caregiver) => number;
  readonly search: PairEldersOptions['search'];
  /** Caregivers serving on `asOf`, with a location and room for elders. */
  readonly caregivers: readonly Caregiver[];
  readonly caregiverIndex: ReadonlyMap<CaregiverId, number>;
  /** Elders with coordinates: the others cannot be placed. */
  readonly located: readonly Elder[];
  readonly current: ReadonlyMap<ElderId, CurrentTeam>;
}

/** The context of a pairing, on checked arguments. @internal */
export function pairingContext(input: PairingInput, policy: PairEldersOptions): PairingContext {
  const { elders } = input;
  const { asOf } = policy;
  const roles =
    policy.roles ?? CaregiverRole.options.filter((role) => !NOT_PAIRED_BY_DEFAULT.has(role));
  const isPriority = policy.priority ?? (() => false);
  const need = policy.careNeed && checkedNeeds(elders, policy.careNeed);
  const caregivers = input.caregivers.filter(
    (c) =>
      (!c.validFrom || c.validFrom <= asOf) &&
      (!c.validTo || c.validTo >= asOf) &&
      c.home.coordinates !== undefined &&
      c.capacity.elders > 0,
  );
  return {
    elders,
    asOf,
    roles,
    partnerRoles: policy.partnerRoles ?? roles,
    areas: policy.serviceAreas ?? DEFAULT_SERVICE_AREAS,
    candidatesPerElder: policy.candidatesPerElder ?? CANDIDATES_PER_ELDER,
    keepWithinKm: policy.keepWithinKm ?? KEEP_WITHIN_KM,
    maxDistanceKm: policy.maxDistanceKm,
    isPriority,
    wantsPartner: policy.wantsPartner ?? isPriority,
    need,
    distance:
      policy.distanceKm ??
      ((elder: Elder, caregiver: Caregiver) =>
        haversineKm(
          elder.residence.coordinates as Coordinates,
          caregiver.home.coordinates as Coordinates,
        )),
    search: policy.search,
    caregivers,
    caregiverIndex: new Map(caregivers.map((c, i) => [c.id, i])),
    located: elders.filter((e) => e.residence.coordinates !== undefined),
    current: currentTeams(input.pairings ?? [], asOf),
  };
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

/** The current team of each elder's active pairing, to keep while it still fits. */
function currentTeams(pairings: readonly Pairing[], asOf: PlainDate): Map<ElderId, CurrentTeam> {
  const current = new Map<ElderId, CurrentTeam>();
  for (const pairing of pairings) {
    // A duty's pairing belongs to the duty's holding, not to the general pairing.
    if (pairing.status !== 'active' || pairing.duty !== undefined) continue;
    const members = pairingMembersOn(pairing, asOf);
    const primary = members.find((m) => m.role === 'primary');
    const partner = members.find((m) => m.role === 'partner')?.caregiverId;
    if (primary) current.set(pairing.elderId, { pairing, primary: primary.caregiverId, partner });
  }
  return current;
}
