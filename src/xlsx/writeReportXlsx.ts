import type ExcelJS from 'exceljs';
import {
  type ReportInput,
  type ReportSheetTable,
  type ReportTableOptions,
  reportTables,
} from '../io/index.js';
import { fixedZipDates } from './fixedZipDates.js';
import { displayWidth, MAX_WIDTH, MIN_WIDTH } from './printedHeading.js';
import { A4_LANDSCAPE } from './printPage.js';
import { stampedWorkbook } from './writeLedgerXlsx.js';
import { xmlSafeText } from './xmlSafeText.js';

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const HEADING: Partial<ExcelJS.Style> = {
  font: { bold: true },
  alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  border: THIN,
};
const TITLE: Partial<ExcelJS.Style> = {
  font: { bold: true, size: 14 },
  alignment: { horizontal: 'center', vertical: 'middle' },
};

/**
 * The report workbook: one worksheet per report the input carries — 台账统计 (`ledgerReport`),
 * 督导检查汇总 (`supervisionSummary`), 包保责任人 (`holderSummary`) and 责任清单
 * (`responsibilityList`) — each with a title row, a line saying the day (统计日期) or the period
 * (统计期间) it covers, a heading and its rows, as `reportTables` lays them out (zh-CN by
 * default, or en). The responsibility list is one sheet grouped by village, each village under a
 * title row of its own and starting a new printed page. Every sheet prints A4 landscape fitted to
 * the width; duty holders' phone numbers are masked unless `mask: false`.
 *
 * Nothing is computed again: the rows are the app's, made with its `asOf`. The same input gives
 * the same bytes: the workbook and its zip entries are dated `asOf`, never the clock.
 *
 * @example
 * ```ts
 * const bytes = await writeReportXlsx({
 *   asOf, area: '会昌县',
 *   ledger: ledgerReport(elders, { asOf }),
 *   supervision: { ...period, rows: supervisionSummary(input, { asOf, ...period }) },
 *   responsibilities: responsibilityList({ elders, caregivers, holdings }, { asOf }),
 * });
 * writeFileSync('报表.xlsx', bytes);
 * ```
 * @category Ledger files
 */
export async function writeReportXlsx(
  report: ReportInput,
  options: ReportTableOptions = {},
): Promise<Uint8Array> {
  const tables = reportTables(report, options);
  const workbook = stampedWorkbook(report.asOf);
  for (const table of tables) addReportSheet(workbook, table);
  return fixedZipDates(new Uint8Array(await workbook.xlsx.writeBuffer()), report.asOf);
}

/** One report as a printable sheet: title, the day or period, heading, rows (by section). */
function addReportSheet(workbook: ExcelJS.Workbook, table: ReportSheetTable): void {
  const width = Math.max(1, table.header.length);
  const grouped = table.sections !== undefined;
  const worksheet = workbook.addWorksheet(xmlSafeText(table.name), {
    views: [{ state: 'frozen', ySplit: grouped ? 2 : 3 }],
    pageSetup: {
      ...A4_LANDSCAPE,
      ...(grouped ? {} : { printTitlesRow: '3:3' }),
    },
  });
  worksheet.columns = widthsOf(table).map((w) => ({ width: w }));
  let at = 1;
  const banner = (text: string, style: Partial<ExcelJS.Style>) => {
    const cell = worksheet.getCell(at, 1);
    cell.value = xmlSafeText(text);
    cell.style = style;
    if (width > 1) worksheet.mergeCells(at, 1, at, width);
    at += 1;
  };
  const heading = () => {
    const row = worksheet.getRow(at);
    table.header.forEach((text, c) => {
      const cell = row.getCell(c + 1);
      cell.value = xmlSafeText(text);
      cell.style = HEADING;
    });
    at += 1;
  };
  banner(table.title, TITLE);
  banner(table.subtitle, { alignment: { horizontal: 'right' } });
  const sections = table.sections ?? [{ row: 0, title: '' }];
  sections.forEach((section, s) => {
    const end = sections[s + 1]?.row ?? table.rows.length;
    if (section.title) {
      if (s > 0) worksheet.getRow(at - 1).addPageBreak();
      banner(section.title, { font: { bold: true }, alignment: { horizontal: 'left' } });
    }
    heading();
    for (let r = section.row; r < end; r++) {
      const row = worksheet.getRow(at);
      (table.rows[r] ?? []).forEach((value, c) => {
        const cell = row.getCell(c + 1);
        cell.value = typeof value === 'number' ? value : xmlSafeText(value);
        cell.border = THIN;
      });
      at += 1;
    }
  });
}

/** Each column as wide as its heading (wrapped at 12) or its widest cell in the first 500 rows. */
function widthsOf(table: ReportSheetTable): number[] {
  const widths = table.header.map((text) => Math.min(12, displayWidth(text)));
  const count = Math.min(table.rows.length, 500);
  for (let r = 0; r < count; r++) {
    const row = table.rows[r] ?? [];
    for (let c = 0; c < widths.length; c++)
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(String(row[c] ?? '')));
  }
  return widths.map((w) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2)));
}
