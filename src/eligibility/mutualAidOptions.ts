import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import type { MutualAidGroup } from '../models/index.js';
import { MAJOR_EVENT_KINDS } from './majorEventKinds.js';
import { type Shape, shapeIssue } from './shapeIssue.js';

const KNOWN_EVENTS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(MAJOR_EVENT_KINDS);

/** Major events must be a list of known kinds: a misspelt one would count as an event. @internal */
export function checkMajorEvents(events: unknown): void {
  if (events === undefined) return;
  if (!Array.isArray(events)) {
    throw new GuanaiError([
      issue('invalid_type', ['majorEvents'], { expected: 'array', received: jsonTypeOf(events) }),
    ]);
  }
  for (let index = 0; index < events.length; index++) {
    if (!KNOWN_EVENTS.has(events[index])) {
      throw new GuanaiError([
        issue('invalid_value', ['majorEvents', index], { allowed: MAJOR_EVENT_KINDS }),
      ]);
    }
  }
}

/** Lists of groups already checked: a ledger's groups are checked once, not per elder. */
const checkedGroups = /* @__PURE__ */ new WeakSet<object>();

/** What R10 reads of a group, with the JSON type the `MutualAidGroup` schema gives each. */
const GROUP_SHAPE: Shape = {
  id: 'string',
  members: 'string[]',
  leaderId: 'string',
  validFrom: 'date',
  validTo: 'date?',
};

/**
 * The first issue of one group in what R10 reads of it — its id, members, leader (among the
 * members) and span — without the schema: the groups are meant to be validated with
 * `parse(MutualAidGroup, …)` at the boundary; this catches one that was not before it gives a
 * wrong answer.
 */
function groupIssue(group: unknown, index: number): Issue[] {
  const path = ['mutualAidGroups', index];
  const found = shapeIssue(group, GROUP_SHAPE, path);
  if (found) return [found];
  const { members, leaderId } = group as MutualAidGroup;
  return members.includes(leaderId)
    ? []
    : [issue('mutual_aid_leader_not_member', [...path, 'leaderId'], { leaderId })];
}

/**
 * The groups option must be a list of groups with what R10 reads in its place (an id, members,
 * a leader among them, a span of real dates), checked once per list without the schema: the
 * first issue of each bad group.
 * @internal
 */
export function checkMutualAidGroups(groups: unknown): void {
  if (groups === undefined) return;
  if (!Array.isArray(groups)) {
    throw new GuanaiError([
      issue('invalid_type', ['mutualAidGroups'], {
        expected: 'array',
        received: jsonTypeOf(groups),
      }),
    ]);
  }
  if (checkedGroups.has(groups)) return;
  const issues = groups.flatMap(groupIssue);
  if (issues.length > 0) throw new GuanaiError(issues);
  checkedGroups.add(groups);
}
