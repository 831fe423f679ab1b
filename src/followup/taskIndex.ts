import { arrayIssue, elementsIssue, throwIssues } from '../_lib/argumentGuards.js';
import { GuanaiError, issue } from '../errors/index.js';
import { countyCodeOf, type RegionCode, townshipCodeOf } from '../models/index.js';
import type { Party } from './party.js';
import { compareTasks, type Task } from './task.js';

/**
 * Tasks filed for quick to-do lists: sorted once (see {@link compareTasks}), then grouped by
 * owner and by the village, township and county of the subject's home, so each list is a lookup
 * rather than a pass over every task. Build it once a day, ask it for every caregiver.
 * @category To-do lists
 */
export interface TaskIndex {
  /** Every task, most urgent first. */
  readonly tasks: readonly Task[];
  /** @internal */
  readonly byOwner: ReadonlyMap<string, readonly Task[]>;
  /** @internal */
  readonly byArea: ReadonlyMap<string, readonly Task[]>;
}

/**
 * A key naming one owner: a caregiver, or a body at its area (and 组 for the group cadres).
 * @internal
 */
export function ownerKey(owner: Party): string {
  if (owner.kind === 'caregiver') return `caregiver:${owner.caregiverId}`;
  const group = owner.group === undefined ? '' : `:${owner.group}`;
  return `${owner.body}:${owner.areaCode}${group}`;
}

/** The codes of the village of a task and of the township and county around it. */
function areasOf(villageCode: RegionCode): readonly string[] {
  return [villageCode, townshipCodeOf(villageCode) ?? '', countyCodeOf(villageCode) ?? ''];
}

function push(map: Map<string, Task[]>, key: string, task: Task): void {
  const list = map.get(key);
  if (list) list.push(task);
  else map.set(key, [task]);
}

/**
 * File tasks for to-do lists: sort them and group them by owner and by area. The lists of the
 * index keep the sorted order. `tasks` not a list is `invalid_argument`; a task without the
 * fields the index reads is `invalid_type` at its path (`['tasks', 3, 'owner']`).
 *
 * @example
 * ```ts
 * const index = indexTasks(tasks);
 * tasksFor({ caregiverId: CaregiverId.parse('C-7') }, index);
 * ```
 * @category To-do lists
 */
export function indexTasks(tasks: readonly Task[]): TaskIndex {
  throwIssues([arrayIssue(tasks, 'tasks')]);
  try {
    return indexChecked(tasks);
  } catch (error) {
    // The order names a bad task as `a` or `b`: find it in the list to say which one.
    const found = elementsIssue(tasks, 'tasks', TASK_FIELDS);
    if (found) throw new GuanaiError([found], { cause: error });
    if (error instanceof GuanaiError) throw error;
    throw new GuanaiError([issue('unreachable', [], { what: 'indexTasks' })], { cause: error });
  }
}

/** The fields the index reads of a task (and the order, see `compareTasks`). */
const TASK_FIELDS = {
  id: 'string',
  priority: 'number',
  due: 'string',
  rank: 'number?',
  villageCode: 'string',
  owner: 'object',
  'owner.kind': 'string',
  'owner.caregiverId': 'string?',
  'owner.body': 'string?',
  'owner.areaCode': 'string?',
  'owner.group': 'number?',
} as const;

function indexChecked(tasks: readonly Task[]): TaskIndex {
  const sorted = [...tasks].sort(compareTasks);
  const byOwner = new Map<string, Task[]>();
  const byArea = new Map<string, Task[]>();
  for (const task of sorted) {
    push(byOwner, ownerKey(task.owner), task);
    for (const area of areasOf(task.villageCode)) if (area !== '') push(byArea, area, task);
  }
  return { tasks: sorted, byOwner, byArea };
}
