import { arrayIssue, functionIssue, plainDateIssue, throwIssues } from '../_lib/argumentGuards.js';
import { requireOptionsObject } from '../_lib/requireOption.js';
import { GuanaiError, issue, prefixIssues } from '../errors/index.js';
import type { Task } from '../followup/index.js';
import { type DescribeTaskOptions, describeTask } from '../i18n/index.js';
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
 * you want (e.g. from `tasksFor`).
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
  ]);
  const stamp = `DTSTAMP:${utcStamp(options.stamp)}`;
  const seen = new Map<string, number>();
  const events = tasks.flatMap((task, index) => {
    const uid = options.uid ? options.uid(task) : `${task?.id}@guanai`;
    if (typeof uid !== 'string')
      throw new GuanaiError([
        issue('invalid_type', ['uid', index], { expected: 'string', received: typeof uid }),
      ]);
    const first = seen.get(uid);
    if (first !== undefined)
      throw new GuanaiError([issue('duplicate_id', [index], { id: uid, firstPath: [first] })]);
    seen.set(uid, index);
    return eventOf(task, index, uid, stamp, options);
  });
  const locale = typeof options.locale === 'object' ? options.locale?.locale : options.locale;
  const productId = `PRODID:-//guanai//tasks//${locale === 'en' ? 'EN' : 'ZH'}`;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', productId, 'CALSCALE:GREGORIAN'];
  if (typeof options.calendarName === 'string') {
    const name = escapeText(options.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  return contentLines([...lines, ...events, 'END:VCALENDAR']);
}

function eventOf(
  task: Task,
  index: number,
  uid: string,
  stamp: string,
  options: TasksToICalendarOptions,
): string[] {
  let text: ReturnType<typeof describeTask>;
  try {
    text = describeTask(task, options);
  } catch (error) {
    if (error instanceof GuanaiError)
      throw new GuanaiError(prefixIssues(error.issues, ['tasks', index]));
    throw error;
  }
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
