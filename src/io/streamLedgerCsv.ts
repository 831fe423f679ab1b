import type { Issue } from '../errors/index.js';
import type { CsvDelimiter } from './csvDelimiter.js';
import { csvRowIssue, takeQuoteMarks } from './csvLedgerRow.js';
import type { DecodedText } from './decodeText.js';
import { mayFoldChildRows } from './foldChildRows.js';
import { HEADING_LOOK_AHEAD } from './headingRows.js';
import { cellOptionsOf, type LedgerCellOptions } from './ledgerCellOptions.js';
import type { LedgerFactOptions } from './ledgerFactOptions.js';
import type { LedgerKind } from './ledgerKind.js';
import type { LedgerReadLimits } from './ledgerReadLimits.js';
import type { LedgerSheetRead, SkippedRow } from './ledgerSheet.js';
import { type CsvCursor, csvRows } from './parseCsv.js';
import { finishRecordRows, type RecordRows, readShapedRow, startRecordRows } from './recordRows.js';
import { lineOf } from './reportLine.js';
import { bodyReason, fillReport, type ShapedHead, shapeHead, tailReason } from './shapeTable.js';

/**
 * A ledger CSV text read into records row by row as it is parsed, so that no row outlives its
 * reading (holding every parsed row until the records were read kept a million cells alive
 * through the young generation's collections: two fifths of the parse's time). The same read as
 * the whole table's (`readTextRows`), or undefined when the file needs the whole table in hand
 * first, and the caller reads it so: a heading that folds child rows, a row wider than the
 * heading or with a cell under a blank heading, a 填报日期 only below the rows, or more rows or
 * cells than `limits` allow (the whole table's check then throws).
 * @internal
 */
export function streamLedgerCsv<K extends LedgerKind>(
  kind: K,
  text: string,
  delimiter: CsvDelimiter,
  lossyEncoding: DecodedText['encoding'] | undefined,
  limits: Readonly<Required<LedgerReadLimits>>,
  options: LedgerFactOptions & LedgerCellOptions,
): LedgerSheetRead<K> | undefined {
  const rows = checkedRows(csvRows(text, delimiter), lossyEncoding, limits);
  // The heading is found within the first rows: they are read before any record.
  const top: string[][] = [];
  for (let row = rows.next(); row !== undefined; row = rows.next()) {
    top.push(row);
    if (top.length > HEADING_LOOK_AHEAD) break;
  }
  const head = shapeHead(kind, top, { rowIssues: rows.issues });
  if (rows.tooLarge || (kind === 'elders' && mayFoldChildRows(head.headings))) return undefined;
  const read = startRecordRows(kind, head, [], rows.issues, limits, options);
  const body = bodyReader(head, read);
  // Rows that may be the sheet's footer wait until a row below shows they are not.
  const footer: { r: number; text: readonly string[]; reason: SkippedRow['reason'] }[] = [];
  let r = head.headingRow;
  for (let text = top[r] ?? rows.next(); text !== undefined; text = top[++r] ?? rows.next()) {
    if (rows.tooLarge) return undefined;
    const reason = tailReason(head, text, r);
    if (reason) {
      footer.push({ r, text, reason });
      continue;
    }
    for (const held of footer) if (!body(held.r, held.text)) return undefined;
    footer.length = 0;
    if (!body(r, text)) return undefined;
  }
  if (rows.tooLarge) return undefined;
  for (let i = footer.length - 1; i >= 0; i--) {
    const held = footer[i] as (typeof footer)[number];
    if (held.reason === 'reportLine') fillReport(head.header, lineOf(held.text));
  }
  // Rows were read against the 填报日期 above them: one given only below is the table's to read.
  const reportedOn = cellOptionsOf(options).reportedOn ?? head.header.reportedOn;
  if (reportedOn !== read.reader.reportedOn) return undefined;
  for (const held of footer)
    head.skipped.push({ row: held.r + 1, reason: held.reason, cells: held.text });
  return finishRecordRows(read, head);
}

/**
 * The reading of a row below the heading that is not in the footer: set aside (blank, a total)
 * or read as a record. False when the row needs the whole table: wider than the heading, or
 * with a cell under a blank heading (whether that column is kept depends on every row).
 */
function bodyReader<K extends LedgerKind>(head: ShapedHead, read: RecordRows<K>) {
  const width = head.headings.length;
  const blank = head.headings.flatMap((heading, index) => (heading === '' ? [index] : []));
  return (r: number, text: readonly string[]): boolean => {
    const reason = bodyReason(head, text, r);
    if (reason) {
      head.skipped.push({ row: r + 1, reason, cells: text });
      return true;
    }
    const picked = head.pickText(text);
    if (picked.length > width) return false;
    for (const index of blank) if ((picked[index] ?? '').trim() !== '') return false;
    readShapedRow(read, { row: r + 1, cells: picked, texts: picked });
    return true;
  };
}

/**
 * The cursor's rows with the ledger's fixes (quote marks taken off) and the issues found on
 * them by row index, counted against `limits` as the whole table is: `tooLarge` once more
 * rows, or rows × the widest row's cells, than they allow.
 */
function checkedRows(
  cursor: CsvCursor,
  lossyEncoding: DecodedText['encoding'] | undefined,
  limits: Readonly<Required<LedgerReadLimits>>,
) {
  const issues = new Map<number, Issue>();
  let count = 0;
  let width = 0;
  const rows = {
    issues,
    tooLarge: false,
    next(): string[] | undefined {
      const row = cursor.next();
      if (row === undefined) return undefined;
      if (cursor.quoteMark) takeQuoteMarks(row);
      const found = csvRowIssue(row, cursor.badQuote, lossyEncoding);
      if (found) issues.set(count, found);
      count += 1;
      if (row.length > width) width = row.length;
      if (count > limits.rows || count * width > limits.cells) rows.tooLarge = true;
      return row;
    },
  };
  return rows;
}
