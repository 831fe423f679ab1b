/**
 * Ledger files as Excel workbooks (.xlsx): written with exceljs, read by guanai itself from the
 * workbook's XML — in a subpath of its own, so that apps that only need CSV never bundle it.
 * Install `exceljs` beside guanai to use it.
 *
 * @example
 * ```ts
 * import { readLedgerXlsx, writeLedgerXlsx } from 'guanai/xlsx';
 *
 * const read = await readLedgerXlsx(bytes, { kind: 'elders' });
 * const back = await writeLedgerXlsx(read); // masked by default
 * ```
 * @module xlsx
 */

export type { PrintedLedgerHeader } from './printedLedger.js';
export { type ReadLedgerXlsxOptions, readLedgerXlsx } from './readLedgerXlsx.js';
export { type WriteLedgerXlsxOptions, writeLedgerXlsx } from './writeLedgerXlsx.js';
export { writeReportXlsx } from './writeReportXlsx.js';
