import * as z from 'zod';
import { parseCivil } from '../_lib/civilDate.js';
import { reportIssue } from '../errors/index.js';

/**
 * A civil date in China, `YYYY-MM-DD`, naming a day that exists (2024-02-29 yes,
 * 2023-02-29 no). Models never hold `Date` objects, so no host time zone can shift a day.
 *
 * @example
 * ```ts
 * PlainDate.parse('2026-09-18'); // '2026-09-18' as PlainDate
 * PlainDate.safeParse('2026-02-30').success; // false: invalid_plain_date
 * ```
 * @category Time
 */
export const PlainDate = /* @__PURE__ */ z
  .string()
  .superRefine((text, ctx) => {
    if (!parseCivil(text)) reportIssue(ctx, text, 'invalid_plain_date', { value: text });
  })
  .brand<'PlainDate'>();

/** A civil date string `YYYY-MM-DD` that has been checked. @category Time */
export type PlainDate = z.infer<typeof PlainDate>;
