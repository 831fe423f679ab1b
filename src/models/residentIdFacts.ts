import { parseCivil } from '../_lib/civilDate.js';
import { GuanaiError, issue } from '../errors/index.js';
import type { Sex } from './contact.js';
import type { PlainDate } from './plainDate.js';
import type { ResidentIdNumber } from './residentId.js';

/**
 * What a resident ID number says about its holder.
 * @category Identity
 */
export interface ResidentIdFacts {
  /** The six-digit division code where the number was issued (not necessarily today's). */
  readonly areaCode: string;
  readonly birthDate: PlainDate;
  /** From the sequence code: odd for male, even for female. */
  readonly sex: Sex;
}

/**
 * The issuing area, birth date and sex encoded in a checked resident ID number.
 *
 * @example
 * ```ts
 * residentIdFacts(ResidentIdNumber.parse('11010519491231002X'));
 * // { areaCode: '110105', birthDate: '1949-12-31', sex: 'female' }
 * ```
 * @category Identity
 */
export function residentIdFacts(id: ResidentIdNumber): ResidentIdFacts {
  if (typeof id !== 'string' || !/^\d{17}[\dX]$/.test(id)) {
    const length = typeof id === 'string' ? id.length : 0;
    throw new GuanaiError([issue('resident_id_format', [], { length })]);
  }
  // Digits parseCivil accepts are already the date as formatted: no second string made of it.
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  if (!parseCivil(birthDate))
    throw new GuanaiError([issue('resident_id_birth_date', [], { digits: id.slice(6, 14) })]);
  return {
    areaCode: id.slice(0, 6),
    birthDate: birthDate as PlainDate,
    // The sequence code's digit has the parity of its character code ('0' is 48).
    sex: id.charCodeAt(16) % 2 === 1 ? 'male' : 'female',
  };
}
