import { type StatusCodes, statusesOfCodes } from './decideStatuses.js';
import type { CategoryKey } from './reason.js';
import type { Tri } from './tri.js';

/**
 * The statuses records of a classified ledger, one per distinct answer: a county's elders fall
 * into a few thousand combinations of the 24 answers, so the ledger's results share frozen
 * records instead of keeping one 24-key object per elder (the bulk of a ledger's memory and of
 * the collector's work). Frozen, because shared: a result's statuses are read-only (typed so).
 * @internal
 */
export class SharedStatuses {
  private readonly records = new Map<number, Readonly<Record<CategoryKey, Tri>>>();

  /** The frozen record of `codes`, made the first time that combination is seen. */
  of(codes: StatusCodes): Readonly<Record<CategoryKey, Tri>> {
    // 24 base-3 digits: below 3^24 < 2^53, so the key is exact.
    let key = 0;
    for (let k = 0; k < codes.length; k++) key = key * 3 + (codes[k] as number);
    let record = this.records.get(key);
    if (!record) {
      record = Object.freeze(statusesOfCodes(codes));
      this.records.set(key, record);
    }
    return record;
  }
}
