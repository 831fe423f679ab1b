import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { addDays, fromDayNumber, plainDate, toDayNumber } from '../models/index.js';
import { fromLunar, leapMonthOf, lunarMonthLength, lunarRange, toLunar } from './lunar.js';

const { first, last } = lunarRange();

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof GuanaiError ? error.issues[0]?.code : 'not a GuanaiError';
  }
  return undefined;
}

describe('lunar range', () => {
  it('covers lunar years 1900 to 2100', () => {
    expect(first).toBe('1900-01-31');
    expect(last).toBe('2101-01-28');
    expect(toLunar(first)).toEqual({ year: 1900, month: 1, day: 1, isLeapMonth: false });
    expect(toLunar(last)).toMatchObject({ year: 2100, month: 12 });
    expect(fromLunar({ year: 2100, month: 12, day: lunarMonthLength(2100, 12) })).toBe(last);
  });

  it('refuses dates outside it with a coded error', () => {
    expect(codeOf(() => toLunar(plainDate('1900-01-30')))).toBe('lunar_date_out_of_range');
    expect(codeOf(() => toLunar(addDays(last, 1)))).toBe('lunar_date_out_of_range');
    expect(codeOf(() => fromLunar({ year: 1899, month: 12, day: 1 }))).toBe(
      'lunar_year_out_of_range',
    );
    expect(codeOf(() => fromLunar({ year: 2101, month: 1, day: 1 }))).toBe(
      'lunar_year_out_of_range',
    );
    expect(codeOf(() => leapMonthOf(2026.5))).toBe('lunar_year_out_of_range');
    expect(codeOf(() => leapMonthOf(Symbol() as unknown as number))).toBe('invalid_argument');
    expect(codeOf(() => fromLunar(null as never))).toBe('invalid_argument');
  });
});

describe('toLunar and fromLunar', () => {
  it('round-trips every day in range', () => {
    const end = toDayNumber(last);
    const wrong: string[] = [];
    let previous = toLunar(first);
    for (let day = toDayNumber(first) + 1; day <= end; day++) {
      const date = fromDayNumber(day);
      const lunar = toLunar(date);
      if (fromLunar(lunar) !== date) wrong.push(`${date} round trip`);
      // Lunar days run 1, 2, … within a month; a new month starts after day 29 or 30.
      const next =
        lunar.day === 1
          ? previous.day === 29 || previous.day === 30
          : lunar.day === previous.day + 1;
      if (!next) wrong.push(`${date} sequence`);
      previous = lunar;
    }
    expect(wrong).toEqual([]);
  });

  it('knows dates checked against published calendars', () => {
    // 春节: 1954, 2027 and 2030 are the years a widely used built-in calendar gets wrong.
    const springFestivals: Record<number, string> = {
      1954: '1954-02-03',
      2024: '2024-02-10',
      2025: '2025-01-29',
      2026: '2026-02-17',
      2027: '2027-02-06',
      2030: '2030-02-03',
    };
    for (const [year, date] of Object.entries(springFestivals)) {
      expect(fromLunar({ year: Number(year), month: 1, day: 1 })).toBe(date);
    }
    expect(toLunar(plainDate('2023-03-22'))).toEqual({
      year: 2023,
      month: 2,
      day: 1,
      isLeapMonth: true,
    });
    expect(toLunar(plainDate('2023-03-21'))).toEqual({
      year: 2023,
      month: 2,
      day: 30,
      isLeapMonth: false,
    });
    expect(toLunar(plainDate('2026-10-18'))).toEqual({
      year: 2026,
      month: 9,
      day: 9,
      isLeapMonth: false,
    });
    expect(leapMonthOf(2023)).toBe(2);
    expect(leapMonthOf(2025)).toBe(6);
    expect(leapMonthOf(2026)).toBe(0);
    expect(leapMonthOf(2033)).toBe(11);
  });

  it('rejects lunar dates that do not exist', () => {
    const twentyNine =
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => lunarMonthLength(2026, m) === 29) ?? 0;
    expect(codeOf(() => fromLunar({ year: 2026, month: twentyNine, day: 30 }))).toBe(
      'lunar_date_invalid',
    );
    expect(codeOf(() => fromLunar({ year: 2026, month: 6, day: 1, isLeapMonth: true }))).toBe(
      'lunar_date_invalid',
    );
    expect(codeOf(() => fromLunar({ year: 2026, month: 13, day: 1 }))).toBe('lunar_date_invalid');
    expect(codeOf(() => fromLunar({ year: 2026, month: 1, day: 0 }))).toBe('lunar_date_invalid');
    expect(codeOf(() => fromLunar({ year: 2026, month: 1, day: 1.5 }))).toBe('lunar_date_invalid');
    expect(codeOf(() => lunarMonthLength(2026, 6, true))).toBe('lunar_date_invalid');
    expect(lunarMonthLength(2023, 2, true)).toBe(29);
  });

  it('orders lunar dates as their civil dates (property)', () => {
    const day = fc.integer({ min: toDayNumber(first), max: toDayNumber(last) });
    fc.assert(
      fc.property(day, day, (a, b) => {
        const la = toLunar(fromDayNumber(a));
        const lb = toLunar(fromDayNumber(b));
        const key = (l: typeof la) => [l.year, l.month, l.isLeapMonth ? 1 : 0, l.day];
        const cmp = (x: number[], y: number[]) => x.findIndex((v, i) => v !== y[i]);
        const i = cmp(key(la), key(lb));
        if (a === b) expect(i).toBe(-1);
        else expect(Math.sign((key(la)[i] ?? 0) - (key(lb)[i] ?? 0))).toBe(Math.sign(a - b));
      }),
    );
  });
});
