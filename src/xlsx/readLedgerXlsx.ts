import ExcelJS from 'exceljs';
import { GuanaiError, issue } from '../errors/index.js';
import {
  LEDGER_SHEET_NAMES,
  type LedgerKind,
  type LedgerSheetRead,
  readLedgerRows,
} from '../io/index.js';

/**
 * Read one sheet of an Excel workbook (.xlsx) as a ledger: the sheet named `sheet`, else the one
 * named for the kind (老年人台账 / Elders …), else the first. Spreadsheet dates, numbers and
 * booleans are read as such; a resident ID the spreadsheet turned into a number is reported, not
 * guessed. See `readLedgerRows` for what is checked and returned. Throws a `GuanaiError`
 * (`unreadable_file`, `sheet_missing`) when the file is no workbook or lacks the sheet.
 *
 * @example
 * ```ts
 * const read = await readLedgerXlsx(readFileSync('台账.xlsx'), { kind: 'elders' });
 * console.log(read.records.length, read.invalid.length);
 * ```
 * @category Ledger files
 */
export async function readLedgerXlsx<K extends LedgerKind>(
  file: Uint8Array | ArrayBuffer,
  options: { readonly kind: K; readonly sheet?: string },
): Promise<LedgerSheetRead<K>> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(file as ArrayBuffer);
  } catch {
    throw new GuanaiError([issue('unreadable_file', [], { format: 'xlsx' })]);
  }
  const names = LEDGER_SHEET_NAMES[options.kind];
  const worksheet = options.sheet
    ? workbook.getWorksheet(options.sheet)
    : (workbook.getWorksheet(names.zh) ??
      workbook.getWorksheet(names.en) ??
      workbook.worksheets[0]);
  if (!worksheet) {
    const sheets = workbook.worksheets.map((sheet) => sheet.name);
    throw new GuanaiError([
      issue('sheet_missing', [], { sheet: options.sheet ?? names.zh, sheets }),
    ]);
  }
  // Rows keep their spreadsheet numbers (blank rows included), so issues point at the right row.
  const table: unknown[][] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = plainValue(cell.value);
    });
    table[rowNumber - 1] = cells;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return readLedgerRows(options.kind, table);
}

/** A cell's value as text, number, boolean or Date: rich text joined, a formula's result. */
function plainValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'object' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) return plainValue(value.result as ExcelJS.CellValue);
  if ('text' in value) return value.text;
  return undefined;
}
