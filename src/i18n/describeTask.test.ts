import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import type { Task } from '../followup/index.js';
import { CaregiverId, ElderId, plainDate, RegionCode } from '../models/index.js';
import { describeTask } from './describeTask.js';
import { enTasks } from './en.tasks.js';
import { taskTable } from './taskTable.js';

const TRACKING: Task = {
  id: 'trackingContact/E-1',
  kind: 'trackingContact',
  priority: 2,
  owner: { kind: 'caregiver', caregiverId: CaregiverId.parse('C-7') },
  subject: { kind: 'elder', id: ElderId.parse('E-1') },
  villageCode: RegionCode.parse('530325101203'),
  since: plainDate('2026-06-01'),
  due: plainDate('2026-06-08'),
  params: { lastContact: plainDate('2026-06-01'), cadenceDays: 7 },
  rule: 'trackContinuously',
  source: 'spec §2 R3 · S14 L379',
};

const VERIFY: Task = {
  id: 'verifyFact/E-2/household.children[1].awaySince',
  kind: 'verifyFact',
  priority: 4,
  owner: { kind: 'body', body: 'villageCommittee', areaCode: '530325101203' },
  subject: { kind: 'elder', id: ElderId.parse('E-2') },
  villageCode: RegionCode.parse('530325101203'),
  since: plainDate('2026-06-01'),
  due: plainDate('2026-09-30'),
  params: {
    fact: 'household.children[1].awaySince',
    categories: ['leftBehindElder', 'trackContinuously'],
  },
  rule: 'verification',
  source: 'spec §5.2 K31 · S18 L493',
  rank: 0,
};

describe('describeTask', () => {
  it('says what to do, for whom, by when and why, in Chinese by default', () => {
    expect(describeTask(TRACKING, { asOf: '2026-06-10' }).line).toBe(
      '[跟踪] 随时跟踪联系 · E-1 · 随时跟踪掌握情况：上次联系2026-06-01，每7天至少一次 · 帮扶人 C-7 · 已逾期 2 天 · 依据 spec §2 R3 · S14 L379',
    );
    expect(describeTask(TRACKING, { asOf: '2026-06-08' }).daysLate).toBe(0);
  });

  it('speaks English, with names from the host', () => {
    const text = describeTask(VERIFY, {
      locale: 'en',
      subjectName: () => 'Wang Xiuying',
    });
    expect(text.reason).toBe(
      'verify child 2: date of leaving (settles: rural left-behind elder (留守), track continuously (随时跟踪))',
    );
    expect(describeTask(VERIFY).reason).toBe(
      '核实第2名子女外出时间（可确定：农村留守老年人、随时跟踪）',
    );
    expect(text.subject).toBe('Wang Xiuying');
    expect(text.owner).toBe("village (residents') committee 530325101203");
  });

  it('lays a list out as a sheet', () => {
    const table = taskTable([TRACKING, VERIFY], { asOf: '2026-06-10' });
    expect(table.header).toEqual([
      '紧急程度',
      '截止日期',
      '逾期天数',
      '事项',
      '对象',
      '村（居）',
      '责任人',
      '事由',
      '依据',
      '编号',
    ]);
    expect(table.rows.map((row) => row.slice(0, 4))).toEqual([
      ['跟踪', '2026-06-08', 2, '随时跟踪联系'],
      ['核实', '2026-09-30', 0, '信息核实'],
    ]);
  });

  it('names what is not a task, with its path', () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
      }
      return [];
    };
    expect(codes(() => taskTable([TRACKING, { ...VERIFY, params: null } as never]))).toEqual([
      ['invalid_argument', ['tasks', 1, 'task']],
    ]);
    expect(codes(() => describeTask({ kind: 'fly' } as never))).toEqual([
      ['invalid_argument', ['task']],
    ]);
    expect(codes(() => describeTask(TRACKING, { asOf: '2026-02-30' }))).toEqual([
      ['invalid_argument', ['asOf']],
    ]);
  });
});

describe('describeTask and taskTable on bad options (found by fuzzing)', () => {
  const codes = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
    }
    return [];
  };
  const bare = Object.create(null);

  it('names options that are not an object, and a kind without a prototype', () => {
    expect(codes(() => describeTask(TRACKING, null as never))).toEqual([
      ['invalid_argument', ['options']],
    ]);
    expect(codes(() => taskTable([TRACKING], null as never))).toEqual([
      ['invalid_argument', ['options']],
    ]);
    expect(codes(() => describeTask({ ...TRACKING, kind: bare }))).toEqual([
      ['invalid_argument', ['task']],
    ]);
  });

  it('names task words without a part, a name callback that is not one or gives back no text', () => {
    expect(
      codes(() => describeTask(TRACKING, { taskWords: { ...enTasks, due: 'x' } as never })),
    ).toEqual([['invalid_type', ['taskWords', 'due']]]);
    expect(codes(() => describeTask(TRACKING, { caregiverName: 'C-7' as never }))).toEqual([
      ['invalid_type', ['caregiverName']],
    ]);
    expect(codes(() => describeTask(TRACKING, { subjectName: () => bare }))).toEqual([
      ['invalid_type', ['subjectName']],
    ]);
    // No name, said as undefined or null: the id is shown.
    expect(describeTask(TRACKING, { subjectName: () => null as never }).subject).toBe('E-1');
  });
});
