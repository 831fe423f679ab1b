import { requireHolidayCalendar } from '../_lib/requireOption.js';
import { type Issue, issue, prefixIssues, type Result } from '../errors/index.js';
import { addDays, type PlainDate, safeParse } from '../models/index.js';
import { CHINA_HOLIDAY_YEARS } from './data/chinaHolidays.js';
import { type HolidayKey, HolidayYear, type HolidayYearInput } from './holidayYear.js';

/**
 * A rest day listed by a holiday arrangement.
 * @category Holidays
 */
export interface ListedRestDay {
  readonly holiday: HolidayKey;
  /** The name of a `local` holiday. */
  readonly name?: string;
}

/**
 * Public holidays and make-up working days (调休) for a span of years. guanai ships China's
 * national calendar ({@link chinaHolidayCalendar}); an app adds a newly announced year or a
 * local arrangement with {@link extendHolidayCalendar}, without a new release.
 * @category Holidays
 */
export interface HolidayCalendar {
  /** The years whose national arrangement the calendar holds, ascending. */
  readonly years: readonly number[];
  /** The arrangements it was built from (checked). */
  readonly arrangements: readonly HolidayYear[];
  /** The holiday whose rest day `date` is, if it is one. */
  restDayOf(date: PlainDate): ListedRestDay | undefined;
  /** Whether `date` is a weekend day made a working day (调休上班). */
  isMakeupWorkday(date: PlainDate): boolean;
  /** Whether the calendar holds the national arrangement of `date`'s year. */
  covers(date: PlainDate): boolean;
}

function calendarOf(arrangements: readonly HolidayYear[]): HolidayCalendar {
  const rest = new Map<string, ListedRestDay>();
  const work = new Set<string>();
  const years = new Set<number>();
  for (const arrangement of arrangements) {
    if (arrangement.scope !== 'local') years.add(arrangement.year);
    for (const run of arrangement.rest) {
      const listed: ListedRestDay = run.name
        ? { holiday: run.holiday, name: run.name }
        : { holiday: run.holiday };
      for (let day = run.from; day <= run.to; day = addDays(day, 1)) rest.set(day, listed);
    }
    for (const day of arrangement.makeupWorkdays) work.add(day);
  }
  return {
    years: [...years].sort((a, b) => a - b),
    arrangements,
    restDayOf: (date) => rest.get(date),
    isMakeupWorkday: (date) => work.has(date),
    covers: (date) => typeof date === 'string' && years.has(Number(date.slice(0, 4))),
  };
}

let china: HolidayCalendar | undefined;

/**
 * China's national calendar: every State Council holiday arrangement from 2007 to 2026, each
 * rest day with its holiday and each 调休 make-up working day. Built on first use. Outside
 * these years answers fall back to the weekday rule and say so (`known: false` in `dayInfo`).
 *
 * @example
 * ```ts
 * const calendar = chinaHolidayCalendar();
 * calendar.years.at(-1);                               // 2026
 * calendar.restDayOf(plainDate('2026-10-05'))?.holiday; // 'nationalDay'
 * ```
 * @category Holidays
 */
export function chinaHolidayCalendar(): HolidayCalendar {
  // The built-in table is checked by its tests, not on every start.
  china ??= calendarOf(CHINA_HOLIDAY_YEARS as readonly HolidayYear[]);
  return china;
}

/**
 * A calendar with more arrangements: a year the State Council has just announced (e.g. 2027)
 * or a local arrangement (`scope: 'local'`, holiday `local` with its name). Every addition is
 * validated; a date that the calendar or another addition already lists is an overlap. Returns
 * the new calendar, or every issue with its path (`[index, …]` into `additions`).
 *
 * @example
 * ```ts
 * const result = extendHolidayCalendar(chinaHolidayCalendar(), [
 *   { year: 2027, rest: [{ holiday: 'newYearsDay', from: '2027-01-01', to: '2027-01-03' }], makeupWorkdays: [] },
 * ]);
 * if (result.ok) dayInfo(plainDate('2027-01-02'), result.value).kind; // 'holiday'
 * ```
 * @category Holidays
 */
export function extendHolidayCalendar(
  base: HolidayCalendar,
  additions: readonly (HolidayYearInput | unknown)[],
): Result<HolidayCalendar> {
  requireHolidayCalendar(base, 'base');
  if (!Array.isArray(additions)) {
    return {
      ok: false,
      issues: [issue('invalid_type', [], { expected: 'array', received: typeof additions })],
    };
  }
  const issues: Issue[] = [];
  const added: HolidayYear[] = [];
  additions.forEach((input, index) => {
    const parsed = safeParse(HolidayYear, input);
    if (!parsed.ok) issues.push(...prefixIssues(parsed.issues, [index]));
    else added.push(parsed.value);
  });
  if (issues.length > 0) return { ok: false, issues };

  const listed = new Set<string>();
  const claim = (date: PlainDate, path: (string | number)[]) => {
    if (base.restDayOf(date) || base.isMakeupWorkday(date) || listed.has(date)) {
      issues.push(issue('holiday_overlap', path, { date }));
    }
    listed.add(date);
  };
  added.forEach((arrangement, index) => {
    if (arrangement.scope === 'national' && base.years.includes(arrangement.year)) {
      issues.push(issue('holiday_year_known', [index, 'year'], { year: arrangement.year }));
    }
    arrangement.rest.forEach((run, r) => {
      for (let day = run.from; day <= run.to; day = addDays(day, 1)) claim(day, [index, 'rest', r]);
    });
    arrangement.makeupWorkdays.forEach((day, w) => {
      claim(day, [index, 'makeupWorkdays', w]);
    });
  });
  return issues.length > 0
    ? { ok: false, issues }
    : { ok: true, value: calendarOf([...base.arrangements, ...added]) };
}
