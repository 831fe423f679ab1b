import { columnsByHeading } from './headingIndex.js';
import { labelKey } from './labelIndex.js';
import type { LedgerKind } from './ledgerKind.js';
import { parseCsv } from './parseCsv.js';

/**
 * The delimiters a ledger CSV may use: the comma guanai writes, and the tab and semicolon some
 * spreadsheets save with.
 * @example
 * ```ts
 * const delimiter: CsvDelimiter = ';';
 * ```
 * @category Ledger files
 */
export type CsvDelimiter = ',' | '\t' | ';';

const CANDIDATES: readonly CsvDelimiter[] = [',', '\t', ';'];
/** The heading row is read within this many characters: headings are short. */
const HEADING_SCAN = 64 * 1024;

/**
 * The delimiter of a ledger CSV, decided from its heading row alone — the one row whose content
 * guanai knows: the candidate that splits it into the most known headings, the comma on a tie.
 * Data rows never vote, so a note full of semicolons cannot turn the file around.
 * @internal
 */
export function csvDelimiterOf(text: string, kind: LedgerKind): CsvDelimiter {
  const known = columnsByHeading(kind);
  const heading = firstLine(text.slice(0, HEADING_SCAN));
  let best: CsvDelimiter = ',';
  let bestCount = -1;
  for (const delimiter of CANDIDATES) {
    const headings = parseCsv(heading, delimiter).rows[0] ?? [];
    let count = 0;
    for (const heading of headings) if (known.has(labelKey(heading))) count++;
    if (count > bestCount) {
      best = delimiter;
      bestCount = count;
    }
  }
  return best;
}

/** The text up to the first line break (headings hold none). */
function firstLine(text: string): string {
  const end = text.search(/[\r\n]/);
  return end === -1 ? text : text.slice(0, end);
}

/** `delimiter`, or undefined when it is none of the delimiters a ledger CSV may use. @internal */
export const isCsvDelimiter = (delimiter: unknown): delimiter is CsvDelimiter =>
  CANDIDATES.includes(delimiter as CsvDelimiter);
