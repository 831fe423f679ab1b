import { parseCivil } from '../_lib/civilDate.js';
import { requireCountOption, requireOptionsObject } from '../_lib/requireOption.js';
import { GuanaiError, issue } from '../errors/index.js';
import { daysBetween, type PlainDate, type PlainDateTime } from '../models/index.js';
import { expandGregorianRule } from './gregorianRule.js';
import { expandLunarRule } from './lunarRule.js';
import { parseRecurrenceText } from './recurrenceText.js';

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
  /**
   * Most periods of the rule (hours of an HOURLY rule, days of a DAILY one …) stepped through
   * before `work_limit` (`recurrenceSteps`) is thrown: default 50,000 (a fraction of a second;
   * 136 years of a DAILY rule). Stepping starts a period before `from`, and stops once past
   * `to`, so only a rule with COUNT (stepped from DTSTART, as COUNT counts from there) started
   * long before the range, or a sub-daily rule that rarely matches, comes near it.
   */
  readonly maxSteps?: number;
}

/** Default of {@link ExpandRRuleOptions.maxSteps}. */
const DEFAULT_MAX_STEPS = 50_000;

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * A range bound as a local `YYYY-MM-DDTHH:mm:ss` (a day stands for its first or last second),
 * or a coded error naming the option.
 */
function bound(value: string, end: boolean, name: 'from' | 'to'): string {
  if (typeof value !== 'string')
    throw new GuanaiError([issue('invalid_argument', [name], { name, rule: 'string' })]);
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

/**
 * Expand RFC 5545 recurrence text — a DTSTART line, an RRULE, RDATE and EXDATE lines — into
 * its occurrences in [from, to] (both included), as local `YYYY-MM-DDTHH:mm:ss` strings in
 * China time, sorted. DTSTART may be floating, carry `TZID=Asia/Shanghai`, or be a DATE; the
 * result never depends on the host's time zone. The semantics are python-dateutil's (checked
 * against vectors it generated), including COUNT counted from DTSTART, not from `from`.
 * `RSCALE=CHINESE` rules (RFC 7529) run on the lunar calendar: `RSCALE=CHINESE;FREQ=YEARLY;
 * BYMONTH=9;BYMONTHDAY=9` is 重阳 every year. Bad text throws a {@link GuanaiError} with an
 * `rrule_invalid` issue per bad part, and a sub-daily rule that can never match from its
 * DTSTART (`FREQ=HOURLY;INTERVAL=2;BYHOUR=0` from 09:00) is `rrule_invalid` (`neverMatches`).
 * The work is bounded three ways: the range (`maxDays`, `range_too_long`), the occurrences
 * (`limit`, `too_many_occurrences`) and the periods stepped through (`maxSteps`, `work_limit`);
 * options must be non-negative integers (`invalid_argument` otherwise).
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
  if (typeof text !== 'string')
    throw new GuanaiError([issue('invalid_argument', [], { name: 'text', rule: 'string' })]);
  requireOptionsObject(options);
  const from = bound(options.from, false, 'from');
  const to = bound(options.to, true, 'to');
  if (to < from) throw new GuanaiError([issue('range_reversed', ['to'], { from, to })]);
  const maxDays = requireCountOption(options.maxDays ?? 1830, 'maxDays', 0);
  const limit = requireCountOption(options.limit ?? 10_000, 'limit', 0);
  const maxSteps = requireCountOption(options.maxSteps ?? DEFAULT_MAX_STEPS, 'maxSteps', 1);
  const days = daysBetween(from.slice(0, 10) as PlainDate, to.slice(0, 10) as PlainDate);
  if (days > maxDays)
    throw new GuanaiError([issue('range_too_long', ['to'], { days, maximum: maxDays })]);
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
    expandGregorianRule(rule, start, { from, to, maxSteps }, keep);
  } else {
    keep(start);
  }
  for (const at of recurrence.rdates) keep(at);
  return [...found].sort();
}
