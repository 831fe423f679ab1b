import * as z from 'zod';
import { parseCivil } from '../_lib/civilDate.js';
import { reportIssue } from '../errors/index.js';

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?$/;

/**
 * A local date and time in China without an offset, `YYYY-MM-DDTHH:mm` or
 * `YYYY-MM-DDTHH:mm:ss` (China has had no daylight saving since 1991, so this names one
 * instant at UTC+8).
 *
 * @example
 * ```ts
 * PlainDateTime.parse('2026-10-29T09:30');
 * ```
 * @category Time
 */
export const PlainDateTime = /* @__PURE__ */ z
  .string()
  .superRefine((text, ctx) => {
    const match = DATE_TIME.exec(text);
    if (!match || !parseCivil(match[1] ?? '')) {
      reportIssue(ctx, text, 'invalid_plain_date_time', { value: text });
    }
  })
  .brand<'PlainDateTime'>();

/** A checked local date-time string. @category Time */
export type PlainDateTime = z.infer<typeof PlainDateTime>;
