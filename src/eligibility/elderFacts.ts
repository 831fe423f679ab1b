import {
  type AwaySinceBetween,
  type Child,
  type EconomicStatus,
  type Elder,
  type Household,
  type PlainDate,
  residentIdFacts,
  type SupportObligor,
} from '../models/index.js';
import { whereaboutsInCounty } from './context.js';
import { dayKey, fullYearsKey, monthsLaterKey } from './dayKey.js';
import type { PolicyParameters } from './policy.js';
import { statusPlan } from './statusPlan.js';

/**
 * What the status pass needs to know about an elder, read once as integers and flags: the
 * as-of day and ages, and the family as counts — the counted children and the other support
 * obligors (赡养义务人) read in one loop each for every rule that looks at them (留守, its
 * screening scope, 空巢). Each count says how many members decide a condition one way or leave
 * it open, exactly as the rule-by-rule conditions count them (`allOutOfCounty`,
 * `allAwayLongEnough`, `awayForCountedReasons`, `noCapableSupporterAtSide`, `childrenLeftHome`,
 * the closed list's branch 4).
 * @internal
 */
export class ElderFacts {
  /** The as-of day as a {@link dayKey}. */
  asOfKey = 0;
  /** Age in full years on asOf, -1 when the birth date is not known; the spouse's alike. */
  age = -1;
  spouseAge = -1;
  /** A check in force found that no economic-hardship status applies. */
  noHardship = false;
  /** The economic-hardship statuses recorded as applying, and those not known, as `HARDSHIP_BITS` masks. */
  hardshipYes = 0;
  hardshipUnknown = 0;
  /** Whether the ledger lists the children (else every child condition is open). */
  childrenListed = false;
  /** Living children of counted kinships. */
  children = 0;
  /** Of those, the ones whose kinship is known to count. */
  certainChildren = 0;
  /** Counted children known in the county (LB3 no) / not known to be outside it. */
  childrenInCounty = 0;
  childrenCountyOpen = 0;
  /** Absent children away for a reason the policy does not count (LB4 no) / not known. */
  reasonsNotCounting = 0;
  reasonsOpen = 0;
  /** Absent children known to have left too recently (LB5 no) / not known. */
  childrenTooRecent = 0;
  childrenAwayOpen = 0;
  /** Supporters at the elder's side able to support them (LB6 no) / of unknown ability / unknown presence. */
  capableAtSide = 0;
  atSideOpen = 0;
  /** 空巢 A: children gone from home, at home, not known (as the policy's all/any rule counts). */
  leftHome = 0;
  atHome = 0;
  homeOpen = 0;
  /** 空巢 B (4): children working in the elder's township / not known to. */
  workingInTownship = 0;
  workOpen = 0;
  /** Whether the other obligors are listed (or the policy says none listed means none). */
  obligorsListed = false;
  /** Other support obligors still alive. */
  obligors = 0;
  obligorsInCounty = 0;
  obligorsCountyOpen = 0;
  obligorsTooRecent = 0;
  obligorsAwayOpen = 0;

  /** Back to a fresh instance's values, for the next elder (one instance serves a whole ledger). */
  reset(): void {
    this.asOfKey = 0;
    this.age = -1;
    this.spouseAge = -1;
    this.noHardship = false;
    this.hardshipYes = 0;
    this.hardshipUnknown = 0;
    this.childrenListed = false;
    this.children = 0;
    this.certainChildren = 0;
    this.childrenInCounty = 0;
    this.childrenCountyOpen = 0;
    this.reasonsNotCounting = 0;
    this.reasonsOpen = 0;
    this.childrenTooRecent = 0;
    this.childrenAwayOpen = 0;
    this.capableAtSide = 0;
    this.atSideOpen = 0;
    this.leftHome = 0;
    this.atHome = 0;
    this.homeOpen = 0;
    this.workingInTownship = 0;
    this.workOpen = 0;
    this.obligorsListed = false;
    this.obligors = 0;
    this.obligorsInCounty = 0;
    this.obligorsCountyOpen = 0;
    this.obligorsTooRecent = 0;
    this.obligorsAwayOpen = 0;
  }
}

/** How one member's absence bears on 「半年以上」: settled long enough, open, or too recent. */
const AWAY_LONG_ENOUGH = 0;
const AWAY_OPEN = 1;
const AWAY_TOO_RECENT = 2;

/** Whether an absence that began on the day `key` has lasted the policy's minimum by asOf. */
function longEnough(
  key: number,
  since: PlainDate,
  asOfKey: number,
  policy: PolicyParameters,
): boolean {
  const reached = monthsLaterKey(key, policy.awayMinimumMonths, since);
  return policy.thresholdsInclusive ? asOfKey >= reached : asOfKey > reached;
}

/**
 * One absent member's bearing on 「半年以上」, as `allAwayLongEnough` decides it: a member whose
 * kinship may not count can leave the answer open, never decide it; a span (`awaySinceBetween`)
 * decides only when the minimum is reached from both of its ends, or not from its earliest.
 */
function awayState(
  since: PlainDate | undefined,
  between: AwaySinceBetween | undefined,
  certain: boolean,
  asOfKey: number,
  policy: PolicyParameters,
): number {
  const late = since ?? between?.latest;
  if (late === undefined) return AWAY_OPEN;
  const early = since ?? between?.earliest;
  if (certain && early !== undefined && !longEnough(dayKey(early), early, asOfKey, policy))
    return AWAY_TOO_RECENT;
  // An exact day already found long enough needs no second look.
  if (certain && since !== undefined) return AWAY_LONG_ENOUGH;
  return longEnough(dayKey(late), late, asOfKey, policy) ? AWAY_LONG_ENOUGH : AWAY_OPEN;
}

/** Add one counted child to the facts. */
function readChild(
  facts: ElderFacts,
  child: Child,
  certain: boolean,
  elderCounty: string,
  policy: PolicyParameters,
): void {
  const { livesWithElder, whereabouts } = child;
  if (certain) facts.certainChildren++;
  const inCounty = livesWithElder ? true : whereaboutsInCounty(elderCounty, whereabouts);
  if (inCounty === true && certain) facts.childrenInCounty++;
  else if (inCounty !== false) facts.childrenCountyOpen++;
  const works = whereabouts?.worksInElderTownship;
  if (works === true) facts.workingInTownship++;
  else if (works === undefined) facts.workOpen++;
  const gone = livesWithElder === false || inCounty === false;
  readChildHome(facts, gone, livesWithElder, certain, policy);
  if (livesWithElder) {
    if (child.capableOfSupport === true) facts.capableAtSide++;
    else if (child.capableOfSupport === undefined) facts.atSideOpen++;
    return;
  }
  const reason = child.awayReason;
  if (reason === undefined) facts.reasonsOpen++;
  else if (!policy.awayReasons.includes(reason)) {
    if (certain) facts.reasonsNotCounting++;
    else facts.reasonsOpen++;
  }
  const away = awayState(child.awaySince, child.awaySinceBetween, certain, facts.asOfKey, policy);
  if (away === AWAY_TOO_RECENT) facts.childrenTooRecent++;
  else if (away === AWAY_OPEN) facts.childrenAwayOpen++;
}

/** 空巢 A's 「子女离家」 for one child: gone, at home, or open (an uncertain child never decides). */
function readChildHome(
  facts: ElderFacts,
  gone: boolean,
  livesWithElder: boolean | undefined,
  certain: boolean,
  policy: PolicyParameters,
): void {
  if (!gone && !livesWithElder) {
    facts.homeOpen++;
    return;
  }
  const deciding = policy.emptyNestChildrenLeft === 'all' ? !gone : gone;
  if (deciding && !certain) facts.homeOpen++;
  else if (gone) facts.leftHome++;
  else facts.atHome++;
}

/** Add one living support obligor to the facts. */
function readObligor(
  facts: ElderFacts,
  obligor: SupportObligor,
  elderCounty: string,
  policy: PolicyParameters,
): void {
  const { atElderSide, whereabouts } = obligor;
  const inCounty = atElderSide ? true : whereaboutsInCounty(elderCounty, whereabouts);
  if (inCounty === true) facts.obligorsInCounty++;
  else if (inCounty === undefined) facts.obligorsCountyOpen++;
  // Someone living outside the county is not at the elder's side.
  if (atElderSide !== false && whereabouts?.inElderCounty !== false) {
    if (atElderSide === undefined) facts.atSideOpen++;
    else if (obligor.capableOfSupport === true) facts.capableAtSide++;
    else if (obligor.capableOfSupport === undefined) facts.atSideOpen++;
  }
  if (atElderSide) return;
  const away = awayState(obligor.awaySince, obligor.awaySinceBetween, true, facts.asOfKey, policy);
  if (away === AWAY_TOO_RECENT) facts.obligorsTooRecent++;
  else if (away === AWAY_OPEN) facts.obligorsAwayOpen++;
}

const NO_CHILDREN: readonly Child[] = [];
const NO_OBLIGORS: readonly SupportObligor[] = [];

/** Count the family: every counted child and living obligor. */
function readFamily(
  facts: ElderFacts,
  household: Household,
  elderCounty: string,
  policy: PolicyParameters,
): void {
  const kinships = policy.childKinships;
  const { everyKinship } = statusPlan(policy);
  const children = household.children;
  facts.childrenListed = children !== undefined;
  for (const child of children ?? NO_CHILDREN) {
    if (child.alive === false) continue;
    const kinship = child.kinship;
    if (kinship !== undefined && !kinships.includes(kinship)) continue;
    facts.children++;
    readChild(facts, child, everyKinship || kinship !== undefined, elderCounty, policy);
  }
  // None listed means none only where the policy says the records list every obligor.
  const others =
    household.otherSupportObligors ??
    (policy.unlistedSupportObligors === 'none' ? NO_OBLIGORS : undefined);
  facts.obligorsListed = others !== undefined;
  for (const obligor of others ?? NO_OBLIGORS) {
    if (obligor.alive === false) continue;
    facts.obligors++;
    readObligor(facts, obligor, elderCounty, policy);
  }
}

/** Mark one status: applying, or not known — unless a check in force found none applies. */
function readHardship(facts: ElderFacts, bit: number, flag: boolean | undefined): void {
  if (flag === undefined) {
    if (!facts.noHardship) facts.hardshipUnknown |= bit;
  } else if (flag) facts.hardshipYes |= bit;
}

/** The recorded economic statuses, as masks (poverty monitoring applies unless `none`). */
function readEconomic(facts: ElderFacts, economic: EconomicStatus): void {
  readHardship(facts, 1, economic.minimumLivingAllowance);
  readHardship(facts, 2, economic.extremeHardship);
  readHardship(facts, 4, economic.fiveGuarantee);
  readHardship(facts, 8, economic.threeNo);
  readHardship(facts, 16, economic.povertyRegistered);
  const monitoring = economic.povertyMonitoring;
  readHardship(facts, 32, monitoring === undefined ? undefined : monitoring !== 'none');
  readHardship(facts, 64, economic.otherHardship);
}

/**
 * The facts of the elder read last: one instance reused, as the status pass reads them before
 * the next elder is read (no per-elder object for the collector).
 */
const scratch = new ElderFacts();

/** The last as-of day keyed: a ledger asks about one day for every elder. */
let lastAsOf: PlainDate | undefined;
let lastAsOfKey = 0;

function asOfKeyOf(asOf: PlainDate): number {
  if (asOf !== lastAsOf) {
    lastAsOfKey = dayKey(asOf);
    lastAsOf = asOf;
  }
  return lastAsOfKey;
}

/** The village whose county was taken last, and that county: a ledger lists a village's elders together. */
let lastVillage = '';
let lastCounty = '';

/** A village code's county: its first six digits (as `slice` takes them, whatever the value). */
function countyOf(village: string): string {
  if (village !== lastVillage) {
    lastCounty = village.slice(0, 6);
    lastVillage = village;
  }
  return lastCounty;
}

function ageOn(
  birthDate: PlainDate | undefined,
  asOfKey: number,
  policy: PolicyParameters,
): number {
  return birthDate === undefined
    ? -1
    : fullYearsKey(dayKey(birthDate), asOfKey, policy.leapDayBirthday);
}

/**
 * Read an elder once for the status pass, as of `asOf` under `policy`: ages, the hardship
 * finding in force, and every counted child and living obligor. The instance returned is the
 * same for every call: read it before the next elder is read.
 * @internal
 */
export function elderFacts(elder: Elder, asOf: PlainDate, policy: PolicyParameters): ElderFacts {
  const facts = scratch;
  facts.reset();
  const asOfKey = asOfKeyOf(asOf);
  facts.asOfKey = asOfKey;
  const birthDate =
    elder.birthDate ?? (elder.residentId ? residentIdFacts(elder.residentId).birthDate : undefined);
  facts.age = ageOn(birthDate, asOfKey, policy);
  facts.spouseAge = ageOn(elder.household.spouse?.birthDate, asOfKey, policy);
  const noneOn = elder.economic.noHardshipAssessedOn;
  // A finding dated after the as-of day is not yet in force.
  facts.noHardship = noneOn !== undefined && noneOn <= asOf;
  readEconomic(facts, elder.economic);
  readFamily(facts, elder.household, countyOf(elder.residence.villageCode), policy);
  return facts;
}
