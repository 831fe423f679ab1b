import { type IssuePath, issue } from '../errors/index.js';
import { fieldKeys } from './fieldPath.js';
import { groupHeading, parseGroupHeading } from './groupHeading.js';
import { columnsByHeading } from './headingIndex.js';
import { labelKey } from './labelIndex.js';
import { headingIn, type LedgerLanguage } from './language.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_COLUMNS, MORE_COLUMN } from './ledgerColumns.js';
import type { LedgerGroup } from './ledgerGroups.js';
import type { LedgerKind } from './ledgerKind.js';
import type { LedgerCellIssue } from './ledgerSheet.js';

/** One cell of a group member in the file: its column index, member column and heading. @internal */
export interface MemberCell {
  readonly index: number;
  readonly column: LedgerColumn;
  readonly heading: string;
}

/** The columns of one member of a group (子女2…), by the ordinal its headings give. @internal */
export interface MemberSlot {
  readonly ordinal: number;
  readonly cells: readonly MemberCell[];
}

/** A repeated group in the file and its members' columns, in ordinal order. @internal */
export interface GroupLayout {
  readonly group: LedgerGroup;
  readonly members: readonly MemberSlot[];
}

/** Where each heading of a file goes: a known column, a group member's column, or an extra column. @internal */
export interface Layout {
  readonly known: readonly { readonly index: number; readonly column: LedgerColumn }[];
  readonly groups: readonly GroupLayout[];
  readonly extra: readonly { readonly index: number; readonly heading: string }[];
  readonly headingOf: ReadonlyMap<LedgerColumn, string>;
  /** Each group cell by `memberKey(list, ordinal, field)`. */
  readonly memberCellOf: ReadonlyMap<string, MemberCell>;
  readonly language: LedgerLanguage;
  readonly issues: readonly LedgerCellIssue[];
}

/** The key of a member's column in `Layout.memberCellOf`. @internal */
export const memberKey = (list: string, ordinal: number, field: string): string =>
  `${list}|${ordinal}|${field}`;

/**
 * The layout of a file's canonical heading row. For elders, group headings (子女1姓名, Child 2
 * phone, 委托照料人姓名) go to the group's members; a heading without an ordinal is member 1.
 * Other kinds have no groups: such headings are extra columns.
 * @internal
 */
export function layoutOf(
  kind: LedgerKind,
  headings: readonly string[],
  hasData: readonly boolean[],
): Layout {
  const byHeading = columnsByHeading(kind);
  const known: { index: number; column: LedgerColumn }[] = [];
  const extra: { index: number; heading: string }[] = [];
  const headingOf = new Map<LedgerColumn, string>();
  const memberCellOf = new Map<string, MemberCell>();
  const slots = new Map<LedgerGroup, Map<number, MemberCell[]>>();
  const issues: LedgerCellIssue[] = [];
  const duplicate = (heading: string): void => {
    issues.push({ column: heading, issue: issue('duplicate_column', [], { column: heading }) });
  };
  let zh = 0;
  let en = 0;
  headings.forEach((heading, index) => {
    const column = byHeading.get(labelKey(heading));
    const parts = column || kind !== 'elders' ? undefined : parseGroupHeading(heading);
    if (parts) {
      const ordinal = parts.ordinal ?? 1;
      const key = memberKey(parts.group.list, ordinal, parts.column.field);
      if (memberCellOf.has(key)) {
        duplicate(heading);
        return;
      }
      const cell = { index, column: parts.column, heading };
      memberCellOf.set(key, cell);
      const ofGroup = slots.get(parts.group) ?? new Map<number, MemberCell[]>();
      slots.set(parts.group, ofGroup);
      ofGroup.set(ordinal, [...(ofGroup.get(ordinal) ?? []), cell]);
      const english = groupHeading(parts.group, parts.ordinal, parts.column, 'en');
      if (labelKey(heading) === labelKey(english)) en++;
      else zh++;
      return;
    }
    if (!column) {
      // A column without a heading is kept too when it holds anything: nothing read is dropped.
      if (heading !== '' || hasData[index]) extra.push({ index, heading });
      return;
    }
    if (headingOf.has(column)) {
      duplicate(heading);
      return;
    }
    known.push({ index, column });
    headingOf.set(column, heading);
    if (labelKey(heading) === labelKey(column.en)) en++;
    else zh++;
  });
  const groups = [...slots].map(([group, members]) => ({
    group,
    members: [...members].sort(([a], [b]) => a - b).map(([ordinal, cells]) => ({ ordinal, cells })),
  }));
  return {
    known,
    groups,
    extra,
    headingOf,
    memberCellOf,
    language: en > zh ? 'en' : 'zh-CN',
    issues,
  };
}

/** `path` begins with `prefix`. @internal */
export const startsWith = (path: IssuePath, prefix: IssuePath): boolean =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/**
 * What `placeOf` needs of a row to place an issue inside a group member: the row's cells as
 * text, and the ordinal in the file of each member read from columns, by group list.
 * @internal
 */
export interface RowMembers {
  readonly texts: readonly string[];
  readonly ordinals: ReadonlyMap<string, readonly number[]>;
}

type LedgerCellIssuePlace = Omit<LedgerCellIssue, 'issue'>;

/**
 * Where a record path lies in the file: a group member's filled cell (子女2联系电话 for
 * `household.children.1.phone` when the second child read came from 子女2), else the known
 * column with the longest matching field (else 其他信息), and the rest of the path inside that
 * column's cell.
 * @internal
 */
export function placeOf(
  path: IssuePath,
  layout: Layout,
  kind: LedgerKind,
  row?: RowMembers,
): LedgerCellIssuePlace {
  const inMember = row && layout.groups.length > 0 ? memberPlaceOf(path, layout, row) : undefined;
  if (inMember) return inMember;
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

/** Member fields a cell of another column fills: a month in 外出时间, 在家 in 去向. */
const CELL_OF_FIELD: ReadonlyMap<string, string> = new Map([
  ['awaySinceBetween', 'awaySince'],
  ['livesWithElder', 'whereabouts'],
  ['atElderSide', 'whereabouts'],
]);

/** The filled member cell a path leads into, if it does. */
function memberPlaceOf(
  path: IssuePath,
  layout: Layout,
  row: RowMembers,
): LedgerCellIssuePlace | undefined {
  if (path[0] !== 'household') return undefined;
  const list = `household.${String(path[1])}`;
  const group = layout.groups.find((found) => found.group.list === list)?.group;
  if (!group) return undefined;
  const index = group.single ? 0 : path[2];
  const ordinal = typeof index === 'number' ? row.ordinals.get(list)?.[index] : undefined;
  if (ordinal === undefined) return undefined;
  const inMember = path.slice(group.single ? 2 : 3);
  const field = inMember[0];
  if (typeof field !== 'string') return undefined;
  const cellOf = (name: string) => layout.memberCellOf.get(memberKey(list, ordinal, name));
  const other = CELL_OF_FIELD.get(field);
  const cell = cellOf(field) ?? (other ? cellOf(other) : undefined);
  if (!cell || (row.texts[cell.index] ?? '').trim() === '') return undefined;
  const within = inMember.slice(1);
  return { column: cell.heading, ...(within.length > 0 ? { within } : {}) };
}
