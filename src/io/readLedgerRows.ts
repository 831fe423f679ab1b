import { GuanaiError, type Issue, type IssuePath, issue } from '../errors/index.js';
import { checkRecord } from './checkRecord.js';
import { fieldKeys, isTree, setField } from './fieldPath.js';
import { foldChildRows, type MergedRange } from './foldChildRows.js';
import { columnsByHeading } from './headingIndex.js';
import { type ChildrenSheet, joinChildren } from './joinChildren.js';
import { labelKey } from './labelIndex.js';
import { headingIn, type LedgerLanguage } from './language.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_COLUMNS, MORE_COLUMN } from './ledgerColumns.js';
import {
  checkLedgerKind,
  LEDGER_SCHEMAS,
  type LedgerKind,
  type LedgerRecords,
} from './ledgerKind.js';
import { checkSize, type LedgerReadLimits, ledgerReadLimits } from './ledgerReadLimits.js';
import type { LedgerCellIssue, LedgerFileRow, LedgerSheetRead } from './ledgerSheet.js';
import { takeMaskedValues } from './nestedSensitive.js';
import { readCell } from './readCell.js';
import { dateOfCell } from './readDateText.js';
import {
  type CellOrigin,
  firstRowHeading,
  type ShapedRow,
  type ShapedTable,
} from './shapedTable.js';

/** Where each heading of a file goes: a known column, or an extra column kept as it is. */
interface Layout {
  readonly known: readonly { readonly index: number; readonly column: LedgerColumn }[];
  readonly extra: readonly { readonly index: number; readonly heading: string }[];
  readonly headingOf: ReadonlyMap<LedgerColumn, string>;
  readonly language: LedgerLanguage;
  readonly issues: readonly LedgerCellIssue[];
}

function layoutOf(
  kind: LedgerKind,
  headings: readonly string[],
  hasData: readonly boolean[],
): Layout {
  const byHeading = columnsByHeading(kind);
  const known: { index: number; column: LedgerColumn }[] = [];
  const extra: { index: number; heading: string }[] = [];
  const headingOf = new Map<LedgerColumn, string>();
  const issues: LedgerCellIssue[] = [];
  let zh = 0;
  let en = 0;
  headings.forEach((heading, index) => {
    const column = byHeading.get(labelKey(heading));
    if (!column) {
      // A column without a heading is kept too when it holds anything: nothing read is dropped.
      if (heading !== '' || hasData[index]) extra.push({ index, heading });
      return;
    }
    if (headingOf.has(column)) {
      issues.push({ column: heading, issue: issue('duplicate_column', [], { column: heading }) });
      return;
    }
    known.push({ index, column });
    headingOf.set(column, heading);
    if (labelKey(heading) === labelKey(column.en)) en++;
    else zh++;
  });
  return { known, extra, headingOf, language: en > zh ? 'en' : 'zh-CN', issues };
}

const startsWith = (path: IssuePath, prefix: IssuePath) =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * Where a record path lies in the file: the known column with the longest matching field (else
 * 其他信息), and the rest of the path inside that column's cell.
 */
function placeOf(path: IssuePath, layout: Layout, kind: LedgerKind): LedgerCellIssuePlace {
  let best: LedgerColumn | undefined;
  for (const column of LEDGER_COLUMNS[kind]) {
    const keys = fieldKeys(column.field);
    if (startsWith(path, keys) && keys.length > fieldKeys(best?.field ?? '').length) best = column;
  }
  const column = best ?? (layout.headingOf.has(MORE_COLUMN) ? MORE_COLUMN : undefined);
  if (!column) return { column: undefined };
  const within = path.slice(fieldKeys(column.field).length);
  return {
    column: layout.headingOf.get(column) ?? headingIn(column, layout.language),
    ...(within.length > 0 ? { within } : {}),
  };
}

type LedgerCellIssuePlace = Omit<LedgerCellIssue, 'issue'>;

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
 * blank rows are skipped; unknown columns are kept with each record's cells; masked values are
 * left unknown with a warning. Ids must be unique within the file. Checks across files (does a
 * pairing's elder exist?) are `parseLedger`'s and `parseVisitRecords`'. A row may be missing
 * (a hole: blank). Bounded by `limits` (see {@link LedgerReadLimits}): more rows, or more rows ×
 * columns, throw `input_too_large`; a cell longer than `textLength` makes its row invalid.
 * For an elders' ledger, children on rows of their own below their elder (the elder's cells
 * blank or copied down) are folded into the elder's row as 子女2…, 子女3…; an issue about such a
 * child's cell carries the row it is on (`LedgerCellIssue.row`).
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
  options: ReadLedgerRowsOptions = {},
): LedgerSheetRead<K> {
  const limits = ledgerReadLimits(options?.limits);
  checkLedgerKind(kind);
  const cellsOf = plainTable(table, limits);
  const children = options?.children;
  const childCells = children && plainTable(children.table, limits);
  return readTable(kind, cellsOf, cellsOf.map(textsOf), new Map(), limits, {
    ...(options?.merges ? { merges: options.merges } : {}),
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
 * Options of {@link readLedgerRows}: limits on the table's size; and, for the file readers, the
 * worksheet's merged ranges and a children sheet to join (internal: their shapes may change).
 * @example
 * ```ts
 * const options: ReadLedgerRowsOptions = { limits: { rows: 200_000 } };
 * ```
 * @category Ledger files
 */
export interface ReadLedgerRowsOptions {
  readonly limits?: LedgerReadLimits;
  /** @internal The worksheet's merged ranges, 1-based and inclusive. */
  readonly merges?: readonly MergedRange[];
  /** @internal A children sheet of an elders' workbook, joined by the elder's id or 身份证号. */
  readonly children?: {
    readonly table: readonly (readonly unknown[])[];
    readonly sheet: string;
  };
}

/** What a file reader may add to a table: its merges, a children sheet (rows as given). */
interface TableExtras {
  readonly merges?: readonly MergedRange[];
  readonly children?: {
    readonly cellsOf: readonly (readonly unknown[])[];
    readonly texts: readonly (readonly string[])[];
    /** By row index, as `rowIssues` of the table. */
    readonly rowIssues: ReadonlyMap<number, Issue>;
    readonly sheet: string;
  };
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
  children?: {
    readonly rows: string[][];
    readonly rowIssues: ReadonlyMap<number, Issue>;
    readonly sheet: string;
  },
): LedgerSheetRead<K> {
  checkLedgerKind(kind);
  checkTableSize(rows, limits);
  if (children) checkTableSize(children.rows, limits);
  return readTable(
    kind,
    rows,
    rows,
    rowIssues,
    limits,
    children ? { children: { ...children, cellsOf: children.rows, texts: children.rows } } : {},
  );
}

/**
 * The table in the shape records are read from: the heading found, and for an elders' ledger
 * children on rows of their own folded into their elder's row and a children sheet joined.
 */
function shapeOf(
  kind: LedgerKind,
  cellsOf: readonly (readonly unknown[])[],
  texts: readonly (readonly string[])[],
  rowIssues: ReadonlyMap<number, Issue>,
  extras: TableExtras,
): ShapedTable {
  const shaped = firstRowHeading(cellsOf, texts);
  if (kind !== 'elders') return shaped;
  const { merges, children } = extras;
  // A row its reader found broken (a CSV quote left open) is never taken for a child row.
  const folded = foldChildRows(shaped, {
    ...(merges ? { merges } : {}),
    broken: (row) => rowIssues.has(row - 1),
  });
  if (!children) return folded;
  const byRow = new Map<number, Issue>();
  for (const [index, found] of children.rowIssues) byRow.set(index + 1, found);
  const sheet: ChildrenSheet = {
    table: firstRowHeading(children.cellsOf, children.texts),
    sheet: children.sheet,
    rowIssues: byRow,
  };
  return joinChildren(folded, sheet);
}

/** The rows read: `cellsOf` as readers give cells, `texts` the same cells as text. */
function readTable<K extends LedgerKind>(
  kind: K,
  cellsOf: readonly (readonly unknown[])[],
  texts: readonly (readonly string[])[],
  rowIssues: ReadonlyMap<number, Issue>,
  limits: Readonly<Required<LedgerReadLimits>>,
  extras: TableExtras = {},
): LedgerSheetRead<K> {
  const shaped = shapeOf(kind, cellsOf, texts, rowIssues, extras);
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

  const columnOf = new Map<string, number>();
  headings.forEach((heading, index) => {
    if (!columnOf.has(heading)) columnOf.set(heading, index);
  });
  for (const shapedRow of shaped.rows) {
    const { row, cells, texts: text, origins } = shapedRow;
    if (isBlankRow(text)) continue;
    const before = rowIssues.get(row - 1);
    const tooLong = tooLongCells(text, headings, limits.textLength, origins);
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

    const placed = (issues: readonly Issue[]) =>
      issues.map((found) => {
        const place = placeOf(found.path, layout, kind);
        const origin = origins && place.column !== undefined ? columnOf.get(place.column) : -1;
        return withOrigin({ ...place, issue: found }, origins?.[origin ?? -1]);
      });
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
  origins?: readonly (CellOrigin | undefined)[],
): LedgerCellIssue[] {
  const found: LedgerCellIssue[] = [];
  text.forEach((cell, i) => {
    if (cell.length > limit)
      found.push(
        withOrigin(
          {
            column: headings[i] ?? '',
            issue: issue('input_too_large', [], { what: 'textLength', size: cell.length, limit }),
          },
          origins?.[i],
        ),
      );
  });
  return found;
}

/**
 * An issue placed at the row (and sheet) its cell came from, when that is not the record's own
 * row: a child folded from a row of its own, or joined from a children sheet.
 */
function withOrigin(found: LedgerCellIssue, origin: CellOrigin | undefined): LedgerCellIssue {
  if (!origin) return found;
  return {
    ...found,
    row: origin.row,
    ...(origin.sheet === undefined ? {} : { sheet: origin.sheet }),
  };
}
