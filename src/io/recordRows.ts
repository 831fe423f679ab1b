import { type Issue, issue } from '../errors/index.js';
import { fieldKeys } from './fieldPath.js';
import { cellOptionsOf, type LedgerCellOptions } from './ledgerCellOptions.js';
import { MORE_COLUMN } from './ledgerColumns.js';
import { type LedgerFactOptions, ledgerFactOptions } from './ledgerFactOptions.js';
import type { LedgerKind, LedgerRecords } from './ledgerKind.js';
import { type Layout, layoutOf, placeOf } from './ledgerLayout.js';
import type { LedgerReadLimits } from './ledgerReadLimits.js';
import type {
  LedgerCellIssue,
  LedgerFileHeader,
  LedgerFileRow,
  LedgerSheetRead,
  SkippedRow,
} from './ledgerSheet.js';
import { type RowReader, readRecordRow } from './readRecordRow.js';
import { isIdentityPath } from './settleRecord.js';
import type { CellOrigin, ShapedRow, ShapedTable } from './shapedTable.js';
import { withOrigin } from './shapeLedger.js';

/**
 * The records of a ledger file as they are read, row by row: what every row is read with (the
 * layout its heading gives) and what the rows read so far gave. @internal
 */
export interface RecordRows<K extends LedgerKind> {
  readonly kind: K;
  readonly layout: Layout;
  readonly reader: RowReader<K>;
  readonly headings: readonly string[];
  readonly limits: Readonly<Required<LedgerReadLimits>>;
  readonly rowIssues: ReadonlyMap<number, Issue>;
  /** The columns a too-long cell of rejects its row (all of them when strict). */
  readonly identity: ReadonlySet<number>;
  readonly records: LedgerRecords[K][];
  readonly rows: number[];
  readonly invalid: LedgerFileRow[];
  readonly warnings: LedgerFileRow[];
  readonly extraCells: Record<string, string[]>;
  readonly firstRowOfId: Record<string, number>;
}

/**
 * Start reading the rows below a shaped heading: the layout its headings give — padded with
 * blank headings to the widest of `rows` (the rows a reader has in hand: all of them, or none
 * when they come one by one and none is wider than the heading) — and the heading's own issues.
 * @internal
 */
export function startRecordRows<K extends LedgerKind>(
  kind: K,
  shaped: Pick<ShapedTable, 'headings' | 'headingCells' | 'headingRow' | 'header'>,
  rows: readonly ShapedRow[],
  rowIssues: ReadonlyMap<number, Issue>,
  limits: Readonly<Required<LedgerReadLimits>>,
  options: LedgerFactOptions & LedgerCellOptions,
): RecordRows<K> {
  const width = rows.reduce(
    (widest, row) => Math.max(widest, row.texts.length),
    shaped.headings.length,
  );
  const headings = Array.from({ length: width }, (_, i) => shaped.headings[i] ?? '');
  const layout = layoutOf(kind, headings, blankHeadedData(rows, headings));
  const reader = rowReaderOf(kind, layout, headings, shaped.header, options);
  const identity = new Set(
    reader.strict
      ? headings.keys()
      : layout.known
          .filter(({ column }) => isIdentityPath(kind, fieldKeys(column.field)))
          .map(({ index }) => index),
  );
  const invalid: LedgerFileRow[] = [];
  const headingIssues = headingIssuesOf(shaped, headings, layout, rowIssues, limits);
  if (headingIssues.length > 0)
    invalid.push({ row: shaped.headingRow, cells: shaped.headingCells, issues: headingIssues });
  return {
    kind,
    layout,
    reader,
    headings,
    limits,
    rowIssues,
    identity,
    records: [],
    rows: [],
    invalid,
    warnings: [],
    // No prototype: a record whose id is "__proto__" keeps its cells like any other.
    extraCells: Object.create(null),
    // A record without a prototype, as extraCells: the id is made a property key (interned)
    // once, for both; a Map hashed it apart and cost as much again (CPU profile).
    firstRowOfId: Object.create(null),
  };
}

/** What every row is read with: the layout, the options, and the 填报日期 the header gives. */
function rowReaderOf<K extends LedgerKind>(
  kind: K,
  layout: Layout,
  headings: readonly string[],
  header: LedgerFileHeader,
  options: LedgerFactOptions & LedgerCellOptions,
): RowReader<K> {
  const cellOptions = cellOptionsOf(options);
  const facts = ledgerFactOptions(options);
  return {
    kind,
    layout,
    more: layout.known.find((entry) => entry.column === MORE_COLUMN)?.index,
    strict: facts.strict,
    listsComplete: kind === 'elders' ? facts.listsComplete : [],
    places: cellOptions.places,
    reportedOn: cellOptions.reportedOn ?? header.reportedOn,
    columnOf: firstColumnOf(headings),
  };
}

/** The heading row's own issues: its parse issue, its too-long cells, its layout's. */
function headingIssuesOf(
  shaped: Pick<ShapedTable, 'headingCells' | 'headingRow'>,
  headings: readonly string[],
  layout: Layout,
  rowIssues: ReadonlyMap<number, Issue>,
  limits: Readonly<Required<LedgerReadLimits>>,
): LedgerCellIssue[] {
  const headingIssue = rowIssues.get(shaped.headingRow - 1);
  return [
    ...(headingIssue ? [{ column: undefined, issue: headingIssue }] : []),
    ...tooLongCells(shaped.headingCells, headings, limits.textLength).map((long) => long.found),
    ...layout.issues,
  ];
}

/** Read one row that may hold a record: a record, an invalid row, warnings, or nothing (blank). @internal */
export function readShapedRow<K extends LedgerKind>(
  read: RecordRows<K>,
  shapedRow: ShapedRow,
): void {
  const { headings, limits, identity, layout, kind, invalid, warnings } = read;
  const { row, texts: text, origins } = shapedRow;
  if (isBlankRow(text)) return;
  const before = read.rowIssues.get(row - 1);
  const tooLong = tooLongCells(text, headings, limits.textLength, origins);
  // A too-long fact cell is read as blank and warned of; anything else rejects the row.
  const readable =
    before || tooLong.length === 0 ? undefined : withoutLongCells(shapedRow, tooLong, identity);
  if (before || (tooLong.length > 0 && !readable)) {
    const long = tooLong.map((cell) => cell.found);
    const issues = before ? [{ column: undefined, issue: before }, ...long] : long;
    invalid.push({ row, cells: text, issues });
    return;
  }
  const rowRead = readRecordRow(read.reader, readable ?? shapedRow);
  const rowWarnings = readable
    ? [...tooLong.map((cell) => cell.found), ...rowRead.warnings]
    : rowRead.warnings;
  if (rowWarnings.length > 0) warnings.push({ row, cells: text, issues: rowWarnings });
  const record = rowRead.record;
  if (!record) {
    invalid.push({ row, cells: text, issues: rowRead.issues });
    return;
  }
  const id = (record as { id: string }).id;
  const firstRow = read.firstRowOfId[id];
  if (firstRow !== undefined) {
    const duplicate = issue('duplicate_row_id', ['id'], { id, firstRow });
    invalid.push({
      row,
      cells: text,
      issues: [{ ...placeOf(['id'], layout, kind), issue: duplicate }],
    });
    return;
  }
  read.firstRowOfId[id] = row;
  read.records.push(record);
  read.rows.push(row);
  read.extraCells[id] = layout.extra.map((entry) => text[entry.index] ?? '');
}

/**
 * The read, once every row is: with the rows set aside while shaping (a child row of no elder
 * …) in their place by row, after the ledger's own rows those of a children sheet. @internal
 */
export function finishRecordRows<K extends LedgerKind>(
  read: RecordRows<K>,
  shaped: {
    readonly skipped: readonly SkippedRow[];
    readonly header: LedgerFileHeader;
    readonly invalid?: readonly LedgerFileRow[] | undefined;
  },
): LedgerSheetRead<K> {
  const { invalid, layout } = read;
  if (shaped.invalid?.length) {
    invalid.push(...shaped.invalid);
    invalid.sort(
      (a, b) => (a.sheet === undefined ? 0 : 1) - (b.sheet === undefined ? 0 : 1) || a.row - b.row,
    );
  }
  return {
    kind: read.kind,
    records: read.records,
    rows: read.rows,
    invalid,
    warnings: read.warnings,
    extraColumns: layout.extra.map((entry) => entry.heading),
    extraCells: read.extraCells,
    language: layout.language,
    skipped: shaped.skipped,
    header: shaped.header,
    listsComplete: read.reader.listsComplete,
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
