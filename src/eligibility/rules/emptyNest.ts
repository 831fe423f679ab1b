import { type Condition, conclude, condition } from '../condition.js';
import { type ElderContext, inElderCounty } from '../context.js';
import { OpenFacts } from '../openFacts.js';
import type { CategoryResult } from '../reason.js';
import { allOf, anyOf, type Tri } from '../tri.js';
import { ageAtLeast } from './commonConditions.js';

/** Definition A: the children have left home (离家), all of them or any, as the policy says. */
function childrenLeftHome(context: ElderContext): Condition {
  const rule = context.policy.emptyNestChildrenLeft;
  const children = context.children;
  if (children === undefined) {
    const params = { counted: 0, leftHome: 0, atHome: 0, unknown: 0, rule };
    return condition(context, 'children_left_home', 'unknown', params, ['household.children']);
  }
  let leftHome = 0;
  let atHome = 0;
  const open = new OpenFacts(context);
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
  return condition(context, 'children_left_home', status, params, open.paths);
}

/** Definition A: a couple on their own or an elder living alone (「中老年夫妇或独居老人」). */
function aloneOrWithSpouseOnly(context: ElderContext): Condition {
  const arrangement = context.elder.household.livingArrangement;
  const status: Tri =
    arrangement === undefined
      ? 'unknown'
      : arrangement === 'alone' || arrangement === 'spouseOnly'
        ? 'yes'
        : 'no';
  return condition(
    context,
    'alone_or_with_spouse_only',
    status,
    { livingArrangement: arrangement ?? null },
    ['household.livingArrangement'],
  );
}

/** 空巢 definition A (spec §1.2 · S10 L201 = S18 L487): the household definition. */
function householdDefinition(context: ElderContext): Condition[] {
  return [
    ageAtLeast(context, context.policy.emptyNestMinimumAge),
    childrenLeftHome(context),
    aloneOrWithSpouseOnly(context),
  ];
}

/**
 * 空巢 definition B (spec §1.2 · S17 L457), a closed list: 孤寡, 五保户, 三无, or 高龄 with no
 * child working in this township and nobody at the elder's side to look after them.
 */
function closedListDefinition(context: ElderContext, advancedAge: Tri): Condition {
  const { household, economic } = context.elder;
  const open = new OpenFacts(context);
  const matched: ('solitary' | 'fiveGuarantee' | 'threeNo' | 'advancedAgeUncared')[] = [];
  const recorded: ['solitary' | 'fiveGuarantee' | 'threeNo', boolean | undefined, string][] = [
    ['solitary', household.solitary, 'household.solitary'],
    ['fiveGuarantee', economic.fiveGuarantee, 'economic.fiveGuarantee'],
    ['threeNo', economic.threeNo, 'economic.threeNo'],
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
  const arrangement = household.livingArrangement;
  const nobodyCaring: Tri =
    arrangement === undefined ? 'unknown' : arrangement === 'alone' ? 'yes' : 'no';
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
    if (nobodyCaring === 'unknown') open.add('household.livingArrangement');
  }
  return condition(context, 'closed_list_status', status, { matched }, open.paths);
}

/**
 * 空巢老人 (spec §1.2): by the household definition A (default), the closed list B, or either, as
 * the policy chooses (the text contradicts itself, spec §11.1).
 * @internal
 */
export function emptyNestElder(context: ElderContext, advancedAge: Tri): CategoryResult {
  const definition = context.policy.emptyNestDefinition;
  if (definition === 'household')
    return conclude(context, 'emptyNestElder', householdDefinition(context), 'all');
  if (definition === 'closedList')
    return conclude(context, 'emptyNestElder', [closedListDefinition(context, advancedAge)], 'all');
  const household = conclude(context, 'emptyNestElder', householdDefinition(context), 'all');
  const closed = closedListDefinition(context, advancedAge);
  return conclude(
    context,
    'emptyNestElder',
    [condition(context, 'empty_nest_household', household.status, {}, household.missing), closed],
    'any',
  );
}
