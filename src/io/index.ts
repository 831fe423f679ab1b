/**
 * Ledger files in and out: the elder, caregiver, pairing and visit-record ledgers (台账) as CSV
 * (and, through `guanai/xlsx`, as Excel workbooks) with Chinese or English headings, the date
 * forms officials type, every bad row back with its row, column and coded reason, unknown
 * columns kept, and resident ID and phone numbers masked on export by default.
 *
 * @example
 * ```ts
 * import { readLedgerCsv, writeLedgerCsv } from 'guanai/io';
 *
 * const read = readLedgerCsv(text, { kind: 'elders' });
 * const back = writeLedgerCsv(read, { mask: false }); // the same ledger, extra columns kept
 * ```
 * @module io
 */
export { CHILDREN_SHEET_NAMES } from './childrenSheetNames.js';
export type { CsvDelimiter } from './csvDelimiter.js';
export { type GroupHeadingParts, groupHeading, parseGroupHeading } from './groupHeading.js';
export type { LedgerCellOptions } from './ledgerCellOptions.js';
export type { CellKind, LedgerColumn } from './ledgerColumn.js';
export { LEDGER_COLUMNS } from './ledgerColumns.js';
export { type ReadLedgerCsvOptions, readLedgerCsv, writeLedgerCsv } from './ledgerCsv.js';
export type { LedgerFactOptions, LedgerList } from './ledgerFactOptions.js';
export { LEDGER_GROUPS, type LedgerGroup } from './ledgerGroups.js';
export { LEDGER_SHEET_NAMES, type LedgerKind, type LedgerRecords } from './ledgerKind.js';
export {
  DEFAULT_LEDGER_READ_LIMITS,
  type LedgerReadLimits,
  ledgerReadLimits,
} from './ledgerReadLimits.js';
export type {
  LedgerCellIssue,
  LedgerFileHeader,
  LedgerFileRow,
  LedgerSheet,
  LedgerSheetRead,
  SkippedRow,
} from './ledgerSheet.js';
export { type ReadLedgerRowsOptions, readLedgerRows } from './readLedgerRows.js';
export type { LedgerPlaces } from './readPlace.js';
export { reportCsv } from './reportCsv.js';
export {
  type ReportInput,
  type ReportPeriodRows,
  type ReportSheetTable,
  type ReportTableOptions,
  reportTables,
} from './reportTables.js';
export { type WriteLedgerOptions, writeLedgerRows } from './writeLedgerRows.js';
