import type { Issue, IssuePath } from '../errors/index.js';
import type { PlainDate } from '../models/index.js';
import type { LedgerList } from './ledgerFactOptions.js';
import type { LedgerKind, LedgerRecords } from './ledgerKind.js';

/**
 * The records of one ledger file, and the columns guanai does not know with each record's cells
 * in them (by record id), so that writing the sheet back keeps them.
 * @example
 * ```ts
 * const sheet: LedgerSheet<'elders'> = { kind: 'elders', records: sample.elders };
 * const csv = writeLedgerCsv(sheet);
 * ```
 * @category Ledger files
 */
export interface LedgerSheet<K extends LedgerKind = LedgerKind> {
  readonly kind: K;
  readonly records: readonly LedgerRecords[K][];
  /** Headings of the columns guanai does not know, in the file's order. */
  readonly extraColumns?: readonly string[];
  /** Each record's cells under `extraColumns`, by record id. */
  readonly extraCells?: Readonly<Record<string, readonly string[]>>;
}

/**
 * An issue found in a ledger file: the heading of its column (undefined when it concerns no one
 * column), the coded issue, whose path leads to the field in the record, and for a cell holding a
 * list or JSON the path inside it.
 * @example
 * ```ts
 * const found: LedgerCellIssue = { column: '出生日期', issue };
 * ```
 * @category Ledger files
 */
export interface LedgerCellIssue {
  readonly column: string | undefined;
  readonly issue: Issue;
  /** Where inside the cell, for a cell that holds a list or JSON (e.g. `household.children.0.phone`). */
  readonly within?: IssuePath;
  /**
   * The spreadsheet row of the cell, when it is not the row of its record: a child read from a
   * row of its own below the elder's, or from a children sheet (then `sheet` names it).
   */
  readonly row?: number;
  readonly sheet?: string;
}

/**
 * A row of a ledger file with what was found in it: its spreadsheet row number (the heading row
 * is 1), its cells as text, and the issues.
 * @example
 * ```ts
 * for (const bad of read.invalid) console.log(bad.row, bad.issues.length);
 * ```
 * @category Ledger files
 */
export interface LedgerFileRow {
  readonly row: number;
  /** The sheet (or file) the row is in, when it is not the ledger's own: a children sheet. */
  readonly sheet?: string;
  readonly cells: readonly string[];
  readonly issues: readonly LedgerCellIssue[];
}

/**
 * A row of a ledger file that holds no record and was skipped, with why: the title
 * (××乡农村留守老年人信息台账), a 填报单位 / 填报日期 line, a heading row, a blank spacer, or a
 * 合计 / 备注 / 填表人 line below the records.
 * @example
 * ```ts
 * for (const row of read.skipped) console.log(row.row, row.reason);
 * ```
 * @category Ledger files
 */
export interface SkippedRow {
  readonly row: number;
  readonly reason: 'title' | 'reportLine' | 'heading' | 'blank' | 'total' | 'note';
  readonly cells: readonly string[];
}

/**
 * What a file says of itself above its heading: its title, the reporting unit (填报单位) and the
 * reporting date (填报日期), when it gives them.
 * @example
 * ```ts
 * read.header.reportedOn; // '2026-03-31'
 * ```
 * @category Ledger files
 */
export interface LedgerFileHeader {
  readonly title?: string;
  readonly reportedBy?: string;
  readonly reportedOn?: PlainDate;
}

/**
 * A ledger file read: the accepted records (with the row each came from), the rows not accepted
 * with every issue, warnings about facts left unknown in records that were kept (a cell that
 * could not be read, a contradiction, a masked resident ID or phone number), the language of
 * the headings, and the lists taken as complete.
 * @example
 * ```ts
 * const read: LedgerSheetRead<'elders'> = readLedgerCsv(text, { kind: 'elders' });
 * ```
 * @category Ledger files
 */
export interface LedgerSheetRead<K extends LedgerKind = LedgerKind> extends LedgerSheet<K> {
  readonly extraColumns: readonly string[];
  readonly extraCells: Readonly<Record<string, readonly string[]>>;
  /** The spreadsheet row of each record, parallel to `records`. */
  readonly rows: readonly number[];
  readonly invalid: readonly LedgerFileRow[];
  readonly warnings: readonly LedgerFileRow[];
  readonly language: 'zh-CN' | 'en';
  /** Rows that hold no record (title, headings, spacers, totals, notes), each with why. */
  readonly skipped: readonly SkippedRow[];
  /** The title and 填报 line above the heading, when the file has them. */
  readonly header: LedgerFileHeader;
  /**
   * The lists the reader took as complete (option `listsComplete`, elders only): an elder with
   * none listed has `[]` there (known: none), not nothing (unknown). Empty unless asked.
   */
  readonly listsComplete: readonly LedgerList[];
}
