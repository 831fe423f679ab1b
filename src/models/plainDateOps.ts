import {
  CALENDAR_BOUNDS,
  daysInMonth,
  FIRST_EPOCH_DAY,
  formatCivil,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  LAST_EPOCH_DAY,
  parseCivil,
  toEpochDay,
} from '../_lib/civilDate.js';
import { requireInteger } from '../_lib/requireInteger.js';
import { GuanaiError, issue } from '../errors/index.js';
import type { PlainDate } from './plainDate.js';

/**
 * Whether `text` is a real civil date in `YYYY-MM-DD` form.
 *
 * @example
 * ```ts
 * isPlainDate('2024-02-29'); // true
 * isPlainDate('2023-02-29'); // false
 * ```
 * @category Time
 */
export function isPlainDate(text: unknown): text is PlainDate {
  return typeof text === 'string' && parseCivil(text) !== undefined;
}

/**
 * Check `text` and return it as a {@link PlainDate}; throws {@link GuanaiError}
 * (`invalid_plain_date`) otherwise. For literals in code and tests.
 *
 * @example
 * ```ts
 * const asOf = plainDate('2026-10-01');
 * ```
 * @category Time
 */
export function plainDate(text: string): PlainDate {
  fieldsOf(text, 'text');
  return text as PlainDate;
}

/**
 * The fields of a date argument, or one coded error: `invalid_argument` (rule `plainDate`)
 * for a value that is not a string at all, `invalid_plain_date` for a string naming no day.
 * O(1): every day of every loop passes here.
 */
function fieldsOf(date: unknown, name: string) {
  if (typeof date !== 'string')
    throw new GuanaiError([issue('invalid_argument', [], { name, rule: 'plainDate' })]);
  const fields = parseCivil(date);
  if (!fields) throw new GuanaiError([issue('invalid_plain_date', [], { value: date })]);
  return fields;
}

function epochDayOf(date: PlainDate, name = 'date'): number {
  return toEpochDay(fieldsOf(date, name));
}

/** Throws `date_out_of_range` unless `year` is one a `YYYY-MM-DD` string can name (1–9999). */
function requireCalendarYear(year: number, fields: { month: number; day: number }): void {
  if (year < 1 || year > 9999) {
    const value = `${year}-${String(fields.month).padStart(2, '0')}-${String(fields.day).padStart(2, '0')}`;
    throw new GuanaiError([issue('date_out_of_range', [], { value, ...CALENDAR_BOUNDS })]);
  }
}

/**
 * Days since 1970-01-01 of a date; the inverse of {@link fromDayNumber}. Handy as a map key
 * and for day arithmetic.
 *
 * @example
 * ```ts
 * toDayNumber(plainDate('1970-01-02')); // 1
 * ```
 * @category Time
 */
export function toDayNumber(date: PlainDate): number {
  return epochDayOf(date);
}

/**
 * The date `dayNumber` days after 1970-01-01. Throws {@link GuanaiError} `date_out_of_range`
 * for a day before 0001-01-01 or after 9999-12-31 (a `YYYY-MM-DD` string cannot name it).
 *
 * @example
 * ```ts
 * fromDayNumber(0); // '1970-01-01'
 * ```
 * @category Time
 */
export function fromDayNumber(dayNumber: number): PlainDate {
  requireInteger(dayNumber, 'dayNumber');
  const fields = fromEpochDay(dayNumber);
  if (dayNumber < FIRST_EPOCH_DAY || dayNumber > LAST_EPOCH_DAY)
    requireCalendarYear(fields.year, fields);
  return formatCivil(fields) as PlainDate;
}

/**
 * The date `days` days after `date` (before it, when negative). Past 9999-12-31 or before
 * 0001-01-01 it throws {@link GuanaiError} `date_out_of_range`.
 *
 * @example
 * ```ts
 * addDays(plainDate('2024-02-28'), 1); // '2024-02-29'
 * ```
 * @category Time
 */
export function addDays(date: PlainDate, days: number): PlainDate {
  requireInteger(days, 'days');
  return fromDayNumber(epochDayOf(date) + days);
}

/**
 * Whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween(plainDate('2026-01-01'), plainDate('2026-03-01')); // 59
 * ```
 * @category Time
 */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return epochDayOf(to, 'to') - epochDayOf(from, 'from');
}

/**
 * ISO weekday of a date: 1 = Monday … 7 = Sunday.
 *
 * @example
 * ```ts
 * isoWeekdayOf(plainDate('2026-10-01')); // 4 (Thursday)
 * ```
 * @category Time
 */
export function isoWeekdayOf(date: PlainDate): number {
  return isoWeekday(epochDayOf(date));
}

/**
 * The same month and day `years` years later; 29 February becomes 28 February in a
 * common year (or 1 March with `leapDay: 'march1'`).
 *
 * @example
 * ```ts
 * addYears(plainDate('1964-02-29'), 61); // '2025-02-28'
 * ```
 * @category Time
 */
export function addYears(
  date: PlainDate,
  years: number,
  options: { leapDay?: 'february28' | 'march1' } = {},
): PlainDate {
  requireInteger(years, 'years');
  const fields = fieldsOf(date, 'date');
  const year = fields.year + years;
  requireCalendarYear(year, fields);
  if (fields.month === 2 && fields.day === 29 && !isLeapYear(year)) {
    return formatCivil(
      options?.leapDay === 'march1' ? { year, month: 3, day: 1 } : { year, month: 2, day: 28 },
    ) as PlainDate;
  }
  return formatCivil({ ...fields, year }) as PlainDate;
}

/**
 * The same day `months` calendar months later (earlier when negative); a day the target month
 * lacks becomes its last day (08-31 + 6 months → 02-28 or 02-29).
 *
 * @example
 * ```ts
 * addMonths(plainDate('2025-08-31'), 6); // '2026-02-28'
 * addMonths(plainDate('2026-03-15'), -6); // '2025-09-15'
 * ```
 * @category Time
 */
export function addMonths(date: PlainDate, months: number): PlainDate {
  requireInteger(months, 'months');
  const fields = fieldsOf(date, 'date');
  const index = fields.year * 12 + (fields.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  requireCalendarYear(year, { month, day: fields.day });
  return formatCivil({
    year,
    month,
    day: Math.min(fields.day, daysInMonth(year, month)),
  }) as PlainDate;
}

/**
 * Age in full years (周岁) on `asOf`: the birthday itself counts. A 29 February birthday
 * falls on 28 February in common years unless `leapDay: 'march1'` is given.
 *
 * @example
 * ```ts
 * ageInFullYears(plainDate('1966-10-01'), plainDate('2026-10-01')); // 60
 * ageInFullYears(plainDate('1966-10-01'), plainDate('2026-09-30')); // 59
 * ```
 * @category Time
 */
export function ageInFullYears(
  birthDate: PlainDate,
  asOf: PlainDate,
  options: { leapDay?: 'february28' | 'march1' } = {},
): number {
  const birth = fieldsOf(birthDate, 'birthDate');
  const on = fieldsOf(asOf, 'asOf');
  // Month and day as one number (0229 → 229); a 29 February birthday moves in common years.
  let birthday = birth.month * 100 + birth.day;
  if (birthday === 229 && !isLeapYear(on.year))
    birthday = options?.leapDay === 'march1' ? 301 : 228;
  return on.year - birth.year - (on.month * 100 + on.day < birthday ? 1 : 0);
}

/**
 * Compare two dates for sorting: negative, zero or positive. (`YYYY-MM-DD` strings also
 * compare correctly with `<`.)
 *
 * @example
 * ```ts
 * [plainDate('2026-03-01'), plainDate('2026-01-01')].sort(comparePlainDates);
 * ```
 * @category Time
 */
export function comparePlainDates(a: PlainDate, b: PlainDate): number {
  // A sort comparator runs n log n times: a type check, not a parse.
  if (typeof a !== 'string' || typeof b !== 'string') {
    const name = typeof a !== 'string' ? 'a' : 'b';
    throw new GuanaiError([issue('invalid_argument', [], { name, rule: 'plainDate' })]);
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
