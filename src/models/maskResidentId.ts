import { GuanaiError, issue } from '../errors/index.js';
import type { ResidentIdNumber } from './residentId.js';

/**
 * Options of {@link maskResidentId}.
 * @category Identity
 */
export interface MaskResidentIdOptions {
  /** Characters kept at the start (default 6: the area code). */
  readonly keepStart?: number;
  /** Characters kept at the end (default 4). */
  readonly keepEnd?: number;
  /** The character shown instead of each hidden one (default `*`). */
  readonly maskCharacter?: string;
}

/**
 * A resident ID number for display and export, with the middle hidden (PIPL art. 28 treats
 * it as sensitive). By default the first 6 and the last 4 characters stay.
 *
 * @example
 * ```ts
 * maskResidentId(ResidentIdNumber.parse('11010519491231002X')); // '110105********002X'
 * maskResidentId(id, { keepStart: 3, keepEnd: 1 });              // '110**************X'
 * ```
 * @category Identity
 */
export function maskResidentId(id: ResidentIdNumber, options: MaskResidentIdOptions = {}): string {
  // Callers from plain JavaScript: a coded error rather than a TypeError.
  if (typeof id !== 'string')
    throw new GuanaiError([issue('invalid_argument', [], { name: 'id', rule: 'string' })]);
  if (typeof options !== 'object' || options === null)
    throw new GuanaiError([issue('invalid_argument', [], { name: 'options', rule: 'object' })]);
  const { keepStart = 6, keepEnd = 4, maskCharacter = '*' } = options;
  if (typeof maskCharacter !== 'string')
    throw new GuanaiError([
      issue('invalid_argument', [], { name: 'maskCharacter', rule: 'string' }),
    ]);
  if (!Number.isInteger(keepStart) || !Number.isInteger(keepEnd) || keepStart < 0 || keepEnd < 0) {
    throw new GuanaiError([
      issue('invalid_argument', [], { name: 'keepStart/keepEnd', rule: 'nonNegativeInteger' }),
    ]);
  }
  if (keepStart + keepEnd >= id.length) {
    throw new GuanaiError([
      issue('invalid_argument', [], {
        name: 'keepStart/keepEnd',
        rule: 'maskHidesSomething',
      }),
    ]);
  }
  return (
    id.slice(0, keepStart) +
    maskCharacter.repeat(id.length - keepStart - keepEnd) +
    id.slice(id.length - keepEnd)
  );
}
