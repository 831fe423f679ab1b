import { labelKey } from './labelIndex.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_COLUMNS, MORE_COLUMN } from './ledgerColumns.js';
import type { LedgerKind } from './ledgerKind.js';

const indexes = new Map<LedgerKind, ReadonlyMap<string, LedgerColumn>>();

/**
 * The column each heading a file of `kind` may use names — Chinese, English, the field's path or
 * an alias — by `labelKey`; built once per kind.
 * @internal
 */
export function columnsByHeading(kind: LedgerKind): ReadonlyMap<string, LedgerColumn> {
  let index = indexes.get(kind);
  if (!index) {
    const built = new Map<string, LedgerColumn>();
    for (const column of [...LEDGER_COLUMNS[kind], MORE_COLUMN])
      for (const heading of [column.zh, column.en, column.field, ...(column.aliases ?? [])])
        if (heading !== '') built.set(labelKey(heading), column);
    index = built;
    indexes.set(kind, index);
  }
  return index;
}
