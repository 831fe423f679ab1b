import { daysInMonth, isLeapYear, isValidCivil } from '../_lib/civilDate.js';
import { addMonths, ageInFullYears, type PlainDate } from '../models/index.js';

/**
 * Civil dates as integers `yyyymmdd` for the status pass: they order as the `YYYY-MM-DD`
 * strings do, and month steps and ages are a few integer operations instead of a parse and a
 * format per step. Pure arithmetic, so no host time zone can leak in.
 * @internal
 * @module
 */

/** The value of the `length` ASCII digits from `start`, or -1 if one is not a digit. */
function digitsAt(text: string, start: number, length: number): number {
  let value = 0;
  for (let i = start; i < start + length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/**
 * The key `yyyymmdd` of a date; for anything that is not a real `YYYY-MM-DD` date it throws
 * the error the date functions of `guanai/models` throw for it (`ageInFullYears` checks it).
 * @internal
 */
export function dayKey(date: PlainDate): number {
  if (typeof date === 'string' && date.length === 10) {
    const year = digitsAt(date, 0, 4);
    const month = digitsAt(date, 5, 2);
    const day = digitsAt(date, 8, 2);
    if (date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 && isValidCivil(year, month, day))
      return year * 10_000 + month * 100 + day;
  }
  // Not a date: the models' own check names the problem.
  ageInFullYears(date, date);
  throw new TypeError('unreachable: ageInFullYears accepted a date dayKey rejects');
}

/**
 * The key of the day `months` calendar months after the day `key` names, clamped to the end
 * of a shorter month, as `addMonths` computes it (and throwing as it does past 9999).
 * @internal
 */
export function monthsLaterKey(key: number, months: number, date: PlainDate): number {
  const index = Math.floor(key / 10_000) * 12 + (Math.floor(key / 100) % 100) - 1 + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year > 9999) addMonths(date, months);
  return year * 10_000 + month * 100 + Math.min(key % 100, daysInMonth(year, month));
}

/**
 * Age in full years (周岁) on `asOfKey` of someone born on `birthKey`, as `ageInFullYears`
 * counts it: the birthday counts, and a 29 February birthday falls on 28 February (or 1 March)
 * in common years.
 * @internal
 */
export function fullYearsKey(
  birthKey: number,
  asOfKey: number,
  leapDay: 'february28' | 'march1',
): number {
  const asOfYear = Math.floor(asOfKey / 10_000);
  let birthday = birthKey % 10_000;
  if (birthday === 229 && !isLeapYear(asOfYear)) birthday = leapDay === 'march1' ? 301 : 228;
  return asOfYear - Math.floor(birthKey / 10_000) - (asOfKey % 10_000 < birthday ? 1 : 0);
}
