import type { Tri } from '../eligibility/index.js';
import type { FactPath } from './factPath.js';
import type { FactSource } from './factSource.js';
import type { FactUpdateId } from './factUpdate.js';

/**
 * Why an elder's status in a category changed on a day: a fact update (its id, source and the
 * paths it changed), the registration of a new elder, or the passage of time alone (an 80th
 * birthday, an absence that reaches half a year: the facts stayed, the day moved on).
 * @category Fact updates
 */
export type LedgerChangeCause =
  | {
      readonly kind: 'update';
      readonly updateId: FactUpdateId;
      readonly source: FactSource;
      readonly paths: readonly FactPath[];
    }
  | { readonly kind: 'registered'; readonly updateId: FactUpdateId; readonly source: FactSource }
  | { readonly kind: 'time' };

/**
 * What moved a status: a fact update, the registration of a new elder, or the passage of time
 * (see {@link LedgerChangeCause}).
 * @category Fact updates
 */
export type LedgerChangeCauseKind = 'update' | 'registered' | 'time';

/**
 * Which way a status moved, as a 台账 records it: `entered` the category (now `yes`), `left` it
 * (was `yes`), `ruledOut` (an open question settled as `no`), or `inDoubt` (now `unknown`: a
 * fact must be checked, 待核实 — a new elder, or a fact that was removed).
 * @category Fact updates
 */
export type LedgerChangeDirection = 'entered' | 'left' | 'ruledOut' | 'inDoubt';

/**
 * The direction of a move from `from` (`null`: not in the ledger yet) to `to`, or `undefined`
 * when it is no move a 台账 records (the same status, or a new elder who is `no`).
 * @internal
 */
export function changeDirection(from: Tri | null, to: Tri): LedgerChangeDirection | undefined {
  if (from === to) return undefined;
  if (to === 'yes') return 'entered';
  if (from === 'yes') return 'left';
  if (to === 'unknown') return 'inDoubt';
  return from === 'unknown' ? 'ruledOut' : undefined;
}
