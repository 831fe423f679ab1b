import type { PlainDate } from '../models/index.js';
import { footerReason } from './footerRows.js';
import { columnsByHeading } from './headingIndex.js';
import { combineHeadings, findHeading, SERIAL_HEADINGS } from './headingRows.js';
import { labelKey } from './labelIndex.js';
import type { LedgerKind } from './ledgerKind.js';
import type { SkippedRow } from './ledgerSheet.js';
import { lineOf, type ReportLine, readReportLine } from './reportLine.js';
import type { ShapedRow, ShapedTable } from './shapedTable.js';

/** A merged range of a worksheet, 1-based and inclusive, as a workbook reader reports it. @internal */
export interface SheetMerge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/**
 * What the shaping needs beyond the cells: the rows a reader already found bad (never taken for
 * a footer, so they come back as invalid) and the worksheet's merged ranges.
 * @internal
 */
export interface ShapeOptions {
  readonly rowIssues?: ReadonlyMap<number, unknown>;
  readonly merges?: readonly SheetMerge[];
}

/** A sheet's header as it is filled in, row by row. @internal */
export type Header = { title?: string; reportedBy?: string; reportedOn?: PlainDate };

/** Fields whose cell an elder's (or caregiver's, pairing's, visit's) row fills and a footer never does. */
const IDENTITY = /^id$|Ids?$|villageCode$/;

/**
 * A sheet as officials keep it, in the one shape records are read from. Above the heading:
 * title rows (the first gives `header.title`) and 填报 lines (`header.reportedBy`,
 * `header.reportedOn`), skipped. The heading: the first row within ten that names two known
 * columns, one row or two (see `combineHeadings`); the 序号 column dropped. Below it: blank rows
 * skipped; 合计 / 小计 rows anywhere and, scanning up from the bottom to the last record, 备注 /
 * 填表人 lines skipped (see `footerReason`). Rows keep their spreadsheet numbers.
 * @internal
 */
export function shapeTable(
  kind: LedgerKind,
  cellsOf: readonly (readonly unknown[])[],
  texts: readonly (readonly string[])[],
  options: ShapeOptions = {},
): ShapedTable {
  const head = shapeHead(kind, texts, options);
  const { skipped, header } = head;
  const tail: SkippedRow[] = [];
  let end = texts.length;
  // From the bottom up to the last record: blanks, totals, notes and 填报 lines.
  for (; end > head.headingRow; end--) {
    const text = texts[end - 1] ?? [];
    const reason = tailReason(head, text, end - 1);
    if (!reason) break;
    if (reason === 'reportLine') fillReport(header, lineOf(text));
    tail.push({ row: end, reason, cells: text });
  }
  const rows: ShapedRow[] = [];
  for (let r = head.headingRow; r < end; r++) {
    const text = texts[r] ?? [];
    const reason = bodyReason(head, text, r);
    if (reason) skipped.push({ row: r + 1, reason, cells: text });
    else {
      const cells = cellsOf[r] ?? [];
      const picked = head.pickText(text);
      rows.push({ row: r + 1, cells: cells === text ? picked : head.pick(cells), texts: picked });
    }
  }
  for (let i = tail.length - 1; i >= 0; i--) skipped.push(tail[i] as SkippedRow);
  return {
    headings: head.headings,
    headingCells: head.headingCells,
    headingRow: head.headingRow,
    rows,
    skipped,
    header,
  };
}

/**
 * A sheet's top, shaped: the heading found (`headingRow`, 1-based, is also the 0-based index of
 * the first row below it), the rows above it and the heading rows in `skipped`, the header they
 * give, and what each row below is read with: the columns kept (`pick`) and those that name
 * whose row it is. It needs only the rows within `HEADING_LOOK_AHEAD` + 1 of the top.
 * @internal
 */
export interface ShapedHead {
  readonly headings: readonly string[];
  readonly headingCells: readonly string[];
  readonly headingRow: number;
  /** Rows set aside so far, in order: filled on by the reader of the rows below. */
  readonly skipped: SkippedRow[];
  readonly header: Header;
  readonly pick: (cells: readonly unknown[]) => readonly unknown[];
  readonly pickText: (cells: readonly string[]) => readonly string[];
  readonly identity: readonly number[];
  readonly rowIssues: ReadonlyMap<number, unknown> | undefined;
}

/** The heading of a sheet and the rows above it (see {@link ShapedHead}). @internal */
export function shapeHead(
  kind: LedgerKind,
  texts: readonly (readonly string[])[],
  options: ShapeOptions = {},
): ShapedHead {
  const { upper, row: headingIndex } = findHeading(kind, texts);
  const skipped: SkippedRow[] = [];
  const header: Header = {};
  const first = upper ?? headingIndex;
  for (let r = 0; r < first; r++) skipped.push(aboveHeading(r, texts[r] ?? [], header));
  const lower = texts[headingIndex] ?? [];
  const combined =
    upper === undefined
      ? lower.map((heading) => heading.trim())
      : combineHeadings(texts[upper] ?? [], lower, mergeStarts(options.merges, upper));
  if (upper !== undefined)
    skipped.push({ row: upper + 1, reason: 'heading', cells: texts[upper] ?? [] });
  if (texts.length > 0) skipped.push({ row: headingIndex + 1, reason: 'heading', cells: lower });

  const keep = keptColumns(combined);
  const pick = (cells: readonly unknown[]): readonly unknown[] =>
    keep ? keep.map((index) => cells[index]) : cells;
  const pickText = (cells: readonly string[]): readonly string[] =>
    keep ? keep.map((index) => cells[index] ?? '') : cells;
  return {
    headings: pickText(combined),
    headingCells: pickText(lower),
    headingRow: headingIndex + 1,
    skipped,
    header,
    pick,
    pickText,
    identity: identityColumns(kind, combined),
    rowIssues: options.rowIssues,
  };
}

/**
 * Why a row below the heading (0-based `r`) is set aside when it is not in the sheet's last
 * rows: blank, or a 合计 / 小计 row (never a row its reader found broken); undefined for a
 * row that may hold a record.
 * @internal
 */
export function bodyReason(
  head: ShapedHead,
  text: readonly string[],
  r: number,
): SkippedRow['reason'] | undefined {
  if (isBlank(text)) return 'blank';
  return head.rowIssues?.has(r) ? undefined : footerReason(text, head.identity, false);
}

/**
 * Why a row is set aside when every row below it is: blank, a total, a note or a 填报 line;
 * undefined when it may hold a record (or its reader found it broken), which ends the footer.
 * @internal
 */
export function tailReason(
  head: ShapedHead,
  text: readonly string[],
  r: number,
): SkippedRow['reason'] | undefined {
  if (head.rowIssues?.has(r)) return undefined;
  return isBlank(text) ? 'blank' : footerReason(text, head.identity, true);
}

/** A row above the heading: blank, a 填报 line (read into the header) or a title. */
function aboveHeading(r: number, text: readonly string[], header: Header): SkippedRow {
  const line = lineOf(text);
  if (line === '') return { row: r + 1, reason: 'blank', cells: text };
  const report = fillReport(header, line);
  // A title that names its date or unit (××台账（统计时间：…）) is still the title.
  if (report && (report.lead === '' || header.title !== undefined))
    return { row: r + 1, reason: 'reportLine', cells: text };
  header.title ??= report ? report.lead : line;
  return { row: r + 1, reason: 'title', cells: text };
}

/**
 * The unit and date of a 填报 line into the header (the first given wins); the line read, if it
 * is one. @internal
 */
export function fillReport(header: Header, line: string): ReportLine | undefined {
  const report = readReportLine(line);
  if (!report) return undefined;
  if (report.reportedBy !== undefined) header.reportedBy ??= report.reportedBy;
  if (report.reportedOn !== undefined) header.reportedOn ??= report.reportedOn;
  return report;
}

/** The columns kept (all but 序号), or undefined when all are. */
function keptColumns(headings: readonly string[]): number[] | undefined {
  const keep: number[] = [];
  headings.forEach((heading, index) => {
    if (!SERIAL_HEADINGS.has(labelKey(heading))) keep.push(index);
  });
  return keep.length === headings.length ? undefined : keep;
}

/** The columns that name whose row it is (id, 身份证号, village code …), by the file's headings. */
function identityColumns(kind: LedgerKind, headings: readonly string[]): number[] {
  const byHeading = columnsByHeading(kind);
  const found: number[] = [];
  headings.forEach((heading, index) => {
    const column = byHeading.get(labelKey(heading));
    if (column && IDENTITY.test(column.field)) found.push(index);
  });
  return found;
}

/** The 0-based columns where a merged range of more than one column starts in a 0-based row. */
function mergeStarts(merges: readonly SheetMerge[] | undefined, row: number): Set<number> {
  const starts = new Set<number>();
  for (const merge of merges ?? [])
    if (
      typeof merge === 'object' &&
      merge !== null &&
      merge.top <= row + 1 &&
      merge.bottom >= row + 1 &&
      merge.right > merge.left
    )
      starts.add(merge.left - 1);
  return starts;
}

function isBlank(text: readonly string[]): boolean {
  for (const cell of text) if (cell.trim() !== '') return false;
  return true;
}
