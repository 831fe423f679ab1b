import * as rruleModule from 'rrule';
import { GuanaiError, issue } from '../errors/index.js';
import type { RRuleParts, WEEKDAY_CODES } from './rruleText.js';

// rrule ships CommonJS without named exports for Node's ESM loader: take its default export
// when there is one (Node ESM), the namespace itself otherwise (CJS, bundlers).
const lib = (Reflect.get(rruleModule, 'default') ?? rruleModule) as typeof rruleModule;

/** A floating Date for a local date-time: its UTC fields are the wall clock, as rrule expects. */
function floating(at: string): Date {
  return new Date(`${at}Z`);
}

/** The wall clock of a floating Date, as `YYYY-MM-DDTHH:mm:ss`. */
function wallClock(date: Date): string {
  return date.toISOString().slice(0, 19);
}

type Options = Partial<rruleModule.Options>;

/** rrule's options for the Gregorian rule `rule` starting at `start`. */
function rruleOptions(rule: RRuleParts, start: string): Options {
  const { RRule } = lib;
  const weekday = (code: (typeof WEEKDAY_CODES)[number]) => RRule[code];
  return {
    freq: RRule[rule.freq],
    dtstart: floating(start),
    interval: rule.interval,
    ...(rule.count !== undefined ? { count: rule.count } : {}),
    ...(rule.until !== undefined ? { until: floating(rule.until) } : {}),
    ...(rule.bySecond ? { bysecond: [...rule.bySecond] } : {}),
    ...(rule.byMinute ? { byminute: [...rule.byMinute] } : {}),
    ...(rule.byHour ? { byhour: [...rule.byHour] } : {}),
    ...(rule.byDay
      ? {
          byweekday: rule.byDay.map((d) =>
            d.nth === undefined ? weekday(d.weekday) : weekday(d.weekday).nth(d.nth),
          ),
        }
      : {}),
    ...(rule.byMonthDay ? { bymonthday: [...rule.byMonthDay] } : {}),
    ...(rule.byYearDay ? { byyearday: [...rule.byYearDay] } : {}),
    ...(rule.byWeekNo ? { byweekno: [...rule.byWeekNo] } : {}),
    ...(rule.byMonth ? { bymonth: rule.byMonth.map((m) => m.month) } : {}),
    ...(rule.bySetPos ? { bysetpos: [...rule.bySetPos] } : {}),
    ...(rule.wkst ? { wkst: weekday(rule.wkst) } : {}),
  };
}

/** Milliseconds of one period of the frequencies whose periods all have the same length. */
const PERIOD_MS: Partial<Record<RRuleParts['freq'], number>> = {
  SECONDLY: 1000,
  MINUTELY: 60_000,
  HOURLY: 3_600_000,
  DAILY: 86_400_000,
  WEEKLY: 604_800_000,
};

/**
 * The rule's options with DTSTART moved forward to a period boundary of the rule at least one
 * period before `from`, giving the same occurrences from `from` on: rrule.js walks every
 * period from DTSTART, so a rule started years ago cost years of steps. Exact because the rule
 * repeats every INTERVAL periods: fixed-length periods move DTSTART by whole steps (time of
 * day and weekday stay, and with them rrule's defaults); months and years move to the 1st of a
 * month or year at 00:00, with the defaults rrule would take from DTSTART (day of month, month,
 * time of day) written out. A rule with COUNT is not moved: COUNT counts from DTSTART.
 */
function movedOptions(rule: RRuleParts, start: string, from: string): Options {
  const options = rruleOptions(rule, start);
  if (rule.count !== undefined || from <= start) return options;
  const period = PERIOD_MS[rule.freq];
  if (period !== undefined) {
    const step = period * rule.interval;
    const startMs = Date.parse(`${start}Z`);
    const k = Math.floor((Date.parse(`${from}Z`) - startMs) / step) - 1;
    return k < 1 ? options : { ...options, dtstart: new Date(startMs + k * step) };
  }
  const yearly = rule.freq === 'YEARLY';
  const unit = (at: string) =>
    Number(at.slice(0, 4)) * (yearly ? 1 : 12) + (yearly ? 0 : Number(at.slice(5, 7)) - 1);
  const k = Math.floor((unit(from) - unit(start)) / rule.interval) - 1;
  if (k < 1) return options;
  const moved = unit(start) + k * rule.interval;
  const year = yearly ? moved : Math.floor(moved / 12);
  const month = yearly ? 1 : (moved % 12) + 1;
  const dayParts = rule.byWeekNo || rule.byYearDay || rule.byMonthDay || rule.byDay;
  const day = Number(start.slice(8, 10));
  return {
    ...options,
    dtstart: new Date(Date.UTC(year, month - 1, 1)),
    byhour: rule.byHour ? [...rule.byHour] : [Number(start.slice(11, 13))],
    byminute: rule.byMinute ? [...rule.byMinute] : [Number(start.slice(14, 16))],
    bysecond: rule.bySecond ? [...rule.bySecond] : [Number(start.slice(17, 19))],
    ...(dayParts ? {} : { bymonthday: [day] }),
    ...(dayParts || !yearly || rule.byMonth ? {} : { bymonth: [Number(start.slice(5, 7))] }),
  };
}

/**
 * How many periods of the rule rrule.js must step through from its DTSTART to pass `to`: it
 * moves at least one period (INTERVAL units) per step, so after this many it is past `to` and
 * every occurrence up to `to` has been seen.
 */
function periodsToPass(rule: RRuleParts, dtstart: Date, to: string): number {
  const period = PERIOD_MS[rule.freq];
  if (period !== undefined)
    return Math.floor((Date.parse(`${to}Z`) - dtstart.getTime()) / (period * rule.interval)) + 2;
  const yearly = rule.freq === 'YEARLY';
  const units = (year: number, month: number) => (yearly ? year : year * 12 + month - 1);
  const last = units(Number(to.slice(0, 4)), Number(to.slice(5, 7)));
  const first = units(dtstart.getUTCFullYear(), dtstart.getUTCMonth() + 1);
  return Math.floor((last - first) / rule.interval) + 2;
}

/** Thrown inside rrule.js's loop to stop it; never leaves this module. */
class Stop extends Error {
  constructor(readonly complete: boolean) {
    super('stop');
  }
}

/**
 * Call `keep` with each occurrence of the Gregorian rule `rule` (DTSTART `start`) in
 * [from, to], as local date-times. rrule.js calls back only on matches, so a rule that
 * matched nothing walked on to the year 9999; here its loop is metered through `interval`,
 * the one option it reads in every period (twice): it stops once past `to` (every occurrence
 * seen), or after `maxSteps` periods with `work_limit` (`recurrenceSteps`) — stepping starts a
 * period before `from` (at DTSTART for a rule with COUNT). Rules that could loop inside one
 * step, or never match, are refused before (see `timeOfDayProblems`, `dateProblems`).
 * @internal
 */
export function expandGregorianRule(
  rule: RRuleParts,
  start: string,
  range: { readonly from: string; readonly to: string; readonly maxSteps: number },
  keep: (at: string) => void,
): void {
  // Every occurrence is at or after DTSTART: a range that ends before it holds none (and
  // rrule.js would walk on from DTSTART looking for the first one past the range).
  if (range.to < start) return;
  const options = movedOptions(rule, start, range.from);
  const series = new lib.RRule(options);
  const needed = periodsToPass(rule, options.dtstart ?? floating(start), range.to);
  const complete = needed <= range.maxSteps;
  meter(series.options as { interval: number }, Math.min(needed, range.maxSteps), complete);
  try {
    series.between(floating(range.from), floating(range.to), true, (date) => {
      keep(wallClock(date));
      return true;
    });
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    if (!error.complete)
      throw new GuanaiError([
        issue('work_limit', [], { what: 'recurrenceSteps', limit: range.maxSteps }),
      ]);
  }
}

/** Make reading `interval` throw {@link Stop} once rrule.js has stepped `periods` periods. */
function meter(parsed: { interval: number }, periods: number, complete: boolean): void {
  const { interval } = parsed;
  let reads = 2 * Math.max(periods, 1) + 1;
  Object.defineProperty(parsed, 'interval', {
    get() {
      if (reads-- === 0) throw new Stop(complete);
      return interval;
    },
  });
}
