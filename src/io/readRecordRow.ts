import { type Issue, issue } from '../errors/index.js';
import type { PlainDate } from '../models/index.js';
import { fieldKeys, getField, isTree, setField } from './fieldPath.js';
import { translateEnumLabels } from './jsonEnumLabels.js';
import { MORE_COLUMN } from './ledgerColumns.js';
import type { LedgerList } from './ledgerFactOptions.js';
import type { LedgerKind, LedgerRecords } from './ledgerKind.js';
import { type Layout, placeOf, type RowMembers } from './ledgerLayout.js';
import type { LedgerCellIssue } from './ledgerSheet.js';
import { mayHoldMask, takeMaskedValues } from './nestedSensitive.js';
import { type CellContext, readCell } from './readCell.js';
import { readMembers } from './readMembers.js';
import type { PlaceKeys } from './readPlace.js';
import { settleRecord } from './settleRecord.js';
import type { ShapedRow } from './shapedTable.js';
import { withOrigin } from './shapeLedger.js';

/** What every row of one file is read with. @internal */
export interface RowReader<K extends LedgerKind> {
  readonly kind: K;
  readonly layout: Layout;
  /** The index of the 其他信息（JSON） column, if the file has it. */
  readonly more: number | undefined;
  readonly strict: boolean;
  /** Lists the file records completely (elders only): none listed is `[]`. */
  readonly listsComplete: readonly LedgerList[];
  /** What group cells' places are read against (see `LedgerCellOptions`). */
  readonly places: PlaceKeys | undefined;
  /** The day 常年在外 counts back from: the option, else the file's 填报日期. */
  readonly reportedOn: PlainDate | undefined;
  /** Each heading's first column, to find the row an issue's cell came from. */
  readonly columnOf: ReadonlyMap<string, number>;
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
  { cells, texts, origins }: ShapedRow,
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
  if (more !== undefined && mayHoldMask(texts[more] ?? '')) takeMaskedValues(record, [], masked);
  if (kind === 'elders') translateEnumLabels(record);
  for (const { index, column } of layout.known) {
    if (column === MORE_COLUMN) continue;
    const keys = fieldKeys(column.field);
    const reading = readCell(column, cells[index], keys, layout.language);
    if (!reading) continue;
    if ('value' in reading) {
      setField(record, keys, reading.value);
      if (column.cell === 'json' && mayHoldMask(texts[index] ?? ''))
        takeMaskedValues(reading.value, keys, masked);
    } else (reading.masked ? masked : cellIssues).push(reading.issue);
  }
  const found = { issues: cellIssues, warnings: masked };
  const members: PlacedRow = {
    texts,
    origins,
    ordinals:
      layout.groups.length > 0
        ? readMembers(record, cells, texts, layout, contextOf(record, reader), found)
        : NO_ORDINALS,
  };
  if (reader.listsComplete.length > 0) noneListedIsNone(record, reader.listsComplete);

  const settled = settleRecord(kind, record, cellIssues, reader.strict);
  if (!settled.ok)
    return {
      record: undefined,
      issues: placed(settled.issues, reader, members),
      warnings: placed(masked, reader, members),
    };
  const warnings = settled.dropped.length > 0 ? [...masked, ...settled.dropped] : masked;
  return {
    record: settled.value,
    issues: NO_PLACED,
    warnings: placed(warnings, reader, members),
  };
}

const NO_ORDINALS: ReadonlyMap<string, readonly number[]> = new Map();

/** What a row's group cells are read against: the elder's province, `places`, `reportedOn`. */
function contextOf(record: Record<string, unknown>, reader: RowReader<LedgerKind>): CellContext {
  const villageCode = getField(record, VILLAGE_CODE);
  return {
    elderProvince: typeof villageCode === 'string' ? villageCode.slice(0, 2) : undefined,
    places: reader.places,
    reportedOn: reader.reportedOn,
  };
}

const VILLAGE_CODE = ['residence', 'villageCode'];

const NO_PLACED: readonly LedgerCellIssue[] = [];

/** A row's members by ordinal (to place their issues) and where its cells came from. */
interface PlacedRow extends RowMembers {
  readonly origins: ShapedRow['origins'];
}

/** Issues placed at their columns (none: no array made, as for most rows). */
function placed(
  issues: readonly Issue[],
  { layout, kind, columnOf }: RowReader<LedgerKind>,
  row: PlacedRow,
): readonly LedgerCellIssue[] {
  if (issues.length === 0) return NO_PLACED;
  return issues.map((found) => {
    const place = placeOf(found.path, layout, kind, row);
    const column = row.origins && place.column !== undefined ? columnOf.get(place.column) : -1;
    return withOrigin({ ...place, issue: found }, row.origins?.[column ?? -1]);
  });
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
