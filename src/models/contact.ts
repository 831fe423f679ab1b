import * as z from 'zod';
import { toHalfWidth } from '../_lib/halfWidth.js';
import { reportIssue } from '../errors/index.js';

/** Mainland mobile (1[3-9] + 9 digits) or landline with its area code (0 + 9–11 digits). */
const PHONE = /^(?:1[3-9]\d{9}|0\d{9,11})$/;

/**
 * A mainland China phone number: a mobile number, or a landline with its area code.
 * Full-width digits become ASCII; spaces, dashes and brackets are removed, and so is a country
 * prefix (+86, 0086).
 *
 * @example
 * ```ts
 * PhoneNumber.parse('138 0013 8000'); // '13800138000'
 * PhoneNumber.parse('+86 138-0013-8000'); // '13800138000'
 * PhoneNumber.parse('0871-6512 3456'); // '087165123456'
 * ```
 * @category Identity
 */
export const PhoneNumber = /* @__PURE__ */ z
  .string()
  .transform((text) =>
    toHalfWidth(text)
      .replace(/[\s\-()]/g, '')
      .replace(/^(?:\+86|0086)/, ''),
  )
  .pipe(
    z.string().superRefine((text, ctx) => {
      if (!PHONE.test(text)) reportIssue(ctx, text, 'phone_format', {});
    }),
  )
  .brand<'PhoneNumber'>();

/** A checked phone number. @category Identity */
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/**
 * A point on the map in WGS-84 degrees (latitude −90…90, longitude −180…180).
 *
 * @example
 * ```ts
 * Coordinates.parse({ latitude: 25.03, longitude: 102.71 });
 * ```
 * @category Places
 */
export const Coordinates = /* @__PURE__ */ z.strictObject({
  latitude: z.number().min(-90).max(90).transform(withoutNegativeZero),
  longitude: z.number().min(-180).max(180).transform(withoutNegativeZero),
});

/** JSON writes −0 as 0; normalising keeps a parse → JSON → parse round trip exact. */
function withoutNegativeZero(degrees: number): number {
  return degrees === 0 ? 0 : degrees;
}

/** A point on the map. @category Places */
export type Coordinates = z.infer<typeof Coordinates>;

/**
 * The sex recorded for a person (as in the resident ID number).
 * @example
 * ```ts
 * Sex.parse('female');
 * ```
 * @category Identity
 */
export const Sex = /* @__PURE__ */ z.enum(['male', 'female']);
/** @category Identity */
export type Sex = z.infer<typeof Sex>;
