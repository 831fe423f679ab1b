import { GuanaiError, type IssuePath, issue, prefixIssues } from '../errors/index.js';
import { coveredFields, fieldKeys, getField, remainderOf } from './fieldPath.js';
import { groupHeading } from './groupHeading.js';
import { headingIn } from './language.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_COLUMNS, MORE_COLUMN } from './ledgerColumns.js';
import { LEDGER_GROUPS } from './ledgerGroups.js';
import { checkLedgerKind, type LedgerKind } from './ledgerKind.js';
import type { LedgerSheet } from './ledgerSheet.js';
import { type CellStyle, writeCell } from './writeCell.js';
import { type GroupWritten, memberCounts, writeMembers } from './writeMembers.js';

/**
 * How a ledger file is written: headings and labels in Chinese (default) or English, and whether
 * resident ID numbers and phone numbers are masked (default: masked, PIPL art. 28 — pass
 * `mask: false` only where the receiver may see them in full).
 * @example
 * ```ts
 * const options: WriteLedgerOptions = { language: 'en', mask: false };
 * ```
 * @category Ledger files
 */
export interface WriteLedgerOptions {
  readonly language?: 'zh-CN' | 'en';
  readonly mask?: boolean;
}

/** Lists whose schema gives `[]` back when they are left out: an empty one is not written. */
const EMPTY_BY_DEFAULT: { readonly [K in LedgerKind]: ReadonlySet<string> } = {
  elders: new Set(['benefits']),
  caregivers: new Set(['availability.hours', 'availability.leave']),
  pairings: new Set(),
  visitRecords: new Set(),
};

/**
 * A ledger sheet as rows of text: the heading row, then a row per record. Columns come in the
 * documented order (`LEDGER_COLUMNS`); for elders then the group columns — 子女1姓名 … 子女N…
 * for the most children any record has, the same for 赡养人, the 委托照料人 once (a group no
 * record fills gets none); then the sheet's extra columns, then 其他信息（JSON） with every
 * field no column holds exactly (a child's kinship, `alive`, the county flags of a place whose
 * address does not say them …) — so reading the rows back gives the same records.
 *
 * @example
 * ```ts
 * const [headings, first] = writeLedgerRows({ kind: 'elders', records: sample.elders });
 * headings?.[0]; // '编号'
 * ```
 * @category Ledger files
 */
export function writeLedgerRows(sheet: LedgerSheet, options: WriteLedgerOptions = {}): string[][] {
  const style = styleOf(options);
  const columns = LEDGER_COLUMNS[checkLedgerKind(checkSheet(sheet).kind)];
  const columnKeys = columns.map((column) => fieldKeys(column.field));
  const grouped = sheet.kind === 'elders';
  const covered = coveredFields(grouped ? [...columnKeys, ...GROUP_KEYS] : columnKeys);
  const members = grouped
    ? sheet.records.map((record, index) =>
        withPath(['records', index], () => writeMembers(record as Tree, style)),
      )
    : [];
  const counts = memberCounts(members);
  const extraColumns = (sheet.extraColumns ?? []).map(String);
  const heading = (column: LedgerColumn) => headingIn(column, style.language);
  const table = [
    [
      ...columns.map(heading),
      ...groupHeadings(counts, style.language),
      ...extraColumns,
      heading(MORE_COLUMN),
    ],
  ];
  sheet.records.forEach((record, index) => {
    const cell = (column: LedgerColumn, value: unknown, keys: readonly string[]) =>
      withPath(['records', index, ...keys], () => writeCell(column, value, style));
    const cells = columns.map((column, i) =>
      cell(column, getField(record, columnKeys[i] ?? []), columnKeys[i] ?? []),
    );
    const written = members[index];
    let rest = remainderOf(record, covered, EMPTY_BY_DEFAULT[sheet.kind]);
    if (written) rest = withGroupsJson(rest, written);
    const extra = extraCellsOf(sheet, record.id);
    table.push([
      ...cells,
      ...(written ? groupCells(written, counts) : []),
      ...extraColumns.map((_, i) => String(extra[i] ?? '')),
      Object.keys(rest).length > 0 ? cell(MORE_COLUMN, rest, []) : '',
    ]);
  });
  return table;
}

type Tree = Record<string, unknown>;

/** The record paths of the groups, left out of the JSON column but for what `writeMembers` puts back. */
const GROUP_KEYS = LEDGER_GROUPS.map((group) => fieldKeys(group.list));

/** The group columns' headings: 子女1姓名 … 子女N联系电话, 赡养人1…, 委托照料人… (none for a group no record fills). */
function groupHeadings(counts: readonly number[], language: 'zh-CN' | 'en'): string[] {
  const headings: string[] = [];
  LEDGER_GROUPS.forEach((group, g) => {
    for (let ordinal = 1; ordinal <= (counts[g] ?? 0); ordinal++)
      for (const column of group.columns)
        headings.push(groupHeading(group, ordinal, column, language));
  });
  return headings;
}

/** A record's group cells, blank for members it has fewer of than the widest record. */
function groupCells(written: readonly GroupWritten[], counts: readonly number[]): string[] {
  const cells: string[] = [];
  LEDGER_GROUPS.forEach((group, g) => {
    for (let i = 0; i < (counts[g] ?? 0); i++) {
      const member = written[g]?.cells[i];
      for (let c = 0; c < group.columns.length; c++) cells.push(member?.[c] ?? '');
    }
  });
  return cells;
}

/** The JSON column's tree with what the group columns cannot carry put back under household. */
function withGroupsJson(rest: Tree, written: readonly GroupWritten[]): Tree {
  let household: Tree | undefined;
  LEDGER_GROUPS.forEach((group, g) => {
    const json = written[g]?.json;
    if (json === undefined) return;
    household ??= { ...(rest.household as Tree | undefined) };
    household[group.list.slice('household.'.length)] = json;
  });
  return household ? { ...rest, household } : rest;
}

function styleOf(options: WriteLedgerOptions): CellStyle {
  if (typeof options !== 'object' || options === null)
    throw new GuanaiError([
      issue('invalid_argument', ['options'], { name: 'options', rule: 'object' }),
    ]);
  return { language: options.language === 'en' ? 'en' : 'zh-CN', mask: options.mask !== false };
}

/** The sheet, checked: records a list of objects, extra columns a list (O(records)). */
function checkSheet(sheet: LedgerSheet): LedgerSheet {
  const bad = (name: string, rule: 'object' | 'array') =>
    new GuanaiError([issue('invalid_argument', [name], { name, rule })]);
  if (typeof sheet !== 'object' || sheet === null) throw bad('sheet', 'object');
  if (!Array.isArray(sheet.records)) throw bad('records', 'array');
  if (!sheet.records.every((record) => typeof record === 'object' && record !== null))
    throw bad('records', 'object');
  if (sheet.extraColumns !== undefined && !Array.isArray(sheet.extraColumns))
    throw bad('extraColumns', 'array');
  if (sheet.extraCells !== undefined && (typeof sheet.extraCells !== 'object' || !sheet.extraCells))
    throw bad('extraCells', 'object');
  return sheet;
}

/** A record's cells in the extra columns (none when they are not a list). */
function extraCellsOf(sheet: LedgerSheet, id: unknown): readonly unknown[] {
  const cells = typeof id === 'string' ? sheet.extraCells?.[id] : undefined;
  return Array.isArray(cells) ? cells : [];
}

/** Run `write`; a coded error from it gets the path of the record's field it was writing. */
function withPath<T>(path: IssuePath, write: () => T): T {
  try {
    return write();
  } catch (error) {
    if (!(error instanceof GuanaiError)) throw error;
    throw new GuanaiError(prefixIssues(error.issues, path));
  }
}
