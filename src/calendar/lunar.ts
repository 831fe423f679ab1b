import { requireNumber } from '../_lib/requireInteger.js';
import { requireOptionsObject } from '../_lib/requireOption.js';
import { GuanaiError, issue } from '../errors/index.js';
import { fromDayNumber, type PlainDate, toDayNumber } from '../models/index.js';
import { LUNAR_YEAR_INFO } from './data/lunarYears.js';

/**
 * A date in the Chinese lunar calendar (农历): lunar year (the one that begins at 春节),
 * month 1–12, day 1–30, and whether the month is the year's leap month (闰月).
 * @category Lunar calendar
 */
export interface LunarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly isLeapMonth: boolean;
}

/** The first lunar year of the table; its 正月初一 was 1900-01-31. */
const FIRST_YEAR = 1900;
const LAST_YEAR = FIRST_YEAR + LUNAR_YEAR_INFO.length - 1;
const FIRST_DAY = -25_537; // toDayNumber('1900-01-31')

const leapMonthIn = (info: number) => info & 0xf;
const monthLength = (info: number, month: number) => (info & (0x10000 >> month) ? 30 : 29);
const leapLength = (info: number) => (info & 0x10000 ? 30 : 29);

interface LunarMonth {
  readonly month: number;
  readonly isLeapMonth: boolean;
  readonly length: number;
}

const monthTables = new Map<number, readonly LunarMonth[]>();

/** The months of a lunar year in order, with their lengths (kept: toLunar runs in loops). */
function monthsOf(info: number): readonly LunarMonth[] {
  let months = monthTables.get(info);
  if (!months) {
    const list: LunarMonth[] = [];
    for (let month = 1; month <= 12; month++) {
      list.push({ month, isLeapMonth: false, length: monthLength(info, month) });
      if (leapMonthIn(info) === month)
        list.push({ month, isLeapMonth: true, length: leapLength(info) });
    }
    months = list;
    monthTables.set(info, months);
  }
  return months;
}

let yearStarts: number[] | undefined;

/** Day number of 正月初一 of each table year, plus the day after the last year. */
function starts(): number[] {
  if (!yearStarts) {
    yearStarts = [FIRST_DAY];
    for (const info of LUNAR_YEAR_INFO) {
      const days = monthsOf(info).reduce((sum, m) => sum + m.length, 0);
      yearStarts.push((yearStarts.at(-1) ?? FIRST_DAY) + days);
    }
  }
  return yearStarts;
}

function infoOf(year: number): number {
  requireNumber(year, 'year');
  const info = LUNAR_YEAR_INFO[year - FIRST_YEAR];
  if (info === undefined || !Number.isInteger(year)) {
    throw new GuanaiError([
      issue('lunar_year_out_of_range', [], { year, first: FIRST_YEAR, last: LAST_YEAR }),
    ]);
  }
  return info;
}

/**
 * The first and last civil dates the lunar calendar covers: lunar years 1900–2100, that is
 * 1900-01-31 to the eve of 春节 2101.
 *
 * @example
 * ```ts
 * lunarRange(); // { first: '1900-01-31', last: '2101-01-28' }
 * ```
 * @category Lunar calendar
 */
export function lunarRange(): { first: PlainDate; last: PlainDate } {
  const all = starts();
  return { first: fromDayNumber(FIRST_DAY), last: fromDayNumber((all.at(-1) ?? FIRST_DAY) - 1) };
}

/**
 * The lunar date (农历) of a civil date. Throws {@link GuanaiError} `lunar_date_out_of_range`
 * outside {@link lunarRange}.
 *
 * @example
 * ```ts
 * toLunar(plainDate('2026-10-18')); // { year: 2026, month: 9, day: 9, isLeapMonth: false } — 重阳
 * toLunar(plainDate('2023-03-22')); // { year: 2023, month: 2, day: 1, isLeapMonth: true } — 闰二月初一
 * ```
 * @category Lunar calendar
 */
export function toLunar(date: PlainDate): LunarDate {
  const all = starts();
  const dayNumber = toDayNumber(date);
  const end = all.at(-1) ?? FIRST_DAY;
  if (dayNumber < FIRST_DAY || dayNumber >= end) {
    const { first, last } = lunarRange();
    throw new GuanaiError([issue('lunar_date_out_of_range', [], { date, first, last })]);
  }
  // The lunar year starts within Jan 21–Feb 20 of the same civil year: one guess, one fix.
  let index = Math.min(Number(date.slice(0, 4)) - FIRST_YEAR, all.length - 2);
  if ((all[index] ?? 0) > dayNumber) index--;
  let offset = dayNumber - (all[index] ?? 0);
  for (const month of monthsOf(LUNAR_YEAR_INFO[index] ?? 0)) {
    if (offset < month.length) {
      return {
        year: FIRST_YEAR + index,
        month: month.month,
        day: offset + 1,
        isLeapMonth: month.isLeapMonth,
      };
    }
    offset -= month.length;
  }
  throw new GuanaiError([issue('unreachable', [], { what: `lunar offset for ${date}` })]);
}

/**
 * The civil date of a lunar date. Throws {@link GuanaiError} with `lunar_date_invalid` for a
 * date that does not exist (a 30th in a 29-day month, a leap month the year lacks) and
 * `lunar_year_out_of_range` outside lunar years 1900–2100.
 *
 * @example
 * ```ts
 * fromLunar({ year: 2026, month: 9, day: 9 }); // '2026-10-18' — 重阳
 * fromLunar({ year: 2023, month: 2, day: 1, isLeapMonth: true }); // '2023-03-22'
 * ```
 * @category Lunar calendar
 */
export function fromLunar(lunar: {
  year: number;
  month: number;
  day: number;
  isLeapMonth?: boolean;
}): PlainDate {
  requireOptionsObject(lunar, 'lunar');
  const { year, month, day, isLeapMonth = false } = lunar;
  const info = infoOf(year);
  let offset = 0;
  for (const candidate of monthsOf(info)) {
    if (candidate.month === month && candidate.isLeapMonth === isLeapMonth) {
      if (Number.isInteger(day) && day >= 1 && day <= candidate.length) {
        return fromDayNumber((starts()[year - FIRST_YEAR] ?? 0) + offset + day - 1);
      }
      break;
    }
    offset += candidate.length;
  }
  throw new GuanaiError([issue('lunar_date_invalid', [], { year, month, day, isLeapMonth })]);
}

/**
 * The leap month (闰月) of a lunar year, or 0 when it has none.
 *
 * @example
 * ```ts
 * leapMonthOf(2023); // 2 — 闰二月
 * leapMonthOf(2026); // 0
 * ```
 * @category Lunar calendar
 */
export function leapMonthOf(year: number): number {
  return leapMonthIn(infoOf(year));
}

/**
 * The number of days (29 or 30) of a lunar month. Throws `lunar_date_invalid` for a leap month
 * the year lacks.
 *
 * @example
 * ```ts
 * lunarMonthLength(2026, 12); // 29 or 30: decides whether 除夕 is the 29th or the 30th
 * ```
 * @category Lunar calendar
 */
export function lunarMonthLength(year: number, month: number, isLeapMonth = false): number {
  const found = monthsOf(infoOf(year)).find(
    (m) => m.month === month && m.isLeapMonth === isLeapMonth,
  );
  if (!found)
    throw new GuanaiError([issue('lunar_date_invalid', [], { year, month, day: 1, isLeapMonth })]);
  return found.length;
}
