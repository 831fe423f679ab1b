import { daysInMonth, formatCivil } from '../_lib/civilDate.js';
import {
  addDays,
  fromDayNumber,
  isoWeekdayOf,
  type PlainDate,
  toDayNumber,
} from '../models/index.js';
import type { QuotaPeriod } from './cadence.js';

/** A calendar period: its label and its first and last days. @category Cadences */
export interface Period {
  readonly label: string;
  readonly start: PlainDate;
  readonly end: PlainDate;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The earlier of two days. @internal */
export const earlier = (a: PlainDate, b: PlainDate): PlainDate => (a < b ? a : b);
/** The later of two days. @internal */
export const later = (a: PlainDate, b: PlainDate): PlainDate => (a > b ? a : b);

/** The date of year, month (1–12) and day numbers. @internal */
export const dateOf = (year: number, month: number, day: number) =>
  formatCivil({ year, month, day }) as PlainDate;

/** The Monday that starts the ISO week of `date`. @internal */
export function isoWeekStart(date: PlainDate): PlainDate {
  return addDays(date, 1 - isoWeekdayOf(date));
}

/** The ISO week label of the week starting on Monday `monday`, e.g. `2026-W01`. */
function isoWeekLabel(monday: PlainDate): string {
  // The week belongs to the year of its Thursday; week 1 holds the year's first Thursday.
  const thursday = addDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(dateOf(year, 1, 1))) / 7) + 1;
  return `${year}-W${pad(week)}`;
}

/**
 * The calendar period of kind `kind` (ISO week, month, quarter, half year, year) that holds
 * `date`: its label (`2026-W10`, `2026-03`, `2026-Q1`, `2026-H1`, `2026`) and first and last days.
 * @example
 * ```ts
 * periodOf('week', plainDate('2026-03-04')); // { label: '2026-W10', start: '2026-03-02', end: '2026-03-08' }
 * ```
 * @category Cadences
 */
export function periodOf(kind: QuotaPeriod, date: PlainDate): Period {
  if (kind === 'week') {
    const start = isoWeekStart(date);
    return { label: isoWeekLabel(start), start, end: addDays(start, 6) };
  }
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const months = { month: 1, quarter: 3, halfYear: 6, year: 12 }[kind];
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
    start: dateOf(year, first, 1),
    end: dateOf(year, last, daysInMonth(year, last)),
  };
}

/** Every period of kind `kind` that overlaps [from, to], in order. @internal */
export function periodsBetween(kind: QuotaPeriod, from: PlainDate, to: PlainDate): Period[] {
  const periods: Period[] = [];
  for (let day = from; day <= to; ) {
    const period = periodOf(kind, day);
    periods.push(period);
    day = fromDayNumber(toDayNumber(period.end) + 1);
  }
  return periods;
}
