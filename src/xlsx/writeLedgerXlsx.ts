import ExcelJS from 'exceljs';
import { GuanaiError, issue } from '../errors/index.js';
import {
  LEDGER_SHEET_NAMES,
  type LedgerSheet,
  type WriteLedgerOptions,
  writeLedgerRows,
} from '../io/index.js';
import { fixedZipDates } from './fixedZipDates.js';
import { addPrintedSheet, checkDay, type PrintedLedgerHeader } from './printedLedger.js';
import { columnsOf, numFmtOf, typedCell } from './typedCell.js';
import { xmlSafeText } from './xmlSafeText.js';

/**
 * Options of `writeLedgerXlsx`: those of every ledger file (language, masking), the layout —
 * `plain` (default: one heading row, a sheet to read back and compute with) or `printed` (the
 * 台账 officials print and file: title, 填报 line, two-row heading, 序号, A4 landscape) — and,
 * for the printed layout, its title and 填报单位 / 填报日期.
 * @example
 * ```ts
 * const options: WriteLedgerXlsxOptions = { layout: 'printed', reportedBy: '城关镇民政办', reportedOn: '2026-03-31' };
 * ```
 * @category Ledger files
 */
export interface WriteLedgerXlsxOptions extends WriteLedgerOptions, PrintedLedgerHeader {
  readonly layout?: 'plain' | 'printed';
}

/** The day stamped on a workbook that says none: the first day a zip can carry. */
const NO_DAY = '1980-01-01';

/**
 * Write ledger sheets as an Excel workbook (.xlsx), one worksheet per sheet named for its kind
 * (老年人台账, 帮扶人员, 结对帮扶, 走访记录). Dates are date cells, counts are numbers, and ID,
 * phone and code columns are text cells so that the spreadsheet never rounds them. Resident ID
 * numbers and phone numbers are masked unless `mask: false`.
 *
 * `layout: 'printed'` writes the 台账 as officials print it: a title row merged across the width
 * (default 农村留守老年人信息台账 for elders, the sheet's name for the other kinds), a
 * 填报单位：… 填报日期：… line, a two-row heading with each child's (赡养人's, 委托照料人's)
 * columns under one merged cell (子女1 over 姓名 / 关系 / 去向 …), a 序号 column, column widths
 * from headings and cells, panes frozen below the heading and right of 姓名, thin borders, and an
 * A4 landscape page fitted to the width with the heading rows repeated on every page.
 *
 * The same sheets give the same bytes: the workbook's created and modified dates and the zip's
 * entry times are `reportedOn` (else 1980-01-01), never the clock.
 *
 * @example
 * ```ts
 * const bytes = await writeLedgerXlsx([
 *   { kind: 'elders', records: ledger.elders },
 *   { kind: 'caregivers', records: ledger.caregivers },
 * ]);
 * writeFileSync('台账.xlsx', bytes);
 * const printed = await writeLedgerXlsx({ kind: 'elders', records: ledger.elders }, { layout: 'printed' });
 * ```
 * @category Ledger files
 */
export async function writeLedgerXlsx(
  sheets: LedgerSheet | readonly LedgerSheet[],
  options: WriteLedgerXlsxOptions = {},
): Promise<Uint8Array> {
  const layout = checkLayout(options);
  const day = checkDay(options.reportedOn, 'reportedOn') ?? NO_DAY;
  const workbook = stampedWorkbook(day);
  for (const sheet of sheetsOf(sheets)) {
    if (layout === 'printed') addPrintedSheet(workbook, sheet, options);
    else addPlainSheet(workbook, sheet, options);
  }
  return fixedZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), day);
}

/** A workbook whose created and modified dates are `day` (exceljs would read the clock). @internal */
export function stampedWorkbook(day: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const date = new Date(`${day}T00:00:00Z`);
  workbook.created = date;
  workbook.modified = date;
  workbook.creator = 'guanai';
  workbook.lastModifiedBy = 'guanai';
  return workbook;
}

/** One heading row, then a row per record: the layout to read back and compute with. */
function addPlainSheet(
  workbook: ExcelJS.Workbook,
  sheet: LedgerSheet,
  options: WriteLedgerOptions,
): void {
  const [headings = [], ...rows] = writeLedgerRows(sheet, options);
  const names = LEDGER_SHEET_NAMES[sheet.kind];
  const worksheet = workbook.addWorksheet(options?.language === 'en' ? names.en : names.zh, {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  const columns = columnsOf(sheet.kind, headings);
  worksheet.columns = headings.map((heading, i) => ({
    header: xmlSafeText(heading),
    width: Math.min(40, Math.max(10, heading.length * 2 + 2)),
    style: { numFmt: numFmtOf(columns[i]) },
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) worksheet.addRow(row.map((text, i) => typedCell(columns[i], text)));
}

function checkLayout(options: WriteLedgerXlsxOptions): 'plain' | 'printed' {
  if (typeof options !== 'object' || options === null)
    throw new GuanaiError([
      issue('invalid_argument', ['options'], { name: 'options', rule: 'object' }),
    ]);
  const layout = options.layout ?? 'plain';
  if (layout !== 'plain' && layout !== 'printed')
    throw new GuanaiError([issue('invalid_value', ['layout'], { allowed: ['plain', 'printed'] })]);
  return layout;
}

/** One sheet or a list of them, checked. */
function sheetsOf(sheets: LedgerSheet | readonly LedgerSheet[]): readonly LedgerSheet[] {
  if (Array.isArray(sheets)) return sheets;
  if (typeof sheets === 'object' && sheets !== null) return [sheets as LedgerSheet];
  throw new GuanaiError([
    issue('invalid_argument', ['sheets'], { name: 'sheets', rule: 'object' }),
  ]);
}
