import { coveredFields, fieldKeys, getField, remainderOf } from './fieldPath.js';
import { headingIn } from './language.js';
import type { LedgerColumn } from './ledgerColumn.js';
import { LEDGER_COLUMNS, MORE_COLUMN } from './ledgerColumns.js';
import { checkLedgerKind, type LedgerKind } from './ledgerKind.js';
import type { LedgerSheet } from './ledgerSheet.js';
import { type CellStyle, writeCell } from './writeCell.js';

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
 * documented order (`LEDGER_COLUMNS`), then the sheet's extra columns, then 其他信息（JSON） with
 * every field no column holds — so reading the rows back gives the same records.
 *
 * @example
 * ```ts
 * const [headings, first] = writeLedgerRows({ kind: 'elders', records: sample.elders });
 * headings?.[0]; // '编号'
 * ```
 * @category Ledger files
 */
export function writeLedgerRows(sheet: LedgerSheet, options: WriteLedgerOptions = {}): string[][] {
  const style: CellStyle = { language: options.language ?? 'zh-CN', mask: options.mask ?? true };
  const columns = LEDGER_COLUMNS[checkLedgerKind(sheet.kind)];
  const columnKeys = columns.map((column) => fieldKeys(column.field));
  const covered = coveredFields(columnKeys);
  const extraColumns = sheet.extraColumns ?? [];
  const heading = (column: LedgerColumn) => headingIn(column, style.language);
  const table = [[...columns.map(heading), ...extraColumns, heading(MORE_COLUMN)]];
  for (const record of sheet.records) {
    const cells = columns.map((column, i) =>
      writeCell(column, getField(record, columnKeys[i] ?? []), style),
    );
    const rest = remainderOf(record, covered, EMPTY_BY_DEFAULT[sheet.kind]);
    const extra = sheet.extraCells?.[record.id] ?? [];
    table.push([
      ...cells,
      ...extraColumns.map((_, i) => extra[i] ?? ''),
      Object.keys(rest).length > 0 ? writeCell(MORE_COLUMN, rest, style) : '',
    ]);
  }
  return table;
}
