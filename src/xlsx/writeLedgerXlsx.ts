import ExcelJS from 'exceljs';
import { GuanaiError, issue } from '../errors/index.js';
import {
  LEDGER_COLUMNS,
  LEDGER_SHEET_NAMES,
  type LedgerColumn,
  type LedgerSheet,
  type WriteLedgerOptions,
  writeLedgerRows,
} from '../io/index.js';
import { xmlSafeText } from './xmlSafeText.js';

/**
 * Write ledger sheets as an Excel workbook (.xlsx), one worksheet per sheet named for its kind
 * (老年人台账, 帮扶人员, 结对帮扶, 走访记录). Dates are date cells, counts are numbers, and ID,
 * phone and code columns are text cells so that the spreadsheet never rounds them. Resident ID
 * numbers and phone numbers are masked unless `mask: false`.
 *
 * @example
 * ```ts
 * const bytes = await writeLedgerXlsx([
 *   { kind: 'elders', records: ledger.elders },
 *   { kind: 'caregivers', records: ledger.caregivers },
 * ]);
 * writeFileSync('台账.xlsx', bytes);
 * ```
 * @category Ledger files
 */
export async function writeLedgerXlsx(
  sheets: LedgerSheet | readonly LedgerSheet[],
  options: WriteLedgerOptions = {},
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheetsOf(sheets)) {
    const [headings = [], ...rows] = writeLedgerRows(sheet, options);
    const names = LEDGER_SHEET_NAMES[sheet.kind];
    const worksheet = workbook.addWorksheet(options?.language === 'en' ? names.en : names.zh, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const columns = LEDGER_COLUMNS[sheet.kind];
    worksheet.columns = headings.map((heading, i) => ({
      header: xmlSafeText(heading),
      width: Math.min(40, Math.max(10, heading.length * 2 + 2)),
      style: columns[i]?.cell === 'date' ? { numFmt: 'yyyy-mm-dd' } : { numFmt: '@' },
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of rows) worksheet.addRow(row.map((text, i) => typedCell(columns[i], text)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** One sheet or a list of them, checked. */
function sheetsOf(sheets: LedgerSheet | readonly LedgerSheet[]): readonly LedgerSheet[] {
  if (Array.isArray(sheets)) return sheets;
  if (typeof sheets === 'object' && sheets !== null) return [sheets as LedgerSheet];
  throw new GuanaiError([
    issue('invalid_argument', ['sheets'], { name: 'sheets', rule: 'object' }),
  ]);
}

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date cell for a date column, a number for a count, text for everything else (and for a
 * value that is not what its column holds, so that nothing is lost), written so XML carries it.
 */
function typedCell(column: LedgerColumn | undefined, text: string): string | number | Date | null {
  if (text === '') return null;
  const date = column?.cell === 'date' && !column.list ? CIVIL_DATE.exec(text) : null;
  if (date) return new Date(Date.UTC(Number(date[1]), Number(date[2]) - 1, Number(date[3])));
  if (column && !column.list && (column.cell === 'integer' || column.cell === 'number')) {
    const value = Number(text);
    if (Number.isFinite(value)) return value;
  }
  return xmlSafeText(text);
}
