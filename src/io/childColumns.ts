import { groupHeading, parseGroupHeading } from './groupHeading.js';
import { columnsByHeading } from './headingIndex.js';
import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';
import type { LedgerFileRow } from './ledgerSheet.js';
import type { CellOrigin, ShapedRow, ShapedTable } from './shapedTable.js';

/**
 * The most children one elder may have in a file, folded from rows of their own or joined from a
 * children sheet: our bound (no 台账 lists more), so that a file gone wrong — every row taken for
 * the same elder — costs a coded issue per extra row, not a record thousands of columns wide.
 * @internal
 */
export const MAX_CHILDREN = 20;

/** The children's column group of LEDGER_GROUPS. @internal */
export const CHILDREN_GROUP = LEDGER_GROUPS.find(
  (group) => group.list === 'household.children',
) as LedgerGroup;

/**
 * The member column a heading names inside a group — its Chinese or English heading, its field
 * or an alias — or undefined.
 * @internal
 */
export function memberColumnOf(group: LedgerGroup, key: string): LedgerColumn | undefined {
  for (const column of group.columns)
    for (const heading of [column.zh, column.en, column.field, ...(column.aliases ?? [])])
      if (labelKey(heading) === key) return column;
  return undefined;
}

/**
 * The child columns of a heading row: the member columns in the order they first appear, the
 * highest ordinal (1 for 子女姓名, which has none), whether any heading had no ordinal, and for
 * each ordinal the column index of each member (-1: the file has none).
 * @internal
 */
export interface ChildBlock {
  readonly members: readonly LedgerColumn[];
  readonly ordinals: number;
  readonly unnumbered: boolean;
  /** `columns[ordinal - 1][member]` is the column index, or -1. */
  readonly columns: readonly (readonly number[])[];
  /** Column index → true for a child column. */
  readonly isChild: readonly boolean[];
  /** Where the child columns start (the heading row's length when there are none). */
  readonly first: number;
  readonly language: 'zh-CN' | 'en';
}

const CJK = /[\u3400-\u9fff]/;

/** The child columns of `headings` (see ChildBlock); a second heading for one slot stays plain. @internal */
export function childBlockOf(headings: readonly string[]): ChildBlock {
  const members: LedgerColumn[] = [];
  const slots: { index: number; ordinal: number; member: number }[] = [];
  const taken = new Set<string>();
  const isChild: boolean[] = headings.map(() => false);
  let ordinals = 0;
  let unnumbered = false;
  let language: 'zh-CN' | 'en' | undefined;
  headings.forEach((heading, index) => {
    const parsed = parseGroupHeading(heading);
    if (!parsed || parsed.group !== CHILDREN_GROUP) return;
    const ordinal = parsed.ordinal ?? 1;
    if (ordinal > MAX_CHILDREN || taken.has(`${ordinal}:${parsed.column.field}`)) return;
    taken.add(`${ordinal}:${parsed.column.field}`);
    let member = members.indexOf(parsed.column);
    if (member === -1) member = members.push(parsed.column) - 1;
    slots.push({ index, ordinal, member });
    isChild[index] = true;
    ordinals = Math.max(ordinals, ordinal);
    if (parsed.ordinal === undefined) unnumbered = true;
    language ??= CJK.test(heading) ? 'zh-CN' : 'en';
  });
  const columns = Array.from({ length: ordinals }, () => members.map(() => -1));
  for (const slot of slots) (columns[slot.ordinal - 1] as number[])[slot.member] = slot.index;
  return {
    members,
    ordinals,
    unnumbered,
    columns,
    isChild,
    first: slots[0]?.index ?? headings.length,
    language: language ?? headingLanguage(headings),
  };
}

/** The language of a heading row: English when more known headings are in English. */
function headingLanguage(headings: readonly string[]): 'zh-CN' | 'en' {
  const known = columnsByHeading('elders');
  let balance = 0;
  for (const heading of headings) {
    const column = known.get(labelKey(heading));
    if (column) balance += labelKey(heading) === labelKey(column.en) ? 1 : -1;
  }
  return balance > 0 ? 'en' : 'zh-CN';
}

/** The elder columns a row is told apart by: 编号, 公民身份号码, 姓名 (not a child's). @internal */
export function identityColumns(headings: readonly string[], block: ChildBlock): number[] {
  const known = columnsByHeading('elders');
  const found: number[] = [];
  headings.forEach((heading, index) => {
    const field = known.get(labelKey(heading))?.field;
    if (!block.isChild[index] && (field === 'id' || field === 'residentId' || field === 'name'))
      found.push(index);
  });
  return found;
}

/**
 * One child of an elder: the row its cells are in, the column of each output member there (-1
 * for none; shared by every child of a kind, so no copy per child) and where that row is when it
 * is not the elder's own.
 * @internal
 */
export interface ChildCells {
  readonly source: ShapedRow;
  readonly columns: readonly number[];
  readonly origin: CellOrigin | undefined;
}

/** An elder's row and its children, in order. @internal */
export interface ElderChildren {
  readonly base: ShapedRow;
  readonly children: readonly ChildCells[];
}

/** Whether a row has any non-blank cell among `columns`. @internal */
export function anyCell(row: ShapedRow, columns: readonly number[]): boolean {
  for (const column of columns) {
    const text = column >= 0 ? row.texts[column] : undefined;
    if (text !== undefined && text !== '' && text.trim() !== '') return true;
  }
  return false;
}

/**
 * The table in the canonical shape: the plain columns as they are, with the child block
 * (`子女1姓名` … one group per ordinal, `members` in each) where the file's child columns began
 * (else at the end), and one row per elder with its children in order.
 * @internal
 */
export function withChildren(
  table: ShapedTable,
  block: ChildBlock,
  members: readonly LedgerColumn[],
  elders: readonly ElderChildren[],
  invalid: readonly LedgerFileRow[],
): ShapedTable {
  let ordinals = 0;
  for (const elder of elders) ordinals = Math.max(ordinals, elder.children.length);
  if (block.ordinals > 0) ordinals = Math.max(ordinals, 1);
  const plain: number[] = [];
  table.headings.forEach((_, index) => {
    if (!block.isChild[index]) plain.push(index);
  });
  const before = plain.filter((index) => index < block.first);
  const after = plain.filter((index) => index >= block.first);
  const m = members.length;
  const width = before.length + ordinals * m + after.length;
  const headings: string[] = [];
  const headingCells: string[] = [];
  for (const index of before) {
    headings.push(table.headings[index] ?? '');
    headingCells.push(table.headingCells[index] ?? '');
  }
  for (let k = 1; k <= ordinals; k++)
    for (const member of members) {
      const heading = groupHeading(CHILDREN_GROUP, k, member, block.language);
      headings.push(heading);
      headingCells.push(heading);
    }
  for (const index of after) {
    headings.push(table.headings[index] ?? '');
    headingCells.push(table.headingCells[index] ?? '');
  }
  const rows = elders.map((elder) => shapedRow(elder, before, after, m, width));
  return {
    ...table,
    headings,
    headingCells,
    rows,
    invalid: [...(table.invalid ?? []), ...invalid],
  };
}

function shapedRow(
  elder: ElderChildren,
  before: readonly number[],
  after: readonly number[],
  m: number,
  width: number,
): ShapedRow {
  const { base, children } = elder;
  const out: Out = {
    cells: new Array(width),
    texts: new Array(width).fill(''),
    origins: undefined,
    width,
  };
  let at = 0;
  for (const index of before) copyCell(out, at++, base, index, undefined);
  for (const child of children)
    for (let i = 0; i < m; i++)
      copyCell(out, at++, child.source, child.columns[i] ?? -1, child.origin);
  at = width - after.length;
  for (const index of after) copyCell(out, at++, base, index, undefined);
  const { cells, texts, origins } = out;
  return origins ? { row: base.row, cells, texts, origins } : { row: base.row, cells, texts };
}

/** A row being built. */
interface Out {
  readonly cells: unknown[];
  readonly texts: string[];
  origins: (CellOrigin | undefined)[] | undefined;
  readonly width: number;
}

/** Cell `index` of `from` (none for -1) at `at` of the row being built, with where it came from. */
function copyCell(
  out: Out,
  at: number,
  from: ShapedRow,
  index: number,
  origin: CellOrigin | undefined,
): void {
  if (index < 0) return;
  out.cells[at] = from.cells[index];
  out.texts[at] = from.texts[index] ?? '';
  const where = origin ?? from.origins?.[index];
  if (where) {
    out.origins ??= new Array(out.width);
    out.origins[at] = where;
  }
}
