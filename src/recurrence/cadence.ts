import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { FestivalKey } from '../calendar/index.js';
import { reportIssue } from '../errors/index.js';
import { IsoWeekday } from '../models/index.js';

const interval = /* @__PURE__ */ z.int().min(1).max(52).default(1);

/** An integer in [-limit, limit] other than 0 (counting from the start or from the end). */
function signedOrdinal(limit: number) {
  return z
    .int()
    .min(-limit)
    .max(limit)
    .superRefine((value, ctx) => {
      if (value === 0) reportIssue(ctx, value, 'zero_not_allowed', {});
    }, afterFieldsPass);
}

/** A list without repeats: a weekday or month named twice is a slip worth reporting. */
function distinct<T extends z.ZodType<number | string>>(item: T) {
  return z
    .array(item)
    .min(1)
    .superRefine((values, ctx) => {
      values.forEach((value, index) => {
        if (values.indexOf(value) !== index)
          reportIssue(ctx, value, 'duplicate_value', { value: String(value) }, [index]);
      });
    }, afterFieldsPass);
}

/**
 * What to do when a monthly or yearly day does not exist in a month (the 31st in April, 29
 * February in a common year, 三十 in a 29-day lunar month): `clamp` to the month's last day (the
 * default: a visit planned for month-end still happens) or `skip` that month (as RFC 5545 does).
 * @example
 * ```ts
 * Cadence.parse({ type: 'monthlyDay', day: 31, shortMonth: 'skip' }); // no visit in April
 * ```
 * @category Cadences
 */
export const ShortMonth = /* @__PURE__ */ z.enum(['clamp', 'skip']);
/** @category Cadences */
export type ShortMonth = z.infer<typeof ShortMonth>;

/**
 * Calendar periods a quota counts in: ISO weeks (Monday to Sunday), months, quarters, half
 * years and years.
 * @example
 * ```ts
 * QuotaPeriod.parse('quarter');
 * ```
 * @category Cadences
 */
export const QuotaPeriod = /* @__PURE__ */ z.enum(['week', 'month', 'quarter', 'halfYear', 'year']);
/** @category Cadences */
export type QuotaPeriod = z.infer<typeof QuotaPeriod>;

/**
 * How often a plan's visits fall due (spec §5). Every kind is a plain object told apart by
 * `type`:
 *
 * - `quota` — at least `count` visits in each week, month, quarter, half year or year, on any
 *   day of it: the text's commonest form (「每周走访一次」 K01, 「每月……一次」 K02, 「每月至少走访
 *   一次」 K03). `months` keeps only the periods that start in those months: the census 「每年春季
 *   (3月)、秋季(9月)」 (K31) is a monthly quota in months 3 and 9. A quota's window is its period.
 * - `weekly` — on the given ISO weekdays, every `interval` weeks counted from the plan's first
 *   week.
 * - `monthlyDay` — on day `day` of the month (negative: from the month's end, -1 = last day),
 *   every `interval` months counted from the plan's first month; `shortMonth` says what a month
 *   without that day does.
 * - `monthlyWeekday` — on the `nth` ISO weekday of the month (1–5, or -1 = last … -5); a month
 *   without a fifth such weekday has no visit.
 * - `yearly` — on given civil dates each year (3月15日 学雷锋 activities).
 * - `lunarYearly` — on a lunar date each lunar year (九月初九); never in a leap month.
 * - `festival` — on named festivals (春节, 中秋, 重阳, 国庆 …), `offsetDays` before (negative)
 *   or after: 「逢年过节开展上门慰问」 (K23). A festival visit keeps its date on holidays.
 * - `rolling` — `days` days after the last completed visit (the first on the plan's first day):
 *   the due date moves with what happened, so it is computed per elder from records.
 * - `rrule` — any RFC 5545 RRULE (e.g. `FREQ=MONTHLY;BYDAY=-1FR`), with `RSCALE=CHINESE` for
 *   lunar rules (RFC 7529); the plan's first day is its DTSTART.
 *
 * @example
 * ```ts
 * Cadence.parse({ type: 'quota', period: 'week' });                 // 每周一次
 * Cadence.parse({ type: 'quota', period: 'month', months: [3, 9] }); // 每年3月、9月
 * Cadence.parse({ type: 'monthlyDay', day: -1 });                   // the last day of each month
 * Cadence.parse({ type: 'festival', festivals: ['doubleNinth'] });  // 重阳
 * ```
 * @category Cadences
 */
export const Cadence = /* @__PURE__ */ z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('quota'),
    period: QuotaPeriod,
    count: z.int().min(1).max(31).default(1),
    months: distinct(z.int().min(1).max(12)).optional(),
  }),
  z.strictObject({
    type: z.literal('weekly'),
    weekdays: distinct(IsoWeekday),
    interval,
  }),
  z.strictObject({
    type: z.literal('monthlyDay'),
    day: signedOrdinal(31),
    interval,
    shortMonth: ShortMonth.default('clamp'),
  }),
  z.strictObject({
    type: z.literal('monthlyWeekday'),
    weekday: IsoWeekday,
    nth: signedOrdinal(5),
    interval,
  }),
  z.strictObject({
    type: z.literal('yearly'),
    dates: z
      .array(z.strictObject({ month: z.int().min(1).max(12), day: z.int().min(1).max(31) }))
      .min(1),
    shortMonth: ShortMonth.default('clamp'),
  }),
  z.strictObject({
    type: z.literal('lunarYearly'),
    month: z.int().min(1).max(12),
    day: z.int().min(1).max(30),
    shortMonth: ShortMonth.default('clamp'),
  }),
  z.strictObject({
    type: z.literal('festival'),
    festivals: distinct(FestivalKey),
    offsetDays: z.int().min(-30).max(30).default(0),
  }),
  z.strictObject({
    type: z.literal('rolling'),
    days: z.int().min(1).max(366),
  }),
  z.strictObject({
    type: z.literal('rrule'),
    rule: z.string().trim().min(1).max(1000),
  }),
]);
/** @category Cadences */
export type Cadence = z.infer<typeof Cadence>;
/** A cadence as written, defaults not yet applied. @category Cadences */
export type CadenceInput = z.input<typeof Cadence>;
