import { type ArgumentRule, GuanaiError, issue } from '../errors/index.js';

/**
 * Throw `invalid_argument` (path `[name]`) unless the option `value` is a safe integer of at
 * least `minimum` (0: rule `nonNegativeInteger`, 1: `positiveInteger`). NaN, Infinity, 2.5 and
 * -1 all fail: a limit option must never switch its guard off by comparing false.
 * @internal
 */
export function requireCountOption(value: unknown, name: string, minimum: 0 | 1): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= minimum) return value;
  const rule: ArgumentRule = minimum === 0 ? 'nonNegativeInteger' : 'positiveInteger';
  throw new GuanaiError([issue('invalid_argument', [name], { name, rule })]);
}

/**
 * Throw `invalid_argument` (rule `object`) unless `value` is an options object (not null, not
 * an array), so that reading an option never throws a TypeError.
 * @internal
 */
export function requireOptionsObject(value: unknown, name = 'options'): void {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new GuanaiError([issue('invalid_argument', [], { name, rule: 'object' })]);
}

/**
 * Throw `invalid_argument` (rule `object`) unless `value` has a holiday calendar's three
 * lookups (`restDayOf`, `isMakeupWorkday`, `covers`): O(1), done once per call that takes a
 * calendar, or when a day lookup breaks — never per day.
 * @internal
 */
export function requireHolidayCalendar(value: unknown, name = 'calendar'): void {
  const calendar = value as Record<string, unknown> | null;
  if (
    typeof calendar !== 'object' ||
    calendar === null ||
    typeof calendar.restDayOf !== 'function' ||
    typeof calendar.isMakeupWorkday !== 'function' ||
    typeof calendar.covers !== 'function'
  )
    throw new GuanaiError([issue('invalid_argument', [], { name, rule: 'object' })]);
}
