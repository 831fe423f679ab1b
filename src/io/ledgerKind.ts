import type * as z from 'zod';
import { VisitRecord } from '../compliance/index.js';
import { GuanaiError, issue } from '../errors/index.js';
import { Caregiver, Elder, Pairing } from '../models/index.js';

/**
 * The records each kind of ledger file holds: elders (老年人台账), caregivers (帮扶人员), pairings
 * (结对帮扶) and visit records (走访记录).
 * @example
 * ```ts
 * const first: LedgerRecords['elders'] = read.records[0];
 * ```
 * @category Ledger files
 */
export interface LedgerRecords {
  readonly elders: Elder;
  readonly caregivers: Caregiver;
  readonly pairings: Pairing;
  readonly visitRecords: VisitRecord;
}

/**
 * A kind of ledger file.
 * @example
 * ```ts
 * const kind: LedgerKind = 'elders';
 * ```
 * @category Ledger files
 */
export type LedgerKind = keyof LedgerRecords;

/** `kind`, checked: a coded error, not a TypeError, for a kind guanai has no ledger of. @internal */
export function checkLedgerKind<K extends LedgerKind>(kind: K): K {
  if (!Object.hasOwn(LEDGER_SCHEMAS, kind))
    throw new GuanaiError([
      issue('invalid_argument', ['kind'], { name: 'kind', rule: 'ledgerKind' }),
    ]);
  return kind;
}

/** The schema that checks each kind's rows. @internal */
export const LEDGER_SCHEMAS: { readonly [K in LedgerKind]: z.ZodType<LedgerRecords[K]> } = {
  elders: Elder as z.ZodType<Elder>,
  caregivers: Caregiver as z.ZodType<Caregiver>,
  pairings: Pairing as z.ZodType<Pairing>,
  visitRecords: VisitRecord as z.ZodType<VisitRecord>,
};

/**
 * The sheet name of each kind in a workbook, in Chinese and English.
 * @example
 * ```ts
 * LEDGER_SHEET_NAMES.elders.zh; // '老年人台账'
 * ```
 * @category Ledger files
 */
export const LEDGER_SHEET_NAMES: {
  readonly [K in LedgerKind]: { readonly zh: string; readonly en: string };
} = {
  elders: { zh: '老年人台账', en: 'Elders' },
  caregivers: { zh: '帮扶人员', en: 'Caregivers' },
  pairings: { zh: '结对帮扶', en: 'Pairings' },
  visitRecords: { zh: '走访记录', en: 'Visit records' },
};
