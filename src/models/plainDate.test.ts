import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { PlainDate } from './plainDate.js';
import {
  addDays,
  addMonths,
  addYears,
  ageInFullYears,
  comparePlainDates,
  daysBetween,
  fromDayNumber,
  isoWeekdayOf,
  isPlainDate,
  plainDate,
  toDayNumber,
} from './plainDateOps.js';
import { safeParse } from './validate.js';

/** Day numbers of 1900-01-01 … 2100-12-31. */
const FIRST_DAY = -25_567;
const LAST_DAY = 47_846;
const dayNumber = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const date = dayNumber.map(fromDayNumber);

describe('PlainDate schema', () => {
  it('accepts real days in YYYY-MM-DD form', () => {
    expect(PlainDate.parse('2026-09-18')).toBe('2026-09-18');
    expect(PlainDate.parse('2024-02-29')).toBe('2024-02-29');
    expect(PlainDate.parse('2000-02-29')).toBe('2000-02-29');
  });

  it('rejects impossible days with invalid_plain_date carrying the text', () => {
    for (const text of ['2023-02-29', '1900-02-29', '2026-02-30', '2026-04-31', '2026-13-01']) {
      expect(safeParse(PlainDate, text)).toEqual({
        ok: false,
        issues: [{ code: 'invalid_plain_date', path: [], params: { value: text } }],
      });
    }
  });

  it('rejects other forms and non-strings', () => {
    expect(safeParse(PlainDate, '2026/09/18')).toEqual({
      ok: false,
      issues: [{ code: 'invalid_plain_date', path: [], params: { value: '2026/09/18' } }],
    });
    expect(safeParse(PlainDate, '2026-09-18T00:00')).toMatchObject({
      ok: false,
      issues: [{ code: 'invalid_plain_date' }],
    });
    expect(safeParse(PlainDate, 20260918)).toEqual({
      ok: false,
      issues: [
        { code: 'invalid_type', path: [], params: { expected: 'string', received: 'number' } },
      ],
    });
  });

  it('isPlainDate and plainDate agree with the schema', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2023-02-29')).toBe(false);
    expect(isPlainDate(20240229)).toBe(false);
    expect(plainDate('2024-02-29')).toBe('2024-02-29');
    expect(() => plainDate('2023-02-29')).toThrow(GuanaiError);
    try {
      plainDate('2023-02-29');
    } catch (error) {
      expect((error as GuanaiError).issues).toEqual([
        { code: 'invalid_plain_date', path: [], params: { value: '2023-02-29' } },
      ]);
    }
  });
});

describe('day arithmetic', () => {
  it('handles month, year and leap boundaries', () => {
    expect(addDays(plainDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(plainDate('2023-02-28'), 1)).toBe('2023-03-01');
    expect(addDays(plainDate('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addDays(plainDate('2026-01-01'), -1)).toBe('2025-12-31');
    expect(addDays(plainDate('2026-01-01'), 0)).toBe('2026-01-01');
    expect(daysBetween(plainDate('2026-01-01'), plainDate('2026-03-01'))).toBe(59);
    expect(daysBetween(plainDate('2024-01-01'), plainDate('2024-03-01'))).toBe(60);
    expect(daysBetween(plainDate('2026-03-01'), plainDate('2026-01-01'))).toBe(-59);
    expect(toDayNumber(plainDate('1970-01-02'))).toBe(1);
    expect(fromDayNumber(0)).toBe('1970-01-01');
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('addDays and daysBetween are consistent (property)', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: -20_000, max: 20_000 }), (from, days) => {
        const to = addDays(from, days);
        expect(isPlainDate(to)).toBe(true);
        expect(daysBetween(from, to)).toBe(days);
        expect(addDays(to, -days)).toBe(from);
        expect(Math.sign(comparePlainDates(to, from))).toBe(Math.sign(days));
      }),
      { numRuns: 1000 },
    );
  });

  it('toDayNumber and fromDayNumber are inverse (property)', () => {
    fc.assert(
      fc.property(dayNumber, (n) => {
        expect(toDayNumber(fromDayNumber(n))).toBe(n);
      }),
    );
  });

  it('isoWeekdayOf counts Monday 1 … Sunday 7 and advances by one each day (property)', () => {
    expect(isoWeekdayOf(plainDate('2026-10-01'))).toBe(4);
    expect(isoWeekdayOf(plainDate('2026-10-04'))).toBe(7);
    expect(isoWeekdayOf(plainDate('2026-10-05'))).toBe(1);
    fc.assert(
      fc.property(date, (d) => {
        expect(isoWeekdayOf(addDays(d, 1))).toBe((isoWeekdayOf(d) % 7) + 1);
        expect(isoWeekdayOf(addDays(d, 7))).toBe(isoWeekdayOf(d));
      }),
    );
  });

  it('functions that take a PlainDate throw GuanaiError for an unchecked bad one', () => {
    const bad = '2023-02-29' as PlainDate;
    expect(() => addDays(bad, 1)).toThrow(GuanaiError);
    expect(() => daysBetween(bad, plainDate('2023-01-01'))).toThrow(GuanaiError);
    expect(() => addYears(bad, 1)).toThrow(GuanaiError);
    expect(() => ageInFullYears(plainDate('1950-01-01'), bad)).toThrow(/invalid_plain_date/);
  });
});

describe('addYears', () => {
  it('keeps month and day', () => {
    expect(addYears(plainDate('1966-10-01'), 60)).toBe('2026-10-01');
    expect(addYears(plainDate('2026-10-01'), -60)).toBe('1966-10-01');
  });

  it('moves 29 February to 28 February in a common year, or to 1 March on request', () => {
    expect(addYears(plainDate('1964-02-29'), 61)).toBe('2025-02-28');
    expect(addYears(plainDate('1964-02-29'), 61, { leapDay: 'march1' })).toBe('2025-03-01');
    expect(addYears(plainDate('1964-02-29'), 60)).toBe('2024-02-29');
    expect(addYears(plainDate('1964-02-29'), 60, { leapDay: 'march1' })).toBe('2024-02-29');
    expect(addYears(plainDate('1964-02-29'), 36)).toBe('2000-02-29');
    expect(addYears(plainDate('2000-02-29'), -100)).toBe('1900-02-28');
  });

  it('always returns a real date (property)', () => {
    fc.assert(
      fc.property(
        date,
        fc.integer({ min: -100, max: 100 }),
        fc.constantFrom('february28', 'march1') as fc.Arbitrary<'february28' | 'march1'>,
        (d, years, leapDay) => {
          const result = addYears(d, years, { leapDay });
          expect(isPlainDate(result)).toBe(true);
          expect(Number(result.slice(0, 4))).toBe(Number(d.slice(0, 4)) + years);
          if (d.slice(5) !== '02-29') expect(result.slice(5)).toBe(d.slice(5));
          else
            expect(['02-29', leapDay === 'march1' ? '03-01' : '02-28']).toContain(result.slice(5));
        },
      ),
    );
  });
});

describe('ageInFullYears', () => {
  it('counts the birthday itself', () => {
    expect(ageInFullYears(plainDate('1966-10-01'), plainDate('2026-10-01'))).toBe(60);
    expect(ageInFullYears(plainDate('1966-10-01'), plainDate('2026-09-30'))).toBe(59);
    expect(ageInFullYears(plainDate('1966-10-01'), plainDate('2026-10-02'))).toBe(60);
    expect(ageInFullYears(plainDate('1966-10-01'), plainDate('1966-10-01'))).toBe(0);
    expect(ageInFullYears(plainDate('1946-01-01'), plainDate('2025-12-31'))).toBe(79);
    expect(ageInFullYears(plainDate('1946-01-01'), plainDate('2026-01-01'))).toBe(80);
  });

  it('handles a 29 February birth', () => {
    const birth = plainDate('1964-02-29');
    expect(ageInFullYears(birth, plainDate('2025-02-27'))).toBe(60);
    expect(ageInFullYears(birth, plainDate('2025-02-28'))).toBe(61);
    expect(ageInFullYears(birth, plainDate('2025-02-28'), { leapDay: 'march1' })).toBe(60);
    expect(ageInFullYears(birth, plainDate('2025-03-01'), { leapDay: 'march1' })).toBe(61);
    expect(ageInFullYears(birth, plainDate('2024-02-28'))).toBe(59);
    expect(ageInFullYears(birth, plainDate('2024-02-29'))).toBe(60);
    expect(ageInFullYears(birth, plainDate('2024-02-28'), { leapDay: 'march1' })).toBe(59);
  });

  it('is monotone in asOf and rises by exactly one on each birthday (property)', () => {
    fc.assert(
      fc.property(
        date,
        date,
        fc.integer({ min: 0, max: 20_000 }),
        fc.constantFrom('february28', 'march1') as fc.Arbitrary<'february28' | 'march1'>,
        (birth, asOf, step, leapDay) => {
          const [first, second] =
            comparePlainDates(birth, asOf) <= 0 ? [birth, asOf] : [asOf, birth];
          const later = addDays(second, step);
          const age = ageInFullYears(first, second, { leapDay });
          expect(age).toBeGreaterThanOrEqual(0);
          expect(ageInFullYears(first, later, { leapDay })).toBeGreaterThanOrEqual(age);
          const next = ageInFullYears(first, addDays(second, 1), { leapDay });
          expect([age, age + 1]).toContain(next);
          // On the birthday the age is a whole number of years; the day before it is one less.
          const birthday = addYears(first, age + 1, { leapDay });
          expect(ageInFullYears(first, birthday, { leapDay })).toBe(age + 1);
          expect(ageInFullYears(first, addDays(birthday, -1), { leapDay })).toBe(age);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('comparePlainDates', () => {
  it('orders dates chronologically', () => {
    const dates = ['2026-03-01', '2026-01-01', '1999-12-31', '2026-01-01'].map(plainDate);
    expect([...dates].sort(comparePlainDates)).toEqual([
      '1999-12-31',
      '2026-01-01',
      '2026-01-01',
      '2026-03-01',
    ]);
    expect(comparePlainDates(plainDate('2026-01-01'), plainDate('2026-01-02'))).toBe(-1);
    expect(comparePlainDates(plainDate('2026-01-02'), plainDate('2026-01-01'))).toBe(1);
    expect(comparePlainDates(plainDate('2026-01-01'), plainDate('2026-01-01'))).toBe(0);
  });

  it('agrees with day numbers (property)', () => {
    fc.assert(
      fc.property(date, date, (a, b) => {
        expect(comparePlainDates(a, b)).toBe(Math.sign(toDayNumber(a) - toDayNumber(b)));
      }),
    );
  });
});

describe('the ends of the calendar and values that are not dates', () => {
  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof GuanaiError) return error.issues.map((i) => [i.code, i.params]);
      throw error;
    }
    return 'returned';
  };
  const bounds = { first: '0001-01-01', last: '9999-12-31' };

  it('date arithmetic past 9999-12-31 or before 0001-01-01 is date_out_of_range', () => {
    expect(codeOf(() => addDays(plainDate('9999-12-31'), 1))).toEqual([
      ['date_out_of_range', { value: '10000-01-01', ...bounds }],
    ]);
    expect(codeOf(() => addDays(plainDate('0001-01-01'), -1))[0]?.[0]).toBe('date_out_of_range');
    expect(codeOf(() => fromDayNumber(2_932_897))[0]?.[0]).toBe('date_out_of_range');
    expect(codeOf(() => addYears(plainDate('9999-06-01'), 1))[0]?.[0]).toBe('date_out_of_range');
    expect(codeOf(() => addMonths(plainDate('9999-12-01'), 1))[0]?.[0]).toBe('date_out_of_range');
    expect(codeOf(() => addMonths(plainDate('0001-01-31'), -1))[0]?.[0]).toBe('date_out_of_range');
    expect(addDays(plainDate('9999-12-30'), 1)).toBe('9999-12-31');
    expect(fromDayNumber(-719_162)).toBe('0001-01-01');
  });

  it('a value that is not a string is invalid_argument (rule plainDate), never a TypeError', () => {
    const notDates = [undefined, null, 20260101, {}, [], Symbol('d')];
    for (const value of notDates) {
      const bad = value as unknown as PlainDate;
      expect(codeOf(() => isoWeekdayOf(bad))[0]?.[0]).toBe('invalid_argument');
      expect(codeOf(() => ageInFullYears(bad, plainDate('2026-01-01')))).toEqual([
        ['invalid_argument', { name: 'birthDate', rule: 'plainDate' }],
      ]);
      expect(codeOf(() => addDays(bad, 1))[0]?.[0]).toBe('invalid_argument');
      expect(codeOf(() => plainDate(bad))[0]?.[0]).toBe('invalid_argument');
      expect(codeOf(() => comparePlainDates(bad, plainDate('2026-01-01')))[0]?.[0]).toBe(
        'invalid_argument',
      );
    }
    expect(codeOf(() => addYears(plainDate('2024-02-29'), 1, null as unknown as undefined))).toBe(
      'returned',
    );
  });
});
