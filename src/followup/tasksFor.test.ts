import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { CaregiverId, ElderId, plainDate, RegionCode } from '../models/index.js';
import { bodyOf } from './party.js';
import { compareTasks, type Task } from './task.js';
import { indexTasks } from './taskIndex.js';
import { tasksFor } from './tasksFor.js';

const WANG = RegionCode.parse('530325101203');
const LI = RegionCode.parse('530325102204');
const OTHER_COUNTY = RegionCode.parse('530326101201');

function tracking(id: string, caregiver: string, village: RegionCode, due: string): Task {
  return {
    id: `trackingContact/${id}`,
    kind: 'trackingContact',
    priority: 2,
    owner: { kind: 'caregiver', caregiverId: CaregiverId.parse(caregiver) },
    subject: { kind: 'elder', id: ElderId.parse(id) },
    villageCode: village,
    since: plainDate('2026-06-01'),
    due: plainDate(due),
    params: { lastContact: null, cadenceDays: 7 },
    rule: 'trackContinuously',
    source: 'spec §2 R3 · S14 L379',
  };
}

function notify(id: string, village: RegionCode, due: string): Task {
  return {
    id: `notifyFamily/${id}`,
    kind: 'notifyFamily',
    priority: 1,
    owner: bodyOf('villageCommittee', village),
    subject: { kind: 'elder', id: ElderId.parse(id) },
    villageCode: village,
    since: plainDate('2026-06-01'),
    due: plainDate(due),
    params: {},
    rule: 'priorityAssistanceTarget',
    source: 'spec §2 R2 · S14 L369',
  };
}

const TASKS: readonly Task[] = [
  tracking('E-1', 'C-1', WANG, '2026-06-09'),
  tracking('E-2', 'C-1', WANG, '2026-06-05'),
  tracking('E-3', 'C-2', LI, '2026-06-03'),
  notify('E-2', WANG, '2026-06-04'),
  notify('E-9', OTHER_COUNTY, '2026-06-02'),
];

const ids = (tasks: readonly Task[]) => tasks.map((task) => task.id);

describe('tasksFor', () => {
  it("gives a caregiver's own tasks, earliest deadline first", () => {
    expect(ids(tasksFor({ caregiverId: CaregiverId.parse('C-1') }, TASKS))).toEqual([
      'trackingContact/E-2',
      'trackingContact/E-1',
    ]);
  });

  it("gives a body's tasks at its area only", () => {
    expect(ids(tasksFor({ body: 'villageCommittee', areaCode: WANG }, TASKS))).toEqual([
      'notifyFamily/E-2',
    ]);
    expect(tasksFor({ body: 'townshipGovernment', areaCode: '530325101000' }, TASKS)).toEqual([]);
  });

  it('gives an area every task about people living there, most urgent first', () => {
    expect(ids(tasksFor({ areaCode: WANG }, TASKS))).toEqual([
      'notifyFamily/E-2',
      'trackingContact/E-2',
      'trackingContact/E-1',
    ]);
    expect(ids(tasksFor({ areaCode: '530325101000' }, TASKS))).toHaveLength(3);
    expect(ids(tasksFor({ areaCode: '530325' }, TASKS))).toEqual([
      'notifyFamily/E-2',
      'trackingContact/E-3',
      'trackingContact/E-2',
      'trackingContact/E-1',
    ]);
    expect(ids(tasksFor({ areaCode: '530000' }, TASKS))).toHaveLength(5);
  });

  it('answers the same from the tasks and from their index', () => {
    const index = indexTasks(TASKS);
    for (const who of [
      { caregiverId: CaregiverId.parse('C-2') },
      { areaCode: '530325' },
      { body: 'villageCommittee' as const, areaCode: OTHER_COUNTY },
    ]) {
      expect(tasksFor(who, index)).toEqual(tasksFor(who, TASKS));
    }
  });

  it('sorts the same whatever order the tasks come in', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray([...TASKS], { minLength: TASKS.length }), (shuffled) => {
        expect(indexTasks(shuffled).tasks).toEqual([...TASKS].sort(compareTasks));
      }),
    );
  });

  it('names a bad owner with its path', () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
      }
      return [];
    };
    expect(codes(() => tasksFor({ areaCode: '53' }, TASKS))).toEqual([
      ['region_code_format', ['who', 'areaCode']],
    ]);
    expect(
      codes(() => tasksFor({ body: 'mayor' as 'villageCommittee', areaCode: WANG }, TASKS)),
    ).toEqual([['invalid_value', ['who', 'body']]]);
    expect(codes(() => tasksFor(null as never, TASKS))).toEqual([['invalid_argument', ['who']]]);
  });
});

describe('to-do lists of malformed tasks and owners (found by fuzzing)', () => {
  const codes = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
    }
    return [];
  };
  const task = TASKS[0] as Task;
  const bare = Object.create(null) as never;

  it('compareTasks names the value without a field it reads, never a TypeError', () => {
    expect(codes(() => compareTasks(null as never, task))).toEqual([['invalid_type', ['a']]]);
    expect(codes(() => compareTasks(task, { ...task, due: bare }))).toEqual([
      ['invalid_type', ['b', 'due']],
    ]);
    expect(codes(() => compareTasks(task, { ...task, priority: bare }))).toEqual([
      ['invalid_type', ['b', 'priority']],
    ]);
  });

  it('indexTasks names a task that is not one at its index', () => {
    expect(codes(() => indexTasks({} as never))).toEqual([['invalid_argument', ['tasks']]]);
    expect(codes(() => indexTasks([task, null as never]))).toEqual([
      ['invalid_type', ['tasks', 1]],
    ]);
    const noOwner = { ...task, owner: undefined } as unknown as Task;
    expect(codes(() => indexTasks([task, noOwner]))).toEqual([
      ['invalid_type', ['tasks', 1, 'owner']],
    ]);
    expect(
      codes(() => tasksFor({ caregiverId: CaregiverId.parse('C-1') }, [task, noOwner])),
    ).toEqual([['invalid_type', ['tasks', 1, 'owner']]]);
  });

  it('tasksFor checks the owner’s fields, and takes only a whole index as one', () => {
    expect(codes(() => tasksFor({ caregiverId: bare }, TASKS))).toEqual([
      ['invalid_type', ['who', 'caregiverId']],
    ]);
    expect(
      codes(() => tasksFor({ body: 'groupCadre', areaCode: WANG, group: bare }, TASKS)),
    ).toEqual([['invalid_type', ['who', 'group']]]);
    const half = { byOwner: new Map(), tasks: TASKS } as never;
    expect(codes(() => tasksFor({ areaCode: WANG }, half))).toEqual([
      ['invalid_argument', ['tasks']],
    ]);
  });
});
