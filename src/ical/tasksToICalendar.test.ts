import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import type { Task } from '../followup/index.js';
import { CaregiverId, ElderId, PlainDateTime, plainDate, RegionCode } from '../models/index.js';
import { tasksToICalendar } from './tasksToICalendar.js';

const base = {
  owner: { kind: 'caregiver', caregiverId: CaregiverId.parse('C-7') },
  villageCode: RegionCode.parse('530325101203'),
  since: plainDate('2026-06-01'),
  rule: 'trackContinuously',
  source: 'spec §2 R3 · S14 L379',
} as const;

const TASKS: readonly Task[] = [
  {
    ...base,
    id: 'trackingContact/E-1',
    kind: 'trackingContact',
    priority: 2,
    subject: { kind: 'elder', id: ElderId.parse('E-1') },
    due: plainDate('2026-06-08'),
    params: { lastContact: plainDate('2026-06-01'), cadenceDays: 7 },
  },
  {
    ...base,
    id: 'trackingContact/E-2',
    kind: 'trackingContact',
    priority: 2,
    subject: { kind: 'elder', id: ElderId.parse('E-2') },
    due: plainDate('2026-06-14'),
    params: { lastContact: null, cadenceDays: 7 },
  },
];

const OPTIONS = {
  asOf: plainDate('2026-06-10'),
  stamp: PlainDateTime.parse('2026-06-10T07:00'),
  calendarName: '李桂芳 · 待办',
};

/** The calendar's content lines, unfolded (RFC 5545 §3.1). */
const unfold = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n');

describe('tasksToICalendar', () => {
  it('puts each task on its deadline, and late work on the day of the list', () => {
    const lines = unfold(tasksToICalendar(TASKS, OPTIONS));
    expect(lines.filter((line) => line.startsWith('DTSTART'))).toEqual([
      'DTSTART;VALUE=DATE:20260610',
      'DTSTART;VALUE=DATE:20260614',
    ]);
    expect(lines).toContain('UID:trackingContact/E-1@guanai');
    expect(lines).toContain('SUMMARY:[跟踪] 随时跟踪联系 · E-1');
    expect(lines).toContain('DTSTAMP:20260609T230000Z');
    expect(lines.find((line) => line.startsWith('DESCRIPTION'))).toBe(
      'DESCRIPTION:随时跟踪掌握情况：上次联系2026-06-01，每7天至少一次\\n帮扶人 C-7\\n截止 2026-06-08\\n依据 spec §2 R3 · S14 L379',
    );
  });

  it('writes lines of at most 75 octets, each ending in CRLF', () => {
    const ics = tasksToICalendar(TASKS, { ...OPTIONS, subjectName: () => '王秀英'.repeat(20) });
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('speaks English when asked', () => {
    const lines = unfold(tasksToICalendar(TASKS, { ...OPTIONS, locale: 'en' }));
    expect(lines).toContain('PRODID:-//guanai//tasks//EN');
    expect(lines).toContain('SUMMARY:[tracking] tracking contact · E-2');
  });

  it('names bad input with its path', () => {
    const codes = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
      }
      return [];
    };
    expect(codes(() => tasksToICalendar([TASKS[0] as Task, TASKS[0] as Task], OPTIONS))).toEqual([
      ['duplicate_id', [1]],
    ]);
    expect(codes(() => tasksToICalendar([{} as Task], OPTIONS))).toEqual([
      ['invalid_argument', ['tasks', 0, 'task']],
    ]);
    expect(codes(() => tasksToICalendar(TASKS, { ...OPTIONS, asOf: 'soon' as never }))).toEqual([
      ['invalid_argument', ['asOf']],
    ]);
  });
});

describe('tasksToICalendar on malformed tasks and options (found by fuzzing)', () => {
  const codes = (fn: () => unknown) => {
    try {
      fn();
    } catch (error) {
      return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
    }
    return [];
  };
  const [first, second] = TASKS as [Task, Task];

  it('names a deadline that is not a date and an id that is not text, at their paths', () => {
    expect(codes(() => tasksToICalendar([first, { ...second, due: 0 as never }], OPTIONS))).toEqual(
      [['invalid_argument', ['tasks', 1, 'due']]],
    );
    const noId = { ...second, id: Object.create(null) };
    expect(codes(() => tasksToICalendar([first, noId], OPTIONS))).toEqual([
      ['invalid_type', ['tasks', 1, 'id']],
    ]);
  });

  it('names a calendar name that is not text, instead of leaving it out', () => {
    expect(codes(() => tasksToICalendar(TASKS, { ...OPTIONS, calendarName: 7 as never }))).toEqual([
      ['invalid_type', ['calendarName']],
    ]);
  });

  it('leaves a bad option where it is, not under a task', () => {
    expect(codes(() => tasksToICalendar(TASKS, { ...OPTIONS, subjectName: 'x' as never }))).toEqual(
      [['invalid_type', ['subjectName']]],
    );
  });
});
