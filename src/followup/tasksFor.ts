import { arrayIssue, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, issue, prefixIssues } from '../errors/index.js';
import { type CaregiverId, isWithinRegion, RegionCode, safeParse } from '../models/index.js';
import { FollowUpBody } from './party.js';
import type { Task } from './task.js';
import { indexTasks, ownerKey, type TaskIndex } from './taskIndex.js';

/**
 * Whose to-do list: a caregiver's own tasks; a body's (the village committee of a village, the
 * township government, the county civil-affairs department, a 组's cadres) — the tasks it owns;
 * or an area's — every task about people living in the area, whoever owns it (the view of whoever
 * supervises it).
 * @category To-do lists
 */
export type TaskListOwner =
  | { readonly caregiverId: CaregiverId }
  | { readonly body: FollowUpBody; readonly areaCode: string; readonly group?: number }
  | { readonly areaCode: string };

/**
 * One to-do list, most urgent first (see `compareTasks`): the due and overdue visits of the
 * duties the owner holds, the case steps it owns, the referrals waiting on it and the facts it
 * should verify, each with its reason and source rule. Pass the tasks of a day (from `followUp`)
 * or, when asking for many owners, an index of them (`indexTasks`): each list is then a lookup.
 * An area list takes a village, township or county code (any region code works, more slowly
 * above a county).
 *
 * @example
 * ```ts
 * const mine = tasksFor({ caregiverId: CaregiverId.parse('C-7') }, tasks);
 * const township = tasksFor({ body: 'townshipGovernment', areaCode: '530325101000' }, tasks);
 * const village = tasksFor({ areaCode: '530325101203' }, tasks);
 * ```
 * @category To-do lists
 */
export function tasksFor(who: TaskListOwner, tasks: readonly Task[] | TaskIndex): readonly Task[] {
  const indexed = isIndex(tasks);
  throwIssues([objectIssue(who, 'who'), indexed ? undefined : arrayIssue(tasks, 'tasks')]);
  const list = listOf(who);
  const index = indexed ? tasks : indexTasks(tasks as readonly Task[]);
  if ('owner' in list) return index.byOwner.get(list.owner) ?? [];
  const { area } = list;
  return index.byArea.get(area) ?? index.tasks.filter((task) => inArea(task, area));
}

/** Which list: an owner's (by its key in the index) or an area's, the fields checked first. */
function listOf(who: TaskListOwner): { readonly owner: string } | { readonly area: RegionCode } {
  if ('caregiverId' in who) return { owner: caregiverKey(who.caregiverId) };
  const area = checkedArea(who.areaCode);
  return 'body' in who ? { owner: bodyKey(who, area) } : { area };
}

/** An index `indexTasks` made (or one of its shape): its lookups are used as they are. */
function isIndex(tasks: unknown): tasks is TaskIndex {
  const index = tasks as Partial<TaskIndex> | null;
  return index?.byOwner instanceof Map && index.byArea instanceof Map && Array.isArray(index.tasks);
}

/** The owner key of a caregiver's list, the id checked. */
function caregiverKey(caregiverId: unknown): string {
  if (typeof caregiverId !== 'string')
    throw new GuanaiError([
      issue('invalid_type', ['who', 'caregiverId'], {
        expected: 'string',
        received: jsonTypeOf(caregiverId),
      }),
    ]);
  return ownerKey({ kind: 'caregiver', caregiverId: caregiverId as CaregiverId });
}

/** The owner key of a body's list, the body and 组 checked. */
function bodyKey(who: { readonly body: unknown; readonly group?: unknown }, area: RegionCode) {
  const body = FollowUpBody.safeParse(who.body);
  if (!body.success)
    throw new GuanaiError([
      issue('invalid_value', ['who', 'body'], { allowed: FollowUpBody.options }),
    ]);
  const { group } = who;
  if (group !== undefined && !Number.isSafeInteger(group))
    throw new GuanaiError([
      issue('invalid_type', ['who', 'group'], { expected: 'number', received: jsonTypeOf(group) }),
    ]);
  const party = { kind: 'body', body: body.data, areaCode: area } as const;
  return ownerKey(group === undefined ? party : { ...party, group: group as number });
}

/** The area code, checked: a region code of any level. */
function checkedArea(areaCode: unknown): RegionCode {
  const parsed = safeParse(RegionCode, areaCode);
  if (parsed.ok) return parsed.value;
  throw new GuanaiError(prefixIssues(parsed.issues, ['who', 'areaCode']));
}

function inArea(task: Task, area: RegionCode): boolean {
  return isWithinRegion(task.villageCode, area);
}
