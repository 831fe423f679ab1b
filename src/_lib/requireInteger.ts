import { GuanaiError, issue } from '../errors/index.js';

/**
 * Throw `invalid_argument` (rule `integer`) unless `value` is a safe integer: day and month
 * counts must be whole, or a date string would come out malformed.
 * @internal
 */
export function requireInteger(value: number, name: string): void {
  if (!Number.isSafeInteger(value))
    throw new GuanaiError([issue('invalid_argument', [], { name, rule: 'integer' })]);
}

/**
 * Throw `invalid_argument` (rule `integer`) unless `value` is a number at all: a year of a
 * table that is a number but not one of its years gets the table's own range error instead.
 * @internal
 */
export function requireNumber(value: unknown, name: string): void {
  if (typeof value !== 'number')
    throw new GuanaiError([issue('invalid_argument', [], { name, rule: 'integer' })]);
}
