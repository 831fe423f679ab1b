import type { SupportObligor } from '../../models/index.js';
import { type Condition, conclude, condition } from '../condition.js';
import type { ElderContext } from '../context.js';
import type { CategoryResult } from '../reason.js';
import type { Tri } from '../tri.js';
import {
  ageAtLeast,
  allAwayLongEnough,
  allOutOfCounty,
  livesInCountryside,
} from './commonConditions.js';

/** LB3 needs children: a childless elder is not 留守 (spec §1.1 amb. 10). */
function hasChildren(context: ElderContext): Condition {
  const children = context.children;
  const certain = children?.filter((c) => c.certain).length ?? 0;
  const uncertain = (children ?? []).filter((c) => !c.certain).map(({ path }) => `${path}.kinship`);
  const status: Tri =
    children === undefined
      ? 'unknown'
      : certain > 0
        ? 'yes'
        : uncertain.length > 0
          ? 'unknown'
          : 'no';
  const missing = children === undefined ? ['household.children'] : uncertain;
  return condition('has_children', status, { count: certain }, missing);
}

/** LB4: every absent child is away for a reason the policy counts (「外出务工或经商等」). */
function awayForCountedReasons(context: ElderContext): Condition {
  const reasons = new Set<string>();
  const notCounting = new Set<string>();
  const missing: string[] = [];
  for (const { child, path, certain } of context.children ?? []) {
    if (child.livesWithElder) continue;
    if (child.awayReason === undefined) missing.push(`${path}.awayReason`);
    else if (context.policy.awayReasons.includes(child.awayReason)) reasons.add(child.awayReason);
    else if (!certain) missing.push(`${path}.kinship`);
    else notCounting.add(child.awayReason);
  }
  if (context.children === undefined) missing.push('household.children');
  const status: Tri = notCounting.size > 0 ? 'no' : missing.length > 0 ? 'unknown' : 'yes';
  return condition(
    'away_reason_counts',
    status,
    { reasons: [...reasons], notCounting: [...notCounting] },
    missing,
  );
}

/**
 * LB6: nobody able to support the elder lives at their side (「身边没有赡养人或者是赡养人没有
 * 赡养能力」). A spouse is a 扶养人, not a 赡养人 (spec §1.1 amb. 8), so does not count; an
 * entrusted carer counts only if the policy says so.
 */
function noCapableSupporterAtSide(context: ElderContext): Condition {
  const { household } = context.elder;
  const atSide: { capable?: boolean; path: string }[] = [];
  for (const { child, path } of context.children ?? []) {
    if (child.livesWithElder)
      atSide.push({ ...capability(child.capableOfSupport), path: `${path}.capableOfSupport` });
  }
  const missing: string[] = [];
  const obligors: readonly SupportObligor[] | undefined = household.otherSupportObligors;
  if (obligors) {
    obligors.forEach((obligor, index) => {
      const path = `household.otherSupportObligors[${index}]`;
      // Someone living outside the county is not at the elder's side.
      const away = obligor.atElderSide === false || obligor.whereabouts?.inElderCounty === false;
      if (obligor.alive === false || away) return;
      if (obligor.atElderSide === undefined) missing.push(`${path}.atElderSide`);
      else
        atSide.push({ ...capability(obligor.capableOfSupport), path: `${path}.capableOfSupport` });
    });
  } else {
    // 身边 is beside the elder, not only under one roof: even an elder living alone may have a
    // grandchild next door, so without the list the answer stays open.
    missing.push('household.otherSupportObligors');
  }
  if (context.policy.entrustedCarerIsSupporter) {
    if (household.entrustedCarer === undefined) missing.push('household.entrustedCarer');
    else if (household.entrustedCarer)
      atSide.push({ capable: true, path: 'household.entrustedCarer' });
  }
  const capable = atSide.filter((s) => s.capable === true).length;
  const unknownCapacity = atSide.filter((s) => s.capable === undefined);
  missing.push(...unknownCapacity.map((s) => s.path));
  const status: Tri = capable > 0 ? 'no' : missing.length > 0 ? 'unknown' : 'yes';
  return condition(
    'no_capable_supporter_at_side',
    status,
    { capable, unknownCapacity: unknownCapacity.length },
    missing,
  );
}

function capability(capable: boolean | undefined): { capable?: boolean } {
  return capable === undefined ? {} : { capable };
}

/**
 * 农村留守老年人 (spec §1.1 · S14 L359): all six conditions LB1–LB6 — aged 60+ (LB1), living in
 * the countryside (LB2), every child gone from the county (LB3) for work, business etc. (LB4) for
 * half a year or more (LB5), and no capable supporter at the elder's side (LB6).
 * @internal
 */
export function leftBehindElder(context: ElderContext): CategoryResult {
  const children = context.children;
  const unknownLists = children ? [] : ['household.children'];
  return conclude(
    'leftBehindElder',
    [
      ageAtLeast(context, context.policy.elderMinimumAge),
      livesInCountryside(context),
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
export function leftBehindScreeningScope(context: ElderContext): CategoryResult {
  const children = context.children;
  const others = context.elder.household.otherSupportObligors
    ?.map((obligor, index) => ({ ...obligor, path: `household.otherSupportObligors[${index}]` }))
    .filter((obligor) => obligor.alive !== false);
  const everyone = [...(children ?? []), ...(others ?? [])];
  const unknownLists = [
    ...(children ? [] : ['household.children']),
    ...(others ? [] : ['household.otherSupportObligors']),
  ];
  const count = everyone.length;
  const anyone: Tri = count > 0 ? 'yes' : unknownLists.length > 0 ? 'unknown' : 'no';
  return conclude(
    'leftBehindScreeningScope',
    [
      ageAtLeast(context, context.policy.elderMinimumAge),
      livesInCountryside(context),
      condition('has_obligors', anyone, { count }, unknownLists),
      allOutOfCounty(context, everyone, 'obligors_out_of_county', unknownLists),
      allAwayLongEnough(context, everyone, 'obligors_away_long_enough', unknownLists),
    ],
    'all',
  );
}
