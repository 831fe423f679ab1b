import type { MutualAidGroup, PlainDate } from '../../models/index.js';
import { type Condition, conclude, condition, pathList, sharedCondition } from '../condition.js';
import type { ElderContext } from '../context.js';
import type { MajorEventKind } from '../majorEvent.js';
import type { CategoryResult } from '../reason.js';
import type { Tri } from '../tri.js';

/** Missing-fact paths of single facts, built once (a condition keeps them only while unknown). */
const AT_MUTUAL_AID_GROUPS = pathList('mutualAidGroups');

/** Groups by member, built once per list of groups: a ledger asks for every elder. */
const groupsByMember = new WeakMap<readonly MutualAidGroup[], Map<string, MutualAidGroup[]>>();

function groupsOf(groups: readonly MutualAidGroup[], elderId: string): readonly MutualAidGroup[] {
  let index = groupsByMember.get(groups);
  if (!index) {
    index = new Map();
    for (const group of groups)
      for (const member of group.members) {
        const list = index.get(member);
        if (list) list.push(group);
        else index.set(member, [group]);
      }
    groupsByMember.set(groups, index);
  }
  return index.get(elderId) ?? [];
}

/** The first of `groups` with the elder as a member that is in force on `asOf`. @internal */
export function groupInForce(
  groups: readonly MutualAidGroup[],
  elderId: string,
  asOf: PlainDate,
): MutualAidGroup | undefined {
  return groupsOf(groups, elderId).find(
    (g) => g.validFrom <= asOf && (g.validTo === undefined || g.validTo >= asOf),
  );
}

/** The events, each once, in the order first passed (a handful: no Set built). */
function eachOnce(events: readonly MajorEventKind[]): MajorEventKind[] {
  const once: MajorEventKind[] = [];
  for (const event of events) if (!once.includes(event)) once.push(event);
  return once;
}

/**
 * R10 (S10 L233 / S18 L519): a member of a mutual-aid group in force on asOf with a major event
 * (生病, 天灾人祸) — the group reports to the village and 组 cadres. Membership is unknown while
 * the caller passes no groups; no event passed means none happened, as for R4's incidents.
 * @internal
 */
export function mutualAidReport(
  context: ElderContext,
  events: readonly MajorEventKind[],
  groups: readonly MutualAidGroup[] | undefined,
): CategoryResult {
  const group = groups ? groupInForce(groups, context.elder.id, context.asOf) : undefined;
  const member: Tri = groups === undefined ? 'unknown' : group ? 'yes' : 'no';
  const membership = group
    ? condition('mutual_aid_member', member, { groupId: group.id }, AT_MUTUAL_AID_GROUPS)
    : member === 'unknown'
      ? MEMBERSHIP_UNKNOWN
      : NOT_A_MEMBER;
  const event =
    events.length > 0
      ? condition('major_event', 'yes', { events: eachOnce(events) })
      : NO_MAJOR_EVENT;
  return conclude('mutualAidReport', [membership, event], 'all');
}

/** The conditions that name no group or event, shared. */
const MEMBERSHIP_UNKNOWN: Condition = sharedCondition(
  'mutual_aid_member',
  'unknown',
  { groupId: null },
  AT_MUTUAL_AID_GROUPS,
);
const NOT_A_MEMBER: Condition = sharedCondition('mutual_aid_member', 'no', { groupId: null });
const NO_MAJOR_EVENT: Condition = sharedCondition('major_event', 'no', {
  events: Object.freeze([]),
});
