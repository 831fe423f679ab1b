import {
  daysInMonth,
  FIRST_EPOCH_DAY,
  formatEpochDay,
  fromEpochDay,
  isoWeekday,
  LAST_EPOCH_DAY,
  toEpochDay,
} from '../_lib/civilDate.js';
import { textOf } from '../_lib/textOf.js';
import { GuanaiError, issue } from '../errors/index.js';
import {
  fromDayNumber,
  isoWeekdayOf,
  isPlainDate,
  type PlainDate,
  toDayNumber,
} from '../models/index.js';
import { QuotaPeriod } from './cadence.js';

/**
 * Most periods one expansion steps through before `work_limit` (`periods`): 10,000 weeks are
 * 190 years, far past any range `maxDays` lets through by default.
 * @internal
 */
export const PERIOD_LIMIT = 10_000;

/** A calendar period: its label and its first and last days. @category Cadences */
export interface Period {
  readonly label: string;
  readonly start: PlainDate;
  readonly end: PlainDate;
}

/** A {@link Period} with its first and last days as day numbers. @internal */
export interface PeriodDays {
  readonly label: string;
  readonly start: number;
  readonly end: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day number of year, month (1–12) and day numbers. @internal */
export const dayOf = (year: number, month: number, day: number) => toEpochDay({ year, month, day });

/**
 * The date of a day number: what `fromDayNumber` gives, the same `date_out_of_range` outside
 * the calendar, without re-checking an integer the expansion computed itself. @internal
 */
export function dayText(day: number): PlainDate {
  if (day >= FIRST_EPOCH_DAY && day <= LAST_EPOCH_DAY) return formatEpochDay(day) as PlainDate;
  return fromDayNumber(day);
}

/** The ISO week label of the week starting on day `monday`, e.g. `2026-W01`. */
function isoWeekLabel(monday: number): string {
  // The week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
  const thursday = monday + 3;
  const { year } = fromEpochDay(thursday);
  const week = Math.floor((thursday - dayOf(year, 1, 1)) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/** Months in each quota period but the week. */
const MONTHS = { month: 1, quarter: 3, halfYear: 6, year: 12 } as const;

/**
 * The period of kind `kind` that holds day `day` (a day of the calendar; `kind` one of
 * {@link QuotaPeriod}), in day numbers: what {@link periodOf} formats. @internal
 */
export function periodDaysOf(kind: QuotaPeriod, day: number): PeriodDays {
  if (kind === 'week') {
    const start = day + 1 - isoWeekday(day);
    // The last ISO week of 9999 runs past the calendar: it ends on 9999-12-31.
    return { label: isoWeekLabel(start), start, end: Math.min(start + 6, LAST_EPOCH_DAY) };
  }
  const { year, month } = fromEpochDay(day);
  const months = MONTHS[kind];
  const first = month - ((month - 1) % months);
  const last = first + months - 1;
  const index = (first - 1) / months + 1;
  const label =
    kind === 'month'
      ? `${year}-${pad(month)}`
      : kind === 'quarter'
        ? `${year}-Q${index}`
        : kind === 'halfYear'
          ? `${year}-H${index}`
          : String(year);
  return {
    label,
    start: dayOf(year, first, 1),
    end: dayOf(year, last, daysInMonth(year, last)),
  };
}

/**
 * The calendar period of kind `kind` (ISO week, month, quarter, half year, year) that holds
 * `date`: its label (`2026-W10`, `2026-03`, `2026-Q1`, `2026-H1`, `2026`) and first and last days.
 * A `kind` that is none of these is `unknown_name` (kind `quotaPeriod`, with the kinds there are).
 * @example
 * ```ts
 * periodOf('week', plainDate('2026-03-04')); // { label: '2026-W10', start: '2026-03-02', end: '2026-03-08' }
 * ```
 * @category Cadences
 */
export function periodOf(kind: QuotaPeriod, date: PlainDate): Period {
  if (!QuotaPeriod.options.includes(kind))
    throw new GuanaiError([
      issue('unknown_name', ['kind'], {
        kind: 'quotaPeriod',
        name: textOf(kind),
        known: QuotaPeriod.options,
      }),
    ]);
  if (!isPlainDate(date)) isoWeekdayOf(date); // throws the coded error of a bad date
  const { label, start, end } = periodDaysOf(kind, toDayNumber(date));
  return { label, start: dayText(start), end: dayText(end) };
}

/**
 * Every period of kind `kind` that overlaps days [from, to] (of the calendar), in order; it
 * stops at the last one, so a range ending on 9999-12-31 ends there too. More than
 * {@link PERIOD_LIMIT} periods throw `work_limit` (`periods`).
 * @internal
 */
export function periodsBetween(kind: QuotaPeriod, from: number, to: number): PeriodDays[] {
  const periods: PeriodDays[] = [];
  for (let period = periodDaysOf(kind, from); ; ) {
    if (periods.length === PERIOD_LIMIT)
      throw new GuanaiError([issue('work_limit', [], { what: 'periods', limit: PERIOD_LIMIT })]);
    periods.push(period);
    if (period.end >= to) return periods;
    period = periodDaysOf(kind, period.end + 1);
  }
}
