import { GuanaiError, type Issue, issue } from '../errors/index.js';
import { fieldKeys } from './fieldPath.js';
import { cellOptionsOf, type LedgerCellOptions } from './ledgerCellOptions.js';
import { MORE_COLUMN } from './ledgerColumns.js';
import { type LedgerFactOptions, ledgerFactOptions } from './ledgerFactOptions.js';
import { checkLedgerKind, type LedgerKind, type LedgerRecords } from './ledgerKind.js';
import { layoutOf, placeOf } from './ledgerLayout.js';
import { checkSize, type LedgerReadLimits, ledgerReadLimits } from './ledgerReadLimits.js';
import type { LedgerCellIssue, LedgerFileRow, LedgerSheetRead } from './ledgerSheet.js';
import { dateOfCell } from './readDateText.js';
import { type RowReader, readRecordRow } from './readRecordRow.js';
import { isIdentityPath } from './settleRecord.js';
import type { CellOrigin, ShapedRow } from './shapedTable.js';
import { shapeLedger, type TableExtras, withOrigin } from './shapeLedger.js';
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
  const cellOptions = cellOptionsOf(options);
  const width = shaped.rows.reduce(
    (widest, row) => Math.max(widest, row.texts.length),
    shaped.headings.length,
  );
  const headings = Array.from({ length: width }, (_, i) => shaped.headings[i] ?? '');
  const hasData = blankHeadedData(shaped.rows, headings);
  const layout = layoutOf(kind, headings, hasData);
  const facts = ledgerFactOptions(options);
  const listsComplete = kind === 'elders' ? facts.listsComplete : [];
  const reader: RowReader<K> = {
    kind,
    layout,
    more: layout.known.find((entry) => entry.column === MORE_COLUMN)?.index,
    strict: facts.strict,
    listsComplete,
    places: cellOptions.places,
    reportedOn: cellOptions.reportedOn ?? shaped.header.reportedOn,
    columnOf: firstColumnOf(headings),
  };
  // The columns a too-long cell of rejects its row (all of them when strict).
  const identity = new Set(
    facts.strict
      ? headings.keys()
      : layout.known
          .filter(({ column }) => isIdentityPath(kind, fieldKeys(column.field)))
          .map(({ index }) => index),
  );
  const records: LedgerRecords[K][] = [];
  const rows: number[] = [];
  const invalid: LedgerFileRow[] = [];
  const warnings: LedgerFileRow[] = [];
  // No prototype: a record whose id is "__proto__" keeps its cells like any other.
  const extraCells: Record<string, string[]> = Object.create(null);
  // A record without a prototype, as extraCells: the id is made a property key (interned)
  // once, for both; a Map hashed it apart and cost as much again (CPU profile).
  const firstRowOfId: Record<string, number> = Object.create(null);
  const headingIssue = rowIssues.get(shaped.headingRow - 1);
  const headingIssues = [
    ...(headingIssue ? [{ column: undefined, issue: headingIssue }] : []),
    ...tooLongCells(shaped.headingCells, headings, limits.textLength).map((long) => long.found),
    ...layout.issues,
  ];
  if (headingIssues.length > 0)
    invalid.push({ row: shaped.headingRow, cells: shaped.headingCells, issues: headingIssues });

  for (const shapedRow of shaped.rows) {
    const { row, texts: text, origins } = shapedRow;
    if (isBlankRow(text)) continue;
    const before = rowIssues.get(row - 1);
    const tooLong = tooLongCells(text, headings, limits.textLength, origins);
    // A too-long fact cell is read as blank and warned of; anything else rejects the row.
    const readable =
      before || tooLong.length === 0 ? undefined : withoutLongCells(shapedRow, tooLong, identity);
    if (before || (tooLong.length > 0 && !readable)) {
      const long = tooLong.map((cell) => cell.found);
      const issues = before ? [{ column: undefined, issue: before }, ...long] : long;
      invalid.push({ row, cells: text, issues });
      continue;
    }
    const read = readRecordRow(reader, readable ?? shapedRow);
    const rowWarnings = readable
      ? [...tooLong.map((cell) => cell.found), ...read.warnings]
      : read.warnings;
    if (rowWarnings.length > 0) warnings.push({ row, cells: text, issues: rowWarnings });
    const record = read.record;
    if (!record) {
      invalid.push({ row, cells: text, issues: read.issues });
      continue;
    }
    const id = (record as { id: string }).id;
    const firstRow = firstRowOfId[id];
    if (firstRow !== undefined) {
      const duplicate = issue('duplicate_row_id', ['id'], { id, firstRow });
      invalid.push({
        row,
        cells: text,
        issues: [{ ...placeOf(['id'], layout, kind), issue: duplicate }],
      });
      continue;
    }
    firstRowOfId[id] = row;
    records.push(record);
    rows.push(row);
    extraCells[id] = layout.extra.map((entry) => text[entry.index] ?? '');
  }
  // Rows set aside while shaping (a child row of no elder …) take their place by row, after
  // the ledger's own rows those of a children sheet.
  if (shaped.invalid?.length) {
    invalid.push(...shaped.invalid);
    invalid.sort(
      (a, b) => (a.sheet === undefined ? 0 : 1) - (b.sheet === undefined ? 0 : 1) || a.row - b.row,
    );
  }
  return {
    kind,
    records,
    rows,
    invalid,
    warnings,
    extraColumns: layout.extra.map((entry) => entry.heading),
    extraCells,
    language: layout.language,
    skipped: shaped.skipped,
    header: shaped.header,
    listsComplete,
  };
}

/** Each heading's first column, to find where an issue's cell came from. */
function firstColumnOf(headings: readonly string[]): ReadonlyMap<string, number> {
  const columnOf = new Map<string, number>();
  headings.forEach((heading, index) => {
    if (!columnOf.has(heading)) columnOf.set(heading, index);
  });
  return columnOf;
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

/**
 * Which columns without a heading hold anything below it — the only columns whose data decides
 * whether they are kept; a column with a heading is kept either way.
 */
function blankHeadedData(rows: readonly ShapedRow[], headings: readonly string[]): boolean[] {
  const hasData: boolean[] = [];
  headings.forEach((heading, i) => {
    if (heading !== '') return;
    for (let r = 0; r < rows.length && !hasData[i]; r++)
      if ((rows[r]?.texts[i] ?? '').trim() !== '') hasData[i] = true;
  });
  return hasData;
}

/** A row whose every cell is blank (or white space): skipped. */
function isBlankRow(text: readonly string[]): boolean {
  for (let i = 0; i < text.length; i++) {
    const cell = text[i] as string;
    // Most rows' first cell starts with a letter or digit: no trimmed copy made to see it.
    if (cell.length > 0 && (cell.charCodeAt(0) > 0x7f || cell.charCodeAt(0) <= 0x20)) {
      if (cell.trim() !== '') return false;
    } else if (cell.length > 0) return false;
  }
  return true;
}

/** A cell longer than the limit: its index and its `textLength` issue. */
interface LongCell {
  readonly index: number;
  readonly found: LedgerCellIssue;
}

const NO_LONG_CELLS: readonly LongCell[] = [];

/** A `textLength` issue for each cell of a row longer than the limit. */
function tooLongCells(
  text: readonly string[],
  headings: readonly string[],
  limit: number,
  origins?: readonly (CellOrigin | undefined)[],
): readonly LongCell[] {
  let found: LongCell[] | undefined;
  // A plain loop: this runs on every row, and a closure per row showed in profiles.
  for (let index = 0; index < text.length; index++) {
    const size = (text[index] as string).length;
    if (size <= limit) continue;
    found ??= [];
    found.push({
      index,
      found: withOrigin(
        {
          column: headings[index] ?? '',
          issue: issue('input_too_large', [], { what: 'textLength', size, limit }),
        },
        origins?.[index],
      ),
    });
  }
  return found ?? NO_LONG_CELLS;
}

/**
 * The row with its too-long cells blank (their facts unknown, as the reader never reads a
 * cell past the limit), or undefined when one of them is in an `identity` column.
 */
function withoutLongCells(
  shapedRow: ShapedRow,
  long: readonly LongCell[],
  identity: ReadonlySet<number>,
): ShapedRow | undefined {
  if (long.some(({ index }) => identity.has(index))) return undefined;
  const cells = [...shapedRow.cells];
  const texts = [...shapedRow.texts];
  for (const { index } of long) {
    cells[index] = undefined;
    texts[index] = '';
  }
  return { ...shapedRow, cells, texts };
}
