import { fromEpochDay, isValidCivil, toEpochDay } from '../_lib/civilDate.js';
import { GuanaiError, type Issue, issue, type Result, type RRuleProblem } from '../errors/index.js';

/** A weekday code of RFC 5545. @category Recurrence rules */
export type WeekdayCode = 'MO' | 'TU' | 'WE' | 'TH' | 'FR' | 'SA' | 'SU';

/** Weekday codes in ISO order: index + 1 is the ISO weekday. @internal */
export const WEEKDAY_CODES: readonly WeekdayCode[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

const FREQUENCIES = [
  'SECONDLY',
  'MINUTELY',
  'HOURLY',
  'DAILY',
  'WEEKLY',
  'MONTHLY',
  'YEARLY',
] as const;

/** The parts a lunar (RSCALE=CHINESE) rule may use here. */
const LUNAR_PARTS = /* @__PURE__ */ new Set([
  'RSCALE',
  'FREQ',
  'INTERVAL',
  'COUNT',
  'UNTIL',
  'BYMONTH',
  'BYMONTHDAY',
  'SKIP',
  'WKST',
]);

/** One BYDAY entry: a weekday, with an ordinal (`2TU`, `-1FR`) or without (`MO`). @category Recurrence rules */
export interface ByDay {
  readonly weekday: WeekdayCode;
  readonly nth?: number;
}

/** One BYMONTH entry; `leap` marks a leap month of a non-Gregorian RSCALE (RFC 7529 `5L`). @category Recurrence rules */
export interface ByMonth {
  readonly month: number;
  readonly leap: boolean;
}

/**
 * A recurrence rule (the value of an RRULE line), checked and split into its parts. Dates are
 * local wall-clock `YYYY-MM-DDTHH:mm:ss` (a UNTIL in UTC is turned into China time, UTC+8).
 * @category Recurrence rules
 */
export interface RRuleParts {
  readonly freq: (typeof FREQUENCIES)[number];
  readonly interval: number;
  readonly count?: number;
  readonly until?: string;
  readonly bySecond?: readonly number[];
  readonly byMinute?: readonly number[];
  readonly byHour?: readonly number[];
  readonly byDay?: readonly ByDay[];
  readonly byMonthDay?: readonly number[];
  readonly byYearDay?: readonly number[];
  readonly byWeekNo?: readonly number[];
  readonly byMonth?: readonly ByMonth[];
  readonly bySetPos?: readonly number[];
  readonly wkst?: WeekdayCode;
  /** RFC 7529 calendar scale; absent means Gregorian. */
  readonly rscale?: 'GREGORIAN' | 'CHINESE';
  /** RFC 7529: what a date missing in a year or month does (default OMIT). */
  readonly skip?: 'OMIT' | 'BACKWARD' | 'FORWARD';
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Integers in [min, max] (excluding 0 when signed), comma-separated. */
function integers(value: string, min: number, max: number, signed = false): number[] | undefined {
  const out: number[] = [];
  for (const item of value.split(',')) {
    if (!/^[+-]?\d{1,3}$/.test(item)) return undefined;
    const n = Number(item);
    const magnitude = Math.abs(n);
    if (signed ? magnitude < min || magnitude > max : n < min || n > max || item.startsWith('-'))
      return undefined;
    out.push(n);
  }
  return out;
}

/**
 * A DATE (`YYYYMMDD`) or DATE-TIME (`YYYYMMDDTHHMMSS`, `Z` for UTC) value as a local
 * `YYYY-MM-DDTHH:mm:ss`, or undefined when malformed. UTC is turned into China time (UTC+8,
 * no daylight saving since 1991).
 * @internal
 */
export function parseICalDateTime(value: string): string | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h = '00', mi = '00', s = '00', utc] = match;
  let year = Number(y);
  let month = Number(mo);
  let day = Number(d);
  let hour = Number(h);
  if (!isValidCivil(year, month, day) || hour > 23 || Number(mi) > 59 || Number(s) > 59)
    return undefined;
  if (utc) {
    hour += 8;
    if (hour >= 24) {
      hour -= 24;
      ({ year, month, day } = fromEpochDay(toEpochDay({ year, month, day }) + 1));
    }
  }
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${mi}:${s}`;
}

/**
 * Parse an RRULE value (`FREQ=WEEKLY;BYDAY=MO,TH`, an `RRULE:` prefix allowed) into its parts,
 * or every bad part as an `rrule_invalid` issue naming the part (`BYDAY=XX`) and the problem.
 * RFC 7529's `RSCALE` and `SKIP` are understood; a lunar rule may use FREQ=YEARLY or MONTHLY
 * with BYMONTH (`5L` for a leap month) and BYMONTHDAY.
 *
 * @example
 * ```ts
 * const parsed = parseRRule('RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=9');
 * if (parsed.ok) parsed.value.byMonth; // [{ month: 9, leap: false }]
 * parseRRule('FREQ=WEEKLY;BYDAY=XX').ok; // false: rrule_invalid { part: 'BYDAY=XX', problem: 'badValue' }
 * ```
 * @category Recurrence rules
 */
export function parseRRule(text: string): Result<RRuleParts> {
  const { parts, issues } = readRRule(text);
  return parts ? { ok: true, value: parts } : { ok: false, issues };
}

/** {@link parseRRule}'s work: the parts when well-formed, and the issues. @internal */
export function readRRule(text: string): { parts?: RRuleParts; issues: Issue[] } {
  if (typeof text !== 'string')
    throw new GuanaiError([issue('invalid_argument', [], { name: 'text', rule: 'string' })]);
  const issues: Issue[] = [];
  const fail = (part: string, problem: RRuleProblem) =>
    issues.push(issue('rrule_invalid', [], { part, problem }));
  const value = text.trim().replace(/^RRULE:/i, '');
  const parts: Partial<Mutable<RRuleParts>> = {};
  const seen = new Set<string>();
  for (const part of value.split(';')) {
    const match = /^([A-Za-z]+)=(.+)$/.exec(part);
    if (!match) {
      fail(part, 'syntax');
      continue;
    }
    const name = (match[1] as string).toUpperCase();
    const raw = (match[2] as string).toUpperCase();
    if (seen.has(name)) {
      fail(part, 'repeated');
      continue;
    }
    seen.add(name);
    const bad = () => fail(part, 'badValue');
    switch (name) {
      case 'FREQ':
        if ((FREQUENCIES as readonly string[]).includes(raw))
          parts.freq = raw as RRuleParts['freq'];
        else bad();
        break;
      case 'INTERVAL': {
        const n = /^\d{1,4}$/.test(raw) ? Number(raw) : 0;
        if (n >= 1) parts.interval = n;
        else bad();
        break;
      }
      case 'COUNT': {
        const n = /^\d{1,6}$/.test(raw) ? Number(raw) : 0;
        if (n >= 1) parts.count = n;
        else bad();
        break;
      }
      case 'UNTIL': {
        const until = parseICalDateTime(raw);
        if (until) parts.until = until;
        else bad();
        break;
      }
      case 'BYSECOND':
      case 'BYMINUTE':
      case 'BYHOUR': {
        const max = name === 'BYHOUR' ? 23 : name === 'BYMINUTE' ? 59 : 60;
        const list = integers(raw, 0, max);
        if (!list) bad();
        else if (name === 'BYSECOND') parts.bySecond = list;
        else if (name === 'BYMINUTE') parts.byMinute = list;
        else parts.byHour = list;
        break;
      }
      case 'BYMONTHDAY':
      case 'BYYEARDAY':
      case 'BYWEEKNO':
      case 'BYSETPOS': {
        const max = { BYMONTHDAY: 31, BYYEARDAY: 366, BYWEEKNO: 53, BYSETPOS: 366 }[name];
        const list = integers(raw, 1, max, true);
        if (!list) bad();
        else if (name === 'BYMONTHDAY') parts.byMonthDay = list;
        else if (name === 'BYYEARDAY') parts.byYearDay = list;
        else if (name === 'BYWEEKNO') parts.byWeekNo = list;
        else parts.bySetPos = list;
        break;
      }
      case 'BYMONTH': {
        const list: ByMonth[] = [];
        for (const item of raw.split(',')) {
          const m = /^(\d{1,2})(L?)$/.exec(item);
          const month = Number(m?.[1]);
          if (m && month >= 1 && month <= 13) list.push({ month, leap: m[2] === 'L' });
        }
        if (list.length === raw.split(',').length) parts.byMonth = list;
        else bad();
        break;
      }
      case 'BYDAY': {
        const list: ByDay[] = [];
        for (const item of raw.split(',')) {
          const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(item);
          const nth = m?.[1] === undefined ? undefined : Number(m[1]);
          if (!m || nth === 0 || (nth !== undefined && Math.abs(nth) > 53)) continue;
          const weekday = m[2] as WeekdayCode;
          list.push(nth === undefined ? { weekday } : { weekday, nth });
        }
        if (list.length === raw.split(',').length) parts.byDay = list;
        else bad();
        break;
      }
      case 'WKST':
        if ((WEEKDAY_CODES as readonly string[]).includes(raw)) parts.wkst = raw as WeekdayCode;
        else bad();
        break;
      case 'RSCALE':
        if (raw === 'GREGORIAN' || raw === 'CHINESE') parts.rscale = raw;
        else fail(part, 'unsupported');
        break;
      case 'SKIP':
        if (raw === 'OMIT' || raw === 'BACKWARD' || raw === 'FORWARD') parts.skip = raw;
        else bad();
        break;
      default:
        fail(part, 'unknownName');
    }
  }
  if (!parts.freq && !seen.has('FREQ')) fail(value, 'missingFreq');
  if (parts.count !== undefined && parts.until !== undefined) fail(value, 'countWithUntil');
  // SKIP changes what a missing day does only on a non-Gregorian scale here.
  if (parts.skip && parts.rscale !== 'CHINESE')
    fail(`SKIP=${parts.skip}`, parts.rscale ? 'unsupported' : 'skipWithoutRscale');
  // Chinese lunar years have twelve months and a leap month (`5L`), never a thirteenth.
  if (parts.rscale === 'CHINESE' && parts.byMonth?.some((m) => m.month > 12))
    fail('BYMONTH=13', 'badValue');
  const leap = parts.byMonth?.some((m) => m.leap || m.month === 13);
  if (leap && parts.rscale !== 'CHINESE') fail(value, 'leapMonthWithoutRscale');
  if (parts.rscale === 'CHINESE') {
    // Lunar rules here are yearly or monthly on lunar months and days.
    if (parts.freq !== undefined && parts.freq !== 'YEARLY' && parts.freq !== 'MONTHLY')
      fail(`FREQ=${parts.freq}`, 'unsupported');
    for (const name of seen)
      if (!LUNAR_PARTS.has(name)) fail(`${name} with RSCALE=CHINESE`, 'unsupported');
  }
  if (issues.length > 0 || !parts.freq) return { issues };
  return { parts: { interval: 1, ...parts, freq: parts.freq }, issues };
}

/**
 * Write rule parts back as an RRULE value (RSCALE first, as RFC 7529 asks), so that
 * `parseRRule(formatRRule(parts))` gives `parts` again. Parts that do not make a valid rule
 * throw {@link GuanaiError} (`rrule_invalid`, or `invalid_argument` for a value that is not
 * rule parts at all).
 *
 * @example
 * ```ts
 * formatRRule({ freq: 'YEARLY', interval: 1, rscale: 'CHINESE', byMonth: [{ month: 9, leap: false }], byMonthDay: [9] });
 * // 'RSCALE=CHINESE;FREQ=YEARLY;BYMONTHDAY=9;BYMONTH=9'
 * ```
 * @category Recurrence rules
 */
export function formatRRule(parts: RRuleParts): string {
  let text: string;
  try {
    text = writeRRule(parts);
  } catch {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'parts', rule: 'object' })]);
  }
  // Only a rule that reads back is written: parts of the wrong kind are named, not echoed.
  const { issues } = readRRule(text);
  if (issues.length > 0) throw new GuanaiError(issues);
  return text;
}

/** The RRULE text of `parts`, unchecked. */
function writeRRule(parts: RRuleParts): string {
  const out: string[] = [];
  if (parts.rscale) out.push(`RSCALE=${parts.rscale}`);
  out.push(`FREQ=${parts.freq}`);
  if (parts.until) out.push(`UNTIL=${parts.until.replace(/[-:]/g, '')}`);
  if (parts.count !== undefined) out.push(`COUNT=${parts.count}`);
  if (parts.interval !== 1) out.push(`INTERVAL=${parts.interval}`);
  const list = (name: string, values: readonly (number | string)[] | undefined) => {
    if (values) out.push(`${name}=${values.join(',')}`);
  };
  list('BYSECOND', parts.bySecond);
  list('BYMINUTE', parts.byMinute);
  list('BYHOUR', parts.byHour);
  list(
    'BYDAY',
    parts.byDay?.map((d) => `${d.nth ?? ''}${d.weekday}`),
  );
  list('BYMONTHDAY', parts.byMonthDay);
  list('BYYEARDAY', parts.byYearDay);
  list('BYWEEKNO', parts.byWeekNo);
  list(
    'BYMONTH',
    parts.byMonth?.map((m) => `${m.month}${m.leap ? 'L' : ''}`),
  );
  list('BYSETPOS', parts.bySetPos);
  if (parts.wkst) out.push(`WKST=${parts.wkst}`);
  if (parts.skip) out.push(`SKIP=${parts.skip}`);
  return out.join(';');
}
