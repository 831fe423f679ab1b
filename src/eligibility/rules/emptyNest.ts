import {
  type Condition,
  conclude,
  condition,
  NO_PARAMS,
  pathList,
  sharedCondition,
} from '../condition.js';
import { type ElderContext, inElderCounty } from '../context.js';
import type { EmptyNestDefinition } from '../definitionNames.js';
import { OpenFacts } from '../openFacts.js';
import type { CategoryResult } from '../reason.js';
import { allOf, anyOf, type Tri, triOf } from '../tri.js';
import { ageReaches, reaches } from './commonConditions.js';
import { economicFact, LIVING_ARRANGEMENTS } from './statuses.js';

/** Missing-fact paths of single facts, built once (a condition keeps them only while unknown). */
const AT_HOUSEHOLD_CHILDREN = pathList('household.children');
const AT_HOUSEHOLD_LIVING_ARRANGEMENT = pathList('household.livingArrangement');

/** Definition A: the children have left home (离家), all of them or any, as the policy says. */
function childrenLeftHome(context: ElderContext): Condition {
  const rule = context.policy.emptyNestChildrenLeft;
  const children = context.children;
  if (children === undefined) {
    const params = { counted: 0, leftHome: 0, atHome: 0, unknown: 0, rule };
    return condition('children_left_home', 'unknown', params, AT_HOUSEHOLD_CHILDREN);
  }
  let leftHome = 0;
  let atHome = 0;
  const open = new OpenFacts();
  // The answer that would decide the rule: a child at home for "all", one gone for "any".
  const deciding = rule === 'all' ? 'home' : 'gone';
  for (const child of children) {
    // A child living outside the county has left home, whatever livesWithElder says.
    const gone =
      child.livesWithElder === false || inElderCounty(context.elderCounty, child) === false;
    const where = gone ? 'gone' : child.livesWithElder ? 'home' : undefined;
    if (where === undefined) open.addAt(child.list, child.index, 'livesWithElder');
    else if (where === deciding && !child.certain) open.addAt(child.list, child.index, 'kinship');
    else if (where === 'gone') leftHome++;
    else atHome++;
  }
  const params = { counted: children.length, leftHome, atHome, unknown: open.count, rule };
  let status: Tri;
  if (children.length === 0) status = context.policy.emptyNestIncludesChildless ? 'yes' : 'no';
  else if (rule === 'all') status = atHome > 0 ? 'no' : open.count > 0 ? 'unknown' : 'yes';
  else status = leftHome > 0 ? 'yes' : open.count > 0 ? 'unknown' : 'no';
  return condition('children_left_home', status, params, open.paths);
}

/** Definition A: a couple on their own or an elder living alone (「中老年夫妇或独居老人」). */
function aloneOrWithSpouseOnly(context: ElderContext): Condition {
  const arrangement = context.elder.household.livingArrangement;
  const found = aloneOrWithSpouseConditions.get(arrangement);
  if (found) return found;
  const status: Tri =
    arrangement === undefined
      ? 'unknown'
      : arrangement === 'alone' || arrangement === 'spouseOnly'
        ? 'yes'
        : 'no';
  const params = { livingArrangement: arrangement ?? null };
  // Only the schema's arrangements are kept: an unvalidated elder's string is not.
  if (arrangement !== undefined && !LIVING_ARRANGEMENTS.has(arrangement))
    return condition('alone_or_with_spouse_only', status, params, AT_HOUSEHOLD_LIVING_ARRANGEMENT);
  const shared = sharedCondition(
    'alone_or_with_spouse_only',
    status,
    params,
    AT_HOUSEHOLD_LIVING_ARRANGEMENT,
  );
  aloneOrWithSpouseConditions.set(arrangement, shared);
  return shared;
}

/** The condition of each recorded arrangement, shared (the schema's few arrangements). */
const aloneOrWithSpouseConditions = new Map<string | undefined, Condition>();

/** The minimum ages of definition A; the deprecated single age, when given, sets both. */
function emptyNestAges(context: ElderContext): { alone: number; couple: number } {
  const { emptyNestMinimumAge, emptyNestAloneMinimumAge, emptyNestCoupleMinimumAge } =
    context.policy;
  return emptyNestMinimumAge === undefined
    ? { alone: emptyNestAloneMinimumAge, couple: emptyNestCoupleMinimumAge }
    : { alone: emptyNestMinimumAge, couple: emptyNestMinimumAge };
}

/**
 * Definition A's age: 「独居老人」 an elder alone of the policy's age, 「中老年夫妇」 a couple of
 * theirs — either spouse or both, as the policy reads it (spec §1.2 ambiguity 2). While the
 * living arrangement is not recorded, either may apply.
 */
function emptyNestAge(context: ElderContext): Condition {
  const ages = emptyNestAges(context);
  const rule = context.policy.emptyNestCoupleAge;
  const { spouseAge } = context;
  const elderCouple = ageReaches(context, ages.couple);
  const spouseCouple: Tri =
    spouseAge === undefined ? 'unknown' : reaches(spouseAge, ages.couple, context) ? 'yes' : 'no';
  const couple =
    rule === 'bothSpouses'
      ? allOf([elderCouple, spouseCouple])
      : anyOf([elderCouple, spouseCouple]);
  const alone = ageReaches(context, ages.alone);
  const arrangement = context.elder.household.livingArrangement;
  const status =
    arrangement === 'alone'
      ? alone
      : arrangement === 'spouseOnly'
        ? couple
        : anyOf([alone, couple]);
  const missing: string[] = [];
  if (context.age === undefined) missing.push('birthDate');
  if (couple === 'unknown' && spouseAge === undefined && arrangement !== 'alone')
    missing.push('household.spouse.birthDate');
  const params = {
    livingArrangement: arrangement ?? null,
    age: context.age ?? null,
    spouseAge: spouseAge ?? null,
    aloneMinimum: ages.alone,
    coupleMinimum: ages.couple,
    coupleAge: rule,
  };
  return condition('empty_nest_age', status, params, missing);
}

/** 空巢 definition A (spec §1.2 · S10 L201 = S18 L487): the household definition. */
function householdDefinition(context: ElderContext): Condition[] {
  return [emptyNestAge(context), childrenLeftHome(context), aloneOrWithSpouseOnly(context)];
}

/** Who lives with the elder besides a spouse: anyone in these arrangements is at the side. @internal */
export const LIVES_WITH_OTHERS: ReadonlySet<string> = new Set([
  'withGrandchildren',
  'withChildren',
  'withOthers',
  'institution',
]);

/**
 * Definition B (4)'s 「身边……有人照顾」: an entrusted carer (R6), anyone living with the elder,
 * or a spouse at the side as the policy counts one (spec §1.2 ambiguity 7). The facts that
 * could still decide it go to `open`.
 */
function someoneCaringAtSide(context: ElderContext, open: OpenFacts): Tri {
  const { livingArrangement: arrangement, entrustedCarer, spouse } = context.elder.household;
  const entrusted: Tri = entrustedCarer === undefined ? 'unknown' : entrustedCarer ? 'yes' : 'no';
  const others: Tri =
    arrangement === undefined ? 'unknown' : LIVES_WITH_OTHERS.has(arrangement) ? 'yes' : 'no';
  const spouseAtSide: Tri =
    arrangement === undefined
      ? 'unknown'
      : arrangement === 'spouseOnly' || (spouse?.status === 'married' && spouse.livesWithElder)
        ? 'yes'
        : 'no';
  const reading = context.policy.emptyNestSpouseIsCarer;
  const spouseCares: Tri =
    reading === 'never' ? 'no' : reading === 'always' ? 'yes' : triOf(spouse?.capableOfCare);
  const spouseCaring = allOf([spouseAtSide, spouseCares]);
  const caring = anyOf([entrusted, others, spouseCaring]);
  if (caring === 'unknown') {
    if (entrusted === 'unknown') open.add('household.entrustedCarer');
    if (arrangement === undefined) open.add('household.livingArrangement');
    if (spouseCaring === 'unknown' && spouseCares === 'unknown')
      open.add('household.spouse.capableOfCare');
  }
  return caring;
}

/**
 * 空巢 definition B (spec §1.2 · S17 L457), a closed list: 孤寡, 五保户, 三无, or 高龄 with no
 * child working in this township and nobody at the elder's side to look after them.
 */
function closedListDefinition(context: ElderContext, advancedAge: Tri): Condition {
  const { household } = context.elder;
  const open = new OpenFacts();
  const matched: ('solitary' | 'fiveGuarantee' | 'threeNo' | 'advancedAgeUncared')[] = [];
  const recorded: ['solitary' | 'fiveGuarantee' | 'threeNo', boolean | undefined, string][] = [
    ['solitary', household.solitary, 'household.solitary'],
    ['fiveGuarantee', economicFact(context, 'fiveGuarantee'), 'economic.fiveGuarantee'],
    ['threeNo', economicFact(context, 'threeNo'), 'economic.threeNo'],
  ];
  let anyRecorded: Tri = 'no';
  for (const [name, value, path] of recorded) {
    if (value) {
      matched.push(name);
      anyRecorded = 'yes';
    } else if (value === undefined) {
      open.add(path);
      if (anyRecorded === 'no') anyRecorded = 'unknown';
    }
  }
  // Branch (4): 高龄 ∧ children not working in this town ∧ nobody caring at the side.
  const children = context.children;
  let working = 0;
  let unknownWork = 0;
  for (const { child } of children ?? []) {
    const worksHere = child.whereabouts?.worksInElderTownship;
    if (worksHere === true) working++;
    else if (worksHere === undefined) unknownWork++;
  }
  const notWorkingHere: Tri =
    children === undefined ? 'unknown' : working > 0 ? 'no' : unknownWork > 0 ? 'unknown' : 'yes';
  const caringFacts = new OpenFacts();
  const caring = someoneCaringAtSide(context, caringFacts);
  const nobodyCaring: Tri = caring === 'yes' ? 'no' : caring === 'no' ? 'yes' : 'unknown';
  const branch4Status = allOf([advancedAge, notWorkingHere, nobodyCaring]);
  if (branch4Status === 'yes') matched.push('advancedAgeUncared');
  const status = anyOf([anyRecorded, branch4Status]);
  // Ask only for facts that could still decide: branch (4)'s while it is open.
  if (branch4Status === 'unknown') {
    if (advancedAge === 'unknown') open.add('birthDate');
    if (children === undefined) open.add('household.children');
    for (const { child, list, index } of children ?? [])
      if (child.whereabouts?.worksInElderTownship === undefined)
        open.addAt(list, index, 'whereabouts.worksInElderTownship');
    for (const path of caringFacts.paths) open.add(path);
  }
  return condition('closed_list_status', status, { matched }, open.paths);
}

/**
 * 空巢老人 (spec §1.2): by the household definition A (default), the closed list B, or either, as
 * the policy chooses (the text contradicts itself, spec §11.1) or as the caller asks, to compare.
 * @internal
 */
export function emptyNestElder(
  context: ElderContext,
  advancedAge: Tri,
  definition: EmptyNestDefinition = context.policy.emptyNestDefinition,
): CategoryResult {
  if (definition === 'childrenLeftHomeS18')
    return conclude('emptyNestElder', householdDefinition(context), 'all');
  if (definition === 'closedListS17')
    return conclude('emptyNestElder', [closedListDefinition(context, advancedAge)], 'all');
  const household = conclude('emptyNestElder', householdDefinition(context), 'all');
  const closed = closedListDefinition(context, advancedAge);
  return conclude(
    'emptyNestElder',
    [condition('empty_nest_household', household.status, NO_PARAMS, household.missing), closed],
    'any',
  );
}
