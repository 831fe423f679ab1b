import * as z from 'zod';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, issue, reportIssue } from '../errors/index.js';

const HH_MM = /^([01]\d|2[0-3]):[0-5]\d$/;

/**
 * A wall-clock time in China, `HH:mm` (00:00–23:59), kept beside a {@link PlainDate}.
 *
 * @example
 * ```ts
 * TimeOfDay.parse('09:30');
 * TimeOfDay.safeParse('24:00').success; // false: invalid_time_of_day
 * ```
 * @category Time
 */
export const TimeOfDay = /* @__PURE__ */ z
  .string()
  .superRefine((text, ctx) => {
    if (!HH_MM.test(text)) reportIssue(ctx, text, 'invalid_time_of_day', { value: text });
  })
  .brand<'TimeOfDay'>();

/** A checked `HH:mm` wall-clock time. @category Time */
export type TimeOfDay = z.infer<typeof TimeOfDay>;

/**
 * Minutes since midnight of a {@link TimeOfDay}. Throws {@link GuanaiError}
 * (`invalid_time_of_day`) for anything that is not an `HH:mm` time.
 *
 * @example
 * ```ts
 * minutesOfDay(TimeOfDay.parse('09:30')); // 570
 * ```
 * @category Time
 */
export function minutesOfDay(time: TimeOfDay): number {
  if (typeof time !== 'string' || !HH_MM.test(time)) {
    throw new GuanaiError([
      issue('invalid_time_of_day', [], {
        value: typeof time === 'string' ? time : jsonTypeOf(time),
      }),
    ]);
  }
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}
