import { requireHolidayCalendar } from '../_lib/requireOption.js';
import { GuanaiError, issue } from '../errors/index.js';
import { isoWeekdayOf, type PlainDate } from '../models/index.js';
import { chinaHolidayCalendar, type HolidayCalendar } from './holidayCalendar.js';
import type { HolidayKey } from './holidayYear.js';

/**
 * What kind of day a date is: an ordinary working day (`workday`), a weekend day
 * (`weekend`), a listed holiday rest day (`holiday`, weekends inside a holiday block included),
 * or a weekend day made a working day by 调休 (`makeupWorkday`).
 * @category Working days
 */
export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeupWorkday';

/**
 * The working-calendar facts of one date.
 * @category Working days
 */
export interface DayInfo {
  readonly date: PlainDate;
  readonly isWorkingDay: boolean;
  readonly kind: DayKind;
  /** The holiday, when `kind` is `holiday`. */
  readonly holiday?: HolidayKey;
  /** The name of a `local` holiday. */
  readonly holidayName?: string;
  /**
   * `false` when the calendar does not hold the arrangement of the date's year: `kind` then
   * follows the weekday rule alone and may be wrong (holidays are announced a year ahead).
   */
  readonly known: boolean;
}

/**
 * Whether `date` is a working day, a weekend, a public holiday or a 调休 make-up working day
 * in the given calendar (China's national calendar by default), and whether the calendar
 * knows that year at all.
 *
 * @example
 * ```ts
 * dayInfo(plainDate('2026-10-05'));
 * // { date: '2026-10-05', isWorkingDay: false, kind: 'holiday', holiday: 'nationalDay', known: true }
 * dayInfo(plainDate('2026-09-20')).kind; // 'makeupWorkday' (a Sunday worked for National Day)
 * dayInfo(plainDate('2030-10-05')).known; // false: not yet announced
 * ```
 * @category Working days
 */
export function dayInfo(
  date: PlainDate,
  calendar: HolidayCalendar = chinaHolidayCalendar(),
): DayInfo {
  const kind = dayKind(date, calendar);
  let known: boolean;
  let listed: ReturnType<HolidayCalendar['restDayOf']>;
  try {
    known = calendar.covers(date);
    listed = kind === 'holiday' ? calendar.restDayOf(date) : undefined;
  } catch (error) {
    throw diagnosed(error, date, calendar);
  }
  const isWorkingDay = kind === 'workday' || kind === 'makeupWorkday';
  if (!listed) return { date, isWorkingDay, kind, known };
  const info = { date, isWorkingDay, kind, holiday: listed.holiday, known };
  return listed.name ? { ...info, holidayName: listed.name } : info;
}

/**
 * The kind of a day: a listed rest day, a make-up working day, else the weekday rule.
 * @internal
 */
export function dayKind(date: PlainDate, calendar: HolidayCalendar): DayKind {
  // Called for every day of a loop: no checks up front, a diagnosis when something breaks.
  try {
    if (calendar.restDayOf(date)) return 'holiday';
    if (calendar.isMakeupWorkday(date)) return 'makeupWorkday';
  } catch (error) {
    throw diagnosed(error, date, calendar);
  }
  return isoWeekdayOf(date) >= 6 ? 'weekend' : 'workday';
}

/**
 * The coded error behind a raw one from a day lookup: a calendar without its lookups, or a
 * date that is not text (`invalid_argument`). Anything else is passed on as it is.
 */
function diagnosed(error: unknown, date: unknown, calendar: unknown): unknown {
  if (error instanceof GuanaiError) return error;
  requireHolidayCalendar(calendar);
  if (typeof date !== 'string')
    return new GuanaiError([issue('invalid_argument', [], { name: 'date', rule: 'plainDate' })]);
  return error;
}
