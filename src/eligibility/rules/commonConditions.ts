import type { PlainDate } from '../../models/index.js';
import { type Condition, condition, pathList, sharedCondition } from '../condition.js';
import {
  awayLongEnough,
  awayReachedKey,
  awayThresholdDay,
  type ElderContext,
  type FamilyMember,
  formattedDay,
  inElderCounty,
  reachedBy,
} from '../context.js';
import { OpenFacts } from '../openFacts.js';
import { allOf, type Tri } from '../tri.js';

/** Missing-fact paths of single facts, built once (a condition keeps them only while unknown). */
const AT_BIRTH_DATE = pathList('birthDate');

/** Whether `value` is at or past `threshold`, as the policy reads 以上. @internal */
export function reaches<T extends number | string>(
  value: T,
  threshold: T,
  context: ElderContext,
): boolean {
  return context.policy.thresholdsInclusive ? value >= threshold : value > threshold;
}

/** Whether the elder's age reaches `threshold` (以上 as the policy reads it); unknown without a birth date. @internal */
export function ageReaches(context: ElderContext, threshold: number): Tri {
  const { age } = context;
  return age === undefined ? 'unknown' : reaches(age, threshold, context) ? 'yes' : 'no';
}

/** 「60周岁以上」: aged at least `minimum` full years on the as-of date. @internal */
export function ageAtLeast(context: ElderContext, minimum: number): Condition {
  return ageCondition(context, 'age_minimum', minimum);
}

/**
 * An age condition (`age_minimum` 60+, `advanced_age` 高龄): it names only the age, the
 * threshold and the answer, so it is shared per age and threshold (ages and thresholds below
 * {@link AGES}, else built fresh).
 * @internal
 */
export function ageCondition(
  context: ElderContext,
  code: 'age_minimum' | 'advanced_age',
  threshold: number,
): Condition {
  const { age } = context;
  const known = age === undefined ? 0 : age + 1;
  const inclusive = context.policy.thresholdsInclusive ? 1 : 0;
  const usual = Number.isInteger(known) && known >= 0 && known <= AGES;
  if (!(usual && Number.isInteger(threshold) && threshold >= 0 && threshold < AGES))
    return freshAgeCondition(context, code, threshold);
  const key = (known * AGES + threshold) * 2 + inclusive;
  const cache = ageConditions[code];
  let found = cache.get(key);
  if (!found) {
    found = freshAgeCondition(context, code, threshold, sharedCondition);
    cache.set(key, found);
  }
  return found;
}

/** Ages (and thresholds) whose conditions are shared: below this. */
const AGES = 200;
const ageConditions = {
  age_minimum: new Map<number, Condition>(),
  advanced_age: new Map<number, Condition>(),
};

function freshAgeCondition(
  context: ElderContext,
  code: 'age_minimum' | 'advanced_age',
  threshold: number,
  build: typeof condition = condition,
): Condition {
  const status = ageReaches(context, threshold);
  const age = context.age ?? null;
  return code === 'age_minimum'
    ? build('age_minimum', status, { minimum: threshold, age }, AT_BIRTH_DATE)
    : build('advanced_age', status, { age, threshold }, AT_BIRTH_DATE);
}

/**
 * 「留在农村生活」: lives in the countryside, by residence (default) or by hukou. It names only
 * the setting, the test and an institution: shared per combination while no institution is
 * named (the settings the schema knows), else built fresh.
 */
function livesInCountryside(context: ElderContext): Condition {
  const { residence, household } = context.elder;
  const { ruralTest, institutionCountsAsRural } = context.policy;
  const setting = ruralTest === 'hukou' ? residence.hukou : residence.setting;
  const settingIndex =
    setting === undefined ? 0 : setting === 'rural' ? 1 : setting === 'urban' ? 2 : -1;
  // How the institution reads: not asked (0), known not in one (1), not known (2), in one (-1).
  const recorded = residence.institution;
  const arrangement = household.livingArrangement;
  const institution = institutionCountsAsRural
    ? 0
    : (recorded !== undefined && recorded !== null) || arrangement === 'institution'
      ? -1
      : recorded === null || arrangement !== undefined
        ? 1
        : 2;
  if (settingIndex < 0 || institution < 0) return countrysideCondition(context, condition);
  const key = (settingIndex * 3 + institution) * 2 + (ruralTest === 'hukou' ? 1 : 0);
  let found = countrysideConditions[key];
  if (!found) {
    found = countrysideCondition(context, sharedCondition);
    countrysideConditions[key] = found;
  }
  return found;
}

/** The shared conditions of {@link livesInCountryside}, by setting, institution and test (18). */
const countrysideConditions: (Condition | undefined)[] = [];

/** The 「留在农村生活」 condition, built by `build` (shared or not). */
function countrysideCondition(context: ElderContext, build: typeof condition): Condition {
  const { residence, household } = context.elder;
  const test = context.policy.ruralTest;
  const setting = test === 'hukou' ? residence.hukou : residence.setting;
  const settingStatus: Tri = setting === undefined ? 'unknown' : setting === 'rural' ? 'yes' : 'no';
  const missing =
    settingStatus === 'unknown' ? [test === 'hukou' ? 'residence.hukou' : 'residence.setting'] : [];
  if (context.policy.institutionCountsAsRural) {
    return build(
      'rural_residence',
      settingStatus,
      { setting: setting ?? null, test, institution: null },
      missing,
    );
  }
  // The policy does not count life in an institution as 「留在农村生活」: is the elder in one?
  const recorded = residence.institution;
  const arrangement = household.livingArrangement;
  const inInstitution: Tri =
    (recorded !== undefined && recorded !== null) || arrangement === 'institution'
      ? 'yes'
      : recorded === null || arrangement !== undefined
        ? 'no'
        : 'unknown';
  if (inInstitution === 'unknown') missing.push('residence.institution');
  const status = allOf([
    settingStatus,
    inInstitution === 'yes' ? 'no' : inInstitution === 'no' ? 'yes' : 'unknown',
  ]);
  const institution = inInstitution === 'yes' ? (recorded ?? 'other') : null;
  return build('rural_residence', status, { setting: setting ?? null, test, institution }, missing);
}

/**
 * The conditions several rules share (留守, its screening scope, facility priority), evaluated
 * once per elder: 60+ (「60周岁以上」) and living in the countryside (「留在农村生活」).
 * @internal
 */
export interface SharedConditions {
  readonly elderly: Condition;
  readonly rural: Condition;
}

/** Evaluate the {@link SharedConditions} of an elder. @internal */
export function sharedConditions(context: ElderContext): SharedConditions {
  return {
    elderly: ageAtLeast(context, context.policy.elderMinimumAge),
    rural: livesInCountryside(context),
  };
}

/**
 * Every member lives outside the elder's county (「全部离开县域范围」). `unknownLists` names
 * lists the ledger lacks (e.g. `household.children`): they leave the answer open unless a known
 * member already decides it.
 * @internal
 */
export function allOutOfCounty(
  context: ElderContext,
  members: readonly FamilyMember[],
  code: 'children_out_of_county' | 'obligors_out_of_county',
  unknownLists: readonly string[] = [],
): Condition {
  let outside = 0;
  let inside = 0;
  const open = new OpenFacts(unknownLists);
  for (const member of members) {
    const where = inElderCounty(context.elderCounty, member);
    // A member who may not count can leave the answer open, never decide it.
    if (where === true && !member.certain) open.addAt(member.list, member.index, 'kinship');
    else if (where === true) inside++;
    else if (where === false) outside++;
    else open.addAt(member.list, member.index, 'whereabouts.inElderCounty');
  }
  const status: Tri = inside > 0 ? 'no' : open.count > 0 ? 'unknown' : 'yes';
  const unknown = open.count - unknownLists.length;
  const params = { counted: members.length, outside, inside, unknown };
  return condition(code, status, params, open.paths);
}

/**
 * Every member has been away at least the policy's minimum (「半年以上」). A member known to have
 * left within a span of days (`awaySinceBetween`: a month, or 常年在外 with only a latest day)
 * is away long enough when the minimum is reached from the span's latest day, too briefly when
 * it is not reached from its earliest day, and otherwise not known (`awaySince` asked for).
 * The threshold day never moves back as the start moves on, so a span never contradicts an
 * exact day inside it. `spanned` says the day in the reason is a span's bound, not a known day.
 * @internal
 */
export function allAwayLongEnough(
  context: ElderContext,
  members: readonly FamilyMember[],
  code: 'away_long_enough' | 'obligors_away_long_enough',
  unknownLists: readonly string[] = [],
): Condition {
  const lastDay = lastKnownDeparture(members);
  if (lastDay !== undefined) return awayFromKnownDays(context, lastDay, code, unknownLists);
  // The latest of the earliest possible starts decides no; of the latest possible, yes. Each
  // remembers whether a span gave it (then the explanation says "at the earliest" / "by").
  const earliest = new LatestDay();
  const latest = new LatestDay();
  // Of the members whose absence is decided, for an answer left open by the others.
  const settled = new LatestDay();
  const open = new OpenFacts(unknownLists);
  let uncertain = false;
  for (const member of members) {
    if (member.livesWithElder || member.atElderSide) continue;
    const exact = member.awaySince !== undefined;
    const early = member.awaySince ?? member.awaySinceBetween?.earliest;
    const late = member.awaySince ?? member.awaySinceBetween?.latest;
    if (late === undefined) open.addAt(member.list, member.index, 'awaySince');
    else if (!member.certain) uncertain = true;
    else {
      if (early !== undefined) earliest.offer(early, exact);
      latest.offer(late, exact);
      // A span the threshold falls inside: the day itself is asked for (an exact day never is).
      if (
        !exact &&
        !awayLongEnough(late, context) &&
        (early === undefined || awayLongEnough(early, context))
      )
        open.addAt(member.list, member.index, 'awaySince');
      else if (early !== undefined) settled.offer(early, exact);
    }
  }
  // The last one to leave decides: once their absence is long enough, everyone's is.
  const tooRecent = earliest.day !== undefined && !awayLongEnough(earliest.day, context);
  // A member who may not count and may have left too recently can keep the answer open.
  for (const member of uncertain ? members : []) {
    const late = member.awaySince ?? member.awaySinceBetween?.latest;
    if (
      !member.certain &&
      !member.livesWithElder &&
      !member.atElderSide &&
      late &&
      !awayLongEnough(late, context)
    )
      open.addAt(member.list, member.index, 'kinship');
  }
  const status: Tri = tooRecent ? 'no' : open.count > 0 ? 'unknown' : 'yes';
  const decisive = status === 'yes' ? latest : status === 'no' ? earliest : settled;
  const since = decisive.day ?? null;
  const minimumMonths = context.policy.awayMinimumMonths;
  const reachedOn = since === null ? null : awayThresholdDay(since, context.policy);
  // Two literals rather than a spread: `spanned` is there only when true.
  const params = decisive.spanned
    ? { since, minimumMonths, reachedOn, spanned: true as const }
    : { since, minimumMonths, reachedOn };
  return condition(code, status, params, open.paths);
}

/**
 * The day the last member to leave left, when every absent member counts for certain and left
 * on a known day (the usual record): null when nobody is away; undefined otherwise.
 */
function lastKnownDeparture(members: readonly FamilyMember[]): PlainDate | null | undefined {
  let last: PlainDate | null = null;
  for (const member of members) {
    if (member.livesWithElder || member.atElderSide) continue;
    const since = member.awaySince;
    if (since === undefined || !member.certain) return undefined;
    if (last === null || since > last) last = since;
  }
  return last;
}

/**
 * {@link allAwayLongEnough} when every absence began on a known day: the last one decides,
 * and nothing but a missing list can leave it open. The threshold day is computed once.
 */
function awayFromKnownDays(
  context: ElderContext,
  lastDay: PlainDate | null,
  code: 'away_long_enough' | 'obligors_away_long_enough',
  unknownLists: readonly string[],
): Condition {
  const minimumMonths = context.policy.awayMinimumMonths;
  // Nobody away: the answer stands on the lists alone.
  if (lastDay === null) {
    const status: Tri = unknownLists.length > 0 ? 'unknown' : 'yes';
    return condition(code, status, { since: null, minimumMonths, reachedOn: null }, unknownLists);
  }
  const since = lastDay;
  const reached = awayReachedKey(since, context.policy);
  const status: Tri = !reachedBy(reached, context)
    ? 'no'
    : unknownLists.length > 0
      ? 'unknown'
      : 'yes';
  const params = { since, minimumMonths, reachedOn: formattedDay(reached) };
  return condition(code, status, params, unknownLists);
}

/** The latest day offered, and whether only a span gave it (an exact day wins a tie). */
class LatestDay {
  day: PlainDate | undefined;
  spanned = false;

  offer(day: PlainDate, exact: boolean): void {
    if (this.day === undefined || day > this.day) {
      this.day = day;
      this.spanned = !exact;
    } else if (day === this.day && exact) this.spanned = false;
  }
}
