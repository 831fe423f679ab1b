import { requireInteger } from '../_lib/requireInteger.js';
import { GuanaiError, issue } from '../errors/index.js';
import { addDays, daysBetween, type PlainDate } from '../models/index.js';
import { dayKind } from './dayInfo.js';
import { chinaHolidayCalendar, type HolidayCalendar } from './holidayCalendar.js';

/**
 * Whether `date` is a working day: a weekday that is no holiday, or a 调休 make-up working day.
 * Outside the calendar's years the weekday rule decides (see `dayInfo` for `known`).
 *
 * @example
 * ```ts
 * isWorkingDay(plainDate('2026-10-01')); // false: National Day
 * isWorkingDay(plainDate('2026-10-10')); // true: a Saturday worked for National Day
 * ```
 * @category Working days
 */
export function isWorkingDay(
  date: PlainDate,
  calendar: HolidayCalendar = chinaHolidayCalendar(),
): boolean {
  const kind = dayKind(date, calendar);
  return kind === 'workday' || kind === 'makeupWorkday';
}

/**
 * Most days one search for the next or previous working day looks at. China's longest rest is
 * nine days; a calendar (a host's own, or one whose local holidays cover a year) that rests
 * longer than a year is a mistake: `work_limit` (`workingDaySearch`).
 */
const SEARCH_DAYS = 366;

/**
 * Most days `addWorkingDays` walks and `workingDaysBetween` counts at once: a century
 * (`work_limit` and `range_too_long` past it), a few milliseconds of work.
 */
const SPAN_DAYS = 36_525;

const searchLimit = (limit: number) =>
  new GuanaiError([issue('work_limit', [], { what: 'workingDaySearch', limit })]);

/** The working day after (before) `date`, and how many days were looked at to find it. */
function step(
  date: PlainDate,
  direction: 1 | -1,
  calendar: HolidayCalendar,
): { day: PlainDate; days: number } {
  let day = addDays(date, direction);
  for (let days = 1; ; days++) {
    if (isWorkingDay(day, calendar)) return { day, days };
    if (days === SEARCH_DAYS) throw searchLimit(SEARCH_DAYS);
    day = addDays(day, direction);
  }
}

/**
 * The first working day after `date` (never `date` itself). A calendar that rests for more
 * than 366 days in a row throws `work_limit` (`workingDaySearch`); past 9999-12-31,
 * `date_out_of_range`.
 *
 * @example
 * ```ts
 * nextWorkingDay(plainDate('2026-09-30')); // '2026-10-08': after the National Day holiday
 * ```
 * @category Working days
 */
export function nextWorkingDay(
  date: PlainDate,
  calendar: HolidayCalendar = chinaHolidayCalendar(),
): PlainDate {
  return step(date, 1, calendar).day;
}

/**
 * The last working day before `date` (never `date` itself), bounded as
 * {@link nextWorkingDay} is.
 *
 * @example
 * ```ts
 * previousWorkingDay(plainDate('2026-10-08')); // '2026-09-30'
 * ```
 * @category Working days
 */
export function previousWorkingDay(
  date: PlainDate,
  calendar: HolidayCalendar = chinaHolidayCalendar(),
): PlainDate {
  return step(date, -1, calendar).day;
}

/**
 * The date `n` working days after `date` (before it when `n` is negative; `date` itself when
 * `n` is 0), so that `workingDaysBetween(date, addWorkingDays(date, n)) === n`. It walks at
 * most a century of days (36,525: `work_limit`, `workingDaySearch`).
 *
 * @example
 * ```ts
 * addWorkingDays(plainDate('2026-09-29'), 3); // '2026-10-09' (09-30, 10-08, 10-09)
 * ```
 * @category Working days
 */
export function addWorkingDays(
  date: PlainDate,
  n: number,
  calendar: HolidayCalendar = chinaHolidayCalendar(),
): PlainDate {
  requireInteger(n, 'n');
  let day = addDays(date, 0); // checks `date` even when n is 0
  // Every working day is at least a day further: a longer walk is known to fail at once.
  if (Math.abs(n) > SPAN_DAYS) throw searchLimit(SPAN_DAYS);
  let walked = 0;
  for (let left = Math.abs(n); left > 0; left--) {
    const next = step(day, n > 0 ? 1 : -1, calendar);
    walked += next.days;
    if (walked > SPAN_DAYS) throw searchLimit(SPAN_DAYS);
    day = next.day;
  }
  return day;
}

/**
 * Working-day steps from `from` to `to`: the working days in (`from`, `to`] when `to` is later,
 * minus those in [`to`, `from`) when it is earlier, 0 when equal. The inverse of
 * {@link addWorkingDays}. At most a century apart (36,525 days: `range_too_long`).
 *
 * @example
 * ```ts
 * workingDaysBetween(plainDate('2026-09-30'), plainDate('2026-10-09')); // 2 (10-08 and 10-09)
 * ```
 * @category Working days
 */
export function workingDaysBetween(
  from: PlainDate,
  to: PlainDate,
  calendar: HolidayCalendar = chinaHolidayCalendar(),
): number {
  const days = daysBetween(from, to);
  if (Math.abs(days) > SPAN_DAYS)
    throw new GuanaiError([
      issue('range_too_long', [], { days: Math.abs(days), maximum: SPAN_DAYS }),
    ]);
  if (days === 0) return 0;
  if (days < 0) return 0 - countWorkingDays(to, -days, calendar); // never -0
  return countWorkingDays(addDays(from, 1), days, calendar);
}

/** Working days among the `count` (≥ 1) days from `first` on. */
function countWorkingDays(first: PlainDate, count: number, calendar: HolidayCalendar): number {
  let working = 0;
  for (let day = first, i = 0; ; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) working++;
    // Stop on the last day, not after it: the day after 9999-12-31 does not exist.
    if (++i === count) return working;
  }
}
