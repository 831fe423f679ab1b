import {
  type AbilityAssessment,
  addMonths,
  ageInFullYears,
  assessmentOn,
  type Child,
  countyCodeOf,
  daysBetween,
  type Elder,
  isWithinRegion,
  type PlainDate,
  type RegionCode,
  residentIdFacts,
} from '../models/index.js';
import type { PolicyParameters } from './policy.js';

/**
 * A living child who may count for the definitions, with its path in the record. `certain` is
 * false when the policy counts only some kinships and this child's kinship is not recorded: such
 * a child can leave an answer open but never decide it.
 * @internal
 */
export interface CountedChild {
  readonly child: Child;
  readonly path: string;
  readonly certain: boolean;
  // The child's own facts the county and absence tests read, copied once per classification.
  readonly livesWithElder: boolean | undefined;
  readonly whereabouts: Child['whereabouts'];
  readonly awaySince: Child['awaySince'];
}

/**
 * Facts about one elder as of one day, derived once and shared by every rule.
 * @internal
 */
export interface ElderContext {
  readonly elder: Elder;
  readonly asOf: PlainDate;
  readonly policy: PolicyParameters;
  /** Age in full years, or undefined when the birth date is not known. */
  readonly age: number | undefined;
  /** Living children of counted kinships; undefined while the ledger lists no children. */
  readonly children: readonly CountedChild[] | undefined;
  /** The six-digit code of the elder's county (县域). */
  readonly elderCounty: string;
  /** The ability assessment in force, if any (and still valid). */
  readonly assessment: AbilityAssessment | undefined;
}

/** Derive the shared facts of an elder for `asOf` under `policy`. @internal */
export function elderContext(
  elder: Elder,
  asOf: PlainDate,
  policy: PolicyParameters,
): ElderContext {
  const birthDate =
    elder.birthDate ?? (elder.residentId ? residentIdFacts(elder.residentId).birthDate : undefined);
  const age = birthDate
    ? ageInFullYears(birthDate, asOf, { leapDay: policy.leapDayBirthday })
    : undefined;
  const everyKinship = new Set(policy.childKinships).size === 3;
  const children = elder.household.children
    ?.map((child, index) => ({
      child,
      path: `household.children[${index}]`,
      certain: everyKinship || child.kinship !== undefined,
      livesWithElder: child.livesWithElder,
      whereabouts: child.whereabouts,
      awaySince: child.awaySince,
    }))
    .filter(({ child }) => {
      const kinshipCounts =
        child.kinship === undefined || policy.childKinships.includes(child.kinship);
      return child.alive !== false && kinshipCounts;
    });
  let assessment = assessmentOn(elder.health, asOf);
  if (
    assessment &&
    policy.assessmentValidDays !== null &&
    daysBetween(assessment.assessedOn, asOf) > policy.assessmentValidDays
  ) {
    assessment = undefined;
  }
  // A village code's first six digits are its county's.
  const elderCounty = elder.residence.villageCode.slice(0, 6);
  return { elder, asOf, policy, age, children, assessment, elderCounty };
}

/**
 * Whether a family member lives in the elder's county: `true`, `false`, or undefined when the
 * record cannot tell. Living with the elder means in the county.
 * @internal
 */
export function inElderCounty(
  elderCounty: string,
  member: {
    readonly livesWithElder?: boolean | undefined;
    readonly atElderSide?: boolean | undefined;
    readonly whereabouts?: Child['whereabouts'] | undefined;
  },
): boolean | undefined {
  if (member.livesWithElder || member.atElderSide) return true;
  const where = member.whereabouts;
  if (where?.inElderCounty !== undefined) return where.inElderCounty;
  // Living in the elder's township means living in the county.
  if (where?.inElderTownship) return true;
  if (!where?.regionCode) return undefined;
  const theirs = countyCodeOf(where.regionCode);
  if (theirs) return theirs === elderCounty;
  // A city or province code: outside the county when the county is outside it, else not known.
  return isWithinRegion(elderCounty as RegionCode, where.regionCode) ? undefined : false;
}

/** The day an absence that began on `since` reaches the policy's minimum length. @internal */
export function awayThresholdDay(since: PlainDate, policy: PolicyParameters): PlainDate {
  return addMonths(since, policy.awayMinimumMonths);
}
