import { type Issue, issue } from '../errors/index.js';
import type { DecodedText } from './decodeText.js';

/**
 * A cell a spreadsheet would run as a formula (CSV injection) is written with a leading `'`; so
 * is a cell that starts with `'` itself, so that reading takes exactly one `'` off again.
 */
const QUOTE_MARKED = /^'[=+\-@\t\r']/;
const QUOTE_MARK = 39;

/**
 * Take the `'` off each cell of a CSV row that `writeLedgerCsv` marked so (in place): only rows
 * with a cell that starts with `'` need it.
 * @internal
 */
export function takeQuoteMarks(row: string[]): void {
  for (let i = 0; i < row.length; i++) {
    const cell = row[i] as string;
    if (cell.charCodeAt(0) === QUOTE_MARK && QUOTE_MARKED.test(cell)) row[i] = cell.slice(1);
  }
}

/**
 * What makes a CSV row no record before its cells are read: a quote left open, which may have
 * swallowed what follows (`csv_quote`); else, in a text decoded with losses (`lossyEncoding`
 * names its encoding), a character it could not decode (`csv_encoding`).
 * @internal
 */
export function csvRowIssue(
  row: readonly string[],
  badQuote: boolean,
  lossyEncoding: DecodedText['encoding'] | undefined,
): Issue | undefined {
  if (badQuote) return issue('csv_quote', [], {});
  if (lossyEncoding !== undefined && row.some((cell) => cell.includes('\uFFFD')))
    return issue('csv_encoding', [], { encoding: lossyEncoding });
  return undefined;
}
