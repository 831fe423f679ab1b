import { arrayIssue, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
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
  const indexed = (tasks as Partial<TaskIndex> | null)?.byOwner instanceof Map;
  throwIssues([objectIssue(who, 'who'), indexed ? undefined : arrayIssue(tasks, 'tasks')]);
  const index = indexed ? (tasks as TaskIndex) : indexTasks(tasks as readonly Task[]);
  if ('caregiverId' in who) return index.byOwner.get(ownerKey({ kind: 'caregiver', ...who })) ?? [];
  const area = checkedArea(who.areaCode);
  if ('body' in who) {
    const body = FollowUpBody.safeParse(who.body);
    if (!body.success)
      throw new GuanaiError([
        issue('invalid_value', ['who', 'body'], { allowed: FollowUpBody.options }),
      ]);
    return index.byOwner.get(ownerKey({ kind: 'body', ...who, areaCode: area })) ?? [];
  }
  return index.byArea.get(area) ?? index.tasks.filter((task) => inArea(task, area));
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
