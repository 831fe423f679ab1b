import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { plainDate } from '../models/index.js';
import { eldersMonth, FestivalKey, festivalDate, festivalsBetween } from './festivals.js';
import { toLunar } from './lunar.js';

const require = createRequire(import.meta.url);
// Independent implementations, devDependencies only: the check the built-in table must pass.
const tyme = require('tyme4ts') as {
  LunarFestival: {
    fromIndex(
      year: number,
      index: number,
    ): { getDay(): { getSolarDay(): { getYear(): number; getMonth(): number; getDay(): number } } };
  };
};
const solarlunar = (
  require('solarlunar') as {
    default: {
      lunar2solar(
        y: number,
        m: number,
        d: number,
        leap: boolean,
      ): { cYear: number; cMonth: number; cDay: number } | -1;
    };
  }
).default;

/** tyme4ts's index of each lunar festival. */
const TYME_INDEX: Partial<Record<FestivalKey, number>> = {
  springFestival: 0,
  lanternFestival: 1,
  qingming: 4,
  dragonBoat: 5,
  qixi: 6,
  midAutumn: 8,
  doubleNinth: 9,
  laba: 11,
  newYearsEve: 12,
};
const iso = (y: number, m: number, d: number) =>
  `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

describe('festivalDate', () => {
  it('knows the festivals of 2026 and some years worth remembering', () => {
    expect(
      Object.fromEntries(FestivalKey.options.map((key) => [key, festivalDate(key, 2026)])),
    ).toEqual({
      newYearsDay: '2026-01-01',
      springFestival: '2026-02-17',
      lanternFestival: '2026-03-03',
      qingming: '2026-04-05',
      labourDay: '2026-05-01',
      dragonBoat: '2026-06-19',
      qixi: '2026-08-19',
      midAutumn: '2026-09-25',
      nationalDay: '2026-10-01',
      doubleNinth: '2026-10-18',
      laba: '2027-01-15',
      newYearsEve: '2027-02-05',
    });
    expect(festivalDate('midAutumn', 1996)).toBe('1996-09-27'); // one popular library says 09-26
    expect(festivalDate('midAutumn', 2033)).toBe('2033-09-08'); // the 2033 leap-month problem
    expect(festivalDate('newYearsEve', 2023)).toBe('2024-02-09'); // 腊月三十
    expect(festivalDate('newYearsEve', 2024)).toBe('2025-01-28'); // a 29-day 腊月: 除夕 on the 29th
    expect(toLunar(festivalDate('newYearsEve', 2024)).day).toBe(29);
    expect(festivalDate('qingming', 2024)).toBe('2024-04-04');
  });

  it('follows the majority where algorithms genuinely disagree', () => {
    // New moon within seconds of midnight, inside the uncertainty of ΔT: see the guide.
    expect(festivalDate('doubleNinth', 2057)).toBe('2057-10-07');
    expect(festivalDate('qixi', 2097)).toBe('2097-08-13');
  });

  it('agrees with an independent implementation for every lunar festival, 1900–2100', () => {
    const wrong: string[] = [];
    for (let year = 1900; year <= 2100; year++) {
      for (const [key, index] of Object.entries(TYME_INDEX) as [FestivalKey, number][]) {
        if (key === 'newYearsEve' && year === 2100) continue; // beyond tyme4ts's festival table
        const day = tyme.LunarFestival.fromIndex(year, index).getDay().getSolarDay();
        const theirs = iso(day.getYear(), day.getMonth(), day.getDay());
        const ours = festivalDate(key, year);
        if (ours !== theirs) wrong.push(`${year} ${key}: ${ours} vs ${theirs}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('agrees with a second table except where it is known to be wrong', () => {
    const wrong: string[] = [];
    const lunarDays: [FestivalKey, number, number][] = [
      ['lanternFestival', 1, 15],
      ['dragonBoat', 5, 5],
      ['qixi', 7, 7],
      ['midAutumn', 8, 15],
      ['doubleNinth', 9, 9],
    ];
    for (let year = 1900; year <= 2100; year++) {
      for (const [key, month, day] of lunarDays) {
        const theirs = solarlunar.lunar2solar(year, month, day, false);
        const date = theirs === -1 ? 'none' : iso(theirs.cYear, theirs.cMonth, theirs.cDay);
        if (date !== festivalDate(key, year)) wrong.push(`${year} ${key}`);
      }
    }
    // solarlunar cannot convert from lunar 1900 at all (it answers -1), and starts 七月 2097 a
    // day late (the new moon is at 23:59:39 UTC+8).
    expect(wrong).toEqual(['1900 lanternFestival', '2097 qixi']);
  });

  it('refuses years outside the tables', () => {
    const code = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues[0]?.code : 'other';
      }
      return undefined;
    };
    expect(code(() => festivalDate('doubleNinth', 2101))).toBe('lunar_year_out_of_range');
    expect(code(() => festivalDate('newYearsDay', 2026.5))).toBe('lunar_year_out_of_range');
    expect(code(() => festivalDate('bogus' as FestivalKey, 2026))).toBe('unknown_name');
    expect(code(() => festivalDate(10n as unknown as FestivalKey, 2026))).toBe('unknown_name');
    expect(code(() => festivalDate('laba', Symbol() as unknown as number))).toBe(
      'invalid_argument',
    );
    expect(code(() => eldersMonth(Number.NaN))).toBe('lunar_year_out_of_range');
    expect(code(() => festivalsBetween(plainDate('2026-10-01'), plainDate('2026-09-01')))).toBe(
      'range_reversed',
    );
    expect(code(() => festivalsBetween('2026-13-01' as never, plainDate('2026-12-31')))).toBe(
      'invalid_plain_date',
    );
    expect(code(() => festivalDate('qingming', 1899))).toBe('lunar_year_out_of_range');
    expect(code(() => festivalDate('qingming', 2101))).toBe('lunar_year_out_of_range');
    expect(code(() => festivalsBetween(plainDate('2100-01-01'), plainDate('2101-12-31')))).toBe(
      'lunar_date_out_of_range',
    );
  });
});

describe('festivalsBetween', () => {
  it('lists a civil year in date order, 腊八 and 除夕 of the previous lunar year included', () => {
    const year = festivalsBetween(plainDate('2026-01-01'), plainDate('2026-12-31'));
    expect(year.map((f) => `${f.date} ${f.key}`)).toEqual([
      '2026-01-01 newYearsDay',
      '2026-01-26 laba',
      '2026-02-16 newYearsEve',
      '2026-02-17 springFestival',
      '2026-03-03 lanternFestival',
      '2026-04-05 qingming',
      '2026-05-01 labourDay',
      '2026-06-19 dragonBoat',
      '2026-08-19 qixi',
      '2026-09-25 midAutumn',
      '2026-10-01 nationalDay',
      '2026-10-18 doubleNinth',
    ]);
    expect(festivalsBetween(plainDate('2026-10-18'), plainDate('2026-10-18'))).toEqual([
      { key: 'doubleNinth', date: '2026-10-18' },
    ]);
  });
});

describe('festivalsBetween and festivalDate agree', () => {
  it('lists exactly the festivals whose dates fall in the range, at both ends of the tables', () => {
    for (const [from, to] of [
      ['1900-01-31', '1900-12-31'],
      ['2100-01-01', '2100-12-31'],
    ] as const) {
      const expected = [];
      for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year++) {
        if (year < 1900) continue;
        for (const key of FestivalKey.options) {
          const date = festivalDate(key, year);
          if (date >= from && date <= to) expected.push(`${date} ${key}`);
        }
      }
      const listed = festivalsBetween(plainDate(from), plainDate(to)).map(
        (f) => `${f.date} ${f.key}`,
      );
      expect(listed).toEqual(expected.sort());
      expect(listed.length).toBeGreaterThan(8);
    }
  });
});

describe('eldersMonth', () => {
  it('is October', () => {
    expect(eldersMonth(2026)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });
});
