import Papa from 'papaparse';
import { GuanaiError, type Issue, issue } from '../errors/index.js';
import { type CsvDelimiter, csvDelimiterOf, isCsvDelimiter } from './csvDelimiter.js';
import { csvRowIssue, takeQuoteMarks } from './csvLedgerRow.js';
import { type DecodedText, decodeText } from './decodeText.js';
import { cellOptionsOf, type LedgerCellOptions } from './ledgerCellOptions.js';
import { type LedgerFactOptions, ledgerFactOptions } from './ledgerFactOptions.js';
import { checkLedgerKind, type LedgerKind } from './ledgerKind.js';
import { checkSize, type LedgerReadLimits, ledgerReadLimits } from './ledgerReadLimits.js';
import type { LedgerSheet, LedgerSheetRead } from './ledgerSheet.js';
import { parseCsv } from './parseCsv.js';
import { readTextRows } from './readLedgerRows.js';
import { streamLedgerCsv } from './streamLedgerCsv.js';
import { type WriteLedgerOptions, writeLedgerRows } from './writeLedgerRows.js';

/**
 * A cell a spreadsheet would run as a formula (CSV injection) is written with a leading `'`; so
 * is a cell that starts with `'` itself, so that reading takes exactly one `'` off again.
 */
const NEEDS_QUOTE_MARK = /^[=+\-@\t\r']/;

/**
 * Options of {@link readLedgerCsv}: the kind of ledger; the delimiter when it is not to be
 * decided from the heading row (`,` `\t` or `;`); limits on the file's size (see
 * {@link LedgerReadLimits}); the places and the reporting day group cells are read against
 * (see `LedgerCellOptions`); how bad facts and unlisted lists are read (`strict`,
 * `listsComplete`: see {@link LedgerFactOptions}).
 * @example
 * ```ts
 * const options: ReadLedgerCsvOptions<'elders'> = { kind: 'elders', delimiter: ';' };
 * ```
 * @category Ledger files
 */
export interface ReadLedgerCsvOptions<K extends LedgerKind>
  extends LedgerCellOptions,
    LedgerFactOptions {
  readonly kind: K;
  readonly delimiter?: CsvDelimiter;
  readonly limits?: LedgerReadLimits;
  /**
   * For an elders' ledger: a children file (text or bytes) with one row per child, joined to its
   * elder by 老人编号 or 老人身份证号. Its rows' issues come back with `sheet: 'children'`.
   */
  readonly children?: string | Uint8Array;
}

/** The name a children CSV goes by in issues (`LedgerFileRow.sheet`). */
const CHILDREN_CSV = 'children';

/**
 * Read a ledger CSV file: text, or the file's bytes in UTF-8 or GB18030 (as Excel saves CSV on a
 * Chinese Windows). See `readLedgerRows` for what is checked and returned: since issue 16 a bad
 * fact cell leaves that fact unknown with a warning and keeps the elder (`strict: true` rejects
 * the row as before). For an elders'
 * ledger, children on rows of their own below their elder (the elder's cells left blank or
 * copied down) are folded into the elder's row, and a `children` file — one row per child, keyed
 * by 老人编号 or 老人身份证号 — is joined to its elders; its rows that match no elder come back in
 * `invalid` with `sheet: 'children'`.
 *
 * The delimiter is decided from the heading row (the one that names the most known columns:
 * `,` `\t` or `;`, the comma on a tie) unless `delimiter` says it. Lines may end in CRLF, LF or
 * a lone CR. A row whose quote is left open or out of place is returned in `invalid` with
 * `csv_quote` — the heading row too, as row 1 — and the rows after it are read as rows. Bytes
 * that are valid in neither UTF-8 nor GB18030 make their row invalid with `csv_encoding`, never
 * a record of mojibake. Throws a `GuanaiError` (`input_too_large`) past `limits`.
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
  options: ReadLedgerCsvOptions<K>,
): LedgerSheetRead<K> {
  const { kind, delimiter, limits, children } = checkCsvOptions(options);
  const resolved = ledgerReadLimits(limits);
  // Checked before the file is read: a bad option is reported first, whichever way it is read.
  cellOptionsOf(options);
  ledgerFactOptions(options);
  const decoded = csvText(file, 'file', resolved);
  const separator = delimiter ?? csvDelimiterOf(decoded.text, kind);
  if (children === undefined) {
    const lossy = decoded.lossy ? decoded.encoding : undefined;
    const read = streamLedgerCsv(kind, decoded.text, separator, lossy, resolved, options);
    if (read) return read;
  }
  const table = csvTable(decoded, separator);
  const childTable =
    children === undefined ? undefined : childCsvTable(children, kind, delimiter, resolved);
  return readTextRows(
    kind,
    table.rows,
    table.rowIssues,
    resolved,
    options,
    childTable && { ...childTable, sheet: CHILDREN_CSV },
  );
}

/** A CSV file's text: checked, its size too, decoded, without a byte-order mark. */
function csvText(
  file: string | Uint8Array,
  name: 'file' | 'children',
  resolved: Readonly<Required<LedgerReadLimits>>,
): DecodedText {
  if (typeof file !== 'string' && !(file instanceof Uint8Array))
    throw new GuanaiError([issue('invalid_argument', [name], { name, rule: 'fileContent' })]);
  checkSize(
    'fileBytes',
    typeof file === 'string' ? file.length : file.byteLength,
    resolved.fileBytes,
  );
  const decoded: DecodedText =
    typeof file === 'string' ? { text: file, encoding: 'UTF-8', lossy: false } : decodeText(file);
  return { ...decoded, text: decoded.text.replace(/^\uFEFF/, '') };
}

/** A children CSV file's rows, with the issues found on rows before their cells. */
function childCsvTable(
  file: string | Uint8Array,
  kind: LedgerKind,
  delimiter: CsvDelimiter | undefined,
  resolved: Readonly<Required<LedgerReadLimits>>,
): { rows: string[][]; rowIssues: Map<number, Issue> } {
  const decoded = csvText(file, 'children', resolved);
  return csvTable(decoded, delimiter ?? csvDelimiterOf(decoded.text, kind));
}

/** A decoded CSV text's rows, with the issues found on rows before their cells. */
function csvTable(
  decoded: DecodedText,
  delimiter: CsvDelimiter,
): { rows: string[][]; rowIssues: Map<number, Issue> } {
  const parsed = parseCsv(decoded.text, delimiter);
  const rows = parsed.rows;
  // Only rows with a cell that starts with ' are looked at cell by cell.
  for (const index of parsed.quoteMarkRows) takeQuoteMarks(rows[index] as string[]);
  const rowIssues = new Map<number, Issue>();
  const lossy = decoded.lossy ? decoded.encoding : undefined;
  for (let index = 0; index < rows.length; index++) {
    if (!lossy && !parsed.badQuoteRows.has(index)) continue;
    const found = csvRowIssue(rows[index] as string[], parsed.badQuoteRows.has(index), lossy);
    if (found) rowIssues.set(index, found);
  }
  return { rows, rowIssues };
}

/** The options, checked: a coded error for a kind or delimiter guanai does not know. */
function checkCsvOptions<K extends LedgerKind>(options: ReadLedgerCsvOptions<K>) {
  if (typeof options !== 'object' || options === null)
    throw new GuanaiError([
      issue('invalid_argument', ['options'], { name: 'options', rule: 'object' }),
    ]);
  checkLedgerKind(options.kind);
  if (options.delimiter !== undefined && !isCsvDelimiter(options.delimiter))
    throw new GuanaiError([
      issue('invalid_argument', ['delimiter'], { name: 'delimiter', rule: 'csvDelimiter' }),
    ]);
  if (options.children !== undefined && options.kind !== 'elders')
    throw new GuanaiError([
      issue('invalid_argument', ['children'], { name: 'children', rule: 'eldersOnly' }),
    ]);
  return options;
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
  const csv = Papa.unparse(rows, { delimiter: ',', newline: '\r\n' });
  return `${options.bom === false ? '' : '\uFEFF'}${csv}\r\n`;
}
