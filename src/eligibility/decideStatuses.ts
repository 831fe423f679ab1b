import {
  type AbilityAssessment,
  daysBetween,
  type Elder,
  type MutualAidGroup,
  type PlainDate,
} from '../models/index.js';
import { type ElderFacts, elderFacts } from './elderFacts.js';
import type { IncidentKind } from './incident.js';
import type { MajorEventKind } from './majorEvent.js';
import type { EconomicHardshipStatus, PolicyParameters } from './policy.js';
import type { CategoryKey } from './reason.js';
import { LIVES_WITH_OTHERS } from './rules/emptyNest.js';
import { groupInForce } from './rules/mutualAid.js';
import { HARDSHIP_BITS, statusPlan } from './statusPlan.js';
import type { Tri } from './tri.js';

/**
 * The status pass: every category of an elder decided at once from facts read once — the
 * age as an integer, the family as counts ({@link elderFacts}), the recorded flags — with no
 * condition, reason or context object built. The explained rules (`rules/*`) stay the
 * reference: a property test checks that this pass answers as they do on random elders.
 *
 * Three-valued answers are the integers below, so Kleene's conjunction is the minimum and
 * its disjunction the maximum.
 * @internal
 * @module
 */

const NO = 0;
const UNKNOWN = 1;
const YES = 2;
const TRI: readonly Tri[] = ['no', 'unknown', 'yes'];

/** `yes` for true, `no` for false, `unknown` for undefined. */
function tri(value: boolean | undefined): number {
  return value === undefined ? UNKNOWN : value ? YES : NO;
}

/** What a status pass reads of the classification's options (checked by the caller). @internal */
export interface StatusOptions {
  readonly asOf: PlainDate;
  readonly incidents?: readonly IncidentKind[];
  readonly majorEvents?: readonly MajorEventKind[];
  readonly mutualAidGroups?: readonly MutualAidGroup[];
}

/** Whether an age reaches `threshold`: unknown for an unknown age (-1). */
function ageReaches(age: number, threshold: number, policy: PolicyParameters): number {
  if (age < 0) return UNKNOWN;
  return (policy.thresholdsInclusive ? age >= threshold : age > threshold) ? YES : NO;
}

/** One recorded hardship status: yes, not known, or no (recorded no, or a check found none). */
function economicTri(facts: ElderFacts, status: EconomicHardshipStatus): number {
  const bit = HARDSHIP_BITS[status];
  return facts.hardshipYes & bit ? YES : facts.hardshipUnknown & bit ? UNKNOWN : NO;
}

/** Any of the statuses in `mask` applies (yes), all known not to (no), else unknown. */
function hardship(facts: ElderFacts, mask: number): number {
  return facts.hardshipYes & mask ? YES : facts.hardshipUnknown & mask ? UNKNOWN : NO;
}

/** 「留在农村生活」: by residence or hukou, and outside an institution unless the policy counts one. */
function ruralStatus(elder: Elder, policy: PolicyParameters): number {
  const { residence, household } = elder;
  const setting = policy.ruralTest === 'hukou' ? residence.hukou : residence.setting;
  const settingStatus = setting === undefined ? UNKNOWN : setting === 'rural' ? YES : NO;
  if (policy.institutionCountsAsRural) return settingStatus;
  const recorded = residence.institution;
  const arrangement = household.livingArrangement;
  const outside =
    (recorded !== undefined && recorded !== null) || arrangement === 'institution'
      ? NO
      : recorded === null || arrangement !== undefined
        ? YES
        : UNKNOWN;
  return Math.min(settingStatus, outside);
}

/** LB6: nobody able to support the elder at their side (an entrusted carer where the policy counts one). */
function noCapableSupporter(facts: ElderFacts, elder: Elder, policy: PolicyParameters): number {
  const carer = elder.household.entrustedCarer;
  const byCarer = policy.entrustedCarerIsSupporter;
  if (facts.capableAtSide > 0 || (byCarer && carer)) return NO;
  const open = !facts.obligorsListed || facts.atSideOpen > 0 || (byCarer && carer === undefined);
  return open ? UNKNOWN : YES;
}

/** 留守 (LB1–LB6), all six conditions, from the family counts. */
function leftBehindStatus(
  facts: ElderFacts,
  elder: Elder,
  policy: PolicyParameters,
  shared: number,
): number {
  const listed = facts.childrenListed;
  const hasChildren = !listed
    ? UNKNOWN
    : facts.certainChildren > 0
      ? YES
      : facts.children > 0
        ? UNKNOWN
        : NO;
  const outOfCounty =
    facts.childrenInCounty > 0 ? NO : facts.childrenCountyOpen > 0 || !listed ? UNKNOWN : YES;
  const reasons =
    facts.reasonsNotCounting > 0 ? NO : facts.reasonsOpen > 0 || !listed ? UNKNOWN : YES;
  const longEnough =
    facts.childrenTooRecent > 0 ? NO : facts.childrenAwayOpen > 0 || !listed ? UNKNOWN : YES;
  return Math.min(
    shared,
    hasChildren,
    outOfCounty,
    reasons,
    longEnough,
    noCapableSupporter(facts, elder, policy),
  );
}

/** The screening scope: every child or other obligor gone from the county long enough. */
function screeningStatus(facts: ElderFacts, shared: number): number {
  const unknownLists = (facts.childrenListed ? 0 : 1) + (facts.obligorsListed ? 0 : 1);
  const anyone = facts.children + facts.obligors > 0 ? YES : unknownLists > 0 ? UNKNOWN : NO;
  const outOfCounty =
    facts.childrenInCounty + facts.obligorsInCounty > 0
      ? NO
      : facts.childrenCountyOpen + facts.obligorsCountyOpen + unknownLists > 0
        ? UNKNOWN
        : YES;
  const longEnough =
    facts.childrenTooRecent + facts.obligorsTooRecent > 0
      ? NO
      : facts.childrenAwayOpen + facts.obligorsAwayOpen + unknownLists > 0
        ? UNKNOWN
        : YES;
  return Math.min(shared, anyone, outOfCounty, longEnough);
}

/** 空巢 A's age: alone, as a couple (either spouse or both), or either while the arrangement is open. */
function emptyNestAge(elder: Elder, facts: ElderFacts, policy: PolicyParameters): number {
  const single = policy.emptyNestMinimumAge;
  const aloneMinimum = single === undefined ? policy.emptyNestAloneMinimumAge : single;
  const coupleMinimum = single === undefined ? policy.emptyNestCoupleMinimumAge : single;
  const elderCouple = ageReaches(facts.age, coupleMinimum, policy);
  const spouseCouple = ageReaches(facts.spouseAge, coupleMinimum, policy);
  const couple =
    policy.emptyNestCoupleAge === 'bothSpouses'
      ? Math.min(elderCouple, spouseCouple)
      : Math.max(elderCouple, spouseCouple);
  const alone = ageReaches(facts.age, aloneMinimum, policy);
  const arrangement = elder.household.livingArrangement;
  return arrangement === 'alone'
    ? alone
    : arrangement === 'spouseOnly'
      ? couple
      : Math.max(alone, couple);
}

/** 空巢 definition A: the age, the children gone from home, and alone or with a spouse only. */
function householdDefinition(elder: Elder, facts: ElderFacts, policy: PolicyParameters): number {
  let childrenLeft: number;
  if (!facts.childrenListed) childrenLeft = UNKNOWN;
  else if (facts.children === 0) childrenLeft = policy.emptyNestIncludesChildless ? YES : NO;
  else if (policy.emptyNestChildrenLeft === 'all')
    childrenLeft = facts.atHome > 0 ? NO : facts.homeOpen > 0 ? UNKNOWN : YES;
  else childrenLeft = facts.leftHome > 0 ? YES : facts.homeOpen > 0 ? UNKNOWN : NO;
  const arrangement = elder.household.livingArrangement;
  const aloneOrCouple =
    arrangement === undefined
      ? UNKNOWN
      : arrangement === 'alone' || arrangement === 'spouseOnly'
        ? YES
        : NO;
  return Math.min(emptyNestAge(elder, facts, policy), childrenLeft, aloneOrCouple);
}

/** Definition B (4)'s 「身边……有人照顾」: an entrusted carer, anyone living with the elder, or a caring spouse. */
function someoneCaringAtSide(elder: Elder, policy: PolicyParameters): number {
  const { livingArrangement: arrangement, entrustedCarer, spouse } = elder.household;
  if (entrustedCarer) return YES;
  // Without the arrangement, anyone may live with the elder.
  if (arrangement === undefined) return UNKNOWN;
  if (LIVES_WITH_OTHERS.has(arrangement)) return YES;
  const atSide =
    arrangement === 'spouseOnly' || (spouse?.status === 'married' && spouse.livesWithElder);
  const reading = policy.emptyNestSpouseIsCarer;
  const cares = reading === 'never' ? NO : reading === 'always' ? YES : tri(spouse?.capableOfCare);
  return Math.max(entrustedCarer === undefined ? UNKNOWN : NO, atSide ? cares : NO);
}

/** 空巢 definition B: 孤寡, 五保户, 三无, or 高龄 with no child working here and nobody caring. */
function closedListDefinition(
  elder: Elder,
  facts: ElderFacts,
  policy: PolicyParameters,
  advancedAge: number,
): number {
  const { household } = elder;
  const recorded = Math.max(
    tri(household.solitary),
    economicTri(facts, 'fiveGuarantee'),
    economicTri(facts, 'threeNo'),
  );
  if (recorded === YES) return YES;
  const notWorkingHere = !facts.childrenListed
    ? UNKNOWN
    : facts.workingInTownship > 0
      ? NO
      : facts.workOpen > 0
        ? UNKNOWN
        : YES;
  const nobodyCaring = YES - someoneCaringAtSide(elder, policy);
  return Math.max(recorded, Math.min(advancedAge, notWorkingHere, nobodyCaring));
}

/** 空巢 by the policy's definition: A, B, or either. */
function emptyNestStatus(
  elder: Elder,
  facts: ElderFacts,
  policy: PolicyParameters,
  advancedAge: number,
): number {
  const definition = policy.emptyNestDefinition;
  if (definition === 'childrenLeftHomeS18') return householdDefinition(elder, facts, policy);
  const closed = closedListDefinition(elder, facts, policy, advancedAge);
  if (definition === 'closedListS17') return closed;
  return Math.max(householdDefinition(elder, facts, policy), closed);
}

/**
 * The ability level in force on asOf, as the 失能 rules read it: the latest assessment made by
 * then (as `assessmentOn` finds it, without re-checking asOf per elder), none when too old.
 */
function abilityLevel(elder: Elder, asOf: PlainDate, policy: PolicyParameters): string | undefined {
  let current: AbilityAssessment | undefined;
  for (const assessment of elder.health.abilityAssessments ?? NO_ASSESSMENTS) {
    const on = assessment.assessedOn;
    if (on <= asOf && (!current || on >= current.assessedOn)) current = assessment;
  }
  if (
    current &&
    policy.assessmentValidDays !== null &&
    daysBetween(current.assessedOn, asOf) > policy.assessmentValidDays
  )
    return undefined;
  return current?.level;
}

const NO_ASSESSMENTS: readonly AbilityAssessment[] = [];

/** The base categories, as integers, that the priority rules read. */
interface BaseStatuses {
  readonly elderly: number;
  readonly rural: number;
  readonly leftBehind: number;
  readonly screening: number;
  readonly emptyNest: number;
  readonly livesAlone: number;
  readonly advancedAge: number;
  readonly disabled: number;
  readonly semiDisabled: number;
  readonly economicHardship: number;
  readonly poor: number;
}

function baseStatuses(
  elder: Elder,
  facts: ElderFacts,
  asOf: PlainDate,
  policy: PolicyParameters,
): BaseStatuses {
  const { household } = elder;
  const elderly = ageReaches(facts.age, policy.elderMinimumAge, policy);
  const rural = ruralStatus(elder, policy);
  const shared = Math.min(elderly, rural);
  const advancedAge = ageReaches(facts.age, policy.advancedAgeThreshold, policy);
  const level = abilityLevel(elder, asOf, policy);
  const arrangement = household.livingArrangement;
  const plan = statusPlan(policy);
  return {
    elderly,
    rural,
    leftBehind: leftBehindStatus(facts, elder, policy, shared),
    screening: screeningStatus(facts, shared),
    emptyNest: emptyNestStatus(elder, facts, policy, advancedAge),
    livesAlone: arrangement === undefined ? UNKNOWN : arrangement === 'alone' ? YES : NO,
    advancedAge,
    disabled:
      level === undefined ? UNKNOWN : policy.disabledLevels.includes(level as never) ? YES : NO,
    semiDisabled:
      level === undefined ? UNKNOWN : policy.semiDisabledLevels.includes(level as never) ? YES : NO,
    economicHardship: hardship(facts, plan.hardshipMask),
    poor: hardship(facts, plan.poorMask),
  };
}

/** R10's membership: a group in force on asOf, unknown while no groups are passed. */
function mutualAidMember(elder: Elder, options: StatusOptions): number {
  const groups = options.mutualAidGroups;
  if (groups === undefined) return UNKNOWN;
  return groupInForce(groups, elder.id, options.asOf) ? YES : NO;
}

/**
 * The status of every category of an elder, as the explained rules (`rules/*`) decide it, in
 * one pass over facts read once. The elder is trusted (validated); an
 * unvalidated one may make it throw, for the caller to diagnose.
 * @internal
 */
export function decideStatuses(
  elder: Elder,
  options: StatusOptions,
  policy: PolicyParameters,
): Record<CategoryKey, Tri> {
  const { health, risks, household } = elder;
  const facts = elderFacts(elder, options.asOf, policy);
  const base = baseStatuses(elder, facts, options.asOf, policy);
  const { leftBehind: lb, economicHardship: eh, advancedAge: aa, disabled, semiDisabled } = base;
  // 失能 for the priority rules: 半失能 too where the policy reads 失能 widely.
  const disabledWide = policy.semiDisabledCountsAsDisabled
    ? Math.max(disabled, semiDisabled)
    : disabled;
  const anyDisability = Math.max(disabled, semiDisabled);
  const risk = join(policy.riskJoin, tri(risks.safetyRisk), tri(risks.livingDifficulty));
  const other = risks.otherSpecialDifficulty;
  const otherDifficulty = other === undefined ? UNKNOWN : other === null ? NO : YES;
  const mental = health.severeMentalIllness;
  const trigger =
    (options.incidents?.length ?? 0) > 0 || mental ? YES : mental === undefined ? UNKNOWN : NO;
  const carer = household.entrustedCarer;
  const noCarer = carer === undefined ? UNKNOWN : carer === null ? YES : NO;
  const events = (options.majorEvents?.length ?? 0) > 0 ? YES : NO;
  return {
    leftBehindElder: TRI[lb] as Tri,
    leftBehindScreeningScope: TRI[base.screening] as Tri,
    emptyNestElder: TRI[base.emptyNest] as Tri,
    livesAlone: TRI[base.livesAlone] as Tri,
    solitaryElder: TRI[tri(household.solitary)] as Tri,
    advancedAge: TRI[aa] as Tri,
    disabled: TRI[disabled] as Tri,
    semiDisabled: TRI[semiDisabled] as Tri,
    minimumLivingAllowance: TRI[economicTri(facts, 'minimumLivingAllowance')] as Tri,
    extremeHardship: TRI[economicTri(facts, 'extremeHardship')] as Tri,
    fiveGuarantee: TRI[economicTri(facts, 'fiveGuarantee')] as Tri,
    threeNo: TRI[economicTri(facts, 'threeNo')] as Tri,
    economicHardship: TRI[eh] as Tri,
    poor: TRI[base.poor] as Tri,
    priorityTarget: TRI[Math.min(lb, eh, Math.max(aa, disabledWide))] as Tri,
    priorityAssistanceTarget: TRI[Math.min(lb, risk)] as Tri,
    trackContinuously: TRI[
      Math.min(lb, Math.max(base.livesAlone, disabledWide, base.poor, aa, otherDifficulty))
    ] as Tri,
    immediateReport: TRI[Math.min(lb, trigger)] as Tri,
    keepOneChildHome: TRI[join(policy.illnessJoin, tri(health.seriousIllness), disabled)] as Tri,
    entrustmentMissing: TRI[Math.min(lb, noCarer)] as Tri,
    lowFeeCareEligible: TRI[Math.min(lb, eh, anyDisability)] as Tri,
    emptyNestPriority: TRI[Math.min(base.emptyNest, Math.max(aa, anyDisability))] as Tri,
    facilityPriority: TRI[
      Math.min(
        base.elderly,
        base.rural,
        Math.max(eh, base.livesAlone, base.emptyNest, aa, disabledWide),
      )
    ] as Tri,
    mutualAidReport: TRI[Math.min(mutualAidMember(elder, options), events)] as Tri,
  };
}

/** Two answers joined by `and` (Kleene conjunction) or `or`, as the policy joins them. */
function join(how: 'and' | 'or', a: number, b: number): number {
  return how === 'and' ? Math.min(a, b) : Math.max(a, b);
}

/**
 * 留守 alone, as {@link decideStatuses} decides it: for a caller (a benchmark, a screening
 * list) that needs only this one answer.
 * @internal
 */
export function decideLeftBehind(elder: Elder, asOf: PlainDate, policy: PolicyParameters): Tri {
  const facts = elderFacts(elder, asOf, policy);
  const shared = Math.min(
    ageReaches(facts.age, policy.elderMinimumAge, policy),
    ruralStatus(elder, policy),
  );
  return TRI[leftBehindStatus(facts, elder, policy, shared)] as Tri;
}
