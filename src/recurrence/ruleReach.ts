import type { IssueParams } from '../errors/index.js';
import type { RRuleParts } from './rruleText.js';

type Problem = IssueParams['rrule_invalid'];

/**
 * What makes a Gregorian rule one that can never match or that rrule.js cannot finish, from
 * the wall-clock DTSTART `start` (`YYYY-MM-DDTHH:mm:ss`): empty when the rule is fine. Checked
 * when recurrence text is read and when a plan is validated, so such a rule never reaches an
 * expansion. The cases it cannot prove are bounded there instead (`maxSteps`).
 * @internal
 */
export function reachProblems(rule: RRuleParts, start: string): Problem[] {
  if (rule.rscale === 'CHINESE') return [];
  return [...dateProblems(rule, start), ...timeOfDayProblems(rule, start)];
}

/** Days in each month at most (29 February counts: it exists in leap years). */
const LONGEST_MONTHS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ALL_MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/**
 * `neverMatches` when no month the rule allows has a day it asks for: BYMONTH=2;BYMONTHDAY=30,
 * or a monthly rule from the 31st kept to BYMONTH=4 (rrule takes the day of month from
 * DTSTART when no day part is given).
 */
function dateProblems(rule: RRuleParts, start: string): Problem[] {
  const dayParts = rule.byWeekNo || rule.byYearDay || rule.byMonthDay || rule.byDay;
  const fromStart = !dayParts && (rule.freq === 'MONTHLY' || rule.freq === 'YEARLY');
  const days = rule.byMonthDay ?? (fromStart ? [Number(start.slice(8, 10))] : undefined);
  if (!days) return [];
  const months =
    rule.byMonth?.map((m) => m.month) ??
    (fromStart && rule.freq === 'YEARLY' ? [Number(start.slice(5, 7))] : ALL_MONTHS);
  const exists = months.some((month) =>
    days.some((day) => Math.abs(day) <= (LONGEST_MONTHS[month - 1] ?? 0)),
  );
  if (exists) return [];
  const part = [
    rule.byMonth && `BYMONTH=${months.join(',')}`,
    rule.byMonthDay ? `BYMONTHDAY=${days.join(',')}` : `DTSTART day ${days.join(',')}`,
  ]
    .filter(Boolean)
    .join(';');
  return [{ part, problem: 'neverMatches' }];
}

const SECONDS_PER_DAY = 86_400;
const UNIT_SECONDS = { SECONDLY: 1, MINUTELY: 60, HOURLY: 3600 } as const;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * What makes a sub-daily rule one rrule.js cannot finish, given the wall-clock `start`
 * (`YYYY-MM-DDTHH:mm:ss`): empty when the rule is fine.
 *
 * rrule.js steps a HOURLY, MINUTELY or SECONDLY rule through the times DTSTART + k × INTERVAL
 * units and, between two periods, loops without end until a time passes BYHOUR (BYMINUTE,
 * BYSECOND for the finer frequencies): `FREQ=HOURLY;INTERVAL=2;BYHOUR=0` from 09:00 only
 * reaches odd hours and never returns. Those times repeat every day, so whether one passes is
 * decided over one day: none does → `neverMatches`. Where a coarser part limits a finer
 * frequency (BYHOUR on MINUTELY, BYHOUR or BYMINUTE on SECONDLY) rrule.js jumps whole hours or
 * minutes, off the rule's steps unless INTERVAL divides 60 → `unsupported` otherwise. O(one
 * day of steps), at most 86,400 checks.
 */
function timeOfDayProblems(rule: RRuleParts, start: string): Problem[] {
  if (!(rule.freq in UNIT_SECONDS)) return [];
  const freq = rule.freq as keyof typeof UNIT_SECONDS;
  const hours = rule.byHour;
  const minutes = freq === 'HOURLY' ? undefined : rule.byMinute;
  const seconds = freq === 'SECONDLY' ? rule.bySecond : undefined;
  if (!hours && !minutes && !seconds) return [];
  const limited = [
    hours && `BYHOUR=${hours.join(',')}`,
    minutes && `BYMINUTE=${minutes.join(',')}`,
    seconds && `BYSECOND=${seconds.join(',')}`,
  ]
    .filter(Boolean)
    .join(';');
  const jumps = (freq === 'MINUTELY' && hours) || (freq === 'SECONDLY' && (hours || minutes));
  if (jumps && 60 % rule.interval !== 0)
    return [{ part: `INTERVAL=${rule.interval};${limited}`, problem: 'unsupported' }];
  const step = gcd(rule.interval * UNIT_SECONDS[freq], SECONDS_PER_DAY);
  const first =
    (Number(start.slice(11, 13)) * 3600 +
      Number(start.slice(14, 16)) * 60 +
      Number(start.slice(17, 19))) %
    step;
  for (let time = first; time < SECONDS_PER_DAY; time += step) {
    if (hours && !hours.includes(Math.floor(time / 3600))) continue;
    if (minutes && !minutes.includes(Math.floor(time / 60) % 60)) continue;
    if (seconds && !seconds.includes(time % 60)) continue;
    return [];
  }
  return [{ part: `FREQ=${freq};INTERVAL=${rule.interval};${limited}`, problem: 'neverMatches' }];
}
