import * as rruleModule from 'rrule';
import { parseCivil } from '../_lib/civilDate.js';
import { GuanaiError, issue } from '../errors/index.js';
import { daysBetween, type PlainDate, type PlainDateTime } from '../models/index.js';
import { expandLunarRule } from './lunarRule.js';
import { parseRecurrenceText } from './recurrenceText.js';
import type { RRuleParts, WEEKDAY_CODES } from './rruleText.js';

// rrule ships CommonJS without named exports for Node's ESM loader: take its default export
// when there is one (Node ESM), the namespace itself otherwise (CJS, bundlers).
const lib = (Reflect.get(rruleModule, 'default') ?? rruleModule) as typeof rruleModule;

/** Options of {@link expandRRule}. @category Recurrence rules */
export interface ExpandRRuleOptions {
  /** First day or moment to list (a day means from its start). */
  readonly from: PlainDate | PlainDateTime | string;
  /** Last day or moment to list, included (a day means to its end). */
  readonly to: PlainDate | PlainDateTime | string;
  /** Longest range accepted, in days (default 1830, five years). */
  readonly maxDays?: number;
  /** Most occurrences returned before `too_many_occurrences` is thrown (default 10,000). */
  readonly limit?: number;
}

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/** A floating Date for a local date-time: its UTC fields are the wall clock, as rrule expects. */
function floating(at: string): Date {
  return new Date(`${at}Z`);
}

/** The wall clock of a floating Date, as `YYYY-MM-DDTHH:mm:ss`. */
function wallClock(date: Date): string {
  return date.toISOString().slice(0, 19);
}

/**
 * A range bound as a local `YYYY-MM-DDTHH:mm:ss` (a day stands for its first or last second),
 * or a coded error naming the option.
 */
function bound(value: string, end: boolean, name: 'from' | 'to'): string {
  const m = DATE_TIME.exec(value);
  const [, day = '', hour, minute, second = '00'] = m ?? [];
  if (
    !m ||
    !parseCivil(day) ||
    Number(hour ?? 0) > 23 ||
    Number(minute ?? 0) > 59 ||
    Number(second) > 59
  )
    throw new GuanaiError([issue('invalid_plain_date_time', [name], { value })]);
  if (hour === undefined) return `${day}T${end ? '23:59:59' : '00:00:00'}`;
  return `${day}T${hour}:${minute}:${second}`;
}

/** rrule's options for the Gregorian rule `rule` starting at `start`. */
function rruleOptions(rule: RRuleParts, start: string): Partial<rruleModule.Options> {
  const { RRule } = lib;
  const weekday = (code: (typeof WEEKDAY_CODES)[number]) => RRule[code];
  return {
    freq: RRule[rule.freq],
    dtstart: floating(start),
    interval: rule.interval,
    ...(rule.count !== undefined ? { count: rule.count } : {}),
    ...(rule.until !== undefined ? { until: floating(rule.until) } : {}),
    ...(rule.bySecond ? { bysecond: [...rule.bySecond] } : {}),
    ...(rule.byMinute ? { byminute: [...rule.byMinute] } : {}),
    ...(rule.byHour ? { byhour: [...rule.byHour] } : {}),
    ...(rule.byDay
      ? {
          byweekday: rule.byDay.map((d) =>
            d.nth === undefined ? weekday(d.weekday) : weekday(d.weekday).nth(d.nth),
          ),
        }
      : {}),
    ...(rule.byMonthDay ? { bymonthday: [...rule.byMonthDay] } : {}),
    ...(rule.byYearDay ? { byyearday: [...rule.byYearDay] } : {}),
    ...(rule.byWeekNo ? { byweekno: [...rule.byWeekNo] } : {}),
    ...(rule.byMonth ? { bymonth: rule.byMonth.map((m) => m.month) } : {}),
    ...(rule.bySetPos ? { bysetpos: [...rule.bySetPos] } : {}),
    ...(rule.wkst ? { wkst: weekday(rule.wkst) } : {}),
  };
}

/**
 * Expand RFC 5545 recurrence text — a DTSTART line, an RRULE, RDATE and EXDATE lines — into
 * its occurrences in [from, to] (both included), as local `YYYY-MM-DDTHH:mm:ss` strings in
 * China time, sorted. DTSTART may be floating, carry `TZID=Asia/Shanghai`, or be a DATE; the
 * result never depends on the host's time zone. The semantics are python-dateutil's (checked
 * against vectors it generated), including COUNT counted from DTSTART, not from `from`.
 * `RSCALE=CHINESE` rules (RFC 7529) run on the lunar calendar: `RSCALE=CHINESE;FREQ=YEARLY;
 * BYMONTH=9;BYMONTHDAY=9` is 重阳 every year. Bad text throws a {@link GuanaiError} with an
 * `rrule_invalid` issue per bad part.
 *
 * @example
 * ```ts
 * expandRRule('DTSTART;TZID=Asia/Shanghai:20260105T093000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH;COUNT=4', {
 *   from: '2026-01-01',
 *   to: '2026-12-31',
 * });
 * // ['2026-01-05T09:30:00', '2026-01-08T09:30:00', '2026-01-12T09:30:00', '2026-01-15T09:30:00']
 * expandRRule('DTSTART;VALUE=DATE:20260101\nRRULE:RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=9', {
 *   from: '2026-01-01',
 *   to: '2027-12-31',
 * });
 * // ['2026-10-18T00:00:00', '2027-10-08T00:00:00']
 * ```
 * @category Recurrence rules
 */
export function expandRRule(text: string, options: ExpandRRuleOptions): string[] {
  const from = bound(options.from, false, 'from');
  const to = bound(options.to, true, 'to');
  if (to < from) throw new GuanaiError([issue('range_reversed', ['to'], { from, to })]);
  const maxDays = options.maxDays ?? 1830;
  const days = daysBetween(from.slice(0, 10) as PlainDate, to.slice(0, 10) as PlainDate);
  if (days > maxDays)
    throw new GuanaiError([issue('range_too_long', ['to'], { days, maximum: maxDays })]);
  const limit = options.limit ?? 10_000;
  const recurrence = parseRecurrenceText(text);
  const excluded = new Set(recurrence.exdates);
  const found = new Set<string>();
  const keep = (at: string) => {
    if (at >= from && at <= to && !excluded.has(at)) found.add(at);
    if (found.size > limit) throw new GuanaiError([issue('too_many_occurrences', [], { limit })]);
  };
  const { rule, start } = recurrence;
  if (rule?.rscale === 'CHINESE') {
    for (const at of expandLunarRule(rule, start, to)) keep(at);
  } else if (rule) {
    const series = new lib.RRule(rruleOptions(rule, start));
    series.between(floating(from), floating(to), true, (date) => {
      keep(wallClock(date));
      return true;
    });
  } else {
    keep(start);
  }
  for (const at of recurrence.rdates) keep(at);
  return [...found].sort();
}
