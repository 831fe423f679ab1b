import type { Issue } from '../errors/index.js';
import { foldChildRows } from './foldChildRows.js';
import { type ChildrenSheet, joinChildren } from './joinChildren.js';
import type { LedgerKind } from './ledgerKind.js';
import type { LedgerCellIssue } from './ledgerSheet.js';
import { type CellOrigin, firstRowHeading, type ShapedTable } from './shapedTable.js';
import { type SheetMerge, shapeTable } from './shapeTable.js';

/**
 * What a file reader may add to a table: the worksheet's merges, and a children sheet (rows as
 * given, with the issues its reader found on them by row index).
 * @internal
 */
export interface TableExtras {
  readonly merges?: readonly SheetMerge[];
  readonly children?: {
    readonly cellsOf: readonly (readonly unknown[])[];
    readonly texts: readonly (readonly string[])[];
    readonly rowIssues: ReadonlyMap<number, Issue>;
    readonly sheet: string;
  };
}

/**
 * A ledger file in the shape records are read from: title, 填报 lines, headings, spacers and
 * totals set aside (`shapeTable`); for an elders' ledger, children on rows of their own folded
 * into their elder's row and a children sheet joined by the elder's id or 身份证号.
 * @internal
 */
export function shapeLedger(
  kind: LedgerKind,
  cellsOf: readonly (readonly unknown[])[],
  texts: readonly (readonly string[])[],
  rowIssues: ReadonlyMap<number, Issue>,
  { merges, children }: TableExtras,
): ShapedTable {
  const shaped = shapeTable(kind, cellsOf, texts, { rowIssues, ...(merges ? { merges } : {}) });
  if (kind !== 'elders') return shaped;
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

/**
 * An issue placed at the row (and sheet) its cell came from, when that is not the record's own
 * row: a child folded from a row of its own, or joined from a children sheet.
 * @internal
 */
export function withOrigin(
  found: LedgerCellIssue,
  origin: CellOrigin | undefined,
): LedgerCellIssue {
  if (!origin) return found;
  return {
    ...found,
    row: origin.row,
    ...(origin.sheet === undefined ? {} : { sheet: origin.sheet }),
  };
}
