import ExcelJS from 'exceljs';
import {
  LEDGER_COLUMNS,
  LEDGER_SHEET_NAMES,
  type LedgerColumn,
  type LedgerSheet,
  type WriteLedgerOptions,
  writeLedgerRows,
} from '../io/index.js';

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
  const all: readonly LedgerSheet[] = 'kind' in sheets ? [sheets] : sheets;
  for (const sheet of all) {
    const names = LEDGER_SHEET_NAMES[sheet.kind];
    const worksheet = workbook.addWorksheet(options.language === 'en' ? names.en : names.zh, {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    const [headings = [], ...rows] = writeLedgerRows(sheet, options);
    const columns = LEDGER_COLUMNS[sheet.kind];
    worksheet.columns = headings.map((heading, i) => ({
      header: heading,
      width: Math.min(40, Math.max(10, heading.length * 2 + 2)),
      style: columns[i]?.cell === 'date' ? { numFmt: 'yyyy-mm-dd' } : { numFmt: '@' },
    }));
    worksheet.getRow(1).font = { bold: true };
    for (const row of rows) worksheet.addRow(row.map((text, i) => typedCell(columns[i], text)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/** A date cell for a date column, a number for a count, text for everything else. */
function typedCell(column: LedgerColumn | undefined, text: string): string | number | Date | null {
  if (text === '') return null;
  if (!column || column.list) return text;
  if (column.cell === 'date') {
    const [year, month, day] = text.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(year, month - 1, day));
  }
  if (column.cell === 'integer' || column.cell === 'number') return Number(text);
  return text;
}
