/**
 * Checks the generated holiday table against its source (chinese-days' raw data) and an
 * independent one (tyme4ts `LegalHoliday`), and its own invariants.
 */
import { createRequire } from 'node:module';
import { LegalHoliday, LunarDay } from 'tyme4ts';
import { describe, expect, it } from 'vitest';
import { HolidayKey, HolidayYear } from '../holidayYear.js';
import { CHINA_HOLIDAY_YEARS } from './chinaHolidays.js';

const require = createRequire(import.meta.url);

/** chinese-days' raw data: date → "English name,中文名,days". */
const RAW = require('chinese-days/dist/chinese-days.json') as {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
};

const KEYS = new Set<string>(HolidayKey.options.filter((key) => key !== 'local'));

/**
 * Rest and make-up days per arrangement year. These differ from a per-calendar-year count where
 * New Year days fall in December (2007-12-29 work, 2007-12-30/31 rest count for 2008; 2006-12-30/31
 * work for 2007).
 */
const COUNTS: Readonly<Record<number, readonly [rest: number, work: number]>> = {
  2007: [24, 8],
  2008: [29, 6],
  2009: [27, 6],
  2010: [29, 8],
  2011: [29, 5],
  2012: [27, 7],
  2013: [29, 12],
  2014: [27, 5],
  2015: [31, 5],
  2016: [29, 6],
  2017: [27, 5],
  2018: [29, 6],
  2019: [30, 7],
  2020: [30, 6],
  2021: [31, 7],
  2022: [31, 7],
  2023: [27, 7],
  2024: [32, 8],
  2025: [28, 5],
  2026: [33, 6],
};

/**
 * Known defects of tyme4ts 1.5.2 (and lunar-typescript, which shares its data): days where its
 * `LegalHoliday` status differs from the State Council notices, and so from the table.
 */
const TYME_DEFECTS: Readonly<Record<string, string>> = {
  // 国办发明电〔2012〕14号: 4月4日至6日放假, 4月7日(星期日)上班 — tyme4ts has no entry.
  '2013-04-07': 'table=work tyme=rest',
  // 同一通知: 10月1日至7日放假, 9月29日(星期日)、10月12日(星期六)上班 — tyme4ts has no entry.
  '2013-10-12': 'table=work tyme=rest',
};

const DAY = 86_400_000;
const epochDay = (date: string): number =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY;
const isoOf = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
const isWeekend = (date: string): boolean =>
  [0, 6].includes(new Date(epochDay(date) * DAY).getUTCDay());
function* daysBetween(from: string, to: string): Generator<string> {
  for (let day = epochDay(from); day <= epochDay(to); day++) yield isoOf(day);
}

/** Every rest day of the table with its year and holiday; every make-up day with its year. */
const REST = new Map<string, { readonly year: number; readonly holiday: string }>();
const WORK = new Map<string, number>();
for (const { year, rest, makeupWorkdays } of CHINA_HOLIDAY_YEARS) {
  for (const run of rest) {
    for (const date of daysBetween(run.from, run.to))
      REST.set(date, { year, holiday: run.holiday });
  }
  for (const date of makeupWorkdays) WORK.set(date, year);
}

/** The days the table speaks for: its first make-up day (2006-12-30) to the end of 2026. */
const FIRST = '2006-12-01';
const LAST = '2026-12-31';

const tableStatus = (date: string): 'rest' | 'work' =>
  REST.has(date) || (isWeekend(date) && !WORK.has(date)) ? 'rest' : 'work';

/** Year of the notice a chinese-days entry belongs to (New Year days in December: next year). */
const noticeYear = (date: string, name: string): number =>
  +date.slice(0, 4) + (name.startsWith("New Year's Day") && date.slice(5, 7) === '12' ? 1 : 0);
const inTableYears = (date: string, name: string): boolean =>
  noticeYear(date, name) >= 2007 && noticeYear(date, name) <= 2026;

describe('CHINA_HOLIDAY_YEARS: shape', () => {
  it('has one entry per year 2007–2026, in order', () => {
    expect(CHINA_HOLIDAY_YEARS.map((entry) => entry.year)).toEqual(
      Array.from({ length: 20 }, (_, i) => 2007 + i),
    );
  });

  it('has runs sorted by date, each from ≤ to, not overlapping, with known keys', () => {
    const runs = CHINA_HOLIDAY_YEARS.flatMap((entry) => entry.rest);
    for (const [i, run] of runs.entries()) {
      expect(KEYS.has(run.holiday), run.holiday).toBe(true);
      expect(run.from <= run.to, `${run.from}..${run.to}`).toBe(true);
      const next = runs[i + 1];
      if (next) expect(run.to < next.from, `${run.to} / ${next.from}`).toBe(true);
      // maximal: touching runs have different holidays
      if (next && epochDay(next.from) === epochDay(run.to) + 1) {
        expect(next.holiday, run.to).not.toBe(run.holiday);
      }
    }
  });

  it('joins the weekends next to a block to it: no rest day borders a run outside the table', () => {
    for (const { rest } of CHINA_HOLIDAY_YEARS) {
      for (const run of rest) {
        for (const date of [isoOf(epochDay(run.from) - 1), isoOf(epochDay(run.to) + 1)]) {
          if (!REST.has(date)) expect(tableStatus(date), date).toBe('work');
        }
      }
    }
  });

  it('lists make-up days sorted, each a Saturday or Sunday and not a rest day', () => {
    for (const { makeupWorkdays } of CHINA_HOLIDAY_YEARS) {
      expect([...makeupWorkdays].sort()).toEqual(makeupWorkdays);
      for (const date of makeupWorkdays) {
        expect(isWeekend(date), date).toBe(true);
        expect(REST.has(date), date).toBe(false);
      }
    }
  });

  it('files each day under the year of its notice', () => {
    for (const [date, { year, holiday }] of REST) {
      const december = holiday === 'newYearsDay' && date.slice(5, 7) === '12';
      expect(+date.slice(0, 4) + (december ? 1 : 0), date).toBe(year);
    }
    for (const [date, year] of WORK) {
      expect([year, year - 1], date).toContain(+date.slice(0, 4));
      if (+date.slice(0, 4) === year - 1) expect(date.slice(5, 7), date).toBe('12');
    }
  });

  it('has the expected number of rest and make-up days per year', () => {
    const counts = Object.fromEntries(
      CHINA_HOLIDAY_YEARS.map(({ year, rest, makeupWorkdays }) => [
        year,
        [
          rest.reduce((sum, run) => sum + epochDay(run.to) - epochDay(run.from) + 1, 0),
          makeupWorkdays.length,
        ],
      ]),
    );
    expect(counts).toEqual(COUNTS);
  });
});

describe('CHINA_HOLIDAY_YEARS: labels', () => {
  it('has the 2020 Spring Festival extension and the 2015 Victory Day', () => {
    const runs = CHINA_HOLIDAY_YEARS.flatMap((entry) => entry.rest);
    expect(runs).toContainEqual({
      holiday: 'springFestivalExtension',
      from: '2020-01-31',
      to: '2020-02-02',
    });
    expect(runs).toContainEqual({ holiday: 'victoryDay', from: '2015-09-03', to: '2015-09-05' });
    expect(WORK.get('2015-09-06')).toBe(2015);
    expect(REST.get('2008-01-01')).toEqual({ year: 2008, holiday: 'newYearsDay' });
    expect(REST.get('2007-12-30')).toEqual({ year: 2008, holiday: 'newYearsDay' });
    expect(WORK.get('2007-12-29')).toBe(2008);
    expect(WORK.get('2006-12-30')).toBe(2007);
  });

  it('labels 中秋 itself midAutumn in a combined 国庆 + 中秋 block, other days nationalDay', () => {
    const combined = [2009, 2012, 2017, 2020, 2023, 2025];
    for (const year of combined) {
      const solar = LunarDay.fromYmd(year, 8, 15).getSolarDay();
      const midAutumn = `${year}-${String(solar.getMonth()).padStart(2, '0')}-${String(solar.getDay()).padStart(2, '0')}`;
      const block: string[] = [];
      for (let day = epochDay(`${year}-10-01`); REST.has(isoOf(day)); day--)
        block.unshift(isoOf(day));
      for (let day = epochDay(`${year}-10-02`); REST.has(isoOf(day)); day++) block.push(isoOf(day));
      expect(block, `${year}`).toContain(midAutumn);
      for (const date of block) {
        const expected =
          date === midAutumn && date !== `${year}-10-01` ? 'midAutumn' : 'nationalDay';
        expect(REST.get(date)?.holiday, date).toBe(expected);
      }
    }
  });
});

describe('CHINA_HOLIDAY_YEARS against chinese-days (its source)', () => {
  it('has every chinese-days holiday as a rest day and no other rest day but weekends', () => {
    const holidays = Object.entries(RAW.holidays).filter(([date, name]) =>
      inTableYears(date, name),
    );
    for (const [date] of holidays) expect(REST.has(date), date).toBe(true);
    const extra = [...REST.keys()].filter((date) => !(date in RAW.holidays));
    for (const date of extra) expect(isWeekend(date), date).toBe(true);
  });

  it('has exactly the chinese-days make-up days', () => {
    const workdays = Object.entries(RAW.workdays)
      .filter(([date, name]) => inTableYears(date, name))
      .map(([date]) => date)
      .sort();
    expect([...WORK.keys()].sort()).toEqual(workdays);
  });

  it('agrees on the status of every day 2006-12-01 – 2026-12-31', () => {
    const diffs: string[] = [];
    for (const date of daysBetween(FIRST, LAST)) {
      const theirs =
        date in RAW.holidays || (isWeekend(date) && !(date in RAW.workdays)) ? 'rest' : 'work';
      if (theirs !== tableStatus(date)) diffs.push(date);
    }
    expect(diffs).toEqual([]);
  });
});

describe('CHINA_HOLIDAY_YEARS against tyme4ts LegalHoliday', () => {
  it('agrees on the status of every day 2006-12-01 – 2026-12-31 but the known defects', () => {
    const diffs: Record<string, string> = {};
    for (const date of daysBetween(FIRST, LAST)) {
      const holiday = LegalHoliday.fromYmd(
        +date.slice(0, 4),
        +date.slice(5, 7),
        +date.slice(8, 10),
      );
      // tyme4ts also marks some ordinary weekdays as work (2012-05-02, 2012-10-08): harmless.
      const theirs = holiday
        ? holiday.isWork()
          ? 'work'
          : 'rest'
        : isWeekend(date)
          ? 'rest'
          : 'work';
      const ours = tableStatus(date);
      if (theirs !== ours) diffs[date] = `table=${ours} tyme=${theirs}`;
    }
    expect(diffs).toEqual(TYME_DEFECTS);
  });
});

describe('the table as holiday arrangements', () => {
  it('passes the same validation as an arrangement an app adds', () => {
    const failures = CHINA_HOLIDAY_YEARS.map((entry) => HolidayYear.safeParse(entry)).filter(
      (r) => !r.success,
    );
    expect(failures).toEqual([]);
  });
});
