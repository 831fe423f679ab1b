import { GuanaiError, type Issue, type IssuePath, issue } from '../errors/index.js';
import { checkRecord } from './checkRecord.js';
import { fieldKeys, getField, isTree, setField } from './fieldPath.js';
import { translateEnumLabels } from './jsonEnumLabels.js';
import { cellOptionsOf, type LedgerCellOptions } from './ledgerCellOptions.js';
import { MORE_COLUMN } from './ledgerColumns.js';
import {
  checkLedgerKind,
  LEDGER_SCHEMAS,
  type LedgerKind,
  type LedgerRecords,
} from './ledgerKind.js';
import { layoutOf, placeOf } from './ledgerLayout.js';
import { checkSize, type LedgerReadLimits, ledgerReadLimits } from './ledgerReadLimits.js';
import type { LedgerCellIssue, LedgerFileRow, LedgerSheetRead } from './ledgerSheet.js';
import { takeMaskedValues } from './nestedSensitive.js';
import { readCell } from './readCell.js';
import { dateOfCell } from './readDateText.js';
import { readMembers } from './readMembers.js';
import type { ShapedRow } from './shapedTable.js';
import { type SheetMerge, shapeTable } from './shapeTable.js';

const VILLAGE_CODE = ['residence', 'villageCode'];

const startsWith = (path: IssuePath, prefix: IssuePath) =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

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
 * Read the rows of a ledger file — the heading row first, then one row per record — into
 * checked records. Headings may be Chinese or English (or a known alias), in any order; cells
 * may be text (CSV) or a spreadsheet's numbers, booleans and dates. Every row not accepted comes
 * back with its row number, the column of each issue and the coded reason; good rows are kept;
 * rows that hold no record — a title and 填报 lines above the heading (read into `header`), a
 * one- or two-row heading, blank rows, 合计 and 备注 rows — are listed in `skipped`, and a 序号
 * column is dropped; unknown columns are kept with each record's cells; masked values are
 * left unknown with a warning. Ids must be unique within the file. Checks across files (does a
 * pairing's elder exist?) are `parseLedger`'s and `parseVisitRecords`'. A row may be missing
 * (a hole: blank). Bounded by `limits` (see {@link LedgerReadLimits}): more rows, or more rows ×
 * columns, throw `input_too_large`; a cell longer than `textLength` makes its row invalid.
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
 * ]);
 * read.records[0]?.birthDate; // '1950-03-08'
 * ```
 * @category Ledger files
 */
export function readLedgerRows<K extends LedgerKind>(
  kind: K,
  table: readonly (readonly unknown[])[],
  options: {
    readonly limits?: LedgerReadLimits;
    /** @internal A workbook's merged ranges, so a two-row heading's group cells are read exactly. */
    readonly merges?: readonly SheetMerge[];
  } & LedgerCellOptions = {},
): LedgerSheetRead<K> {
  const limits = ledgerReadLimits(options?.limits);
  checkLedgerKind(kind);
  const reading = cellOptionsOf(options);
  const cellsOf = plainTable(table, limits);
  const texts = cellsOf.map((cells) => cells.map(cellText));
  const merges = Array.isArray(options?.merges) ? options.merges : undefined;
  return readTable(kind, cellsOf, texts, new Map(), limits, reading, merges);
}

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
  reading: ReturnType<typeof cellOptionsOf> = cellOptionsOf(undefined),
): LedgerSheetRead<K> {
  checkLedgerKind(kind);
  checkTableSize(rows, limits);
  return readTable(kind, rows, rows, rowIssues, limits, reading, undefined);
}

/** The rows read: `cellsOf` as readers give cells, `texts` the same cells as text. */
function readTable<K extends LedgerKind>(
  kind: K,
  cellsOf: readonly (readonly unknown[])[],
  texts: readonly (readonly string[])[],
  rowIssues: ReadonlyMap<number, Issue>,
  limits: Readonly<Required<LedgerReadLimits>>,
  reading: ReturnType<typeof cellOptionsOf>,
  merges: readonly SheetMerge[] | undefined,
): LedgerSheetRead<K> {
  const shaped = shapeTable(kind, cellsOf, texts, { rowIssues, ...(merges ? { merges } : {}) });
  const reportedOn = reading.reportedOn ?? shaped.header.reportedOn;
  const width = shaped.rows.reduce(
    (widest, row) => Math.max(widest, row.texts.length),
    shaped.headings.length,
  );
  const headings = Array.from({ length: width }, (_, i) => shaped.headings[i] ?? '');
  const hasData = blankHeadedData(shaped.rows, headings);
  const layout = layoutOf(kind, headings, hasData);
  const more = layout.known.find((entry) => entry.column === MORE_COLUMN);
  const schema = LEDGER_SCHEMAS[kind];
  const records: LedgerRecords[K][] = [];
  const rows: number[] = [];
  const invalid: LedgerFileRow[] = [];
  const warnings: LedgerFileRow[] = [];
  // No prototype: a record whose id is "__proto__" keeps its cells like any other.
  const extraCells: Record<string, string[]> = Object.create(null);
  const firstRowOfId = new Map<string, number>();
  const headingIssue = rowIssues.get(shaped.headingRow - 1);
  const headingIssues = [
    ...(headingIssue ? [{ column: undefined, issue: headingIssue }] : []),
    ...tooLongCells(shaped.headingCells, headings, limits.textLength),
    ...layout.issues,
  ];
  if (headingIssues.length > 0)
    invalid.push({ row: shaped.headingRow, cells: shaped.headingCells, issues: headingIssues });

  for (const { row, cells, texts: text } of shaped.rows) {
    if (isBlankRow(text)) continue;
    const before = rowIssues.get(row - 1);
    const tooLong = tooLongCells(text, headings, limits.textLength);
    if (before || tooLong.length > 0) {
      const issues = before ? [{ column: undefined, issue: before }, ...tooLong] : tooLong;
      invalid.push({ row, cells: text, issues });
      continue;
    }
    const cellIssues: Issue[] = [];
    const masked: Issue[] = [];
    let record: Record<string, unknown> = {};
    const moreReading = more && readCell(MORE_COLUMN, cells[more.index], [], layout.language);
    if (moreReading && 'value' in moreReading) {
      if (isTree(moreReading.value)) record = moreReading.value;
      else
        cellIssues.push(
          issue('cell_format', [], { expected: 'json', value: text[more.index] ?? '' }),
        );
    } else if (moreReading) cellIssues.push(moreReading.issue);
    takeMaskedValues(record, [], masked);
    if (kind === 'elders') translateEnumLabels(record);
    for (const { index, column } of layout.known) {
      if (column === MORE_COLUMN) continue;
      const keys = fieldKeys(column.field);
      const reading = readCell(column, cells[index], keys, layout.language);
      if (!reading) continue;
      if ('value' in reading) {
        setField(record, keys, reading.value);
        if (column.cell === 'json') takeMaskedValues(reading.value, keys, masked);
      } else (reading.masked ? masked : cellIssues).push(reading.issue);
    }
    const members: { texts: readonly string[]; ordinals: ReadonlyMap<string, readonly number[]> } =
      {
        texts: text,
        ordinals: new Map(),
      };
    if (layout.groups.length > 0) {
      const villageCode = getField(record, VILLAGE_CODE);
      const context = {
        elderProvince: typeof villageCode === 'string' ? villageCode.slice(0, 2) : undefined,
        places: reading.places,
        reportedOn,
      };
      const found = { issues: cellIssues, warnings: masked };
      members.ordinals = readMembers(record, cells, text, layout, context, found);
    }

    const placed = (issues: readonly Issue[]) =>
      issues.map((found) => ({ ...placeOf(found.path, layout, kind, members), issue: found }));
    if (masked.length > 0) warnings.push({ row, cells: text, issues: placed(masked) });
    const parsed = checkRecord(schema, record);
    // A cell that could not be read is left out of the record; the schema's "missing" for it says
    // nothing more.
    const schemaIssues = parsed.ok
      ? []
      : parsed.issues.filter(
          (found) => !cellIssues.some((bad) => startsWith(found.path, bad.path)),
        );
    let issues = [...cellIssues, ...schemaIssues];
    if (issues.length === 0 && parsed.ok) {
      const id = (parsed.value as { id: string }).id;
      const firstRow = firstRowOfId.get(id);
      if (firstRow === undefined) {
        firstRowOfId.set(id, row);
        records.push(parsed.value);
        rows.push(row);
        extraCells[id] = layout.extra.map((entry) => text[entry.index] ?? '');
        continue;
      }
      issues = [issue('duplicate_row_id', ['id'], { id, firstRow })];
    }
    invalid.push({ row, cells: text, issues: placed(issues) });
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
  };
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
  for (const cell of text) if (cell.trim() !== '') return false;
  return true;
}

/** A `textLength` issue for each cell of a row longer than the limit. */
function tooLongCells(
  text: readonly string[],
  headings: readonly string[],
  limit: number,
): LedgerCellIssue[] {
  const found: LedgerCellIssue[] = [];
  text.forEach((cell, i) => {
    if (cell.length > limit)
      found.push({
        column: headings[i] ?? '',
        issue: issue('input_too_large', [], { what: 'textLength', size: cell.length, limit }),
      });
  });
  return found;
}
