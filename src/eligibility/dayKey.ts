import {
  type CivilFields,
  daysInMonth,
  formatCivil,
  isLeapYear,
  toEpochDay,
} from '../_lib/civilDate.js';
import { addMonths, ageInFullYears, type PlainDate } from '../models/index.js';

/**
 * Civil dates as integers `yyyymmdd` for the status pass: they order as the `YYYY-MM-DD`
 * strings do, and month steps and ages are a few integer operations instead of a parse and a
 * format per step. Pure arithmetic, so no host time zone can leak in.
 * @internal
 * @module
 */

/** The digit at `index` of `text` (0–9), or a value above 9 for any other character. */
function digitAt(text: string, index: number): number {
  // Unsigned: a character below '0' wraps to a large number, so one test rejects both sides.
  return (text.charCodeAt(index) - 48) >>> 0;
}

/**
 * The key `yyyymmdd` of a date; for anything that is not a real `YYYY-MM-DD` date it throws
 * the error the date functions of `guanai/models` throw for it (`ageInFullYears` checks it).
 * Written out digit by digit: every date of a ledger passes here.
 * @internal
 */
export function dayKey(date: PlainDate): number {
  if (typeof date === 'string' && date.length === 10) {
    const y0 = digitAt(date, 0);
    const y1 = digitAt(date, 1);
    const y2 = digitAt(date, 2);
    const y3 = digitAt(date, 3);
    const m0 = digitAt(date, 5);
    const m1 = digitAt(date, 6);
    const d0 = digitAt(date, 8);
    const d1 = digitAt(date, 9);
    const digits =
      y0 <= 9 && y1 <= 9 && y2 <= 9 && y3 <= 9 && m0 <= 9 && m1 <= 9 && d0 <= 9 && d1 <= 9;
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = m0 * 10 + m1;
    const day = d0 * 10 + d1;
    const valid =
      digits &&
      year >= 1 &&
      month >= 1 &&
      month <= 12 &&
      day >= 1 &&
      day <= daysInMonth(year, month);
    if (valid && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45)
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

/** The days from the day `fromKey` to the day `toKey` (negative when it comes first), as `daysBetween` counts them. @internal */
export function daysBetweenKeys(fromKey: number, toKey: number): number {
  return epochDayOfKey(toKey) - epochDayOfKey(fromKey);
}

/** The civil fields of a day key. */
function fieldsOfKey(key: number): CivilFields {
  return { year: Math.floor(key / 10_000), month: Math.floor(key / 100) % 100, day: key % 100 };
}

function epochDayOfKey(key: number): number {
  return toEpochDay(fieldsOfKey(key));
}

/** The `YYYY-MM-DD` date of a day key. @internal */
export function dateOfKey(key: number): PlainDate {
  return formatCivil(fieldsOfKey(key)) as PlainDate;
}
