import { type ArgumentRule, GuanaiError, issue } from '../errors/index.js';

/**
 * A list of an elder record that a ledger file may record completely: the children, the other
 * support obligors (其他赡养人), the entrusted carer (委托照料人).
 * @example
 * ```ts
 * const lists: LedgerList[] = ['children', 'otherSupportObligors'];
 * ```
 * @category Ledger files
 */
export type LedgerList = 'children' | 'otherSupportObligors' | 'entrustedCarer';

const LISTS: readonly LedgerList[] = ['children', 'otherSupportObligors', 'entrustedCarer'];

/**
 * How a reader treats the facts of a row (every reader takes these):
 *
 * - `strict` — `false` (default since issue 16): a cell that cannot be read, or a fact the record
 *   contradicts itself on, is left out of the record (unknown) and comes back in `warnings` with
 *   its row, column and code; the row is rejected only when an identity cell is bad (an elder's
 *   id, name, village code or resident ID; a caregiver's id or name; a pairing's id, elder or
 *   members; a visit record's id, elder, caregivers, date, planned visit or amended record) or
 *   a required field is missing. `true` rejects the row for any bad cell, as before.
 * - `listsComplete` — the lists the file records completely, "none listed means none": an
 *   elder with nothing under them gets `[]` (`null` for the carer) — known: none — instead of
 *   nothing (unknown). Only for elders; the read says which lists it took so.
 * @example
 * ```ts
 * const options: LedgerFactOptions = { listsComplete: ['otherSupportObligors'] };
 * ```
 * @category Ledger files
 */
export interface LedgerFactOptions {
  readonly strict?: boolean;
  readonly listsComplete?: readonly LedgerList[];
}

/** The options checked, with their defaults: a coded error for a value guanai does not know. @internal */
export function ledgerFactOptions(options: LedgerFactOptions | undefined): {
  readonly strict: boolean;
  readonly listsComplete: readonly LedgerList[];
} {
  const bad = (name: string, rule: ArgumentRule) =>
    new GuanaiError([issue('invalid_argument', [name], { name, rule })]);
  const strict = options?.strict ?? false;
  if (typeof strict !== 'boolean') throw bad('strict', 'boolean');
  const lists = options?.listsComplete ?? [];
  if (!Array.isArray(lists) || lists.some((list) => !LISTS.includes(list)))
    throw bad('listsComplete', 'ledgerLists');
  // Each list once, in the documented order: the read reports them so.
  return { strict, listsComplete: LISTS.filter((list) => lists.includes(list)) };
}
