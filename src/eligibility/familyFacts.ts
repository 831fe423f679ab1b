import type {
  AwaySinceBetween,
  Child,
  Household,
  PlainDate,
  SupportObligor,
} from '../models/index.js';
import { whereaboutsInCounty } from './context.js';
import { dayKey, monthsLaterKey } from './dayKey.js';
import type { PolicyParameters } from './policy.js';

/**
 * What the status pass needs to know about the elder's family, as counts: the counted children
 * and the other support obligors (赡养义务人) read once, in one loop each, for every rule that
 * looks at them (留守, its screening scope, 空巢). Each count says how many members decide a
 * condition one way or leave it open, exactly as the rule-by-rule conditions count them
 * (`allOutOfCounty`, `allAwayLongEnough`, `awayForCountedReasons`, `noCapableSupporterAtSide`,
 * `childrenLeftHome`, the closed list's branch 4).
 * @internal
 */
export class FamilyFacts {
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
}

/** How one member's absence bears on 「半年以上」: settled long enough, open, or too recent. */
const AWAY_LONG_ENOUGH = 0;
const AWAY_OPEN = 1;
const AWAY_TOO_RECENT = 2;

/** The as-of day and the policy, as the family loops read them. */
interface Reading {
  readonly elderCounty: string;
  readonly asOfKey: number;
  readonly policy: PolicyParameters;
}

/** Whether an absence that began on the day `key` has lasted the policy's minimum by asOf. */
function longEnough(key: number, since: PlainDate, reading: Reading): boolean {
  const reached = monthsLaterKey(key, reading.policy.awayMinimumMonths, since);
  return reading.policy.thresholdsInclusive
    ? reading.asOfKey >= reached
    : reading.asOfKey > reached;
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
  reading: Reading,
): number {
  const late = since ?? between?.latest;
  if (late === undefined) return AWAY_OPEN;
  const early = since ?? between?.earliest;
  if (certain && early !== undefined && !longEnough(dayKey(early), early, reading))
    return AWAY_TOO_RECENT;
  // An exact day already found long enough needs no second look.
  if (certain && since !== undefined) return AWAY_LONG_ENOUGH;
  return longEnough(dayKey(late), late, reading) ? AWAY_LONG_ENOUGH : AWAY_OPEN;
}

/** Add one counted child to the facts. */
function readChild(facts: FamilyFacts, child: Child, certain: boolean, reading: Reading): void {
  const { livesWithElder, whereabouts } = child;
  if (certain) facts.certainChildren++;
  const inCounty = livesWithElder ? true : whereaboutsInCounty(reading.elderCounty, whereabouts);
  if (inCounty === true && certain) facts.childrenInCounty++;
  else if (inCounty !== false) facts.childrenCountyOpen++;
  const works = whereabouts?.worksInElderTownship;
  if (works === true) facts.workingInTownship++;
  else if (works === undefined) facts.workOpen++;
  readChildHome(
    facts,
    livesWithElder === false || inCounty === false,
    livesWithElder,
    certain,
    reading,
  );
  if (livesWithElder) {
    if (child.capableOfSupport === true) facts.capableAtSide++;
    else if (child.capableOfSupport === undefined) facts.atSideOpen++;
    return;
  }
  const reason = child.awayReason;
  if (reason === undefined) facts.reasonsOpen++;
  else if (!reading.policy.awayReasons.includes(reason)) {
    if (certain) facts.reasonsNotCounting++;
    else facts.reasonsOpen++;
  }
  const away = awayState(child.awaySince, child.awaySinceBetween, certain, reading);
  if (away === AWAY_TOO_RECENT) facts.childrenTooRecent++;
  else if (away === AWAY_OPEN) facts.childrenAwayOpen++;
}

/** 空巢 A's 「子女离家」 for one child: gone, at home, or open (an uncertain child never decides). */
function readChildHome(
  facts: FamilyFacts,
  gone: boolean,
  livesWithElder: boolean | undefined,
  certain: boolean,
  reading: Reading,
): void {
  if (!gone && !livesWithElder) {
    facts.homeOpen++;
    return;
  }
  const deciding = reading.policy.emptyNestChildrenLeft === 'all' ? !gone : gone;
  if (deciding && !certain) facts.homeOpen++;
  else if (gone) facts.leftHome++;
  else facts.atHome++;
}

/** Add one living support obligor to the facts. */
function readObligor(facts: FamilyFacts, obligor: SupportObligor, reading: Reading): void {
  const { atElderSide, whereabouts } = obligor;
  const inCounty = atElderSide ? true : whereaboutsInCounty(reading.elderCounty, whereabouts);
  if (inCounty === true) facts.obligorsInCounty++;
  else if (inCounty === undefined) facts.obligorsCountyOpen++;
  // Someone living outside the county is not at the elder's side.
  if (atElderSide !== false && whereabouts?.inElderCounty !== false) {
    if (atElderSide === undefined) facts.atSideOpen++;
    else if (obligor.capableOfSupport === true) facts.capableAtSide++;
    else if (obligor.capableOfSupport === undefined) facts.atSideOpen++;
  }
  if (atElderSide) return;
  const away = awayState(obligor.awaySince, obligor.awaySinceBetween, true, reading);
  if (away === AWAY_TOO_RECENT) facts.obligorsTooRecent++;
  else if (away === AWAY_OPEN) facts.obligorsAwayOpen++;
}
const NO_CHILDREN: readonly Child[] = [];
const NO_OBLIGORS: readonly SupportObligor[] = [];

/**
 * Read the family of an elder once for the status pass: every counted child and living
 * obligor, as of `asOfKey` (a {@link dayKey}) under `policy`.
 * @internal
 */
export function familyFacts(
  household: Household,
  elderCounty: string,
  asOfKey: number,
  policy: PolicyParameters,
): FamilyFacts {
  const facts = new FamilyFacts();
  const reading: Reading = { elderCounty, asOfKey, policy };
  const kinships = policy.childKinships;
  const everyKinship =
    kinships.includes('birth') && kinships.includes('adopted') && kinships.includes('step');
  const children = household.children;
  facts.childrenListed = children !== undefined;
  for (const child of children ?? NO_CHILDREN) {
    if (child.alive === false) continue;
    const kinship = child.kinship;
    if (kinship !== undefined && !kinships.includes(kinship)) continue;
    facts.children++;
    readChild(facts, child, everyKinship || kinship !== undefined, reading);
  }
  // None listed means none only where the policy says the records list every obligor.
  const others =
    household.otherSupportObligors ??
    (policy.unlistedSupportObligors === 'none' ? NO_OBLIGORS : undefined);
  facts.obligorsListed = others !== undefined;
  for (const obligor of others ?? NO_OBLIGORS) {
    if (obligor.alive === false) continue;
    facts.obligors++;
    readObligor(facts, obligor, reading);
  }
  return facts;
}
