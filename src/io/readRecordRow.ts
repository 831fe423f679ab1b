import { type Issue, issue } from '../errors/index.js';
import { fieldKeys, isTree, setField } from './fieldPath.js';
import { MORE_COLUMN } from './ledgerColumns.js';
import type { LedgerList } from './ledgerFactOptions.js';
import type { LedgerKind, LedgerRecords } from './ledgerKind.js';
import { type Layout, placeOf } from './ledgerLayout.js';
import type { LedgerCellIssue } from './ledgerSheet.js';
import { takeMaskedValues } from './nestedSensitive.js';
import { readCell } from './readCell.js';
import { settleRecord } from './settleRecord.js';
import type { ShapedRow } from './shapedTable.js';

/** What every row of one file is read with. @internal */
export interface RowReader<K extends LedgerKind> {
  readonly kind: K;
  readonly layout: Layout;
  /** The index of the 其他信息（JSON） column, if the file has it. */
  readonly more: number | undefined;
  readonly strict: boolean;
  /** Lists the file records completely (elders only): none listed is `[]`. */
  readonly listsComplete: readonly LedgerList[];
}

/**
 * A row read: its record, or the issues that reject it; and the warnings either way (masked
 * values, facts left out), each placed at its column.
 * @internal
 */
export interface RowRead<K extends LedgerKind> {
  readonly record: LedgerRecords[K] | undefined;
  readonly issues: readonly LedgerCellIssue[];
  readonly warnings: readonly LedgerCellIssue[];
}

/**
 * Read one row into a checked record. A bad identity cell rejects it; a bad fact cell, or a fact
 * the record contradicts itself on, is left out with a warning (all reject it when `strict`).
 * @internal
 */
export function readRecordRow<K extends LedgerKind>(
  reader: RowReader<K>,
  { cells, texts }: ShapedRow,
): RowRead<K> {
  const { kind, layout, more } = reader;
  const cellIssues: Issue[] = [];
  const masked: Issue[] = [];
  let record: Record<string, unknown> = {};
  const moreReading = more !== undefined && readCell(MORE_COLUMN, cells[more], [], layout.language);
  if (moreReading && 'value' in moreReading) {
    if (isTree(moreReading.value)) record = moreReading.value;
    else
      cellIssues.push(
        issue('cell_format', [], { expected: 'json', value: texts[more ?? 0] ?? '' }),
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
  if (reader.listsComplete.length > 0) noneListedIsNone(record, reader.listsComplete);

  const settled = settleRecord(kind, record, cellIssues, reader.strict);
  if (!settled.ok)
    return {
      record: undefined,
      issues: placed(settled.issues, reader),
      warnings: placed(masked, reader),
    };
  const warnings = settled.dropped.length > 0 ? [...masked, ...settled.dropped] : masked;
  return { record: settled.value, issues: NO_PLACED, warnings: placed(warnings, reader) };
}

const NO_PLACED: readonly LedgerCellIssue[] = [];

/** Issues placed at their columns (none: no array made, as for most rows). */
function placed(
  issues: readonly Issue[],
  { layout, kind }: RowReader<LedgerKind>,
): readonly LedgerCellIssue[] {
  if (issues.length === 0) return NO_PLACED;
  return issues.map((found) => ({ ...placeOf(found.path, layout, kind), issue: found }));
}

/**
 * The lists a file records completely, made known-empty where the row lists nothing: `[]` for
 * children and other support obligors, `null` (entrusted nobody) for the carer. A list the row
 * gives but that is later dropped as bad stays unknown: it was listed, only not readably.
 */
function noneListedIsNone(record: Record<string, unknown>, lists: readonly LedgerList[]): void {
  let household = record.household;
  if (household === undefined) {
    household = {};
    record.household = household;
  }
  if (!isTree(household)) return;
  for (const list of lists)
    if (household[list] === undefined) household[list] = list === 'entrustedCarer' ? null : [];
}
