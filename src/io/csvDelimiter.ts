import { columnsByHeading } from './headingIndex.js';
import { HEADING_LOOK_AHEAD } from './headingRows.js';
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
 * guanai knows: the candidate that splits a row into the most known headings, the comma on a
 * tie. The heading may follow a title and 填报 lines, so each of the first lines (as many as the
 * heading is looked for in) is tried and the best row counts. Data cells are no headings, so a
 * note full of semicolons cannot turn the file around.
 * @internal
 */
export function csvDelimiterOf(text: string, kind: LedgerKind): CsvDelimiter {
  const known = columnsByHeading(kind);
  const lines = firstLines(text.slice(0, HEADING_SCAN), HEADING_LOOK_AHEAD);
  let best: CsvDelimiter = ',';
  let bestCount = -1;
  for (const delimiter of CANDIDATES) {
    for (const line of lines) {
      const headings = parseCsv(line, delimiter).rows[0] ?? [];
      let count = 0;
      for (const heading of headings) if (known.has(labelKey(heading))) count++;
      if (count > bestCount) {
        best = delimiter;
        bestCount = count;
      }
    }
  }
  return best;
}

/** The first `count` lines of the text (headings hold no line breaks). */
function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  const breaks = /\r\n|\r|\n/g;
  let start = 0;
  while (lines.length < count) {
    const found = breaks.exec(text);
    lines.push(text.slice(start, found ? found.index : text.length));
    if (!found) break;
    start = breaks.lastIndex;
  }
  return lines;
}

/** `delimiter`, or undefined when it is none of the delimiters a ledger CSV may use. @internal */
export const isCsvDelimiter = (delimiter: unknown): delimiter is CsvDelimiter =>
  CANDIDATES.includes(delimiter as CsvDelimiter);
