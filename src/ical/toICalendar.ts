import { requireOptionsObject } from '../_lib/requireOption.js';
import { GuanaiError, issue } from '../errors/index.js';
import { type Locale, label } from '../i18n/index.js';
import {
  type CaregiverId,
  fromDayNumber,
  minutesOfDay,
  type PlainDateTime,
  toDayNumber,
} from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import type { ScheduledVisit } from '../scheduling/index.js';
import { contentLines, dateTimeText, escapeText, MINUTES_PER_DAY, utcStamp } from './icsText.js';
import { type ScheduledVisitsInput, scheduledEvents } from './scheduledVisitsInput.js';
import { visitIssues } from './visitIssues.js';

/**
 * Options of {@link toICalendar}. Only `stamp` is required: the library never reads the clock.
 * @category iCalendar
 */
export interface ToICalendarOptions {
  /**
   * When the file is made, a local China time `YYYY-MM-DDTHH:mm[:ss]`; written as every
   * event's `DTSTAMP` in UTC (8 hours earlier).
   */
  readonly stamp: PlainDateTime;
  /** The calendar's name (`NAME`, `X-WR-CALNAME`), e.g. `王村 · 走访计划`. */
  readonly calendarName?: string;
  /** The language of summaries and descriptions (default `zh-CN`). */
  readonly locale?: Locale;
  /**
   * The name to show after the kind of visit in the summary, e.g. the elder's name
   * (`入户走访 · 张桂英`). Without it the summary names no one. The file leaves the host's
   * hands, so give a name at most: never a resident ID or phone number (PIPL, 个人信息保护法).
   */
  readonly subjectName?: (visit: Occurrence) => string | undefined;
  /** Where the visit takes place (`LOCATION`), e.g. the village or the address. */
  readonly location?: (visit: Occurrence) => string | undefined;
  /**
   * The event's `UID` (default `${visit.key}@guanai`). It must be the same each time the same
   * visit is exported, so that calendars update the event rather than add a second one. The
   * default contains the subject's id; give an opaque one if your ids are personal data.
   */
  readonly uid?: (visit: Occurrence) => string;
  /**
   * The name of a scheduled visit's caregiver (and of the holder a deputy stands in for), for
   * the description's caregiver line; default the id. Read only for scheduled visits.
   */
  readonly caregiverName?: (caregiverId: CaregiverId) => string | undefined;
  /**
   * `PRODID`, written as given: a formal public identifier such as `-//Wangcun//Visits//ZH`
   * (default `-//guanai//visits//ZH`, or `-//guanai//visits//EN` in English).
   */
  readonly productId?: string;
}

/** China's one zone: UTC+8 all year, no daylight saving since 1991. */
const ZONE = 'Asia/Shanghai';
const DEFAULT_DURATION_MINUTES = 60;

/**
 * The VTIMEZONE of Asia/Shanghai: one standard observance at +0800. It leaves out the
 * summer time of 1986–1991, long before any visit a plan can hold.
 */
const SHANGHAI_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The words of a description besides the enum labels of i18n. */
interface Words {
  readonly separator: string;
  readonly channel: string;
  readonly window: string;
  /** `overdueFrom` is undefined when the visit expires without an overdue phase. */
  readonly windowText: (
    openFrom: string,
    overdueFrom: string | undefined,
    expiresAt: string,
  ) => string;
  readonly services: string;
  readonly listSeparator: string;
  readonly holiday: string;
  readonly moved: (plannedDue: string, outcome: string) => string;
  readonly caregiver: string;
  readonly deputyFor: (holder: string) => string;
  readonly route: string;
  readonly stop: (stop: number) => string;
}

const WORDS: Readonly<Record<Locale, Words>> = {
  'zh-CN': {
    separator: '：',
    channel: '方式',
    window: '时间窗',
    windowText: (open, overdue, expires) =>
      `${open} 起可开展，${overdue ? `${overdue} 起逾期，` : ''}${expires} 后失效`,
    services: '服务',
    listSeparator: '、',
    holiday: '节假日',
    moved: (planned, outcome) => `原定 ${planned}，${outcome}`,
    caregiver: '帮扶人',
    deputyFor: (holder) => `（代 ${holder}）`,
    route: '路线',
    stop: (stop) => `第 ${stop} 站`,
  },
  en: {
    separator: ': ',
    channel: 'Channel',
    window: 'Window',
    windowText: (open, overdue, expires) =>
      `open from ${open}, ${overdue ? `overdue from ${overdue}, ` : ''}expires after ${expires}`,
    services: 'Services',
    listSeparator: ', ',
    holiday: 'Holiday',
    moved: (planned, outcome) => `planned for ${planned}, ${outcome}`,
    caregiver: 'Caregiver',
    deputyFor: (holder) => ` (standing in for ${holder})`,
    route: 'Route',
    stop: (stop) => `stop ${stop}`,
  },
};

/**
 * Planned visits (走访) as an iCalendar file (RFC 5545), to import into or subscribe from a
 * phone's or a desktop's calendar: one `VEVENT` per visit, its `UID` stable across exports so
 * that a new export updates the events instead of duplicating them.
 *
 * A visit with a `time` is an event at that time in China (`TZID=Asia/Shanghai`, with its
 * `VTIMEZONE`) lasting `durationMinutes` (default 60); one without is an all-day event on its
 * due day. The summary is the kind of visit, then `subjectName` if given (`入户走访 · 张桂英`);
 * the description gives the channel, the window, the services and any holiday move. The text
 * is the same on every host, whatever its time zone, and lines are folded at 75 octets.
 *
 * A schedule from `planVisits` goes in as it is (`{ visits, occurrences }`, see
 * {@link ScheduledVisitsInput}): each scheduled visit is its occurrence on the day planned —
 * the same event as the occurrence with `due` set to that day — and its description adds who
 * visits (`caregiverName`, and whom a deputy stands in for) and the stop of the day's route.
 *
 * @param visits - The visits to export, in the order they should appear: occurrences, or
 * scheduled visits with the occurrences they carry out.
 * @param options - The `stamp` of the export, and optionally names, locale and identifiers.
 * @returns The calendar as text with CRLF line ends (`text/calendar; charset=utf-8`).
 * @throws {@link errors!GuanaiError} `invalid_plain_date_time` (path `['stamp']`) for a
 * malformed stamp; `duplicate_id` (path `[index]`) when two visits would get the same UID;
 * `invalid_value` for an unknown `locale`; `invalid_type` for an option or a callback's answer
 * of the wrong type (path `[option]` or `[option, index]`); the issues of a value that is not
 * a visit, under `[index, field]`. For a schedule: the same under `['visits', …]` and
 * `['occurrences', …]`, and `unknown_reference` for a scheduled visit whose occurrence is not
 * given.
 * @example
 * ```ts
 * // visits: Occurrence[] from expanding the village's plans over a month
 * const ics = toICalendar(visits, {
 *   stamp: PlainDateTime.parse('2026-03-01T08:00'),
 *   calendarName: '王村 · 走访计划',
 *   subjectName: (visit) => namesById.get(visit.subject),
 * });
 * // BEGIN:VCALENDAR … SUMMARY:入户走访 · 张桂英 … END:VCALENDAR
 *
 * // or a caregiver's month as planVisits scheduled it
 * const schedule = planVisits(visits, { elders, caregivers, pairings }, { from });
 * const mine = schedule.visits.filter((v) => v.caregiverId === caregiverId);
 * toICalendar({ visits: mine, occurrences: visits }, { stamp, caregiverName });
 * ```
 * @category iCalendar
 */
export function toICalendar(
  visits: Iterable<Occurrence> | ScheduledVisitsInput,
  options: ToICalendarOptions,
): string {
  checkOptions(options);
  const scheduled = isScheduledInput(visits);
  const entries = scheduled ? scheduledEvents(visits) : occurrenceEntries(visits, !options.uid);
  const at = (index: number) => (scheduled ? ['visits', index] : [index]);
  const locale = options.locale ?? 'zh-CN';
  const stamp = `DTSTAMP:${utcStamp(options.stamp)}`;
  const events: string[] = [];
  const seen = new Map<string, number>();
  let timed = false;
  let index = 0;
  for (const entry of entries) {
    const { visit } = entry;
    const uid = options.uid ? textFrom('uid', index, options.uid(visit)) : `${visit.key}@guanai`;
    if (uid === undefined)
      throw new GuanaiError([
        issue('invalid_type', ['uid', index], { expected: 'string', received: 'undefined' }),
      ]);
    const first = seen.get(uid);
    if (first !== undefined)
      throw new GuanaiError([issue('duplicate_id', at(index), { id: uid, firstPath: at(first) })]);
    seen.set(uid, index);
    timed ||= visit.time !== undefined;
    const location = textFrom('location', index, options.location?.(visit));
    const name = textFrom('subjectName', index, options.subjectName?.(visit));
    const who = entry.scheduled && scheduledLines(entry.scheduled, index, locale, options);
    events.push(
      'BEGIN:VEVENT',
      `UID:${escapeText(uid)}`,
      stamp,
      ...timesOf(visit),
      `SUMMARY:${escapeText(summaryOf(visit, locale, name))}`,
      `DESCRIPTION:${escapeText([descriptionOf(visit, locale), ...(who ?? [])].join('\n'))}`,
      ...(location ? [`LOCATION:${escapeText(location)}`] : []),
      'END:VEVENT',
    );
    index++;
  }
  const productId = options.productId ?? `-//guanai//visits//${locale === 'en' ? 'EN' : 'ZH'}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(productId)}`,
    'CALSCALE:GREGORIAN',
  ];
  if (options.calendarName) {
    const name = escapeText(options.calendarName);
    lines.push(`NAME:${name}`, `X-WR-CALNAME:${name}`);
  }
  if (timed) lines.push(...SHANGHAI_VTIMEZONE);
  lines.push(...events, 'END:VCALENDAR');
  return contentLines(lines);
}

const LOCALES = Object.keys(WORDS) as Locale[];
const CALLBACKS = ['subjectName', 'location', 'uid', 'caregiverName'] as const;

/** One event to write: a visit, and the scheduled visit it came from when there is one. */
interface Entry {
  readonly visit: Occurrence;
  readonly scheduled?: ScheduledVisit;
}

/** A schedule rather than a list: an object that cannot be walked but has `visits`. */
function isScheduledInput(
  visits: Iterable<Occurrence> | ScheduledVisitsInput,
): visits is ScheduledVisitsInput {
  if (typeof visits !== 'object' || visits === null) return false;
  return (
    typeof (visits as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function' &&
    'visits' in visits
  );
}

/** The occurrences as entries, each checked when reached: a generator stays lazy. */
function* occurrenceEntries(visits: Iterable<Occurrence>, needsKey: boolean): Iterable<Entry> {
  if (
    visits === null ||
    typeof (visits as Partial<Iterable<Occurrence>>)?.[Symbol.iterator] !== 'function'
  )
    throw new GuanaiError([issue('invalid_argument', [], { name: 'visits', rule: 'array' })]);
  let index = 0;
  for (const visit of visits) {
    const issues = visitIssues(visit, index, needsKey);
    if (issues.length > 0) throw new GuanaiError(issues);
    yield { visit };
    index++;
  }
}

/** A scheduled visit's lines: who visits (and for whom, a deputy), and the stop of the route. */
function scheduledLines(
  scheduled: ScheduledVisit,
  index: number,
  locale: Locale,
  options: ToICalendarOptions,
): string[] {
  const words = WORDS[locale];
  const nameOf = (id: CaregiverId) =>
    textFrom('caregiverName', index, options.caregiverName?.(id)) ?? id;
  const deputy = scheduled.deputyFor ? words.deputyFor(nameOf(scheduled.deputyFor)) : '';
  const lines = [`${words.caregiver}${words.separator}${nameOf(scheduled.caregiverId)}${deputy}`];
  if (scheduled.stop > 0)
    lines.push(`${words.route}${words.separator}${words.stop(scheduled.stop)}`);
  return lines;
}

/** Every option of the right type, checked once before any visit: a coded error otherwise. */
function checkOptions(options: ToICalendarOptions): void {
  requireOptionsObject(options);
  if (options.locale !== undefined && !LOCALES.includes(options.locale))
    throw new GuanaiError([issue('invalid_value', ['locale'], { allowed: LOCALES })]);
  for (const name of ['calendarName', 'productId'] as const) {
    const value = options[name];
    if (value !== undefined && typeof value !== 'string')
      throw new GuanaiError([
        issue('invalid_type', [name], { expected: 'string', received: typeof value }),
      ]);
  }
  for (const name of CALLBACKS) {
    const value = options[name];
    if (value !== undefined && typeof value !== 'function')
      throw new GuanaiError([
        issue('invalid_type', [name], { expected: 'function', received: typeof value }),
      ]);
  }
}

/** A callback's answer for visit `index`: text or nothing, else `invalid_type` at `[name, index]`. */
function textFrom(
  name: (typeof CALLBACKS)[number],
  index: number,
  value: unknown,
): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  const received = value === null ? 'null' : typeof value;
  throw new GuanaiError([issue('invalid_type', [name, index], { expected: 'string', received })]);
}

/** DTSTART and DTEND: a day for an all-day visit, China wall-clock times for a timed one. */
function timesOf(visit: Occurrence): string[] {
  const day = toDayNumber(visit.due);
  if (visit.time === undefined) {
    return [
      `DTSTART;VALUE=DATE:${visit.due.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${fromDayNumber(day + 1).replace(/-/g, '')}`,
    ];
  }
  const start = day * MINUTES_PER_DAY + minutesOfDay(visit.time);
  const end = start + (visit.durationMinutes ?? DEFAULT_DURATION_MINUTES);
  return [
    `DTSTART;TZID=${ZONE}:${dateTimeText(start)}00`,
    `DTEND;TZID=${ZONE}:${dateTimeText(end)}00`,
  ];
}

/** `入户走访 · 张桂英`: the kind, then the name when there is one. */
function summaryOf(visit: Occurrence, locale: Locale, name: string | undefined): string {
  const kind = label('visitKind', visit.kind, { locale });
  const head = locale === 'en' ? kind.charAt(0).toUpperCase() + kind.slice(1) : kind;
  return name ? `${head} · ${name}` : head;
}

/** One line each: channel, window, services, holiday adjustment. */
function descriptionOf(visit: Occurrence, locale: Locale): string {
  const words = WORDS[locale];
  const line = (head: string, text: string) => `${head}${words.separator}${text}`;
  const lines = [
    line(words.channel, label('visitChannel', visit.channel, { locale })),
    line(
      words.window,
      words.windowText(
        visit.openFrom,
        visit.overdueFrom <= visit.expiresAt ? visit.overdueFrom : undefined,
        visit.expiresAt,
      ),
    ),
  ];
  if (visit.services && visit.services.length > 0) {
    const services = visit.services.map((service) => label('serviceCategory', service, { locale }));
    lines.push(line(words.services, services.join(words.listSeparator)));
  }
  if (visit.holiday) {
    const outcome = label('holidayOutcome', visit.holiday, { locale });
    const text =
      visit.holiday === 'moved' && visit.plannedDue
        ? words.moved(visit.plannedDue, outcome)
        : outcome;
    lines.push(line(words.holiday, text));
  }
  return lines.join('\n');
}
