import { GuanaiError, issue } from '../errors/index.js';
import type { PlainDate } from '../models/index.js';
import { QINGMING_APRIL_DAYS } from './data/qingming.js';
import { fromLunar, lunarMonthLength, lunarRange } from './lunar.js';

/**
 * Festivals and days a care programme visits on (spec §5.4: festival visits 「逢年过节开展上门
 * 慰问」 · S12 L297): the lunar festivals 春节 `springFestival` (正月初一), 元宵 `lanternFestival`
 * (正月十五), 端午 `dragonBoat` (五月初五), 七夕 `qixi` (七月初七), 中秋 `midAutumn` (八月十五),
 * 重阳 `doubleNinth` (九月初九, also 老年节, the day elders are honoured), 腊八 `laba` (腊月初八),
 * 除夕 `newYearsEve` (the last day of the lunar year, the 29th or 30th of the 12th month); the
 * solar term 清明 `qingming`; and 元旦 `newYearsDay`, 劳动节 `labourDay`, 国庆节 `nationalDay`.
 * @category Calendar
 */
export type FestivalKey =
  | 'springFestival'
  | 'lanternFestival'
  | 'qingming'
  | 'dragonBoat'
  | 'qixi'
  | 'midAutumn'
  | 'doubleNinth'
  | 'laba'
  | 'newYearsEve'
  | 'newYearsDay'
  | 'labourDay'
  | 'nationalDay';

/**
 * Every festival key, in calendar order within a lunar year.
 *
 * @example
 * ```ts
 * FESTIVAL_KEYS.map((key) => festivalDate(key, 2026));
 * ```
 * @category Calendar
 */
export const FESTIVAL_KEYS: readonly FestivalKey[] = [
  'newYearsDay',
  'springFestival',
  'lanternFestival',
  'qingming',
  'labourDay',
  'dragonBoat',
  'qixi',
  'midAutumn',
  'nationalDay',
  'doubleNinth',
  'laba',
  'newYearsEve',
];

const LUNAR: Partial<Record<FestivalKey, readonly [number, number]>> = {
  springFestival: [1, 1],
  lanternFestival: [1, 15],
  dragonBoat: [5, 5],
  qixi: [7, 7],
  midAutumn: [8, 15],
  doubleNinth: [9, 9],
  laba: [12, 8],
};
const SOLAR: Partial<Record<FestivalKey, string>> = {
  newYearsDay: '01-01',
  labourDay: '05-01',
  nationalDay: '10-01',
};
const QINGMING_FIRST_YEAR = 1900;

/**
 * The date of a festival in `year`. Lunar festivals take the **lunar** year, the one that
 * begins at 春节 of civil year `year`: so 腊八 and 除夕 of 2025 fall in early 2026, on the eve
 * of 春节 2026 (`festivalDate('newYearsEve', 2025)` is `'2026-02-16'`). Solar ones are in the
 * civil year. Lunar festivals cover 1900–2100, 清明 1900–2100.
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
 * @category Calendar
 */
export function festivalDate(key: FestivalKey, year: number): PlainDate {
  const lunar = LUNAR[key];
  if (lunar) return fromLunar({ year, month: lunar[0], day: lunar[1] });
  const solar = SOLAR[key];
  if (solar) return `${String(year).padStart(4, '0')}-${solar}` as PlainDate;
  if (key === 'newYearsEve') return fromLunar({ year, month: 12, day: lunarMonthLength(year, 12) });
  const april = QINGMING_APRIL_DAYS.charAt(year - QINGMING_FIRST_YEAR);
  if (!april || !Number.isInteger(year) || year < QINGMING_FIRST_YEAR) {
    throw new GuanaiError([
      issue('lunar_year_out_of_range', [], { year, first: 1900, last: 2100 }),
    ]);
  }
  return `${year}-04-0${april}` as PlainDate;
}

/**
 * One festival on its date.
 * @category Calendar
 */
export interface FestivalOccurrence {
  readonly key: FestivalKey;
  readonly date: PlainDate;
}

/**
 * Every festival falling between `from` and `to` (both included), sorted by date: the
 * civil-range view, for planners that think in calendar years (腊八 can fall in December or
 * January). Both ends must lie within `lunarRange()`.
 *
 * @example
 * ```ts
 * festivalsBetween(plainDate('2026-01-01'), plainDate('2026-12-31')).map((f) => `${f.date} ${f.key}`);
 * // ['2026-01-01 newYearsDay', '2026-01-26 laba', '2026-02-16 newYearsEve', '2026-02-17 springFestival', …]
 * ```
 * @category Calendar
 */
export function festivalsBetween(from: PlainDate, to: PlainDate): FestivalOccurrence[] {
  const range = lunarRange();
  for (const date of [from, to]) {
    if (date < range.first || date > range.last) {
      throw new GuanaiError([issue('lunar_date_out_of_range', [], { date, ...range })]);
    }
  }
  const found: FestivalOccurrence[] = [];
  const first = Math.max(Number(from.slice(0, 4)) - 1, 1900);
  const last = Math.min(Number(to.slice(0, 4)), 2100);
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
 * programmes concentrate visits to elders.
 *
 * @example
 * ```ts
 * eldersMonth(2026); // { from: '2026-10-01', to: '2026-10-31' }
 * ```
 * @category Calendar
 */
export function eldersMonth(year: number): { from: PlainDate; to: PlainDate } {
  const y = String(year).padStart(4, '0');
  return { from: `${y}-10-01` as PlainDate, to: `${y}-10-31` as PlainDate };
}
