import type { CategoryKey, Policy, Tri } from '../eligibility/index.js';
import type { Issue } from '../errors/index.js';
import type {
  Caregiver,
  ChildRecord,
  DutyHolding,
  DutyKey,
  DutySubject,
  Elder,
  PlainDate,
} from '../models/index.js';
import type { DutyInput } from './duty.js';
import type { PairingUnplacedReason } from './unplacedReason.js';

/**
 * What {@link assignDuties} assigns: the elders and 留守儿童 of an area, the caregivers who may
 * hold duties, and the responsibility matrix so far (its lines are kept while they still fit).
 * @category Duties
 */
export interface DutyAssignmentInput {
  readonly elders: readonly Elder[];
  readonly children?: readonly ChildRecord[];
  readonly caregivers: readonly Caregiver[];
  readonly holdings?: readonly DutyHolding[];
}

/**
 * Options of {@link assignDuties}.
 * @category Duties
 */
export interface AssignDutiesOptions {
  /** The day the matrix is for: new lines start on it, replaced lines end the day before. */
  readonly asOf: PlainDate;
  /** The duty table (default `DEFAULT_DUTIES`). */
  readonly duties?: readonly DutyInput[];
  /**
   * The eligibility policy that decides each elder's categories (default the seed texts'): one
   * checked by `parsePolicy` (any other object is `policy_unchecked`).
   */
  readonly policy?: Policy;
  /** Each elder's category statuses, when the app has classified already. */
  readonly statusesOf?: (elder: Elder) => Readonly<Partial<Record<CategoryKey, Tri>>>;
  /** Subjects placed first (default: elders who are 重点对象 or 随时跟踪). */
  readonly priority?: (subject: DutySubject) => boolean;
  /** Candidate holders per subject, nearest first (default 20). */
  readonly candidatesPerElder?: number;
  /** Continuity: a holder is kept unless another is nearer by more than this (default 2 km). */
  readonly keepWithinKm?: number;
  /** Travel cost in km, when the app has better than a straight line. */
  readonly distanceKm?: (elder: Elder, caregiver: Caregiver) => number;
}

/**
 * Why a duty could not be held for a subject: no location, no caregiver of the duty's roles in
 * its area and reach, or none with room left.
 * @category Duties
 */
export interface UnheldDuty {
  readonly duty: DutyKey;
  readonly subject: DutySubject;
  readonly reason: PairingUnplacedReason;
}

/** One duty's figures in a {@link DutyAssignment}. @category Duties */
export interface DutyStats {
  readonly duty: DutyKey;
  readonly subjects: number;
  readonly held: number;
  readonly kept: number;
  readonly changed: number;
  readonly unheld: number;
  readonly holders: number;
  /** The most subjects one holder holds this duty for. */
  readonly maxCaseload: number;
}

/**
 * The result of {@link assignDuties}.
 * @category Duties
 */
export interface DutyAssignment {
  /** Every line: those of the input (ended where replaced) and the new ones. */
  readonly holdings: readonly DutyHolding[];
  /** The lines in force on `asOf`: one per subject and duty held. */
  readonly current: readonly DutyHolding[];
  readonly unheld: readonly UnheldDuty[];
  /** Lines found wrong on the way (a holder who no longer serves the area), with their paths. */
  readonly issues: readonly Issue[];
  readonly stats: readonly DutyStats[];
}
