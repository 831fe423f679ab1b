import { GuanaiError, type Issue, issue } from '../errors/index.js';
import type { LedgerCellOptions } from './ledgerCellOptions.js';
import type { LedgerFactOptions } from './ledgerFactOptions.js';
import { checkLedgerKind, type LedgerKind } from './ledgerKind.js';
import { checkSize, type LedgerReadLimits, ledgerReadLimits } from './ledgerReadLimits.js';
import type { LedgerSheetRead } from './ledgerSheet.js';
import { dateOfCell } from './readDateText.js';
import { finishRecordRows, readShapedRow, startRecordRows } from './recordRows.js';
import { shapeLedger, type TableExtras } from './shapeLedger.js';
import type { SheetMerge } from './shapeTable.js';

/** A cell as one of the values readers give (text, number, boolean, Date), or undefined. */
function plainCell(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  switch (typeof value) {
    case 'string':
    case 'number':
    case 'boolean':
      return value;
    case 'bigint':
      return String(value);
    default:
      if (value instanceof Date) return value;
      // Something no reader gives (an object, a symbol): its text, without running its code.
      return Object.prototype.toString.call(value);
  }
}

/** A plain cell's text ('' for none). */
const cellText = (value: unknown): string => {
  if (value === undefined) return '';
  if (value instanceof Date) return dateOfCell(value) ?? String(value);
  return String(value);
};

/**
 * Options of `readLedgerRows`: limits on the table's size (see {@link LedgerReadLimits}), and
 * how bad facts and unlisted lists are read (see {@link LedgerFactOptions}: `strict`,
 * `listsComplete`).
 * @example
 * ```ts
 * const options: ReadLedgerRowsOptions = { strict: true, limits: { rows: 50_000 } };
 * ```
 * @category Ledger files
 */
export interface ReadLedgerRowsOptions extends LedgerFactOptions, LedgerCellOptions {
  readonly limits?: LedgerReadLimits;
  /** @internal A workbook's merged ranges, so a two-row heading's group cells are read exactly. */
  readonly merges?: readonly SheetMerge[];
  /** @internal A children sheet of an elders' workbook, joined by the elder's id or 身份证号. */
  readonly children?: {
    readonly table: readonly (readonly unknown[])[];
    readonly sheet: string;
  };
}

/**
 * Read the rows of a ledger file — the heading row first, then one row per record — into
 * checked records. Headings may be Chinese or English (or a known alias), in any order; cells
 * may be text (CSV) or a spreadsheet's numbers, booleans and dates. Rows that hold no record —
 * a title and 填报 lines above the heading (read into `header`), a one- or two-row heading,
 * blank rows, 合计 and 备注 rows — are listed in `skipped`, and a 序号 column is dropped.
 * Nothing is dropped: a row
 * whose identity cells are bad (an elder's id, name, village code or resident ID …) comes back
 * in `invalid` with its row number, the column of each issue and the coded reason; a bad fact
 * cell (any other column, or a field in a JSON cell), or a fact the record contradicts itself
 * on, is left out of the record (unknown) and comes back in `warnings` with its row, column
 * and code — the record is kept. This is the default since issue 16; `strict: true` rejects
 * such rows as before. `listsComplete` takes the file's children or supporter columns as
 * complete (none listed means none) and the read says so in `listsComplete`. Blank rows are
 * skipped; unknown columns are kept with each record's cells; masked values are left unknown
 * with a warning. Ids must be unique within the file. Checks across files (does a pairing's
 * elder exist?) are `parseLedger`'s and `parseVisitRecords`'. A row may be missing (a hole:
 * blank). Bounded by `limits` (see {@link LedgerReadLimits}): more rows, or more rows ×
 * columns, throw `input_too_large`; a cell longer than `textLength` is left unread: a fact cell
 * with a warning (its fact unknown), an identity cell (or any, when `strict`) making its row
 * invalid.
 *
 * Elders' files may give children, other support obligors and the entrusted carer as group
 * columns (子女1姓名 … 子女N联系电话, 赡养人1…, 委托照料人…, or `Child 1 name` …): they fill
 * `household.children` and `household.otherSupportObligors` in ordinal order (a member with no
 * cell filled is not made: 子女1 and 子女3 give two children) and `household.entrustedCarer`,
 * merged by index with what 其他信息（JSON） gives, the columns winning field by field. Places
 * (去向) are read against the elder's province and `places`; 外出时间 as a day, a month or
 * 常年在外 counted back a year from `reportedOn` (else the file's 填报日期) — see the ledger
 * files guide. Enum labels (外出务工, 儿子) are read as keys in the JSON column too.
 *
 * @example
 * ```ts
 * const read = readLedgerRows('elders', [
 *   ['编号', '姓名', '村（社区）代码', '出生日期'],
 *   ['E-1', '王秀英', '530325101203', '1950年3月8日'],
 *   ['E-2', '李桂兰', '530325101203', '1948年13月1日'],
 * ]);
 * read.records[0]?.birthDate; // '1950-03-08'
 * read.records.length; // 2: E-2 kept, its birth date unknown
 * read.warnings[0]?.issues[0]?.column; // '出生日期'
 * ```
 * @category Ledger files
 */
export function readLedgerRows<K extends LedgerKind>(
  kind: K,
  table: readonly (readonly unknown[])[],
  options: ReadLedgerRowsOptions = {},
): LedgerSheetRead<K> {
  const limits = ledgerReadLimits(options?.limits);
  checkLedgerKind(kind);
  const cellsOf = plainTable(table, limits);
  const merges = Array.isArray(options?.merges) ? options.merges : undefined;
  const children = options?.children;
  const childCells = children && plainTable(children.table, limits);
  return readTable(kind, cellsOf, cellsOf.map(textsOf), new Map(), limits, options ?? {}, {
    ...(merges ? { merges } : {}),
    ...(children && childCells
      ? {
          children: {
            cellsOf: childCells,
            texts: childCells.map(textsOf),
            rowIssues: new Map(),
            sheet: children.sheet,
          },
        }
      : {}),
  });
}

const textsOf = (cells: readonly unknown[]) => cells.map(cellText);

/**
 * {@link readLedgerRows} for rows of text the caller made and hands over (a CSV file's), with
 * issues its reader found on some rows before their cells (a CSV quote left open): such rows
 * are returned as invalid, never as records. The rows are read as they are, not copied.
 * @internal
 */
export function readTextRows<K extends LedgerKind>(
  kind: K,
  rows: string[][],
  rowIssues: ReadonlyMap<number, Issue>,
  limits: Readonly<Required<LedgerReadLimits>>,
  options: LedgerFactOptions & LedgerCellOptions = {},
  children?: {
    readonly rows: string[][];
    readonly rowIssues: ReadonlyMap<number, Issue>;
    readonly sheet: string;
  },
): LedgerSheetRead<K> {
  checkLedgerKind(kind);
  checkTableSize(rows, limits);
  if (children) checkTableSize(children.rows, limits);
  const extras: TableExtras = children
    ? { children: { ...children, cellsOf: children.rows, texts: children.rows } }
    : {};
  return readTable(kind, rows, rows, rowIssues, limits, options, extras);
}

/** The rows read: `cellsOf` as readers give cells, `texts` the same cells as text. */
function readTable<K extends LedgerKind>(
  kind: K,
  cellsOf: readonly (readonly unknown[])[],
  texts: readonly (readonly string[])[],
  rowIssues: ReadonlyMap<number, Issue>,
  limits: Readonly<Required<LedgerReadLimits>>,
  options: LedgerFactOptions & LedgerCellOptions,
  extras: TableExtras,
): LedgerSheetRead<K> {
  const shaped = shapeLedger(kind, cellsOf, texts, rowIssues, extras);
  const read = startRecordRows(kind, shaped, shaped.rows, rowIssues, limits, options);
  for (const shapedRow of shaped.rows) readShapedRow(read, shapedRow);
  return finishRecordRows(read, shaped);
}

/**
 * The table's rows as dense arrays of plain cells, after its size is checked against `limits`
 * — before any work that grows with it. A missing row is blank.
 */
function plainTable(
  table: readonly (readonly unknown[])[],
  limits: Readonly<Required<LedgerReadLimits>>,
): unknown[][] {
  checkTableSize(table, limits);
  return Array.from(table, (row) => (row ? Array.from(row, plainCell) : []));
}

/** Rows, then rows × columns, checked against `limits`; a coded error for rows that are not rows. */
function checkTableSize(
  table: readonly (readonly unknown[])[],
  limits: Readonly<Required<LedgerReadLimits>>,
): void {
  const notRows = () =>
    new GuanaiError([issue('invalid_argument', ['table'], { name: 'table', rule: 'rowsOfCells' })]);
  if (!Array.isArray(table)) throw notRows();
  checkSize('rows', table.length, limits.rows);
  let width = 0;
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    if (row === undefined) continue;
    if (!Array.isArray(row)) throw notRows();
    if (row.length > width) width = row.length;
  }
  checkSize('cells', table.length * width, limits.cells);
}
