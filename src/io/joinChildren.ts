import { type Issue, issue } from '../errors/index.js';
import {
  anyCell,
  CHILDREN_GROUP,
  type ChildCells,
  childBlockOf,
  type ElderChildren,
  MAX_CHILDREN,
  memberColumnOf,
  withChildren,
} from './childColumns.js';
import { parseGroupHeading } from './groupHeading.js';
import { columnsByHeading } from './headingIndex.js';
import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import type { LedgerCellIssue, LedgerFileRow } from './ledgerSheet.js';
import type { ShapedRow, ShapedTable } from './shapedTable.js';

/** Headings of a children sheet's column that names the elder by id, or by resident ID number. */
const ELDER_ID_HEADINGS = ['老人编号', '老年人编号', '老人id', 'Elder ID'];
const ELDER_RESIDENT_HEADINGS = [
  '老人身份证号',
  '老人身份证号码',
  '老年人身份证号',
  '老年人身份证号码',
  '老人公民身份号码',
  '老年人公民身份号码',
  'Elder resident ID',
  'Elder resident ID number',
];
/** Columns of a children sheet that hold nothing to read: the row's running number. */
const IGNORED_HEADINGS = new Set(['序号', 'no', 'no.', '#', ''].map(labelKey));
const MASK = /[*＊]/;
const PLAIN_ASCII = /^[\x21-\x7e]*$/;

/** A key as compared: trimmed, lower case, half-width (labelKey only when it is not plain ASCII). */
function keyText(text: string): string {
  const trimmed = text.trim();
  return PLAIN_ASCII.test(trimmed) ? trimmed.toLowerCase() : labelKey(trimmed);
}

/** A children sheet's columns: the elder's key columns and the member columns. */
interface ChildrenColumns {
  readonly elderId: number;
  readonly elderResidentId: number;
  readonly members: readonly { readonly index: number; readonly column: LedgerColumn }[];
  readonly unknown: readonly number[];
}

function childrenColumnsOf(headings: readonly string[]): ChildrenColumns {
  const ids = new Set(ELDER_ID_HEADINGS.map(labelKey));
  const residents = new Set(ELDER_RESIDENT_HEADINGS.map(labelKey));
  let elderId = -1;
  let elderResidentId = -1;
  const members: { index: number; column: LedgerColumn }[] = [];
  const unknown: number[] = [];
  headings.forEach((heading, index) => {
    const key = labelKey(heading);
    if (ids.has(key) && elderId === -1) elderId = index;
    else if (residents.has(key) && elderResidentId === -1) elderResidentId = index;
    else {
      const parsed = parseGroupHeading(heading);
      const column =
        parsed?.group === CHILDREN_GROUP ? parsed.column : memberColumnOf(CHILDREN_GROUP, key);
      if (column && !members.some((member) => member.column === column))
        members.push({ index, column });
      else if (!IGNORED_HEADINGS.has(key)) unknown.push(index);
    }
  });
  return { elderId, elderResidentId, members, unknown };
}

/**
 * A children sheet (or CSV) for the join: its rows shaped, its name (for issues), and issues its
 * reader found on some rows before their cells (a CSV quote left open), by row number.
 * @internal
 */
export interface ChildrenSheet {
  readonly table: ShapedTable;
  readonly sheet: string;
  readonly rowIssues?: ReadonlyMap<number, Issue>;
}

/**
 * Join a children sheet to an elders' table: each child row names its elder by id (老人编号 /
 * Elder ID) or resident ID number (老人身份证号 …) and holds the child's columns (姓名, 关系, 去向
 * … by any heading of the children's group); its child is appended to the elder's row after the
 * children the row already lists, in the sheet's order. The elder's id is tried first, then the
 * resident ID. Each elder row is indexed once. Our choice: a blank key is not carried down from
 * the row above (a child under the wrong elder is worse than one reported). Nothing is dropped: a row without a key
 * (`child_row_no_key`), with a masked key (`child_key_masked`: 身份证号 with * cannot be
 * matched), naming no elder of the table (`child_row_unmatched`), or past `MAX_CHILDREN`
 * (`too_many_children`) comes back in `invalid` with the sheet's name; a column of the sheet
 * that is none of these is reported on its heading row (`child_column_unknown`).
 * @internal
 */
export function joinChildren(table: ShapedTable, children: ChildrenSheet | undefined): ShapedTable {
  if (!children) return table;
  const { sheet, rowIssues } = children;
  const from = children.table;
  const columns = childrenColumnsOf(from.headings);
  const invalid: LedgerFileRow[] = [];
  const headingIssues: LedgerCellIssue[] = columns.unknown.map((index) => {
    const column = from.headings[index] ?? '';
    return { column, issue: issue('child_column_unknown', [], { column }) };
  });
  const headingIssue = rowIssues?.get(from.headingRow);
  if (headingIssue) headingIssues.unshift({ column: undefined, issue: headingIssue });
  if (headingIssues.length > 0)
    invalid.push({ row: from.headingRow, sheet, cells: from.headingCells, issues: headingIssues });

  const block = childBlockOf(table.headings);
  const members = [...block.members];
  for (const { column } of columns.members) if (!members.includes(column)) members.push(column);
  const own = block.columns.map((ofOrdinal) =>
    members.map((_, i) => (i < block.members.length ? (ofOrdinal[i] ?? -1) : -1)),
  );
  const fromSheet = members.map(
    (column) => columns.members.find((member) => member.column === column)?.index ?? -1,
  );
  const elders: { base: ShapedRow; children: ChildCells[] }[] = table.rows.map((base) => ({
    base,
    children: ownChildren(base, own),
  }));
  const index = elderIndex(table);
  for (const row of from.rows) {
    if (isBlank(row)) continue;
    const found = rowIssues?.get(row.row);
    const key = keyOf(row, columns);
    const bad = (column: string | undefined, why: Issue) =>
      invalid.push({ row: row.row, sheet, cells: row.texts, issues: [{ column, issue: why }] });
    if (found) bad(undefined, found);
    else if (key === undefined) bad(undefined, issue('child_row_no_key', [], {}));
    else if (MASK.test(key.text))
      bad(key.heading(from), issue('child_key_masked', [], { key: key.text }));
    else {
      const at = (key.by === 'id' ? index.byId : index.byResidentId).get(keyText(key.text));
      const elder = at === undefined ? undefined : elders[at];
      if (!elder) bad(key.heading(from), issue('child_row_unmatched', [], { key: key.text }));
      else if (elder.children.length >= MAX_CHILDREN)
        bad(undefined, issue('too_many_children', [], { limit: MAX_CHILDREN }));
      else
        elder.children.push({ source: row, columns: fromSheet, origin: { row: row.row, sheet } });
    }
  }
  return withChildren(table, block, members, elders as ElderChildren[], invalid);
}

/** The children an elder row lists itself, up to the last ordinal with anything in it. */
function ownChildren(base: ShapedRow, own: readonly (readonly number[])[]): ChildCells[] {
  let last = own.length;
  while (last > 0 && !anyCell(base, own[last - 1] ?? [])) last--;
  const children: ChildCells[] = [];
  for (let k = 0; k < last; k++)
    children.push({ source: base, columns: own[k] ?? [], origin: undefined });
  return children;
}

/** A child row's key: the elder's id when given, else the resident ID number. */
function keyOf(row: ShapedRow, columns: ChildrenColumns) {
  for (const [by, index] of [
    ['id', columns.elderId],
    ['residentId', columns.elderResidentId],
  ] as const) {
    const text = index >= 0 ? (row.texts[index] ?? '').trim() : '';
    if (text !== '')
      return { by, text, heading: (from: ShapedTable) => from.headings[index] ?? '' };
  }
  return undefined;
}

/** The elder rows by id and by resident ID (unmasked), first row of each; built once. */
function elderIndex(table: ShapedTable) {
  const known = columnsByHeading('elders');
  const byId = new Map<string, number>();
  const byResidentId = new Map<string, number>();
  const seen = new Set<string>();
  table.headings.forEach((heading, column) => {
    const field = known.get(labelKey(heading))?.field ?? '';
    const map = field === 'id' ? byId : field === 'residentId' ? byResidentId : undefined;
    if (!map || seen.has(field)) return;
    seen.add(field);
    table.rows.forEach((row, at) => {
      const text = keyText(row.texts[column] ?? '');
      if (text !== '' && !MASK.test(text) && !map.has(text)) map.set(text, at);
    });
  });
  return { byId, byResidentId };
}

function isBlank(row: ShapedRow): boolean {
  for (const text of row.texts) if (text.trim() !== '') return false;
  return true;
}
