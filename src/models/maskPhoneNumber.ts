import { areaCodeLength, GuanaiError, issue } from '../errors/index.js';
import type { PhoneNumber } from './contact.js';

/**
 * A phone number for display and export, with the middle hidden (PIPL art. 28): a mobile
 * number keeps its first 3 and last 4 digits, a landline its area code and last 4 digits.
 *
 * @example
 * ```ts
 * maskPhoneNumber(PhoneNumber.parse('13800138000')); // '138****8000'
 * maskPhoneNumber(PhoneNumber.parse('0871-65123456')); // '0871****3456'
 * ```
 * @category Identity
 */
export function maskPhoneNumber(phone: PhoneNumber): string {
  // Callers from plain JavaScript: a coded error rather than a TypeError.
  if (typeof phone !== 'string')
    throw new GuanaiError([issue('invalid_argument', [], { name: 'phone', rule: 'string' })]);
  const keepStart = phone.startsWith('0') ? areaCodeLength(phone) : 3;
  const keepEnd = Math.min(4, phone.length - keepStart - 1);
  return (
    phone.slice(0, keepStart) +
    '*'.repeat(phone.length - keepStart - keepEnd) +
    phone.slice(phone.length - keepEnd)
  );
}

/** Area codes are 010 and 02x (3 digits) or 4 digits elsewhere. */
