import { toHalfWidth } from '../_lib/halfWidth.js';
import { type Issue, type IssuePath, issue } from '../errors/index.js';
import {
  type AwaySinceBetween,
  addDays,
  addMonths,
  addYears,
  isPlainDate,
  type PlainDate,
} from '../models/index.js';
import { dateOfCell, readDateText } from './readDateText.js';

/** What a 外出时间 cell says: the day the absence began, or the span it began in. @internal */
export interface SinceFacts {
  awaySince?: PlainDate;
  awaySinceBetween?: AwaySinceBetween;
}

/** A month as officials type it: 2023年3月, 2023.03, 2023-03, 2023/3, 202303. */
const MONTH = /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*月?份?|(\d{2}))$/;
/** Away for years, no date given: 常年在外, 长期外出, 常年. */
const YEARS_AWAY = /^(?:常年|长年|长期)(?:在外|外出|务工|在外务工)?$/;
/** A year-month a spreadsheet holds as a number: 1958.1 was typed 1958.1 or 1958.10. */
const AMBIGUOUS_MONTH_NUMBER = /^\d{4}\.1$/;

/**
 * Whether a spreadsheet number cell holds a year and a month that is January or October
 * (1958.1: the trailing 0 of 1958.10 is gone). 1958.12 and 1958.2 are not ambiguous. @internal
 */
export const isAmbiguousMonthNumber = (raw: unknown): boolean =>
  typeof raw === 'number' && AMBIGUOUS_MONTH_NUMBER.test(String(raw));

/**
 * Read a 外出时间 cell (our readings, each documented in the ledger files guide):
 * - a day (2023-03-15, 2023年3月15日, a spreadsheet date) → `awaySince`;
 * - a month (2023年3月, 2023.03, 2023-03, 2023/3, 202303) → `awaySinceBetween` from its first
 *   to its last day: the half-year test stays unknown when its boundary falls in that month;
 * - 常年在外 / 长期外出 / 常年 → `awaySinceBetween: { latest: anchor − 1 year }`: "away all
 *   year round" read as away at least a year before `anchor` (the file's date); with no
 *   anchor, nothing, and `away_date_unanchored`;
 * - a year-month held as a number whose month is 1 (1958.1: January or October?) →
 *   `date_ambiguous`, never a guess.
 * @internal
 */
export function readSince(
  raw: unknown,
  path: IssuePath,
  anchor: PlainDate | undefined,
): { readonly value: SinceFacts; readonly warning?: Issue } | { readonly issue: Issue } {
  if (raw instanceof Date) {
    const date = dateOfCell(raw);
    return date
      ? { value: { awaySince: date } }
      : { issue: issue('invalid_plain_date', path, { value: String(raw) }) };
  }
  const text = toHalfWidth(String(raw)).trim();
  if (isAmbiguousMonthNumber(raw)) return { issue: issue('date_ambiguous', path, { value: text }) };
  const day = readDateText(text);
  if (day) return { value: { awaySince: day } };
  const month = monthSpan(text);
  if (month) return { value: { awaySinceBetween: month } };
  if (YEARS_AWAY.test(text.replace(/\s+/g, ''))) {
    if (!anchor)
      return { value: {}, warning: issue('away_date_unanchored', path, { value: text }) };
    const latest = yearBefore(anchor);
    if (latest) return { value: { awaySinceBetween: { latest } } };
  }
  return { issue: issue('invalid_plain_date', path, { value: text }) };
}

/** The first and last day of the month `text` names, if it names one. @internal */
export function monthSpan(text: string): { earliest: PlainDate; latest: PlainDate } | undefined {
  const match = MONTH.exec(text);
  if (!match) return undefined;
  const month = (match[2] ?? match[3] ?? '').padStart(2, '0');
  const earliest = `${match[1]}-${month}-01`;
  // 9999年12月 has no next month to count back from: its last day is the 31st anyway.
  if (!isPlainDate(earliest)) return undefined;
  if (month === '12') return { earliest, latest: `${match[1]}-12-31` as PlainDate };
  return { earliest, latest: addDays(addMonths(earliest, 1), -1) };
}

/** The same day a year earlier (28 February for 29 February); none before year 1. */
function yearBefore(date: PlainDate): PlainDate | undefined {
  return date.startsWith('0000') || date.startsWith('0001') ? undefined : addYears(date, -1);
}
