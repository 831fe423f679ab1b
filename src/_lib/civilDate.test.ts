import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  formatCivil,
  formatEpochDay,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  isValidCivil,
  parseCivil,
  toEpochDay,
} from './civilDate.js';

const MS_PER_DAY = 86_400_000;

/** Oracle: `Date.UTC` counts days since 1970-01-01 without any host time zone. */
function utcEpochDay(year: number, month: number, day: number): number {
  const ms = Date.UTC(2000, month - 1, day);
  // Date.UTC maps years 0–99 to 1900–1999, so set the full year through a Date.
  const date = new Date(ms);
  date.setUTCFullYear(year, month - 1, day);
  return date.getTime() / MS_PER_DAY;
}

describe('isLeapYear and daysInMonth', () => {
  it('follows the Gregorian rules', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2100)).toBe(false);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
    expect(daysInMonth(2023, 13)).toBe(0);
  });
});

describe('toEpochDay / fromEpochDay', () => {
  it('fixes day 0 at 1970-01-01', () => {
    expect(toEpochDay({ year: 1970, month: 1, day: 1 })).toBe(0);
    expect(fromEpochDay(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(toEpochDay({ year: 1969, month: 12, day: 31 })).toBe(-1);
    expect(toEpochDay({ year: 2000, month: 3, day: 1 })).toBe(11_017);
  });

  it('round-trips every day from 1900-01-01 to 2100-12-31, consecutively, agreeing with Date.UTC', () => {
    let expected = toEpochDay({ year: 1900, month: 1, day: 1 });
    expect(expected).toBe(Date.UTC(1900, 0, 1) / MS_PER_DAY);
    let checked = 0;
    for (let year = 1900; year <= 2100; year++) {
      for (let month = 1; month <= 12; month++) {
        const days = daysInMonth(year, month);
        for (let day = 1; day <= days; day++) {
          const epochDay = toEpochDay({ year, month, day });
          // Consecutive days get consecutive numbers: no gap, no repeat.
          if (epochDay !== expected)
            expect({ year, month, day, epochDay }).toEqual({
              year,
              month,
              day,
              epochDay: expected,
            });
          if (epochDay * MS_PER_DAY !== Date.UTC(year, month - 1, day)) {
            expect({ year, month, day, epochDay }).toEqual({
              year,
              month,
              day,
              epochDay: Date.UTC(year, month - 1, day) / MS_PER_DAY,
            });
          }
          const back = fromEpochDay(epochDay);
          if (back.year !== year || back.month !== month || back.day !== day)
            expect(back).toEqual({ year, month, day });
          expected += 1;
          checked += 1;
        }
      }
    }
    expect(checked).toBe(73_414);
    expect(toEpochDay({ year: 2100, month: 12, day: 31 })).toBe(expected - 1);
  });

  it('agrees with the Date oracle across years 1–9999 (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 31 }),
        (year, month, rawDay) => {
          const day = Math.min(rawDay, daysInMonth(year, month));
          const epochDay = toEpochDay({ year, month, day });
          expect(epochDay).toBe(utcEpochDay(year, month, day));
          expect(fromEpochDay(epochDay)).toEqual({ year, month, day });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('fromEpochDay then toEpochDay is the identity (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (epochDay) => {
        const fields = fromEpochDay(epochDay);
        expect(isValidCivil(fields.year, fields.month, fields.day)).toBe(true);
        expect(toEpochDay(fields)).toBe(epochDay);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('isoWeekday', () => {
  it('numbers Monday 1 to Sunday 7', () => {
    expect(isoWeekday(0)).toBe(4); // 1970-01-01, Thursday
    expect(isoWeekday(-1)).toBe(3); // 1969-12-31, Wednesday
    expect(isoWeekday(-4)).toBe(7); // 1969-12-28, Sunday
    expect(isoWeekday(toEpochDay({ year: 2026, month: 10, day: 1 }))).toBe(4);
    expect(isoWeekday(toEpochDay({ year: 2024, month: 2, day: 29 }))).toBe(4);
    expect(isoWeekday(toEpochDay({ year: 2000, month: 1, day: 1 }))).toBe(6);
    expect(isoWeekday(toEpochDay({ year: 1900, month: 1, day: 1 }))).toBe(1);
  });

  it('agrees with Date#getUTCDay (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -100_000, max: 100_000 }), (epochDay) => {
        const utcDay = new Date(epochDay * MS_PER_DAY).getUTCDay();
        expect(isoWeekday(epochDay)).toBe(utcDay === 0 ? 7 : utcDay);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('parseCivil and formatCivil', () => {
  it('rejects days that do not exist', () => {
    expect(parseCivil('2023-02-29')).toBeUndefined();
    expect(parseCivil('1900-02-29')).toBeUndefined();
    expect(parseCivil('2100-02-29')).toBeUndefined();
    expect(parseCivil('2026-04-31')).toBeUndefined();
    expect(parseCivil('2026-13-01')).toBeUndefined();
    expect(parseCivil('2026-00-10')).toBeUndefined();
    expect(parseCivil('2026-01-00')).toBeUndefined();
    expect(parseCivil('0000-01-01')).toBeUndefined();
  });

  it('accepts leap days of leap years', () => {
    expect(parseCivil('2000-02-29')).toEqual({ year: 2000, month: 2, day: 29 });
    expect(parseCivil('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('rejects malformed text', () => {
    for (const text of [
      '2026-1-01',
      '2026-01-1',
      '20260101',
      ' 2026-01-01',
      '2026-01-01 ',
      '2026-01-01T00:00',
      '２０２６-01-01',
      '',
    ]) {
      expect(parseCivil(text), text).toBeUndefined();
    }
  });

  it('formats with zero padding and round-trips', () => {
    expect(formatCivil({ year: 7, month: 3, day: 5 })).toBe('0007-03-05');
    expect(formatCivil({ year: 2026, month: 10, day: 1 })).toBe('2026-10-01');
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (epochDay) => {
        const fields = fromEpochDay(epochDay);
        expect(parseCivil(formatCivil(fields))).toEqual(fields);
      }),
      { numRuns: 500 },
    );
  });

  it('formatEpochDay gives formatCivil’s text of the day, at the calendar’s ends too', () => {
    expect(formatEpochDay(-719_162)).toBe('0001-01-01');
    expect(formatEpochDay(0)).toBe('1970-01-01');
    expect(formatEpochDay(2_932_896)).toBe('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (epochDay) => {
        expect(formatEpochDay(epochDay)).toBe(formatCivil(fromEpochDay(epochDay)));
      }),
      { numRuns: 1000 },
    );
  });

  it('isValidCivil rejects non-integers and years outside 1–9999', () => {
    expect(isValidCivil(2026, 1.5, 1)).toBe(false);
    expect(isValidCivil(2026, 1, 1.5)).toBe(false);
    expect(isValidCivil(0, 1, 1)).toBe(false);
    expect(isValidCivil(10_000, 1, 1)).toBe(false);
    expect(isValidCivil(9999, 12, 31)).toBe(true);
  });
});
