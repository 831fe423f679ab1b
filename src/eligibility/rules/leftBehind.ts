import type { AwayReason } from '../../models/index.js';
import { type Condition, conclude, condition } from '../condition.js';
import type { ElderContext, FamilyMember } from '../context.js';
import { OpenFacts } from '../openFacts.js';
import type { CategoryResult } from '../reason.js';
import type { Tri } from '../tri.js';
import { allAwayLongEnough, allOutOfCounty, type SharedConditions } from './commonConditions.js';

const NO_LISTS: readonly string[] = [];
const CHILDREN_LIST: readonly string[] = ['household.children'];
const OBLIGORS_LIST: readonly string[] = ['household.otherSupportObligors'];
const BOTH_LISTS: readonly string[] = ['household.children', 'household.otherSupportObligors'];

/** LB3 needs children: a childless elder is not 留守 (spec §1.1 amb. 10). */
function hasChildren(context: ElderContext): Condition {
  const children = context.children;
  // Every child's kinship counting (the usual case): nothing can be missing.
  if (children !== undefined && allCertain(children)) {
    const count = children.length;
    return condition('has_children', count > 0 ? 'yes' : 'no', { count });
  }
  const open = new OpenFacts();
  let certain = 0;
  if (children === undefined) open.add('household.children');
  for (const child of children ?? []) {
    if (child.certain) certain++;
    else open.addAt(child.list, child.index, 'kinship');
  }
  const status: Tri =
    children === undefined ? 'unknown' : certain > 0 ? 'yes' : open.count > 0 ? 'unknown' : 'no';
  return condition('has_children', status, { count: certain }, open.paths);
}

/** Whether every member counts for certain (no kinship left to ask). */
function allCertain(members: readonly FamilyMember[]): boolean {
  for (const member of members) if (!member.certain) return false;
  return true;
}

/** LB4: every absent child is away for a reason the policy counts (「外出务工或经商等」). */
function awayForCountedReasons(context: ElderContext): Condition {
  const counted = context.policy.awayReasons;
  const reasons: AwayReason[] = [];
  const notCounting: AwayReason[] = [];
  const open = new OpenFacts();
  for (const { child, list, index, certain } of context.children ?? []) {
    if (child.livesWithElder) continue;
    const reason = child.awayReason;
    if (reason === undefined) open.addAt(list, index, 'awayReason');
    else if (counted.includes(reason)) {
      if (!reasons.includes(reason)) reasons.push(reason);
    } else if (!certain) open.addAt(list, index, 'kinship');
    else if (!notCounting.includes(reason)) notCounting.push(reason);
  }
  if (context.children === undefined) open.add('household.children');
  const status: Tri = notCounting.length > 0 ? 'no' : open.count > 0 ? 'unknown' : 'yes';
  return condition('away_reason_counts', status, { reasons, notCounting }, open.paths);
}

/**
 * LB6: nobody able to support the elder lives at their side (「身边没有赡养人或者是赡养人没有
 * 赡养能力」). A spouse is a 扶养人, not a 赡养人 (spec §1.1 amb. 8), so does not count; an
 * entrusted carer counts only if the policy says so.
 */
function noCapableSupporterAtSide(context: ElderContext): Condition {
  const { household } = context.elder;
  const open = new OpenFacts();
  // Who is at the side: children living with the elder, then obligors next to them.
  const atSide: FamilyMember[] = [];
  for (const child of context.children ?? []) if (child.livesWithElder) atSide.push(child);
  const obligors = context.obligors;
  // 身边 is beside the elder, not only under one roof: even an elder living alone may have a
  // grandchild next door, so without the list the answer stays open.
  if (obligors === undefined) open.add('household.otherSupportObligors');
  for (const obligor of obligors ?? []) {
    // Someone living outside the county is not at the elder's side.
    if (obligor.atElderSide === false || obligor.whereabouts?.inElderCounty === false) continue;
    if (obligor.atElderSide === undefined) open.addAt(obligor.list, obligor.index, 'atElderSide');
    else atSide.push(obligor);
  }
  let capable = 0;
  let unknownCapacity = 0;
  for (const member of atSide) {
    if (member.capableOfSupport === true) capable++;
    else if (member.capableOfSupport === undefined) unknownCapacity++;
  }
  if (context.policy.entrustedCarerIsSupporter) {
    if (household.entrustedCarer === undefined) open.add('household.entrustedCarer');
    else if (household.entrustedCarer) capable++;
  }
  // Capacities not recorded are asked for after the other facts.
  for (const member of atSide)
    if (member.capableOfSupport === undefined)
      open.addAt(member.list, member.index, 'capableOfSupport');
  const status: Tri = capable > 0 ? 'no' : open.count > 0 ? 'unknown' : 'yes';
  const params = { capable, unknownCapacity };
  return condition('no_capable_supporter_at_side', status, params, open.paths);
}

/**
 * 农村留守老年人 (spec §1.1 · S14 L359): all six conditions LB1–LB6 — aged 60+ (LB1), living in
 * the countryside (LB2), every child gone from the county (LB3) for work, business etc. (LB4) for
 * half a year or more (LB5), and no capable supporter at the elder's side (LB6).
 * @internal
 */
export function leftBehindElder(context: ElderContext, shared: SharedConditions): CategoryResult {
  const children = context.children;
  const unknownLists = children ? NO_LISTS : CHILDREN_LIST;
  return conclude(
    'leftBehindElder',
    [
      shared.elderly,
      shared.rural,
      hasChildren(context),
      allOutOfCounty(context, children ?? [], 'children_out_of_county', unknownLists),
      awayForCountedReasons(context),
      allAwayLongEnough(context, children ?? [], 'away_long_enough', unknownLists),
      noCapableSupporterAtSide(context),
    ],
    'all',
  );
}

/**
 * The wider screening scope (spec §1.1 · S14 L365): aged 60+, in the countryside, and every
 * child **or other support obligor** gone from the county for half a year or more — for any
 * purpose, and without the supporter clause.
 * @internal
 */
export function leftBehindScreeningScope(
  context: ElderContext,
  shared: SharedConditions,
): CategoryResult {
  const { children, obligors } = context;
  const everyone = !children
    ? (obligors ?? [])
    : !obligors || obligors.length === 0
      ? children
      : [...children, ...obligors];
  const unknownLists = children
    ? obligors
      ? NO_LISTS
      : OBLIGORS_LIST
    : obligors
      ? CHILDREN_LIST
      : BOTH_LISTS;
  const count = everyone.length;
  const anyone: Tri = count > 0 ? 'yes' : unknownLists.length > 0 ? 'unknown' : 'no';
  return conclude(
    'leftBehindScreeningScope',
    [
      shared.elderly,
      shared.rural,
      condition('has_obligors', anyone, { count }, unknownLists),
      allOutOfCounty(context, everyone, 'obligors_out_of_county', unknownLists),
      allAwayLongEnough(context, everyone, 'obligors_away_long_enough', unknownLists),
    ],
    'all',
  );
}
