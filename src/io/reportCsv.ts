import Papa from 'papaparse';
import type { ReportSheet } from '../i18n/index.js';
import { type ReportInput, type ReportTableOptions, reportTables } from './reportTables.js';

/** A cell a spreadsheet would run as a formula gets a leading `'`, as in `writeLedgerCsv`. */
const NEEDS_QUOTE_MARK = /^[=+\-@\t\r']/;

/**
 * The report's tables as CSV texts, one per table the report carries (`ledger`, `supervision`,
 * `holders`, `responsibilities`): the heading row and the rows of `reportTables`, UTF-8 with a
 * byte-order mark (`bom: false` leaves it out) and CRLF line ends, so that Excel and WPS open the
 * Chinese intact; a cell that starts like a formula gets a leading `'`. A CSV file has no title:
 * the responsibility list is one table with the village in its first columns.
 *
 * @example
 * ```ts
 * const files = reportCsv({ asOf, ledger: ledgerReport(elders, { asOf }) });
 * writeFileSync('台账统计.csv', files.ledger ?? '');
 * ```
 * @category Ledger files
 */
export function reportCsv(
  report: ReportInput,
  options: ReportTableOptions & { readonly bom?: boolean } = {},
): Partial<Record<ReportSheet, string>> {
  const files: Partial<Record<ReportSheet, string>> = {};
  for (const table of reportTables(report, options)) {
    const rows = [table.header, ...table.rows].map((row) =>
      row.map((cell) =>
        typeof cell === 'string' && NEEDS_QUOTE_MARK.test(cell) ? `'${cell}` : String(cell),
      ),
    );
    const csv = Papa.unparse(rows, { delimiter: ',', newline: '\r\n' });
    files[table.sheet] = `${options.bom === false ? '' : '\uFEFF'}${csv}\r\n`;
  }
  return files;
}
