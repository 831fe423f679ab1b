import type { LedgerFileHeader, LedgerFileRow, SkippedRow } from './ledgerSheet.js';

/**
 * Where a cell of a shaped row came from when not from the row itself: a child's row of its own
 * below the elder's, or a row of a children sheet (with the sheet's name).
 * @internal
 */
export interface CellOrigin {
  readonly row: number;
  readonly sheet?: string;
}

/**
 * One row of a ledger file that may hold a record: its spreadsheet row number (the first, when
 * several rows of the file were folded into it), its cells as the reader gave them, and the same
 * cells as text.
 * @internal
 */
export interface ShapedRow {
  readonly row: number;
  readonly cells: readonly unknown[];
  readonly texts: readonly string[];
  /**
   * By column index, where a cell came from when it is not `row` (children folded from rows of
   * their own or joined from a children sheet), so that issues point at the right row.
   */
  readonly origins?: readonly (CellOrigin | undefined)[];
}

/**
 * A ledger file in the one shape records are read from: a single heading row in canonical
 * headings (group columns as 子女1姓名 …), the rows that may hold records, and what was set
 * aside on the way (title, 填报 lines, heading rows, spacers, totals) with the file's header.
 * @internal
 */
export interface ShapedTable {
  readonly headings: readonly string[];
  /** The heading row's cells as the file has them, for issues about the heading itself. */
  readonly headingCells: readonly string[];
  /** The spreadsheet row of the heading (its last row, for a two-row heading). */
  readonly headingRow: number;
  readonly rows: readonly ShapedRow[];
  readonly skipped: readonly SkippedRow[];
  readonly header: LedgerFileHeader;
  /** Rows set aside while shaping, with why (a child row whose elder is not in the ledger …). */
  readonly invalid?: readonly LedgerFileRow[];
}

/**
 * The plainest shape: the first row is the heading, every other non-blank row may be a record.
 * Blank rows are left out here and skipped by the reader silently, as before.
 * @internal
 */
export function firstRowHeading(
  cellsOf: readonly (readonly unknown[])[],
  texts: readonly (readonly string[])[],
): ShapedTable {
  const headingCells = texts[0] ?? [];
  const rows: ShapedRow[] = [];
  for (let r = 1; r < texts.length; r++)
    rows.push({ row: r + 1, cells: cellsOf[r] ?? [], texts: texts[r] ?? [] });
  return {
    headings: headingCells.map((heading) => heading.trim()),
    headingCells,
    headingRow: 1,
    rows,
    skipped: [],
    header: {},
  };
}
