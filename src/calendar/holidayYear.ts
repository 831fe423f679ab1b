import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { reportIssue } from '../errors/index.js';
import { addDays, isoWeekdayOf, PlainDate } from '../models/index.js';

/**
 * The public holidays of China's State Council arrangements (国务院办公厅关于部分节假日安排的通知):
 * 元旦 `newYearsDay`, 春节 `springFestival`, 清明节 `qingming`, 劳动节 `labourDay`, 端午节
 * `dragonBoat`, 中秋节 `midAutumn`, 国庆节 `nationalDay`; the one-off days 2020 春节延长
 * `springFestivalExtension` and 2015 抗战胜利70周年纪念日 `victoryDay`; and `local` for a
 * province's or county's own rest days added by the host app.
 *
 * @example
 * ```ts
 * HolidayKey.parse('midAutumn');
 * ```
 * @category Holidays
 */
export const HolidayKey = /* @__PURE__ */ z.enum([
  'newYearsDay',
  'springFestival',
  'qingming',
  'labourDay',
  'dragonBoat',
  'midAutumn',
  'nationalDay',
  'springFestivalExtension',
  'victoryDay',
  'local',
]);
/** @category Holidays */
export type HolidayKey = z.infer<typeof HolidayKey>;

/**
 * A run of consecutive rest days for one holiday, both ends included.
 *
 * @example
 * ```ts
 * RestDays.parse({ holiday: 'nationalDay', from: '2026-10-01', to: '2026-10-07' });
 * ```
 * @category Holidays
 */
export const RestDays = /* @__PURE__ */ z
  .strictObject({
    holiday: HolidayKey,
    from: PlainDate,
    to: PlainDate,
    /** The name of a `local` holiday as people say it, e.g. 「三月三」. */
    name: z.string().trim().min(1).max(50).optional(),
  })
  .superRefine((run, ctx) => {
    if (run.holiday === 'local' && !run.name)
      reportIssue(ctx, run, 'local_holiday_needs_name', {}, ['name']);
    if (run.to < run.from)
      reportIssue(ctx, run.to, 'range_reversed', { from: run.from, to: run.to }, ['to']);
  }, afterFieldsPass);
/** @category Holidays */
export type RestDays = z.infer<typeof RestDays>;

/**
 * One year's holiday arrangement as the State Council announces it (usually in November or
 * December of the year before): the runs of rest days with their holiday, and the weekend days
 * that become working days (调休上班). Dates may fall just outside `year` (a New Year rest or
 * make-up day in late December belongs to the next year's arrangement). Checked: every date
 * within a month of `year`, make-up days on a Saturday or Sunday, no date listed twice.
 *
 * @example
 * ```ts
 * const y2027 = HolidayYear.parse({
 *   year: 2027,
 *   rest: [{ holiday: 'newYearsDay', from: '2027-01-01', to: '2027-01-03' }],
 *   makeupWorkdays: [],
 * });
 * ```
 * @category Holidays
 */
export const HolidayYear = /* @__PURE__ */ z
  .strictObject({
    year: z.int().min(1950).max(2200),
    /**
     * `national` for the State Council's arrangement (it makes the calendar *know* that year);
     * `local` for a province's or county's extra days on top of it.
     */
    scope: z.enum(['national', 'local']).default('national'),
    rest: z.array(RestDays),
    makeupWorkdays: z.array(PlainDate),
  })
  .superRefine((data, ctx) => {
    const earliest = `${data.year - 1}-12-01`;
    const latest = `${data.year + 1}-01-31`;
    const seen = new Set<string>();
    const note = (date: PlainDate, path: (string | number)[]) => {
      if (seen.has(date)) reportIssue(ctx, date, 'holiday_overlap', { date }, path);
      seen.add(date);
    };
    const inWindow = (date: PlainDate, path: (string | number)[]) => {
      const inside = date >= earliest && date <= latest;
      if (!inside)
        reportIssue(ctx, date, 'holiday_date_outside_year', { date, year: data.year }, path);
      return inside;
    };
    data.rest.forEach((run, r) => {
      // The ends first: a run reaching past the window is reported once, not day by day.
      const ends = [inWindow(run.from, ['rest', r, 'from']), inWindow(run.to, ['rest', r, 'to'])];
      if (ends.includes(false)) return;
      for (let day = run.from; day <= run.to; day = addDays(day, 1)) note(day, ['rest', r]);
    });
    data.makeupWorkdays.forEach((date, w) => {
      if (inWindow(date, ['makeupWorkdays', w])) note(date, ['makeupWorkdays', w]);
      if (isoWeekdayOf(date) < 6)
        reportIssue(ctx, date, 'makeup_workday_not_weekend', { date }, ['makeupWorkdays', w]);
    });
  }, afterFieldsPass);
/** A checked holiday arrangement of one year. @category Holidays */
export type HolidayYear = z.infer<typeof HolidayYear>;
/** A holiday arrangement as written in data or JSON, before checking. @category Holidays */
export type HolidayYearInput = z.input<typeof HolidayYear>;
