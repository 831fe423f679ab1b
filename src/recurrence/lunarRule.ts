import {
  fromLunar,
  leapMonthOf,
  lunarMonthLength,
  lunarRange,
  toLunar,
} from '../calendar/index.js';
import { addDays, type PlainDate } from '../models/index.js';
import type { ByMonth, RRuleParts } from './rruleText.js';

/** A lunar month of one lunar year. */
interface LunarMonth {
  readonly year: number;
  readonly month: number;
  readonly leap: boolean;
}

/** The months of a lunar year in order, its leap month (if any) after the month it repeats. */
function monthsOfYear(year: number): LunarMonth[] {
  const leapMonth = leapMonthOf(year);
  const months: LunarMonth[] = [];
  for (let month = 1; month <= 12; month++) {
    months.push({ year, month, leap: false });
    if (month === leapMonth) months.push({ year, month, leap: true });
  }
  return months;
}

/**
 * The month a BYMONTH entry names in `year`, or where SKIP sends it when the year has no such
 * leap month (RFC 7529 §4.2: BACKWARD to the month it would repeat, FORWARD to the next one).
 */
function resolveMonth(
  year: number,
  wanted: ByMonth,
  skip: RRuleParts['skip'],
): LunarMonth | undefined {
  if (!wanted.leap || leapMonthOf(year) === wanted.month) return { year, ...wanted };
  if (skip === 'BACKWARD') return { year, month: wanted.month, leap: false };
  if (skip === 'FORWARD' && wanted.month < 12)
    return { year, month: wanted.month + 1, leap: false };
  return undefined;
}

/** The civil day of day `day` (negative: from the end) of a lunar month, after SKIP. */
function dayOf(month: LunarMonth, day: number, skip: RRuleParts['skip']): PlainDate | undefined {
  const length = lunarMonthLength(month.year, month.month, month.leap);
  const wanted = day > 0 ? day : length + day + 1;
  const lunar = { year: month.year, month: month.month, isLeapMonth: month.leap };
  if (wanted >= 1 && wanted <= length) return fromLunar({ ...lunar, day: wanted });
  if (skip === 'BACKWARD') return fromLunar({ ...lunar, day: length });
  if (skip === 'FORWARD') return addDays(fromLunar({ ...lunar, day: length }), 1);
  return undefined;
}

/**
 * The occurrences of an `RSCALE=CHINESE` rule (RFC 7529) from `start` up to `to`, as local
 * date-times: yearly on lunar months and days (重阳: `BYMONTH=9;BYMONTHDAY=9`), or monthly on
 * lunar days, every INTERVAL years or months, with COUNT, UNTIL and SKIP. Without BYMONTH or
 * BYMONTHDAY the rule takes them from DTSTART's lunar date. Stops at the lunar tables' end.
 * @internal
 */
export function* expandLunarRule(rule: RRuleParts, start: string, to: string): Generator<string> {
  const startDay = start.slice(0, 10) as PlainDate;
  const time = start.slice(10);
  const first = toLunar(startDay);
  const lastDay =
    to.slice(0, 10) < lunarRange().last ? (to.slice(0, 10) as PlainDate) : lunarRange().last;
  const lastYear = toLunar(lastDay).year;
  const byMonth = rule.byMonth ?? [{ month: first.month, leap: first.isLeapMonth }];
  const byMonthDay = rule.byMonthDay ?? [first.day];
  const wantedMonth = (month: LunarMonth) =>
    byMonth.some((m) => m.month === month.month && m.leap === month.leap);
  let emitted = 0;
  // Candidate months, a year or `interval` months at a time.
  const batches = function* (): Generator<LunarMonth[]> {
    if (rule.freq === 'YEARLY') {
      for (let year = first.year; year <= lastYear; year += rule.interval) {
        const months: LunarMonth[] = [];
        for (const wanted of byMonth) {
          const month = resolveMonth(year, wanted, rule.skip);
          if (month) months.push(month);
        }
        yield months;
      }
      return;
    }
    let step = 0;
    for (let year = first.year; year <= lastYear; year++) {
      for (const month of monthsOfYear(year)) {
        if (
          year === first.year &&
          (month.month < first.month ||
            (month.month === first.month && !month.leap && first.isLeapMonth))
        )
          continue;
        if (step++ % rule.interval === 0 && (!rule.byMonth || wantedMonth(month))) yield [month];
      }
    }
  };
  for (const months of batches()) {
    const days = new Set<PlainDate>();
    for (const month of months)
      for (const day of byMonthDay) {
        const date = dayOf(month, day, rule.skip);
        if (date) days.add(date);
      }
    for (const day of [...days].sort()) {
      const at = `${day}${time}`;
      if (at < start) continue;
      if ((rule.until !== undefined && at > rule.until) || at > to) return;
      yield at;
      if (rule.count !== undefined && ++emitted >= rule.count) return;
    }
  }
}
