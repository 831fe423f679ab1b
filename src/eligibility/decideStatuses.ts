import type { Elder, MutualAidGroup, PlainDate } from '../models/index.js';
import { assessmentInForce } from './assessmentInForce.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { type ElderFacts, elderFacts } from './elderFacts.js';
import type { IncidentKind } from './incident.js';
import type { MajorEventKind } from './majorEvent.js';
import type { PolicyParameters } from './policy.js';
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

/**
 * The four statuses that are categories of their own, as constant bits: read by name per call,
 * `HARDSHIP_BITS[status]` was a keyed lookup with four names at one site.
 */
const {
  minimumLivingAllowance: ALLOWANCE_BIT,
  extremeHardship: EXTREME_HARDSHIP_BIT,
  fiveGuarantee: FIVE_GUARANTEE_BIT,
  threeNo: THREE_NO_BIT,
} = HARDSHIP_BITS;

/**
 * Any of the statuses in `mask` applies (yes), all known not to (no), else unknown: for one
 * status's bit, that status as recorded (no where a check in force found none applies).
 */
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
    hardship(facts, FIVE_GUARANTEE_BIT),
    hardship(facts, THREE_NO_BIT),
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
 * Where each category's answer sits in a {@link StatusCodes} array: {@link CATEGORY_KEYS}'
 * order, written as numbers in the hot code.
 */
const LEFT_BEHIND = 0;
const EMPTY_NEST = 2;
const LIVES_ALONE = 3;
const ADVANCED_AGE = 5;
const DISABLED = 6;
const SEMI_DISABLED = 7;
const ECONOMIC_HARDSHIP = 12;
const POOR = 13;

/**
 * Every category's answer as an integer (0 no, 1 unknown, 2 yes) in {@link CATEGORY_KEYS}:
 * what a ledger counts without reading a record key by key.
 * @internal
 */
export type StatusCodes = Uint8Array;

/** A {@link StatusCodes} array to fill. @internal */
export function statusCodes(): StatusCodes {
  return new Uint8Array(CATEGORY_KEYS.length);
}

/** The categories the priority rules build on, into `codes[0..13]`; returns 60+ ∧ rural (shared). */
function decideBase(
  elder: Elder,
  facts: ElderFacts,
  asOf: PlainDate,
  policy: PolicyParameters,
  codes: StatusCodes,
): number {
  const { household } = elder;
  const shared = Math.min(
    ageReaches(facts.age, policy.elderMinimumAge, policy),
    ruralStatus(elder, policy),
  );
  const advancedAge = ageReaches(facts.age, policy.advancedAgeThreshold, policy);
  const level = assessmentInForce(elder, asOf, facts.asOfKey, policy)?.level;
  const arrangement = household.livingArrangement;
  const plan = statusPlan(policy);
  codes[0] = leftBehindStatus(facts, elder, policy, shared);
  codes[1] = screeningStatus(facts, shared);
  codes[2] = emptyNestStatus(elder, facts, policy, advancedAge);
  codes[3] = arrangement === undefined ? UNKNOWN : arrangement === 'alone' ? YES : NO;
  codes[4] = tri(household.solitary);
  codes[5] = advancedAge;
  codes[6] =
    level === undefined ? UNKNOWN : policy.disabledLevels.includes(level as never) ? YES : NO;
  codes[7] =
    level === undefined ? UNKNOWN : policy.semiDisabledLevels.includes(level as never) ? YES : NO;
  codes[8] = hardship(facts, ALLOWANCE_BIT);
  codes[9] = hardship(facts, EXTREME_HARDSHIP_BIT);
  codes[10] = hardship(facts, FIVE_GUARANTEE_BIT);
  codes[11] = hardship(facts, THREE_NO_BIT);
  codes[12] = hardship(facts, plan.hardshipMask);
  codes[13] = hardship(facts, plan.poorMask);
  return shared;
}

/** R10's membership: a group in force on asOf, unknown while no groups are passed. */
function mutualAidMember(elder: Elder, options: StatusOptions): number {
  const groups = options.mutualAidGroups;
  if (groups === undefined) return UNKNOWN;
  return groupInForce(groups, elder.id, options.asOf) ? YES : NO;
}

/**
 * The status of every category of an elder, as the explained rules (`rules/*`) decide it, in
 * one pass over facts read once, written into `codes` ({@link CATEGORY_KEYS}). The elder is
 * trusted (validated); an unvalidated one may make it throw, for the caller to diagnose.
 * @internal
 */
export function decideStatusCodes(
  elder: Elder,
  options: StatusOptions,
  policy: PolicyParameters,
  codes: StatusCodes,
): void {
  const { health, risks, household } = elder;
  const facts = elderFacts(elder, options.asOf, policy);
  const shared = decideBase(elder, facts, options.asOf, policy, codes);
  const lb = codes[LEFT_BEHIND] as number;
  const eh = codes[ECONOMIC_HARDSHIP] as number;
  const aa = codes[ADVANCED_AGE] as number;
  const disabled = codes[DISABLED] as number;
  const semiDisabled = codes[SEMI_DISABLED] as number;
  const emptyNest = codes[EMPTY_NEST] as number;
  const livesAlone = codes[LIVES_ALONE] as number;
  // 失能 for the priority rules: 半失能 too where the policy reads 失能 widely.
  const disabledWide = policy.semiDisabledCountsAsDisabled
    ? Math.max(disabled, semiDisabled)
    : disabled;
  const anyDisability = Math.max(disabled, semiDisabled);
  const other = risks.otherSpecialDifficulty;
  const otherDifficulty = other === undefined ? UNKNOWN : other === null ? NO : YES;
  const mental = health.severeMentalIllness;
  const trigger =
    (options.incidents?.length ?? 0) > 0 || mental ? YES : mental === undefined ? UNKNOWN : NO;
  const carer = household.entrustedCarer;
  const events = (options.majorEvents?.length ?? 0) > 0 ? YES : NO;
  codes[14] = Math.min(lb, eh, Math.max(aa, disabledWide));
  codes[15] = Math.min(
    lb,
    join(policy.riskJoin, tri(risks.safetyRisk), tri(risks.livingDifficulty)),
  );
  const poor = codes[POOR] as number;
  codes[16] = Math.min(lb, Math.max(livesAlone, disabledWide, poor, aa, otherDifficulty));
  codes[17] = Math.min(lb, trigger);
  codes[18] = join(policy.illnessJoin, tri(health.seriousIllness), disabled);
  codes[19] = Math.min(lb, carer === undefined ? UNKNOWN : carer === null ? YES : NO);
  codes[20] = Math.min(lb, eh, anyDisability);
  codes[21] = Math.min(emptyNest, Math.max(aa, anyDisability));
  codes[22] = Math.min(shared, Math.max(eh, livesAlone, emptyNest, aa, disabledWide));
  codes[23] = Math.min(mutualAidMember(elder, options), events);
}

/** The answer of code `at` of `codes`. */
function triAt(codes: StatusCodes, at: number): Tri {
  return TRI[codes[at] as number] as Tri;
}

/**
 * The statuses record of {@link StatusCodes}, written out key by key (one literal, one shape).
 * @internal
 */
export function statusesOfCodes(codes: StatusCodes): Record<CategoryKey, Tri> {
  return {
    leftBehindElder: triAt(codes, 0),
    leftBehindScreeningScope: triAt(codes, 1),
    emptyNestElder: triAt(codes, 2),
    livesAlone: triAt(codes, 3),
    solitaryElder: triAt(codes, 4),
    advancedAge: triAt(codes, 5),
    disabled: triAt(codes, 6),
    semiDisabled: triAt(codes, 7),
    minimumLivingAllowance: triAt(codes, 8),
    extremeHardship: triAt(codes, 9),
    fiveGuarantee: triAt(codes, 10),
    threeNo: triAt(codes, 11),
    economicHardship: triAt(codes, 12),
    poor: triAt(codes, 13),
    priorityTarget: triAt(codes, 14),
    priorityAssistanceTarget: triAt(codes, 15),
    trackContinuously: triAt(codes, 16),
    immediateReport: triAt(codes, 17),
    keepOneChildHome: triAt(codes, 18),
    entrustmentMissing: triAt(codes, 19),
    lowFeeCareEligible: triAt(codes, 20),
    emptyNestPriority: triAt(codes, 21),
    facilityPriority: triAt(codes, 22),
    mutualAidReport: triAt(codes, 23),
  };
}

/** Scratch codes for {@link decideStatuses}: read out before the next call. */
const scratch = statusCodes();

/**
 * The status of every category of an elder as a record: {@link decideStatusCodes}, read out.
 * @internal
 */
export function decideStatuses(
  elder: Elder,
  options: StatusOptions,
  policy: PolicyParameters,
): Record<CategoryKey, Tri> {
  decideStatusCodes(elder, options, policy, scratch);
  return statusesOfCodes(scratch);
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
