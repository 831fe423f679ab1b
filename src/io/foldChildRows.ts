import { issue } from '../errors/index.js';
import {
  anyCell,
  type ChildBlock,
  type ChildCells,
  childBlockOf,
  type ElderChildren,
  identityColumns,
  MAX_CHILDREN,
  withChildren,
} from './childColumns.js';
import { labelKey } from './labelIndex.js';
import type { LedgerFileRow } from './ledgerSheet.js';
import type { ShapedRow, ShapedTable } from './shapedTable.js';

/**
 * A merged range of a worksheet, 1-based and inclusive: the rows and columns it spans.
 * @internal
 */
export interface MergedRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const RUNNING_NUMBER = new Set(['序号', 'no', 'no.', '#']);

/** The most columns a worksheet has: a covered cell's key is row × this + column. */
const SHEET_COLUMNS = 16_384;

/**
 * The layout of one row per child: a heading with the child columns of one child (子女姓名,
 * 子女去向 …, with or without the ordinal 1) and, below an elder's row, rows whose elder
 * identity cells (编号, 公民身份号码, 姓名) are blank — or the same as the elder's, where a merge
 * was filled in or the cells copied down — holding the elder's 2nd, 3rd … child. They are folded
 * into the elder's row as 子女2…, 子女3… (the row keeps the elder's row number; each child cell
 * keeps the row it came from, for issues). A blank or broken row ends an elder. Our choices: a continuing
 * row whose other elder cells are filled in with something else is set aside
 * (`child_row_conflict`), never merged over the elder's; past `MAX_CHILDREN` children a row is set
 * aside with `too_many_children`; a 序号 column is not compared (it may count child rows too).
 * A table of another layout comes back as it is.
 * Column `i` of the table is column `i + 1` of `merges` (the worksheet's).
 * @internal
 */
export function foldChildRows(
  table: ShapedTable,
  options: {
    readonly merges?: readonly MergedRange[];
    /** A row its reader found broken: never a child row, and it ends the elder above. */
    readonly broken?: (row: number) => boolean;
  } = {},
): ShapedTable {
  const block = childBlockOf(table.headings);
  if (block.ordinals !== 1) return table;
  const identity = identityColumns(table.headings, block);
  if (identity.length === 0) return table;
  const last = table.rows.at(-1)?.row ?? 0;
  const covered = coveredCells(options.merges ?? [], last, table.headings.length);
  // A running number (序号) may count the child rows too: it says nothing of the elder.
  const plain = table.headings.flatMap((heading, index) =>
    block.isChild[index] || identity.includes(index) || RUNNING_NUMBER.has(labelKey(heading))
      ? []
      : [index],
  );
  const childColumns = block.columns[0] ?? [];
  const elders: ElderChildren[] = [];
  const invalid: LedgerFileRow[] = [];
  let current: { base: ShapedRow; children: ChildCells[] } | undefined;
  let folded = false;
  for (const row of table.rows) {
    const broken = options.broken?.(row.row) ?? false;
    const base = current?.base;
    if (
      !broken &&
      current &&
      base &&
      anyCell(row, childColumns) &&
      sameElder(row, base, identity, covered) &&
      anyCell(base, identity)
    ) {
      const conflict = sameElder(row, base, plain, covered)
        ? []
        : plain.filter((index) => !sameElder(row, base, [index], covered));
      if (conflict.length > 0) invalid.push(conflictRow(row, conflict, table, current.base.row));
      else if (current.children.length >= MAX_CHILDREN) invalid.push(tooMany(row, block, table));
      else current.children.push({ source: row, columns: childColumns, origin: { row: row.row } });
      folded = true;
      continue;
    }
    current = { base: row, children: [] };
    if (anyCell(row, childColumns))
      current.children.push({ source: row, columns: childColumns, origin: undefined });
    elders.push(current);
    // A blank row ends the elder: the rows below it are not taken for the elder above.
    if (broken || isBlank(row)) current = undefined;
  }
  if (!folded && !block.unnumbered) return table;
  return withChildren(table, block, block.members, elders, invalid);
}

/**
 * Whether {@link foldChildRows} may change a table with these headings: one child's columns
 * (子女姓名 …) beside the elder's identity columns. Otherwise it gives the table as it is.
 * @internal
 */
export function mayFoldChildRows(headings: readonly string[]): boolean {
  const block = childBlockOf(headings);
  return block.ordinals === 1 && identityColumns(headings, block).length > 0;
}

/**
 * Whether a row's cells in `columns` are those of the elder's row `base`: blank, covered by a
 * merge from above, or the same text (a merge filled in, or copied down).
 */
function sameElder(
  row: ShapedRow,
  base: ShapedRow,
  columns: readonly number[],
  covered: ReadonlySet<number>,
): boolean {
  for (const index of columns) {
    const text = row.texts[index] ?? '';
    if (text === '' || text === base.texts[index]) continue;
    if (text.trim() === '' || text.trim() === (base.texts[index] ?? '').trim()) continue;
    if (covered.size > 0 && covered.has(row.row * SHEET_COLUMNS + index + 1)) continue;
    return false;
  }
  return true;
}

/**
 * Every cell a merge covers below its first row, by row × SHEET_COLUMNS + column — within the
 * table's rows and columns, so a merge over a whole sheet costs no more than the table.
 */
function coveredCells(merges: readonly MergedRange[], lastRow: number, width: number): Set<number> {
  const covered = new Set<number>();
  const columns = Math.min(width, SHEET_COLUMNS);
  for (const { top, left, bottom, right } of merges)
    for (let row = Math.max(top + 1, 1); row <= Math.min(bottom, lastRow); row++)
      for (let column = Math.max(left, 1); column <= Math.min(right, columns); column++)
        covered.add(row * SHEET_COLUMNS + column);
  return covered;
}

/** A row whose every cell is blank. */
function isBlank(row: ShapedRow): boolean {
  for (const text of row.texts) if (text.trim() !== '') return false;
  return true;
}

function conflictRow(
  row: ShapedRow,
  columns: readonly number[],
  table: ShapedTable,
  elderRow: number,
): LedgerFileRow {
  return {
    row: row.row,
    cells: row.texts,
    issues: columns.map((index) => {
      const column = table.headings[index] ?? '';
      return { column, issue: issue('child_row_conflict', [], { column, elderRow }) };
    }),
  };
}

function tooMany(row: ShapedRow, block: ChildBlock, table: ShapedTable): LedgerFileRow {
  const first = block.columns[0]?.find((index) => index >= 0) ?? block.first;
  return {
    row: row.row,
    cells: row.texts,
    issues: [
      {
        column: table.headings[first],
        issue: issue('too_many_children', [], { limit: MAX_CHILDREN }),
      },
    ],
  };
}
