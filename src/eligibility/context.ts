import {
  type AbilityAssessment,
  type AwaySinceBetween,
  type Child,
  countyCodeOf,
  type Elder,
  isWithinRegion,
  type PlainDate,
  type RegionCode,
  residentIdFacts,
  type SupportObligor,
  type Whereabouts,
} from '../models/index.js';
import { assessmentInForce } from './assessmentInForce.js';
import { dateOfKey, dayKey, fullYearsKey, monthsLaterKey } from './dayKey.js';
import type { PolicyParameters } from './policy.js';

const NO_OBLIGORS: readonly SupportObligor[] = [];

/**
 * A family member the rules look at: a counted child or another support obligor (赡养义务人), with
 * the facts the county, absence and support tests read, copied once per classification. The
 * member's path in the record is `list[index]`.
 * @internal
 */
export interface FamilyMember {
  readonly list: 'household.children' | 'household.otherSupportObligors';
  readonly index: number;
  /**
   * False when the policy counts only some kinships and this child's kinship is not recorded:
   * such a child can leave an answer open but never decide it.
   */
  readonly certain: boolean;
  readonly livesWithElder: boolean | undefined;
  readonly atElderSide: boolean | undefined;
  readonly whereabouts: Whereabouts | undefined;
  readonly awaySince: PlainDate | undefined;
  /** The span the absence began in, when the day is not known (a month, 常年在外). */
  readonly awaySinceBetween: AwaySinceBetween | undefined;
  readonly capableOfSupport: boolean | undefined;
}

/** A living child who may count for the definitions. @internal */
export interface CountedChild extends FamilyMember {
  readonly child: Child;
}

/**
 * Facts about one elder as of one day, derived once and shared by every rule.
 * @internal
 */
export interface ElderContext {
  readonly elder: Elder;
  readonly asOf: PlainDate;
  /** `asOf` as a {@link dayKey}, for comparing days without parsing them. */
  readonly asOfKey: number;
  readonly policy: PolicyParameters;
  /** Age in full years, or undefined when the birth date is not known. */
  readonly age: number | undefined;
  /** The spouse's age in full years, or undefined when their birth date is not known. */
  readonly spouseAge: number | undefined;
  /** A check in force found that no economic-hardship status applies (`noHardshipAssessedOn`). */
  readonly noHardship: boolean;
  /** Living children of counted kinships; undefined while the ledger lists no children. */
  readonly children: readonly CountedChild[] | undefined;
  /**
   * Other support obligors still alive; undefined while the ledger lists none (unless the
   * policy's `unlistedSupportObligors` is `none`).
   */
  readonly obligors: readonly FamilyMember[] | undefined;
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
  // Ages as the status pass counts them (ageInFullYears' count, on day keys: no parse per call).
  const asOfKey = dayKey(asOf);
  const leapDay = policy.leapDayBirthday;
  const age = birthDate ? fullYearsKey(dayKey(birthDate), asOfKey, leapDay) : undefined;
  const spouseBirthDate = elder.household.spouse?.birthDate;
  const spouseAge = spouseBirthDate
    ? fullYearsKey(dayKey(spouseBirthDate), asOfKey, leapDay)
    : undefined;
  const noneOn = elder.economic.noHardshipAssessedOn;
  // A finding dated after the as-of day is not yet in force.
  const noHardship = noneOn !== undefined && noneOn <= asOf;
  const kinships = policy.childKinships;
  const everyKinship =
    kinships.includes('birth') && kinships.includes('adopted') && kinships.includes('step');
  const recorded = elder.household.children;
  let children: CountedChild[] | undefined;
  if (recorded) {
    children = [];
    for (let index = 0; index < recorded.length; index++) {
      const child = recorded[index] as Child;
      if (child.alive === false) continue;
      if (child.kinship !== undefined && !kinships.includes(child.kinship)) continue;
      children.push({
        child,
        list: 'household.children',
        index,
        certain: everyKinship || child.kinship !== undefined,
        livesWithElder: child.livesWithElder,
        atElderSide: undefined,
        whereabouts: child.whereabouts,
        awaySince: child.awaySince,
        awaySinceBetween: child.awaySinceBetween,
        capableOfSupport: child.capableOfSupport,
      });
    }
  }
  // None listed means none only where the policy says the records list every obligor.
  const others =
    elder.household.otherSupportObligors ??
    (policy.unlistedSupportObligors === 'none' ? NO_OBLIGORS : undefined);
  let obligors: FamilyMember[] | undefined;
  if (others) {
    obligors = [];
    for (let index = 0; index < others.length; index++) {
      const obligor = others[index] as SupportObligor;
      if (obligor.alive === false) continue;
      obligors.push({
        list: 'household.otherSupportObligors',
        index,
        certain: true,
        livesWithElder: undefined,
        atElderSide: obligor.atElderSide,
        whereabouts: obligor.whereabouts,
        awaySince: obligor.awaySince,
        awaySinceBetween: obligor.awaySinceBetween,
        capableOfSupport: obligor.capableOfSupport,
      });
    }
  }
  const assessment = assessmentInForce(elder, asOf, asOfKey, policy);
  // A village code's first six digits are its county's.
  const elderCounty = elder.residence.villageCode.slice(0, 6);
  return {
    elder,
    asOf,
    asOfKey,
    policy,
    age,
    spouseAge,
    noHardship,
    children,
    obligors,
    assessment,
    elderCounty,
  };
}

/**
 * Whether a family member lives in the elder's county: `true`, `false`, or undefined when the
 * record cannot tell. Living with the elder means in the county.
 * @internal
 */
export function inElderCounty(elderCounty: string, member: FamilyMember): boolean | undefined {
  if (member.livesWithElder || member.atElderSide) return true;
  return whereaboutsInCounty(elderCounty, member.whereabouts);
}

/**
 * Whether recorded whereabouts lie in the elder's county: `true`, `false`, or undefined when
 * they cannot tell (for someone not living with the elder).
 * @internal
 */
export function whereaboutsInCounty(
  elderCounty: string,
  where: Whereabouts | undefined,
): boolean | undefined {
  if (where?.inElderCounty !== undefined) return where.inElderCounty;
  // Living in the elder's township means living in the county.
  if (where?.inElderTownship) return true;
  if (!where?.regionCode) return undefined;
  const theirs = countyCodeOf(where.regionCode);
  if (theirs) return theirs === elderCounty;
  // A city or province code: outside the county when the county is outside it, else not known.
  return isWithinRegion(elderCounty as RegionCode, where.regionCode) ? undefined : false;
}

/**
 * Whether an absence that began on `since` has reached the policy's minimum length by asOf
 * (以上 as the policy reads it): {@link awayThresholdDay} compared on day keys.
 * @internal
 */
export function awayLongEnough(since: PlainDate, context: ElderContext): boolean {
  return reachedBy(awayReachedKey(since, context.policy), context);
}

/** The day key on which an absence that began on `since` reaches the policy's minimum length. @internal */
export function awayReachedKey(since: PlainDate, policy: PolicyParameters): number {
  return monthsLaterKey(dayKey(since), policy.awayMinimumMonths, since);
}

/** Whether the as-of day is at or past the day keyed `reached` (以上 as the policy reads it). @internal */
export function reachedBy(reached: number, context: ElderContext): boolean {
  return context.policy.thresholdsInclusive
    ? context.asOfKey >= reached
    : context.asOfKey > reached;
}

/** The day an absence that began on `since` reaches the policy's minimum length. @internal */
export function awayThresholdDay(since: PlainDate, policy: PolicyParameters): PlainDate {
  return formattedDay(awayReachedKey(since, policy));
}

/**
 * Threshold days formatted, by day key: every explained absence names one, and the children of
 * a ledger left on a few thousand days, so formatting each once saves a string per reason.
 * Bounded: emptied once it holds {@link FORMATTED_DAYS}.
 */
const formattedDays = new Map<number, PlainDate>();
const FORMATTED_DAYS = 20_000;

/** {@link dateOfKey}, remembered. @internal */
export function formattedDay(key: number): PlainDate {
  let day = formattedDays.get(key);
  if (day === undefined) {
    if (formattedDays.size >= FORMATTED_DAYS) formattedDays.clear();
    day = dateOfKey(key);
    formattedDays.set(key, day);
  }
  return day;
}
