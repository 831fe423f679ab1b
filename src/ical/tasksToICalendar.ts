import { arrayIssue, functionIssue, plainDateIssue, throwIssues } from '../_lib/argumentGuards.js';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { requireOptionsObject } from '../_lib/requireOption.js';
import { GuanaiError, issue, prefixIssues } from '../errors/index.js';
import type { Task } from '../followup/index.js';
import { type DescribeTaskOptions, describeTask, type TaskText } from '../i18n/index.js';
import { addDays, type PlainDate, type PlainDateTime } from '../models/index.js';
import { contentLines, escapeText, utcStamp } from './icsText.js';

/**
 * Options of {@link tasksToICalendar}: the day the list is for and when the file is made (the
 * library never reads the clock), with the words and names of `describeTask`.
 * @category iCalendar
 */
export interface TasksToICalendarOptions extends DescribeTaskOptions {
  readonly asOf: PlainDate;
  /** When the file is made, a local China time `YYYY-MM-DDTHH:mm[:ss]` (`DTSTAMP`, in UTC). */
  readonly stamp: PlainDateTime;
  /** The calendar's name (`NAME`, `X-WR-CALNAME`), e.g. `李桂芳 · 待办`. */
  readonly calendarName?: string;
  /**
   * The event's `UID` (default `${task.id}@guanai`): the same task must keep the same UID so
   * that a phone updates the entry instead of adding one. Task ids contain the subject's id;
   * give an opaque UID if your ids are personal data.
   */
  readonly uid?: (task: Task) => string;
}

/**
 * A to-do list as an iCalendar file (RFC 5545) for a phone's calendar: one all-day event per
 * task on its deadline — or on `asOf` when it is already late, so that late work shows today —
 * its summary the urgency, kind and subject, its description the reason, owner, deadline and
 * source. Phone calendars show events, not `VTODO`s, hence events. Put the list in the order
 * you want (e.g. from `tasksFor`). A task whose `due` is not a real date or, without `uid`,
 * whose `id` is not text, a `calendarName` or UID that is not text, are each a `GuanaiError`
 * with the path of the bad value.
 *
 * @example
 * ```ts
 * const ics = tasksToICalendar(tasksFor({ caregiverId }, tasks), {
 *   asOf: plainDate('2026-06-10'), stamp: PlainDateTime.parse('2026-06-10T07:00'),
 *   calendarName: '李桂芳 · 待办',
 * });
 * ```
 * @category iCalendar
 */
export function tasksToICalendar(tasks: readonly Task[], options: TasksToICalendarOptions): string {
  requireOptionsObject(options);
  throwIssues([
    arrayIssue(tasks, 'tasks'),
    plainDateIssue(options.asOf, 'asOf'),
    functionIssue(options.uid, 'uid', { optional: true }),
    options.calendarName === undefined || typeof options.calendarName === 'string'
      ? undefined
      : issue('invalid_type', ['calendarName'], {
          expected: 'string',
          received: jsonTypeOf(options.calendarName),
        }),
  ]);
  const stamp = `DTSTAMP:${utcStamp(options.stamp)}`;
  const seen = new Map<string, number>();
  const events = tasks.flatMap((task, index) => {
    const text = described(task, index, options);
    // The event's day and default UID come from these: checked, or the file would be wrong.
    throwIssues([
      typeof task.id === 'string' || options.uid
        ? undefined
        : issue('invalid_type', ['tasks', index, 'id'], {
            expected: 'string',
            received: jsonTypeOf(task.id),
          }),
      plainDateIssue(task.due, 'due', { path: ['tasks', index, 'due'] }),
    ]);
    const uid = options.uid ? options.uid(task) : `${task.id}@guanai`;
    if (typeof uid !== 'string')
      throw new GuanaiError([
        issue('invalid_type', ['uid', index], { expected: 'string', received: jsonTypeOf(uid) }),
      ]);
    const first = seen.get(uid);
    if (first !== undefined)
      throw new GuanaiError([issue('duplicate_id', [index], { id: uid, firstPath: [first] })]);
    seen.set(uid, index);
    return eventOf(task, text, uid, stamp, options);
  });
  const locale = typeof options.locale === 'object' ? options.locale?.locale : options.locale;
  const productId = `PRODID:-//guanai//tasks//${locale === 'en' ? 'EN' : 'ZH'}`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', productId, 'CALSCALE:GREGORIAN'];
  if (options.calendarName !== undefined) {
    const name = escapeText(options.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  return contentLines([...lines, ...events, 'END:VCALENDAR']);
}

/** The task in words; an issue with the task itself is placed at its index in the list. */
function described(task: Task, index: number, options: TasksToICalendarOptions): TaskText {
  try {
    return describeTask(task, options);
  } catch (error) {
    if (error instanceof GuanaiError && error.issues[0]?.path[0] === 'task')
      throw new GuanaiError(prefixIssues(error.issues, ['tasks', index]), { cause: error });
    throw error;
  }
}

function eventOf(
  task: Task,
  text: TaskText,
  uid: string,
  stamp: string,
  options: TasksToICalendarOptions,
): string[] {
  const day = text.daysLate > 0 ? options.asOf : task.due;
  const description = [text.reason, text.owner, text.daysLate > 0 ? text.due : '', text.source];
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    stamp,
    `DTSTART;VALUE=DATE:${day.replace(/-/g, '')}`,
    `DTEND;VALUE=DATE:${addDays(day, 1).replace(/-/g, '')}`,
    `SUMMARY:${escapeText(`[${text.priority}] ${text.title} · ${text.subject}`)}`,
    `DESCRIPTION:${escapeText(description.filter((line) => line !== '').join('\n'))}`,
    'END:VEVENT',
  ];
}
