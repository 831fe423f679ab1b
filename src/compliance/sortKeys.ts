/**
 * Integers that order civil days and times as their strings do, for loops that compare
 * millions of them: a number compares in one instruction, a string character by character.
 * They read the characters of a well-formed `YYYY-MM-DD` or `HH:mm` without checking it (the
 * callers take typed values); anything but a string throws a TypeError for `diagnosed`.
 * @internal
 * @module
 */

const ZERO = 48;
const digit = (text: string, at: number) => text.charCodeAt(at) - ZERO;

/** `YYYY-MM-DD` as `year·512 + month·32 + day`: the same order, no calendar arithmetic. @internal */
export function daySortKey(date: string): number {
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  return year * 512 + month * 32 + digit(date, 8) * 10 + digit(date, 9);
}

/** `HH:mm` as 1 + minutes since midnight; no time (`undefined`) is 0, before any time. @internal */
export function timeSortKey(time: string | undefined): number {
  if (time === undefined) return 0;
  return 1 + (digit(time, 0) * 10 + digit(time, 1)) * 60 + digit(time, 3) * 10 + digit(time, 4);
}

/**
 * The number of distinct `timeSortKey` values: a day's times fit in
 * `daySortKey · TIMES + timeSortKey`. @internal
 */
export const TIMES = 24 * 60 + 1;
