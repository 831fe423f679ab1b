import { requireInteger } from '../_lib/requireInteger.js';
import { addDays, type PlainDate } from '../models/index.js';
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

function step(date: PlainDate, direction: 1 | -1, calendar: HolidayCalendar): PlainDate {
  let day = addDays(date, direction);
  // A week always holds working days, and no holiday block lasts a month: this ends quickly.
  while (!isWorkingDay(day, calendar)) day = addDays(day, direction);
  return day;
}

/**
 * The first working day after `date` (never `date` itself).
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
  return step(date, 1, calendar);
}

/**
 * The last working day before `date` (never `date` itself).
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
  return step(date, -1, calendar);
}

/**
 * The date `n` working days after `date` (before it when `n` is negative; `date` itself when
 * `n` is 0), so that `workingDaysBetween(date, addWorkingDays(date, n)) === n`.
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
  let day = date;
  for (let left = Math.abs(n); left > 0; left--) day = step(day, n > 0 ? 1 : -1, calendar);
  return day;
}

/**
 * Working-day steps from `from` to `to`: the working days in (`from`, `to`] when `to` is later,
 * minus those in [`to`, `from`) when it is earlier, 0 when equal. The inverse of
 * {@link addWorkingDays}.
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
  if (to < from) return 0 - countWorkingDays(to, addDays(from, -1), calendar); // never -0
  return countWorkingDays(addDays(from, 1), to, calendar);
}

/** Working days in [first, last]. */
function countWorkingDays(first: PlainDate, last: PlainDate, calendar: HolidayCalendar): number {
  let count = 0;
  for (let day = first; day <= last; day = addDays(day, 1))
    if (isWorkingDay(day, calendar)) count++;
  return count;
}
