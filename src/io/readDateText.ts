import { toHalfWidth } from '../_lib/halfWidth.js';
import { isPlainDate, type PlainDate } from '../models/index.js';

/** Year, month and day as officials type them: 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日. */
const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The civil date a cell's text names, or undefined when it names none (a day that does not
 * exist, such as 2023/2/29, names none). Full-width digits are read as digits.
 * @internal
 */
export function readDateText(text: string): PlainDate | undefined {
  const plain = toHalfWidth(text).trim();
  // A day written as guanai writes it (2024-03-15) is checked as it is.
  if (ISO_DAY.test(plain)) return isPlainDate(plain) ? plain : undefined;
  const match = SEPARATED.exec(plain) ?? COMPACT.exec(plain);
  if (!match) return undefined;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isPlainDate(date) ? date : undefined;
}

/** The civil date of a spreadsheet date cell, read in UTC as spreadsheet libraries store them. @internal */
export function dateOfCell(value: Date): PlainDate | undefined {
  if (Number.isNaN(value.getTime())) return undefined;
  const year = value.getUTCFullYear();
  // What toISOString gives, without it: it cost a quarter of reading a date cell.
  const text =
    year >= 1000 && year <= 9999
      ? `${year}-${twoDigits(value.getUTCMonth() + 1)}-${twoDigits(value.getUTCDate())}`
      : value.toISOString().slice(0, 10);
  return isPlainDate(text) ? text : undefined;
}

const twoDigits = (n: number): string => (n < 10 ? `0${n}` : String(n));
