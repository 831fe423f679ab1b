/**
 * Decodes the generated lunar-year table with a decoder of its own and checks it against
 * tyme4ts (the first day of every lunar month) and solarlunar (every day, solar → lunar).
 */
import { createRequire } from 'node:module';
import { LunarYear } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { LUNAR_YEAR_INFO } from './lunarYears.js';

const require = createRequire(import.meta.url);

/** The part of solarlunar 3.1.0 used here (its CommonJS build exports it as `default`). */
interface SolarLunar {
  solar2lunar(
    year: number,
    month: number,
    day: number,
  ): { lYear: number; lMonth: number; lDay: number; isLeap: boolean } | -1;
}
const solarLunar = (require('solarlunar') as { default: SolarLunar }).default;

/**
 * Where solarlunar 3.1.0 is wrong and tyme4ts right (a month boundary one day off; the years'
 * entries differ: 1933 table 0x16a95, solarlunar 0x06e95; 2097 table 0x0a2d0, solarlunar 0x0a4d0):
 * - 1933-07-22 – 08-20: the new moon is at 1933-07-23 00:03 Beijing time (UTC+8, China's
 *   standard since 1929), minutes after midnight, so 闰五月 has 30 days and 六月 begins on
 *   07-23; solarlunar starts 六月 on 07-22 (the new moon's day in Beijing local mean time,
 *   07-22 23:48).
 * - 2097-08-07 – 09-05: the new moon is at 2097-08-07 23:59:39 UTC+8, seconds before midnight, so
 *   七月 begins on 08-07 (六月 has 29 days); solarlunar starts it on 08-08 — an error in its
 *   table.
 */
const SOLARLUNAR_DEFECTS = [
  '1933-07-22..1933-08-20 table=1933-L5-30..1933-6-29 solarlunar=1933-6-1..1933-6-30',
  '2097-08-07..2097-09-05 table=2097-7-1..2097-7-30 solarlunar=2097-6-30..2097-7-29',
];

const DAY = 86_400_000;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
/** Day number of lunar 1900-01-01 (1900-01-31) since 1970-01-01. */
const FIRST_DAY = Date.UTC(1900, 0, 31) / DAY;

interface Month {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
  readonly days: number;
  /** Day number (since 1970-01-01) of the month's first day. */
  readonly first: number;
}

/** The months 1900–2100 as the table says: decoded here, independent of the library. */
function decode(table: readonly number[]): Month[] {
  const months: Month[] = [];
  let first = FIRST_DAY;
  for (const [i, info] of table.entries()) {
    const year = 1900 + i;
    const leapMonth = info & 0xf;
    for (let month = 1; month <= 12; month++) {
      const days = info & (0x10000 >> month) ? 30 : 29;
      months.push({ year, month, leap: false, days, first });
      first += days;
      if (month === leapMonth) {
        const leapDays = info & 0x10000 ? 30 : 29;
        months.push({ year, month, leap: true, days: leapDays, first });
        first += leapDays;
      }
    }
  }
  return months;
}

const MONTHS = decode(LUNAR_YEAR_INFO);
const label = (m: Month, day: number): string => `${m.year}-${m.leap ? 'L' : ''}${m.month}-${day}`;

describe('LUNAR_YEAR_INFO', () => {
  it('has 201 years, 1900–2100, in the classic encoding', () => {
    expect(LUNAR_YEAR_INFO).toHaveLength(201);
    for (const info of LUNAR_YEAR_INFO) {
      expect(Number.isInteger(info) && info >= 0 && info < 0x20000).toBe(true);
      expect(info & 0xf).toBeLessThanOrEqual(12);
      if ((info & 0xf) === 0) expect(info & 0x10000).toBe(0);
    }
    // the first entries of the classic table (lunar 1900: 闰八月)
    expect(LUNAR_YEAR_INFO.slice(0, 4)).toEqual([0x04bd8, 0x04ae0, 0x0a570, 0x054d5]);
  });

  it('begins every lunar month 1900–2100 on the day tyme4ts does', () => {
    const expected: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      for (const m of LunarYear.fromYear(year).getMonths()) {
        const first = m.getFirstDay().getSolarDay();
        const date = `${first.getYear()}-${String(first.getMonth()).padStart(2, '0')}-${String(first.getDay()).padStart(2, '0')}`;
        expected.push(
          `${m.getYear()}-${m.isLeap() ? 'L' : ''}${m.getMonth()} ${date} ${m.getDayCount()}`,
        );
      }
    }
    const actual = MONTHS.map(
      (m) => `${m.year}-${m.leap ? 'L' : ''}${m.month} ${isoOf(m.first)} ${m.days}`,
    );
    expect(actual).toHaveLength(2486);
    expect(actual).toEqual(expected);
    // and lunar 2101 begins the day after the table ends
    const next = LunarYear.fromYear(2101).getFirstMonth().getFirstDay().getSolarDay();
    const last = MONTHS.at(-1) as Month;
    expect(Date.UTC(next.getYear(), next.getMonth() - 1, next.getDay()) / DAY).toBe(
      last.first + last.days,
    );
  });

  it('agrees with solarlunar on every day 1900-01-31 – 2100-12-31 but its known defects', () => {
    const end = Date.UTC(2100, 11, 31) / DAY;
    const ranges: { from: number; to: number; ours: string[]; theirs: string[] }[] = [];
    for (const m of MONTHS) {
      for (let d = 1; d <= m.days && m.first + d - 1 <= end; d++) {
        const day = m.first + d - 1;
        const date = new Date(day * DAY);
        const r = solarLunar.solar2lunar(
          date.getUTCFullYear(),
          date.getUTCMonth() + 1,
          date.getUTCDate(),
        );
        const theirs =
          r === -1 ? 'error' : `${r.lYear}-${r.isLeap ? 'L' : ''}${r.lMonth}-${r.lDay}`;
        const ours = label(m, d);
        if (theirs === ours) continue;
        const open = ranges.at(-1);
        if (open && open.to === day - 1) {
          open.to = day;
          open.ours.push(ours);
          open.theirs.push(theirs);
        } else {
          ranges.push({ from: day, to: day, ours: [ours], theirs: [theirs] });
        }
      }
    }
    expect(
      ranges.map(
        (r) =>
          `${isoOf(r.from)}..${isoOf(r.to)} table=${r.ours[0]}..${r.ours.at(-1)} solarlunar=${r.theirs[0]}..${r.theirs.at(-1)}`,
      ),
    ).toEqual(SOLARLUNAR_DEFECTS);
  });
});
