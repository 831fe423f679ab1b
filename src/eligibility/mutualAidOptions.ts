import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import { isPlainDate, type MutualAidGroup } from '../models/index.js';
import { MAJOR_EVENT_KINDS } from './majorEventKinds.js';

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

/** An `invalid_type` issue at `path` unless `ok`. */
function typeIssue(ok: boolean, path: Issue['path'], expected: string, value: unknown): Issue[] {
  return ok ? [] : [issue('invalid_type', path, { expected, received: jsonTypeOf(value) })];
}

/** A date issue at `path` unless `value` is a real date. */
function dateIssue(value: unknown, path: Issue['path']): Issue[] {
  if (isPlainDate(value)) return [];
  if (typeof value === 'string') return [issue('invalid_plain_date', path, { value })];
  return typeIssue(false, path, 'string', value);
}

/**
 * The issues of one group in what R10 reads of it — its id, members, leader and span — without
 * the schema (the groups are meant to be validated with `parse(MutualAidGroup, …)` at the
 * boundary; this catches a group that was not, before it gives a wrong answer).
 */
function groupIssues(group: unknown, at: number): Issue[] {
  const path = ['mutualAidGroups', at];
  if (typeof group !== 'object' || group === null || Array.isArray(group)) {
    return typeIssue(false, path, 'object', group);
  }
  const { id, members, leaderId, validFrom, validTo } = group as Partial<MutualAidGroup>;
  const issues = [
    ...typeIssue(typeof id === 'string', [...path, 'id'], 'string', id),
    ...typeIssue(Array.isArray(members), [...path, 'members'], 'array', members),
    ...typeIssue(typeof leaderId === 'string', [...path, 'leaderId'], 'string', leaderId),
    ...dateIssue(validFrom, [...path, 'validFrom']),
    ...(validTo === undefined ? [] : dateIssue(validTo, [...path, 'validTo'])),
  ];
  if (issues.length > 0 || !members) return issues;
  const memberIssues = (members as unknown[]).flatMap((member, index) =>
    typeIssue(typeof member === 'string', [...path, 'members', index], 'string', member),
  );
  if (memberIssues.length === 0 && !members.includes(leaderId as MutualAidGroup['leaderId'])) {
    memberIssues.push(
      issue('mutual_aid_leader_not_member', [...path, 'leaderId'], { leaderId: String(leaderId) }),
    );
  }
  return memberIssues;
}

/**
 * The groups option must be a list of groups with what R10 reads in its place (an id, members,
 * a leader among them, a span of real dates), checked once per list without the schema.
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
  const issues = groups.flatMap(groupIssues);
  if (issues.length > 0) throw new GuanaiError(issues);
  checkedGroups.add(groups);
}
