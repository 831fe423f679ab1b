import Papa from 'papaparse';
import { type Issue, issue } from '../errors/index.js';
import { decodeText } from './decodeText.js';
import type { LedgerKind } from './ledgerKind.js';
import type { LedgerSheet, LedgerSheetRead } from './ledgerSheet.js';
import { readRows } from './readLedgerRows.js';
import { type WriteLedgerOptions, writeLedgerRows } from './writeLedgerRows.js';

/**
 * A cell a spreadsheet would run as a formula (CSV injection) is written with a leading `'`; so
 * is a cell that starts with `'` itself, so that reading takes exactly one `'` off again.
 */
const NEEDS_QUOTE_MARK = /^[=+\-@\t\r']/;
const QUOTE_MARKED = /^'[=+\-@\t\r']/;

/**
 * Read a ledger CSV file: text, or the file's bytes in UTF-8 or GB18030 (as Excel saves CSV on a
 * Chinese Windows). See `readLedgerRows` for what is checked and returned.
 *
 * @example
 * ```ts
 * const read = readLedgerCsv(readFileSync('台账.csv'), { kind: 'elders' });
 * console.log(read.records.length, 'accepted;', read.invalid.length, 'rows to fix');
 * ```
 * @category Ledger files
 */
export function readLedgerCsv<K extends LedgerKind>(
  file: string | Uint8Array,
  options: { readonly kind: K },
): LedgerSheetRead<K> {
  const text = typeof file === 'string' ? file : decodeText(file);
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    // Blank lines stay, so that row numbers are the file's; readLedgerRows skips them.
    skipEmptyLines: false,
  });
  for (const row of parsed.data)
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] as string;
      if (QUOTE_MARKED.test(cell)) row[i] = cell.slice(1);
    }
  // A quote left open swallows the rows after it into one cell: that row is not a record.
  const rowIssues = new Map<number, Issue>();
  for (const error of parsed.errors)
    if (error.type === 'Quotes' && error.row !== undefined)
      rowIssues.set(error.row, issue('csv_quote', [], {}));
  return readRows(options.kind, parsed.data, rowIssues);
}

/**
 * Write a ledger sheet as CSV text that Excel and WPS open with its Chinese intact (UTF-8 with a
 * byte-order mark, CRLF line ends; `bom: false` leaves the mark out). Resident ID numbers and
 * phone numbers are masked unless `mask: false`; cells a spreadsheet would run as formulas are
 * written with a leading `'`, which `readLedgerCsv` takes off again.
 *
 * @example
 * ```ts
 * writeFileSync('台账.csv', writeLedgerCsv({ kind: 'elders', records: ledger.elders }));
 * ```
 * @category Ledger files
 */
export function writeLedgerCsv(
  sheet: LedgerSheet,
  options: WriteLedgerOptions & { readonly bom?: boolean } = {},
): string {
  const rows = writeLedgerRows(sheet, options).map((row) =>
    row.map((cell) => (NEEDS_QUOTE_MARK.test(cell) ? `'${cell}` : cell)),
  );
  const csv = Papa.unparse(rows, { newline: '\r\n' });
  return `${options.bom === false ? '' : '\uFEFF'}${csv}\r\n`;
}
