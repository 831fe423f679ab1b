/**
 * Civil-date arithmetic on plain numbers: no `Date`, so no host time zone can leak in.
 * Day 0 is 1970-01-01 in the proleptic Gregorian calendar.
 * @internal
 * @module
 */

/** Year, month (1–12) and day (1–31) of a civil date. */
export interface CivilFields {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Whether `year` is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
}

/** Whether the fields name a day that exists (years 1–9999). */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** Days since 1970-01-01 (era-based count, exact for every Gregorian date). */
export function toEpochDay({ year, month, day }: CivilFields): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date `epochDay` days after 1970-01-01. */
export function fromEpochDay(epochDay: number): CivilFields {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Epoch day of 0001-01-01, the first day the library's calendar arithmetic reaches. */
export const FIRST_EPOCH_DAY = -719_162;
/** Epoch day of 9999-12-31, the last day a `YYYY-MM-DD` string can name. */
export const LAST_EPOCH_DAY = 2_932_896;
/** The first and last days of the library's calendar, as `date_out_of_range` names them. */
export const CALENDAR_BOUNDS = { first: '0001-01-01', last: '9999-12-31' } as const;

/** ISO weekday of an epoch day: 1 = Monday … 7 = Sunday. */
export function isoWeekday(epochDay: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** Two digits of 0–99, for the month and day of every formatted date. */
const twoDigits = (n: number) => (n < 10 ? `0${n}` : `${n}`);

/**
 * `YYYY-MM-DD` text of an epoch day of years 1–9999 (the caller checks the range), without
 * `padStart` for the usual four-digit years: every visit an expansion lists formats four days.
 */
export function formatEpochDay(epochDay: number): string {
  const { year, month, day } = fromEpochDay(epochDay);
  const yearText = year >= 1000 ? `${year}` : String(year).padStart(4, '0');
  return `${yearText}-${twoDigits(month)}-${twoDigits(day)}`;
}

/** `YYYY-MM-DD` text of civil fields (years 1–9999). */
export function formatCivil({ year, month, day }: CivilFields): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The value of the ASCII digits of `text` from `start` to `end`, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * Fields of a `YYYY-MM-DD` string, or `undefined` when it is malformed or names no real day.
 * Character arithmetic rather than a regular expression: every date in a ledger passes here.
 */
export function parseCivil(text: string): CivilFields | undefined {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45)
    return undefined;
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 7);
  const day = digits(text, 8, 10);
  return isValidCivil(year, month, day) ? { year, month, day } : undefined;
}
