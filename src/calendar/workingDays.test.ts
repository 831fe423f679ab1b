import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import {
  fromDayNumber,
  isoWeekdayOf,
  type PlainDate,
  plainDate,
  toDayNumber,
} from '../models/index.js';
import { dayInfo } from './dayInfo.js';
import {
  chinaHolidayCalendar,
  extendHolidayCalendar,
  type HolidayCalendar,
} from './holidayCalendar.js';
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  previousWorkingDay,
  workingDaysBetween,
} from './workingDays.js';

const day = (min: string, max: string) =>
  fc
    .integer({ min: toDayNumber(plainDate(min)), max: toDayNumber(plainDate(max)) })
    .map(fromDayNumber);
const anyDay = day('2006-01-01', '2028-12-31');

describe('dayInfo', () => {
  it('tells holidays, make-up working days, weekends and working days apart', () => {
    expect(dayInfo(plainDate('2026-10-05'))).toEqual({
      date: '2026-10-05',
      isWorkingDay: false,
      kind: 'holiday',
      holiday: 'nationalDay',
      known: true,
    });
    expect(dayInfo(plainDate('2026-09-20'))).toEqual({
      date: '2026-09-20',
      isWorkingDay: true,
      kind: 'makeupWorkday',
      known: true,
    });
    expect(dayInfo(plainDate('2026-09-19')).kind).toBe('weekend');
    expect(dayInfo(plainDate('2026-09-21')).kind).toBe('workday');
    // 2013's make-up Sunday, missing from some widely used libraries.
    expect(dayInfo(plainDate('2013-04-07')).kind).toBe('makeupWorkday');
    expect(dayInfo(plainDate('2020-01-31')).holiday).toBe('springFestivalExtension');
    expect(dayInfo(plainDate('2015-09-03')).holiday).toBe('victoryDay');
  });

  it('says when the year is not known and falls back to the weekday rule', () => {
    expect(dayInfo(plainDate('2030-10-01'))).toEqual({
      date: '2030-10-01',
      isWorkingDay: true,
      kind: 'workday',
      known: false,
    });
    expect(dayInfo(plainDate('2006-10-07')).known).toBe(false);
    expect(dayInfo(plainDate('2007-10-07')).known).toBe(true);
  });

  it('agrees with isWorkingDay (property)', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        expect(dayInfo(date).isWorkingDay).toBe(isWorkingDay(date));
      }),
    );
  });

  it('puts every listed holiday on a rest day and every make-up day on a weekend (all years)', () => {
    const calendar = chinaHolidayCalendar();
    const wrong: string[] = [];
    for (
      let n = toDayNumber(plainDate('2006-12-01'));
      n <= toDayNumber(plainDate('2026-12-31'));
      n++
    ) {
      const date = fromDayNumber(n);
      const info = dayInfo(date);
      if (calendar.restDayOf(date) && (info.kind !== 'holiday' || isWorkingDay(date)))
        wrong.push(`${date} rest`);
      if (calendar.isMakeupWorkday(date) && (isoWeekdayOf(date) < 6 || !isWorkingDay(date)))
        wrong.push(`${date} work`);
    }
    expect(wrong).toEqual([]);
  });

  it('is known only for the years the calendar holds, listed or not', () => {
    // 2006-12-30 is a make-up day of the 2007 arrangement, but 2006 itself is not held.
    expect(dayInfo(plainDate('2006-12-30'))).toMatchObject({ kind: 'makeupWorkday', known: false });
  });
});

describe('working-day arithmetic', () => {
  it('steps over the National Day holiday', () => {
    expect(nextWorkingDay(plainDate('2026-09-30'))).toBe('2026-10-08');
    expect(previousWorkingDay(plainDate('2026-10-08'))).toBe('2026-09-30');
    expect(addWorkingDays(plainDate('2026-09-29'), 3)).toBe('2026-10-09');
    expect(addWorkingDays(plainDate('2026-10-09'), -3)).toBe('2026-09-29');
    expect(addWorkingDays(plainDate('2026-10-03'), 0)).toBe('2026-10-03');
    expect(workingDaysBetween(plainDate('2026-09-30'), plainDate('2026-10-09'))).toBe(2);
    expect(workingDaysBetween(plainDate('2026-10-09'), plainDate('2026-09-30'))).toBe(-2);
    // The Saturday worked for National Day counts.
    expect(nextWorkingDay(plainDate('2026-10-09'))).toBe('2026-10-10');
  });

  it('takes only whole numbers of working days', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => addWorkingDays(plainDate('2026-09-29'), n)).toThrow(
        expect.objectContaining({
          issues: [{ code: 'invalid_argument', path: [], params: { name: 'n', rule: 'integer' } }],
        }),
      );
    }
  });

  it('nextWorkingDay is later and a working day; previousWorkingDay earlier (property)', () => {
    fc.assert(
      fc.property(anyDay, (date) => {
        const next = nextWorkingDay(date);
        const previous = previousWorkingDay(date);
        expect(next > date && isWorkingDay(next)).toBe(true);
        expect(previous < date && isWorkingDay(previous)).toBe(true);
        expect(workingDaysBetween(date, next)).toBe(1);
      }),
    );
  });

  it('addWorkingDays is consistent with workingDaysBetween (property)', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -40, max: 40 }), (date, n) => {
        const moved = addWorkingDays(date, n);
        expect(workingDaysBetween(date, moved)).toBe(n);
        if (n !== 0) expect(isWorkingDay(moved)).toBe(true);
      }),
    );
  });

  it('workingDaysBetween adds up along the way, forwards and backwards (property)', () => {
    const span = day('2025-01-01', '2026-12-31');
    fc.assert(
      fc.property(fc.tuple(span, span, span), (dates) => {
        const [a, b, c] = [...dates].sort();
        if (!a || !b || !c) return;
        expect(workingDaysBetween(a, c)).toBe(workingDaysBetween(a, b) + workingDaysBetween(b, c));
        expect(workingDaysBetween(c, a)).toBe(workingDaysBetween(c, b) + workingDaysBetween(b, a));
      }),
    );
  });
});

describe('extendHolidayCalendar', () => {
  // Test data in the State Council's usual shape, not an official 2027 arrangement.
  const y2027 = {
    year: 2027,
    rest: [
      { holiday: 'newYearsDay', from: '2027-01-01', to: '2027-01-03' },
      { holiday: 'springFestival', from: '2027-02-05', to: '2027-02-13' },
    ],
    makeupWorkdays: ['2027-02-14'],
  };

  it('adds a newly announced year', () => {
    const result = extendHolidayCalendar(chinaHolidayCalendar(), [y2027]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const calendar = result.value;
    expect(calendar.years.at(-1)).toBe(2027);
    expect(dayInfo(plainDate('2027-02-08'), calendar)).toMatchObject({
      kind: 'holiday',
      holiday: 'springFestival',
      known: true,
    });
    expect(dayInfo(plainDate('2027-02-14'), calendar).kind).toBe('makeupWorkday');
    expect(dayInfo(plainDate('2027-03-01'), calendar).known).toBe(true);
    // The built-in calendar is untouched.
    expect(dayInfo(plainDate('2027-02-08')).known).toBe(false);
    expect(nextWorkingDay(plainDate('2027-02-04'), calendar)).toBe('2027-02-14');
  });

  it('adds a local arrangement without claiming the national year', () => {
    const result = extendHolidayCalendar(chinaHolidayCalendar(), [
      {
        year: 2026,
        scope: 'local',
        rest: [{ holiday: 'local', name: '三月三', from: '2026-04-20', to: '2026-04-21' }],
        makeupWorkdays: [],
      },
    ]);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(dayInfo(plainDate('2026-04-20'), result.value)).toMatchObject({
      kind: 'holiday',
      holiday: 'local',
      holidayName: '三月三',
    });
    const local = extendHolidayCalendar(chinaHolidayCalendar(), [{ ...y2027, scope: 'local' }]);
    if (!local.ok) throw new Error(JSON.stringify(local.issues));
    expect(dayInfo(plainDate('2027-03-01'), local.value).known).toBe(false);
  });

  it('reports overlaps, impossible dates and misplaced days with paths', () => {
    const result = extendHolidayCalendar(chinaHolidayCalendar(), [
      {
        year: 2026,
        scope: 'local',
        rest: [{ holiday: 'local', name: 'x', from: '2026-10-07', to: '2026-10-08' }],
        makeupWorkdays: [],
      },
      { ...y2027, makeupWorkdays: ['2027-02-15', '2027-02-30'] },
      { ...y2027, rest: [{ holiday: 'newYearsDay', from: '2025-01-01', to: '2025-01-01' }] },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toEqual([
      {
        code: 'invalid_plain_date',
        path: [1, 'makeupWorkdays', 1],
        params: { value: '2027-02-30' },
      },
      {
        code: 'holiday_date_outside_year',
        path: [2, 'rest', 0, 'from'],
        params: { date: '2025-01-01', year: 2027 },
      },
      {
        code: 'holiday_date_outside_year',
        path: [2, 'rest', 0, 'to'],
        params: { date: '2025-01-01', year: 2027 },
      },
    ]);
    // A run reaching far outside the year is reported at its ends, not day by day.
    const long = extendHolidayCalendar(chinaHolidayCalendar(), [
      {
        year: 2027,
        rest: [{ holiday: 'newYearsDay', from: '2027-01-01', to: '2999-12-31' }],
        makeupWorkdays: [],
      },
    ]);
    expect(long.ok ? [] : long.issues).toEqual([
      {
        code: 'holiday_date_outside_year',
        path: [0, 'rest', 0, 'to'],
        params: { date: '2999-12-31', year: 2027 },
      },
    ]);
    const overlap = extendHolidayCalendar(chinaHolidayCalendar(), [
      {
        year: 2026,
        scope: 'local',
        rest: [{ holiday: 'local', name: 'x', from: '2026-10-07', to: '2026-10-08' }],
        makeupWorkdays: [],
      },
      y2027,
      { ...y2027, scope: 'local', makeupWorkdays: [] },
    ]);
    const overlapping = (path: (string | number)[], dates: string[]) =>
      dates.map((date) => ({ code: 'holiday_overlap', path, params: { date } }));
    expect(overlap.ok ? [] : overlap.issues).toEqual([
      ...overlapping([0, 'rest', 0], ['2026-10-07']),
      ...overlapping([2, 'rest', 0], ['2027-01-01', '2027-01-02', '2027-01-03']),
      ...overlapping(
        [2, 'rest', 1],
        ['05', '06', '07', '08', '09', '10', '11', '12', '13'].map((d) => `2027-02-${d}`),
      ),
    ]);
  });

  it('refuses a second national arrangement for a year, a local day without a name, and non-lists', () => {
    const result = extendHolidayCalendar(chinaHolidayCalendar(), [
      { year: 2026, rest: [], makeupWorkdays: [] },
      {
        year: 2026,
        scope: 'local',
        rest: [{ holiday: 'local', from: '2026-04-20', to: '2026-04-20' }],
        makeupWorkdays: [],
      },
    ]);
    expect(result.ok ? [] : result.issues).toEqual([
      { code: 'local_holiday_needs_name', path: [1, 'rest', 0, 'name'], params: {} },
    ]);
    const again = extendHolidayCalendar(chinaHolidayCalendar(), [
      { year: 2026, rest: [], makeupWorkdays: [] },
    ]);
    expect(again.ok ? [] : again.issues).toEqual([
      { code: 'holiday_year_known', path: [0, 'year'], params: { year: 2026 } },
    ]);
    const notAList = extendHolidayCalendar(chinaHolidayCalendar(), null as never);
    expect(notAList.ok ? [] : notAList.issues.map((i) => i.code)).toEqual(['invalid_type']);
  });

  it('checks make-up days fall on a weekend', () => {
    const result = extendHolidayCalendar(chinaHolidayCalendar(), [
      { year: 2027, rest: [], makeupWorkdays: ['2027-03-03'] },
    ]);
    expect(result.ok ? [] : result.issues).toEqual([
      {
        code: 'makeup_workday_not_weekend',
        path: [0, 'makeupWorkdays', 0],
        params: { date: '2027-03-03' },
      },
    ]);
  });
});

describe('time zones', () => {
  it('gives the same answers whatever the host zone (a fixed fingerprint)', () => {
    let fingerprint = 0;
    for (
      let n = toDayNumber(plainDate('2024-01-01'));
      n <= toDayNumber(plainDate('2026-12-31'));
      n++
    ) {
      const date: PlainDate = fromDayNumber(n);
      fingerprint =
        (fingerprint * 31 + (isWorkingDay(date) ? 1 : 2) + nextWorkingDay(date).charCodeAt(9)) %
        1_000_000_007;
    }
    // The suite runs under TZ=UTC, Asia/Shanghai and America/New_York; the value must not move.
    expect(fingerprint).toMatchInlineSnapshot(`373021764`);
  });
});

describe('bounds and values that are not dates or calendars', () => {
  const codeOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof GuanaiError) return error.issues[0]?.code;
      throw error;
    }
    return 'returned';
  };
  /** A host's calendar that rests every day. */
  const allRest: HolidayCalendar = {
    years: [],
    arrangements: [],
    restDayOf: () => ({ holiday: 'newYearsDay' }),
    isMakeupWorkday: () => false,
    covers: () => true,
  };

  it('a search for a working day in a calendar of holidays ends (work_limit)', () => {
    expect(codeOf(() => nextWorkingDay(plainDate('2026-01-01'), allRest))).toBe('work_limit');
    expect(codeOf(() => previousWorkingDay(plainDate('2026-01-01'), allRest))).toBe('work_limit');
    expect(codeOf(() => addWorkingDays(plainDate('2026-01-01'), 2, allRest))).toBe('work_limit');
    expect(workingDaysBetween(plainDate('2026-01-01'), plainDate('2026-12-31'), allRest)).toBe(0);
  });

  it('long walks are bounded, and none steps past 9999-12-31', () => {
    expect(codeOf(() => addWorkingDays(plainDate('2026-01-01'), 1e6))).toBe('work_limit');
    expect(codeOf(() => workingDaysBetween(plainDate('0001-01-01'), plainDate('9999-12-31')))).toBe(
      'range_too_long',
    );
    expect(workingDaysBetween(plainDate('9999-12-01'), plainDate('9999-12-31'))).toBe(22);
    expect(workingDaysBetween(plainDate('9999-12-31'), plainDate('9999-12-01'))).toBe(-22);
    expect(codeOf(() => nextWorkingDay(plainDate('9999-12-31')))).toBe('date_out_of_range');
  });

  it('dayInfo and friends throw coded errors for a date or calendar that is not one', () => {
    for (const bad of [undefined, null, 42, {}, '2026-02-30']) {
      const date = bad as unknown as PlainDate;
      expect(codeOf(() => dayInfo(date))).toMatch(/invalid_argument|invalid_plain_date/);
      expect(codeOf(() => isWorkingDay(date))).toMatch(/invalid_argument|invalid_plain_date/);
      expect(codeOf(() => addWorkingDays(date, 0))).toMatch(/invalid_argument|invalid_plain_date/);
    }
    for (const calendar of [null, {}, { restDayOf: 1 }]) {
      const bad = calendar as unknown as HolidayCalendar;
      expect(codeOf(() => dayInfo(plainDate('2026-01-01'), bad))).toBe('invalid_argument');
      expect(codeOf(() => nextWorkingDay(plainDate('2026-01-01'), bad))).toBe('invalid_argument');
    }
  });
});
