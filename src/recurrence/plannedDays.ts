import { assertNever } from '../_lib/assertNever.js';
import { daysInMonth, fromEpochDay, isoWeekday } from '../_lib/civilDate.js';
import {
  type FestivalKey,
  festivalDate,
  fromLunar,
  lunarMonthLength,
  toLunar,
} from '../calendar/index.js';
import { GuanaiError, issue } from '../errors/index.js';
import { type PlainDate, toDayNumber } from '../models/index.js';
import type { Cadence, ShortMonth } from './cadence.js';
import { expandRRule } from './expandRRule.js';
import { dayOf, dayText, PERIOD_LIMIT, periodsBetween } from './periods.js';

/**
 * A day a cadence plans a visit for, before holidays are looked at: its period label and due
 * day; a quota's slot also spans its period (`start`…`end`), and a festival's keeps its day.
 * Days are day numbers (`toDayNumber`): text is made once per listed visit, not per step.
 * @internal
 */
export interface Slot {
  readonly period: string;
  readonly due: number;
  readonly start?: number;
  readonly end?: number;
  readonly festival?: true;
}

/** The years `festivalDate` knows (its lunar tables'). */
const FESTIVAL_YEARS_START = 1900;
const FESTIVAL_YEARS_END = 2100;
const yearOf = (day: number) => fromEpochDay(day).year;
const monthIndexOf = (day: number) => {
  const { year, month } = fromEpochDay(day);
  return year * 12 + month - 1;
};

/** `festivalDate` as a day number, remembered: each plan asks for the same few festivals. */
const festivalDays = new Map<string, number>();
function festivalDay(key: FestivalKey, year: number): number {
  const name = `${key} ${year}`;
  let day = festivalDays.get(name);
  if (day === undefined) {
    day = toDayNumber(festivalDate(key, year));
    // Bounded: at most every festival of the lunar tables' 201 years.
    festivalDays.set(name, day);
  }
  return day;
}

/** A day of a month that may not exist: clamped to the month's end, or undefined to skip. */
function dayInMonth(day: number, length: number, shortMonth: ShortMonth): number | undefined {
  if (day >= 1 && day <= length) return day;
  if (shortMonth === 'skip') return undefined;
  return day > length ? length : 1;
}

/** The civil month `index` (year × 12 + month − 1) as year and month. */
function monthOf(index: number): { year: number; month: number } {
  const year = Math.floor(index / 12);
  return { year, month: index - year * 12 + 1 };
}

/** The day of the `nth` ISO weekday `weekday` in a month, or undefined when there is none. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number | undefined {
  const length = daysInMonth(year, month);
  if (nth > 0) {
    const first = 1 + ((weekday - isoWeekday(dayOf(year, month, 1)) + 7) % 7);
    const day = first + (nth - 1) * 7;
    return day <= length ? day : undefined;
  }
  const last = length - ((isoWeekday(dayOf(year, month, length)) - weekday + 7) % 7);
  const day = last + (nth + 1) * 7;
  return day >= 1 ? day : undefined;
}

/** A counter that throws `work_limit` (`periods`) once a loop passes {@link PERIOD_LIMIT} periods. */
function periodBudget(): () => void {
  let left = PERIOD_LIMIT;
  return () => {
    if (left-- === 0)
      throw new GuanaiError([issue('work_limit', [], { what: 'periods', limit: PERIOD_LIMIT })]);
  };
}

/**
 * The days a plan is in force: from its first day, to its last if it has one; day numbers.
 * @internal
 */
export interface Validity {
  readonly from: number;
  readonly to?: number | undefined;
}

/**
 * The slots a calendar-fixed cadence plans with a due day in [from, to] (inside the plan's
 * validity), in order. Every-N-weeks and every-N-months count from the plan's first day, and a
 * quota period cut by the plan's first or last day shrinks to the days in force. Rolling
 * cadences depend on records and are planned per elder, not here. Each loop steps through at
 * most {@link PERIOD_LIMIT} weeks, months or years (`work_limit`, `periods`).
 * @internal
 */
export function plannedSlots(
  cadence: Exclude<Cadence, { type: 'rolling' }>,
  validity: Validity,
  from: number,
  to: number,
): Slot[] {
  const anchor = validity.from;
  const slots: Slot[] = [];
  const step = periodBudget();
  // The period of a day-planned visit is its day, as text.
  const add = (due: number) => {
    if (due >= from && due <= to) slots.push({ period: dayText(due), due });
  };
  switch (cadence.type) {
    case 'quota': {
      for (const period of periodsBetween(cadence.period, from, to)) {
        if (cadence.months && !cadence.months.includes(fromEpochDay(period.start).month)) continue;
        const start = Math.max(period.start, validity.from);
        const end = validity.to !== undefined ? Math.min(period.end, validity.to) : period.end;
        if (end < from || end > to) continue;
        for (let i = 1; i <= cadence.count; i++) {
          const label = cadence.count > 1 ? `${period.label}#${i}` : period.label;
          slots.push({ period: label, due: end, start, end });
        }
      }
      return slots;
    }
    case 'weekly': {
      const first = anchor + 1 - isoWeekday(anchor);
      const days = [...cadence.weekdays].sort((a, b) => a - b);
      // Day numbers, not dates: the week after the last one may lie past 9999-12-31.
      for (let monday = from + 1 - isoWeekday(from); monday <= to; monday += 7) {
        step();
        if ((monday - first) % (7 * cadence.interval) !== 0) continue;
        for (const weekday of days) if (monday + weekday - 1 <= to) add(monday + weekday - 1);
      }
      return slots;
    }
    case 'monthlyDay':
    case 'monthlyWeekday': {
      const first = monthIndexOf(anchor);
      const last = monthIndexOf(to);
      for (let index = monthIndexOf(from); index <= last; index++) {
        step();
        if ((index - first) % cadence.interval !== 0) continue;
        const { year, month } = monthOf(index);
        const length = daysInMonth(year, month);
        const day =
          cadence.type === 'monthlyDay'
            ? dayInMonth(
                cadence.day > 0 ? cadence.day : length + cadence.day + 1,
                length,
                cadence.shortMonth,
              )
            : nthWeekday(year, month, cadence.weekday, cadence.nth);
        if (day !== undefined) add(dayOf(year, month, day));
      }
      return slots;
    }
    case 'yearly': {
      const dates = [...cadence.dates].sort((a, b) => a.month - b.month || a.day - b.day);
      const last = yearOf(to);
      for (let year = yearOf(from); year <= last; year++) {
        step();
        for (const { month, day } of dates) {
          const resolved = dayInMonth(day, daysInMonth(year, month), cadence.shortMonth);
          if (resolved !== undefined) add(dayOf(year, month, resolved));
        }
      }
      return slots;
    }
    case 'lunarYearly': {
      const lastYear = toLunar(dayText(to)).year;
      for (let year = toLunar(dayText(from)).year; year <= lastYear; year++) {
        step();
        const length = lunarMonthLength(year, cadence.month);
        const day = dayInMonth(cadence.day, length, cadence.shortMonth);
        if (day !== undefined) add(toDayNumber(fromLunar({ year, month: cadence.month, day })));
      }
      return slots;
    }
    case 'festival': {
      // Lunar festivals count lunar years (除夕 of year Y falls early in civil year Y + 1), and
      // an offset may move next year's festival into this year: look one year either side.
      const last = Math.min(yearOf(to) + 1, FESTIVAL_YEARS_END);
      for (let year = Math.max(yearOf(from) - 1, FESTIVAL_YEARS_START); year <= last; year++) {
        for (const key of cadence.festivals) {
          const due = festivalDay(key, year) + cadence.offsetDays;
          if (due >= from && due <= to)
            slots.push({ period: `${key}-${year}`, due, festival: true });
        }
      }
      return slots.sort((a, b) => a.due - b.due);
    }
    case 'rrule': {
      const text = `DTSTART;VALUE=DATE:${dayText(anchor).replace(/-/g, '')}\nRRULE:${cadence.rule}`;
      let last: string | undefined;
      for (const at of expandRRule(text, { from: dayText(from), to: dayText(to) })) {
        const day = at.slice(0, 10) as PlainDate;
        // A visit is planned per day: a rule that fires several times a day plans one visit.
        if (day !== last) add(toDayNumber(day));
        last = day;
      }
      return slots;
    }
    default:
      return assertNever(cadence, 'cadence');
  }
}
