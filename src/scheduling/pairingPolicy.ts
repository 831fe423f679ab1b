import type { CategoryKey, Policy, Tri } from '../eligibility/index.js';
import type {
  Caregiver,
  CaregiverId,
  CaregiverRole,
  ChildRecord,
  DutyHolding,
  Elder,
  ElderId,
  Pairing,
  PlainDate,
} from '../models/index.js';
import type { DutyInput } from './duty.js';
import type { DutyAssignment } from './dutyAssignment.js';
import type { ServiceArea } from './serviceArea.js';
import type { SolveAssignmentOptions } from './solveAssignment.js';
import type { PairingUnplacedReason } from './unplacedReason.js';

export type { PairingUnplacedReason } from './unplacedReason.js';

/**
 * Options of {@link pairElders} (spec §4): the day, who may be primary or partner, within which
 * area and distance, how much an existing pair is worth keeping, who gets a second caregiver,
 * and how much care each elder needs.
 * @example
 * ```ts
 * const options: PairEldersOptions = { asOf: plainDate('2026-03-01'), keepWithinKm: 3 };
 * ```
 * @category Pairings
 */
export interface PairEldersOptions {
  /**
   * The day the pairing is for: new pairings start on it, caregivers on leave on it take no
   * new elders, and only caregivers serving on it (`validFrom`–`validTo`) are paired.
   */
  readonly asOf: PlainDate;
  /** Roles that may be an elder's primary caregiver (default: every role but the family's entrusted carer and teachers). */
  readonly roles?: readonly CaregiverRole[];
  /**
   * Roles that may be the second caregiver (default: `roles`). For the 「多带一」 team of spec §4
   * (S17 L459) pair young-old neighbour volunteers as primaries and volunteers or cadres as partners.
   */
  readonly partnerRoles?: readonly CaregiverRole[];
  /**
   * The area each role serves from home (default {@link DEFAULT_SERVICE_AREAS}: neighbours in
   * their 组, village cadres in their village, 包保 township cadres in their township). Roles
   * not listed serve anywhere within reach.
   */
  readonly serviceAreas?: Readonly<Partial<Record<CaregiverRole, ServiceArea>>>;
  /** Candidate caregivers per elder, nearest first (default 20; a whole number from 1). */
  readonly candidatesPerElder?: number;
  /** Farthest a caregiver may live from the elder, in km (default: no limit; a number ≥ 0, or `Infinity`). */
  readonly maxDistanceKm?: number;
  /**
   * Continuity: an existing pair is kept unless another caregiver is nearer by more than this
   * many km (default 2; from 0 to {@link MAX_KEEP_WITHIN_KM}), or the pair no longer fits.
   */
  readonly keepWithinKm?: number;
  /** Priority elders (重点对象, 随时跟踪): placed before any other when capacity runs short. */
  readonly priority?: (elder: Elder) => boolean;
  /** Elders who get a second caregiver as `partner` (「多对一」; default: the priority elders). */
  readonly wantsPartner?: (elder: Elder) => boolean;
  /**
   * Visits a week each elder needs from the primary (e.g. 1 for a weekly visit, 0.25 for a
   * monthly one). When given, a caregiver's elders must also fit `capacity.visitsPerWeek`: each
   * elder takes the larger of its share of the caregiver's elders and its share of the weekly
   * visits, so neither limit is ever passed (at times a caregiver is left a little short of
   * both). The pairing is then a Generalised Assignment Problem, solved by the heuristic with
   * its gap to a lower bound in the stats.
   */
  readonly careNeed?: (elder: Elder) => number;
  /** Travel cost in km between an elder and a caregiver, when the app has better than a straight line. */
  readonly distanceKm?: (elder: Elder, caregiver: Caregiver) => number;
  /**
   * Options of the heuristic when `careNeed` is given (default: no time limit, so the result
   * repeats exactly; see {@link SolveAssignmentOptions}).
   */
  readonly search?: SolveAssignmentOptions;
  /**
   * The duties whose holders are assigned besides the pairing (default {@link DEFAULT_DUTIES};
   * `[]` pairs only): each elder the duty applies to gets a pairing carrying the duty, with its
   * holder as primary (see {@link assignDuties}).
   */
  readonly duties?: readonly DutyInput[];
  /**
   * The eligibility policy that decides which duties apply to an elder (default the seed texts'):
   * one checked by `parsePolicy` (any other object is `policy_unchecked`).
   */
  readonly policy?: Policy;
  /** Each elder's category statuses, when the app has classified already (see {@link assignDuties}). */
  readonly statusesOf?: (elder: Elder) => Readonly<Partial<Record<CategoryKey, Tri>>>;
}

/**
 * What {@link pairElders} did to one elder's pairing, judged by the primary caregiver: `kept`
 * (same primary; a partner may change), `changed` (another primary), `added` (no pairing before).
 * @category Pairings
 */
export type PairingChange = 'kept' | 'added' | 'changed';

/**
 * One caregiver's load in a {@link PairingPlan}.
 * @category Pairings
 */
export interface CaregiverLoad {
  readonly caregiverId: CaregiverId;
  /** Elders this caregiver is primary for, and partner for. */
  readonly primary: number;
  readonly partner: number;
  /** The weekly visits of their primary elders (only when the policy gives `careNeed`). */
  readonly visitsPerWeek?: number;
}

/**
 * What {@link pairElders} pairs: elders, caregivers, the pairings so far (an earlier plan's
 * `pairings`: kept while they still fit), and for the duties the 留守儿童 and the
 * responsibility matrix so far.
 * @category Pairings
 */
export interface PairingInput {
  readonly elders: readonly Elder[];
  readonly caregivers: readonly Caregiver[];
  readonly pairings?: readonly Pairing[];
  /** 留守儿童 whose duties (teachers', cadres') are assigned too. */
  readonly children?: readonly ChildRecord[];
  /** The responsibility matrix so far (default: read from the duty pairings of `pairings`). */
  readonly holdings?: readonly DutyHolding[];
}

/**
 * The result of {@link pairElders}.
 * @example
 * ```ts
 * // plan: what pairElders returned
 * for (const pairing of plan.pairings) console.log(pairing.elderId, pairing.members[0]?.caregiverId);
 * console.log(plan.stats.placed, 'elders paired');
 * ```
 * @category Pairings
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
  /** Elders with no primary caregiver, and why (`noLocation`, `noCandidate`, `noCapacity`). */
  readonly unplaced: readonly {
    readonly elderId: ElderId;
    readonly reason: PairingUnplacedReason;
  }[];
  /** Every caregiver holding an elder, in the order of the input. */
  readonly loads: readonly CaregiverLoad[];
  readonly stats: {
    readonly elders: number;
    readonly placed: number;
    /** Elders wanting a partner, and those who got one. */
    readonly partnersWanted: number;
    readonly withPartner: number;
    readonly totalKm: number;
    readonly meanKm: number;
    readonly maxKm: number;
    /** The most elders one caregiver holds as primary, and the mean over caregivers holding any. */
    readonly maxLoad: number;
    readonly meanLoad: number;
    /**
     * The primary assignment's relative gap to its lower bound (km less continuity credits):
     * 0 when proven optimal; absent when some elder is unplaced.
     */
    readonly gap?: number;
    /** The primary assignment is proven optimal. */
    readonly optimal: boolean;
  };
  /** The duties' holders (the responsibility matrix), unless the policy's `duties` is `[]`. */
  readonly duties?: DutyAssignment;
}

/**
 * The largest `keepWithinKm` (100,000 km, more than twice round the earth): a larger credit
 * would swamp every cost of the assignment.
 * @example
 * ```ts
 * pairElders(input, { asOf, keepWithinKm: MAX_KEEP_WITHIN_KM }); // never move an existing pair for distance
 * ```
 * @category Pairings
 */
export const MAX_KEEP_WITHIN_KM = 100_000;
