import { GuanaiError, type Issue, issue } from '../errors/index.js';
import type { MutualAidGroup } from '../models/index.js';
import { type Shape, shapeIssue } from './shapeIssue.js';

/** Lists of groups already checked: a ledger's groups are checked once, not per elder. */
const checkedGroups = /* @__PURE__ */ new WeakSet<object>();

/**
 * What R10 reads of the groups option, with the JSON type the `MutualAidGroup` schema gives
 * each: a list of groups, each with an id, members, a leader and a span of real dates.
 */
const GROUPS_OPTION: Shape = {
  mutualAidGroups: {
    list: true,
    fields: {
      id: 'string',
      members: 'string[]',
      leaderId: 'string',
      validFrom: 'date',
      validTo: 'date?',
    },
  },
};

/** The first group whose leader is not one of its members, as an issue. */
function leaderIssue(groups: readonly MutualAidGroup[]): Issue | undefined {
  const index = groups.findIndex((group) => !group.members.includes(group.leaderId));
  const group = groups[index];
  return group
    ? issue('mutual_aid_leader_not_member', ['mutualAidGroups', index, 'leaderId'], {
        leaderId: group.leaderId,
      })
    : undefined;
}

/**
 * The groups option must be a list of groups with what R10 reads in its place (an id, members,
 * a leader among them, a span of real dates), checked once per list without the schema (the
 * groups are meant to be validated with `parse(MutualAidGroup, …)` at the boundary; this
 * catches a list that was not before it gives a wrong answer): the first issue found.
 * @internal
 */
export function checkMutualAidGroups(groups: unknown): void {
  if (groups === undefined || checkedGroups.has(groups as object)) return;
  const found =
    shapeIssue({ mutualAidGroups: groups }, GROUPS_OPTION, []) ??
    leaderIssue(groups as readonly MutualAidGroup[]);
  if (found) throw new GuanaiError([found]);
  checkedGroups.add(groups as object);
}
