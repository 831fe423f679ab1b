import type ExcelJS from 'exceljs';
import { GuanaiError, issue } from '../errors/index.js';
import {
  LEDGER_SHEET_NAMES,
  type LedgerKind,
  type LedgerSheet,
  type WriteLedgerOptions,
  writeLedgerRows,
} from '../io/index.js';
import { columnWidths, printedHeading } from './printedHeading.js';
import { A4_LANDSCAPE } from './printPage.js';
import { columnsOf, numFmtOf, typedCell } from './typedCell.js';
import { xmlSafeText } from './xmlSafeText.js';

/**
 * What a printed 台账 says above its heading: the title (default: 农村留守老年人信息台账 for
 * elders, the sheet's name for the other kinds), the reporting unit (填报单位) and the reporting
 * day (填报日期, `YYYY-MM-DD`; printed 2026年3月31日 in Chinese). Left out, the 填报 line is
 * printed with blanks to fill in by hand.
 * @example
 * ```ts
 * const header: PrintedLedgerHeader = { title: '城关镇农村留守老年人信息台账', reportedBy: '城关镇民政办', reportedOn: '2026-03-31' };
 * ```
 * @category Ledger files
 */
export interface PrintedLedgerHeader {
  readonly title?: string;
  readonly reportedBy?: string;
  readonly reportedOn?: string;
}

/** The default titles of a printed 台账, by kind. */
const TITLES: { readonly [K in LedgerKind]: { readonly zh: string; readonly en: string } } = {
  ...LEDGER_SHEET_NAMES,
  elders: { zh: '农村留守老年人信息台账', en: 'Ledger of rural left-behind elders' },
};

/** The first column of a printed 台账: the row's number in the ledger (1, 2, 3 …). @internal */
export const SEQUENCE_HEADING = { zh: '序号', en: 'No.' } as const;

const THIN: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
const CENTRED: Partial<ExcelJS.Alignment> = {
  horizontal: 'center',
  vertical: 'middle',
  wrapText: true,
};
/** Rows above the records: title, 填报 line, two heading rows. @internal */
export const PRINTED_HEADER_ROWS = 4;

const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `day` checked as a real `YYYY-MM-DD` day (a coded error names the option otherwise). @internal */
export function checkDay(day: unknown, name: string): string | undefined {
  if (day === undefined) return undefined;
  const found = typeof day === 'string' ? CIVIL_DATE.exec(day) : null;
  const date =
    found && new Date(Date.UTC(Number(found[1]), Number(found[2]) - 1, Number(found[3])));
  if (!found || !date || date.toISOString().slice(0, 10) !== day)
    throw new GuanaiError([issue('invalid_argument', [name], { name, rule: 'plainDate' })]);
  return day;
}

/** Text options checked: a string or absent. */
function checkText(text: unknown, name: string): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  throw new GuanaiError([issue('invalid_argument', [name], { name, rule: 'string' })]);
}

/** 2026年3月31日 (zh) or 2026-03-31 (en). */
function dayText(day: string, language: 'zh-CN' | 'en'): string {
  if (language === 'en') return day;
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}

/**
 * Add one ledger sheet to `workbook` as officials print it: title merged across the width, the
 * 填报单位 / 填报日期 line, a two-row heading (group cells such as 子女1 merged over their
 * columns, other headings merged down), a 序号 column, widths from headings and cells, panes
 * frozen below the heading and right of 姓名, thin borders, A4 landscape fitted to the width with
 * the heading rows repeated on every page. O(cells).
 * @internal
 */
export function addPrintedSheet(
  workbook: ExcelJS.Workbook,
  sheet: LedgerSheet,
  options: WriteLedgerOptions & PrintedLedgerHeader,
): void {
  const language = options.language === 'en' ? 'en' : 'zh-CN';
  const title = checkText(options.title, 'title');
  const reportedBy = checkText(options.reportedBy, 'reportedBy');
  const reportedOn = checkDay(options.reportedOn, 'reportedOn');
  const [headings = [], ...rows] = writeLedgerRows(sheet, options);
  const columns = columnsOf(sheet.kind, headings);
  const heading = printedHeading(
    [language === 'en' ? SEQUENCE_HEADING.en : SEQUENCE_HEADING.zh, ...headings],
    language,
  );
  const width = heading.top.length;
  const names = language === 'en' ? 'en' : 'zh';
  const nameAt = headings.findIndex((text) => text === '姓名' || text === 'Name');
  const worksheet = workbook.addWorksheet(xmlSafeText(LEDGER_SHEET_NAMES[sheet.kind][names]), {
    views: [{ state: 'frozen', ySplit: PRINTED_HEADER_ROWS, xSplit: nameAt >= 0 ? nameAt + 2 : 1 }],
    pageSetup: {
      ...A4_LANDSCAPE,
      printTitlesRow: `3:${PRINTED_HEADER_ROWS}`,
    },
    headerFooter: {
      oddFooter: language === 'en' ? '&CPage &P of &N' : '&C第 &P 页，共 &N 页',
    },
  });
  // Widths from the first rows only: a county's 20,000 rows would not change them.
  const sample = rows.slice(0, 500).map((row) => ['', ...row]);
  sample.push([String(rows.length)]);
  worksheet.columns = columnWidths(heading, sample).map((w, i) => ({
    width: w,
    style: { numFmt: i === 0 ? 'General' : numFmtOf(columns[i - 1]) },
  }));
  writeTitle(worksheet, width, xmlSafeText(title ?? TITLES[sheet.kind][names]));
  writeReportLine(worksheet, width, language, reportedBy, reportedOn);
  writeHeading(worksheet, heading);
  rows.forEach((row, r) => {
    const line = worksheet.getRow(PRINTED_HEADER_ROWS + 1 + r);
    line.getCell(1).value = r + 1;
    for (let c = 0; c < width; c++) {
      const cell = line.getCell(c + 1);
      if (c > 0) cell.value = typedCell(columns[c - 1], row[c - 1] ?? '');
      cell.border = THIN;
    }
  });
}

function writeTitle(worksheet: ExcelJS.Worksheet, width: number, title: string): void {
  const cell = worksheet.getCell(1, 1);
  cell.value = title;
  cell.style = {
    font: { bold: true, size: 16 },
    alignment: { horizontal: 'center', vertical: 'middle' },
  };
  worksheet.getRow(1).height = 30;
  if (width > 1) worksheet.mergeCells(1, 1, 1, width);
}

/** 填报单位：… on the left half, 填报日期：… on the right, each merged over its half. */
function writeReportLine(
  worksheet: ExcelJS.Worksheet,
  width: number,
  language: 'zh-CN' | 'en',
  reportedBy: string | undefined,
  reportedOn: string | undefined,
): void {
  const by = `${language === 'en' ? 'Reported by: ' : '填报单位：'}${xmlSafeText(reportedBy ?? '')}`;
  const on = `${language === 'en' ? 'Reported on: ' : '填报日期：'}${reportedOn ? dayText(reportedOn, language) : ''}`;
  const half = Math.max(1, Math.ceil(width / 2));
  const left = worksheet.getCell(2, 1);
  left.value = width > 1 ? by : `${by}  ${on}`;
  left.style = { alignment: { horizontal: 'left', vertical: 'middle' } };
  if (half > 1) worksheet.mergeCells(2, 1, 2, half);
  if (width > 1) {
    const right = worksheet.getCell(2, half + 1);
    right.value = on;
    right.style = { alignment: { horizontal: 'right', vertical: 'middle' } };
    if (width > half + 1) worksheet.mergeCells(2, half + 1, 2, width);
  }
}

function writeHeading(worksheet: ExcelJS.Worksheet, heading: ReturnType<typeof printedHeading>) {
  const style: Partial<ExcelJS.Style> = {
    font: { bold: true },
    alignment: CENTRED,
    border: THIN,
    numFmt: '@',
  };
  for (let c = 0; c < heading.top.length; c++) {
    const top = worksheet.getCell(3, c + 1);
    const bottom = worksheet.getCell(4, c + 1);
    top.value = xmlSafeText(heading.top[c] ?? '');
    if (heading.bottom[c]) bottom.value = xmlSafeText(heading.bottom[c] ?? '');
    top.style = style;
    bottom.style = style;
  }
  for (const c of heading.whole) worksheet.mergeCells(3, c + 1, 4, c + 1);
  for (const [first, last] of heading.groups)
    if (last > first) worksheet.mergeCells(3, first + 1, 3, last + 1);
}
