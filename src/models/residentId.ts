import * as z from 'zod';
import { parseCivil } from '../_lib/civilDate.js';
import { toHalfWidth } from '../_lib/halfWidth.js';
import { GuanaiError, issue, reportIssue } from '../errors/index.js';

/** GB 11643-1999 weights for the first 17 digits. */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
/** Earlier birth years cannot belong to anyone a ledger holds (the scheme began in 1984). */
const EARLIEST_BIRTH_YEAR = 1850;
/** An 18-character (second-generation) number's form: 17 digits and a digit or X. */
const SECOND_GENERATION = /^\d{17}[\dX]$/;
/** Check character for each value of the weighted sum mod 11. */
const CHECK = '10X98765432';

/**
 * The check character (0–9 or X) of the first 17 digits of a resident ID number
 * (GB 11643-1999, ISO 7064 MOD 11-2).
 *
 * @example
 * ```ts
 * residentIdCheckCharacter('11010519491231002'); // 'X'
 * ```
 * @category Identity
 */
export function residentIdCheckCharacter(first17: string): string {
  if (typeof first17 !== 'string' || !/^\d{17}/.test(first17)) {
    const length = typeof first17 === 'string' ? first17.length : 0;
    throw new GuanaiError([issue('resident_id_format', [], { length })]);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charCodeAt(i) - 48) * (WEIGHTS[i] ?? 0);
  return CHECK.charAt(sum % 11);
}

/** Full-width digits and X become ASCII, spaces go, a lower-case x becomes X. */
function normaliseText(text: string): string {
  return toHalfWidth(text).replace(/\s/g, '').toUpperCase();
}

/**
 * A citizen's resident ID number (公民身份号码, GB 11643-1999), stored in its 18-character
 * form. On input, full-width characters and a lower-case x are normalised, a 15-digit
 * first-generation number is upgraded (19 inserted before the birth year, check character
 * computed), the check character is verified and the birth date must exist. The area code
 * is not checked against today's list, because division codes change over time.
 *
 * Treat it as sensitive personal data (PIPL art. 28): show it with {@link maskResidentId}.
 *
 * @example
 * ```ts
 * ResidentIdNumber.parse('11010519491231002x'); // '11010519491231002X'
 * ResidentIdNumber.parse('110105491231002');    // '11010519491231002X'
 * ResidentIdNumber.safeParse('110105194912310021').success; // false: resident_id_checksum
 * ```
 * @category Identity
 */
export const ResidentIdNumber = /* @__PURE__ */ z
  .string()
  .transform((raw, ctx) => {
    // A number as a ledger holds it (18 ASCII characters, X upper-case) needs no normalising.
    const isFormed = SECOND_GENERATION.test(raw);
    const text = isFormed ? raw : normaliseText(raw);
    const isFirstGeneration = !isFormed && /^\d{15}$/.test(text);
    if (!isFirstGeneration && !isFormed && !SECOND_GENERATION.test(text)) {
      reportIssue(ctx, raw, 'resident_id_format', { length: text.length });
      return z.NEVER;
    }
    // First-generation numbers (1984–2004) left out the century and the check character.
    const first17 = isFirstGeneration ? `${text.slice(0, 6)}19${text.slice(6)}` : text.slice(0, 17);
    const digits = first17.slice(6, 14);
    const birth = parseCivil(`${digits.slice(0, 4)}-${digits.slice(4, 6)}-${digits.slice(6, 8)}`);
    if (!birth || birth.year < EARLIEST_BIRTH_YEAR) {
      reportIssue(ctx, raw, 'resident_id_birth_date', { digits });
      return z.NEVER;
    }
    const expected = residentIdCheckCharacter(first17);
    if (!isFirstGeneration && text.charAt(17) !== expected) {
      reportIssue(ctx, raw, 'resident_id_checksum', { expected, actual: text.charAt(17) });
      return z.NEVER;
    }
    // The checked 18-character text is the number as it is: no second string made of it.
    return isFirstGeneration ? `${first17}${expected}` : text;
  })
  .brand<'ResidentIdNumber'>();

/** A checked 18-character resident ID number. @category Identity */
export type ResidentIdNumber = z.infer<typeof ResidentIdNumber>;
