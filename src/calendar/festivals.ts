import * as z from 'zod';
import { assertNever } from '../_lib/assertNever.js';
import { requireNumber } from '../_lib/requireInteger.js';
import { textOf } from '../_lib/textOf.js';
import { GuanaiError, issue } from '../errors/index.js';
import { isPlainDate, type PlainDate } from '../models/index.js';
import { QINGMING_APRIL_DAYS } from './data/qingming.js';
import { FESTIVAL_KEYS } from './festivalKeys.js';
import { fromLunar, lunarMonthLength, lunarRange } from './lunar.js';

/**
 * Festivals and days a care programme visits on (spec §5.4: festival visits 「逢年过节开展上门
 * 慰问」 · S12 L297): the lunar festivals 春节 `springFestival` (正月初一), 元宵 `lanternFestival`
 * (正月十五), 端午 `dragonBoat` (五月初五), 七夕 `qixi` (七月初七), 中秋 `midAutumn` (八月十五),
 * 重阳 `doubleNinth` (九月初九, also 老年节, the day elders are honoured), 腊八 `laba` (腊月初八),
 * 除夕 `newYearsEve` (the lunar New Year's Eve: the last day of the lunar year, the 29th or 30th
 * of the 12th month); the solar term 清明 `qingming`; and 元旦 `newYearsDay`, 劳动节
 * `labourDay`, 国庆节 `nationalDay`. Listed in the order they fall within a lunar year, 元旦
 * first.
 *
 * @example
 * ```ts
 * FestivalKey.parse('doubleNinth');
 * FestivalKey.options.length; // 12
 * ```
 * @category Festivals
 */
export const FestivalKey = /* @__PURE__ */ z.enum(FESTIVAL_KEYS);
/** @category Festivals */
export type FestivalKey = z.infer<typeof FestivalKey>;

const QINGMING_FIRST_YEAR = 1900;
const QINGMING_LAST_YEAR = QINGMING_FIRST_YEAR + QINGMING_APRIL_DAYS.length - 1;

/** Throws `lunar_year_out_of_range` unless `year` is a whole year the tables cover. */
function checkYear(year: number): void {
  requireNumber(year, 'year');
  const first = QINGMING_FIRST_YEAR;
  const last = QINGMING_LAST_YEAR;
  if (!Number.isInteger(year) || year < first || year > last) {
    throw new GuanaiError([issue('lunar_year_out_of_range', [], { year, first, last })]);
  }
}

/**
 * The date of a festival in `year` (1900–2100). Lunar festivals take the **lunar** year, the one
 * that begins at 春节 of civil year `year`: so 腊八 and 除夕 of 2025 fall in early 2026, on the
 * eve of 春节 2026 (`festivalDate('newYearsEve', 2025)` is `'2026-02-16'`). Solar ones are in
 * the civil year. Throws `lunar_year_out_of_range` for other years, and `unknown_name` (kind
 * `festival`, with the festivals there are) for a key that names none.
 *
 * Where algorithms disagree, guanai follows the majority of independent computations: 重阳
 * 2057 is 10-07 (one astronomical computation gives 10-06: the new moon falls within seconds
 * of midnight), see docs/holidays-and-lunar.md.
 *
 * @example
 * ```ts
 * festivalDate('doubleNinth', 2026);  // '2026-10-18'
 * festivalDate('midAutumn', 1996);    // '1996-09-27'
 * festivalDate('newYearsEve', 2026);  // '2027-02-05'
 * festivalDate('qingming', 2026);     // '2026-04-05'
 * ```
 * @category Festivals
 */
export function festivalDate(key: FestivalKey, year: number): PlainDate {
  // The plain list, not the schema's `options`: reading the schema would ship zod with the calendar.
  if (!(FESTIVAL_KEYS as readonly unknown[]).includes(key))
    throw new GuanaiError([
      issue('unknown_name', ['key'], {
        kind: 'festival',
        name: textOf(key),
        known: [...FESTIVAL_KEYS],
      }),
    ]);
  checkYear(year);
  switch (key) {
    case 'newYearsDay':
      return `${year}-01-01` as PlainDate;
    case 'labourDay':
      return `${year}-05-01` as PlainDate;
    case 'nationalDay':
      return `${year}-10-01` as PlainDate;
    case 'qingming':
      return `${year}-04-0${QINGMING_APRIL_DAYS.charAt(year - QINGMING_FIRST_YEAR)}` as PlainDate;
    case 'springFestival':
      return fromLunar({ year, month: 1, day: 1 });
    case 'lanternFestival':
      return fromLunar({ year, month: 1, day: 15 });
    case 'dragonBoat':
      return fromLunar({ year, month: 5, day: 5 });
    case 'qixi':
      return fromLunar({ year, month: 7, day: 7 });
    case 'midAutumn':
      return fromLunar({ year, month: 8, day: 15 });
    case 'doubleNinth':
      return fromLunar({ year, month: 9, day: 9 });
    case 'laba':
      return fromLunar({ year, month: 12, day: 8 });
    case 'newYearsEve':
      return fromLunar({ year, month: 12, day: lunarMonthLength(year, 12) });
    default:
      return assertNever(key, 'festival');
  }
}

/**
 * One festival on its date.
 * @category Festivals
 */
export interface FestivalOccurrence {
  readonly key: FestivalKey;
  readonly date: PlainDate;
}

/**
 * Every festival falling between `from` and `to` (both included), sorted by date: the
 * civil-range view, for planners that think in calendar years (腊八 can fall in December or
 * January). Both ends must lie within 1900-01-31 … 2100-12-31.
 *
 * @example
 * ```ts
 * festivalsBetween(plainDate('2026-01-01'), plainDate('2026-12-31')).map((f) => `${f.date} ${f.key}`);
 * // ['2026-01-01 newYearsDay', '2026-01-26 laba', '2026-02-16 newYearsEve', '2026-02-17 springFestival', …]
 * ```
 * @category Festivals
 */
export function festivalsBetween(from: PlainDate, to: PlainDate): FestivalOccurrence[] {
  // Civil years 1900–2100: every festival of those years is in the tables.
  const range = { first: lunarRange().first, last: `${QINGMING_LAST_YEAR}-12-31` };
  for (const date of [from, to]) {
    if (!isPlainDate(date))
      throw new GuanaiError([issue('invalid_plain_date', [], { value: textOf(date) })]);
    if (date < range.first || date > range.last) {
      throw new GuanaiError([issue('lunar_date_out_of_range', [], { date, ...range })]);
    }
  }
  if (to < from) throw new GuanaiError([issue('range_reversed', [], { from, to })]);
  const found: FestivalOccurrence[] = [];
  // A lunar year's festivals run into the next civil year: start one year early.
  const first = Math.max(Number(from.slice(0, 4)) - 1, QINGMING_FIRST_YEAR);
  const last = Math.min(Number(to.slice(0, 4)), QINGMING_LAST_YEAR);
  for (let year = first; year <= last; year++) {
    for (const key of FESTIVAL_KEYS) {
      const date = festivalDate(key, year);
      if (date >= from && date <= to) found.push({ key, date });
    }
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * October, the elders' month (敬老月), as a range of days: the month around 重阳 in which
 * programmes concentrate visits to elders (a national custom, not in the seed documents).
 *
 * @example
 * ```ts
 * eldersMonth(2026); // { from: '2026-10-01', to: '2026-10-31' }
 * ```
 * @category Festivals
 */
export function eldersMonth(year: number): { from: PlainDate; to: PlainDate } {
  checkYear(year);
  return { from: `${year}-10-01` as PlainDate, to: `${year}-10-31` as PlainDate };
}
