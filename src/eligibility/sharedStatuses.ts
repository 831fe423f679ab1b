import { type StatusCodes, statusesOfCodes } from './decideStatuses.js';
import type { CategoryKey } from './reason.js';
import type { Tri } from './tri.js';

/**
 * Codes in the first half key: 3^12 = 531,441 combinations, a small integer (never a boxed
 * number); the second half, the other 12 codes, stays one up to 19 of them (3^19 < 2^31).
 */
const HALF = 12;
/** Slots of a new table (a power of two); it doubles when half full. */
const INITIAL_SLOTS = 1024;

/** A slot for the key (`high`, `low`) among `slots` (a power of two): a multiplicative hash. */
function slotOf(high: number, low: number, slots: number): number {
  return (Math.imul(high, 0x9e3779b1) ^ Math.imul(low + 1, 0x85ebca6b)) & (slots - 1);
}

/**
 * The statuses records of a classified ledger, one per distinct answer: a county's elders fall
 * into a few thousand combinations of the 24 answers, so the ledger's results share frozen
 * records instead of keeping one 24-key object per elder (the bulk of a ledger's memory and of
 * the collector's work). Frozen, because shared: a result's statuses are read-only (typed so).
 *
 * Found by an open-addressing table keyed by the answers as two base-3 numbers of 12 digits:
 * every elder passes here, and a `Map` keyed by one 24-digit number (above the small-integer
 * range) boxes and hashes a double per elder.
 * @internal
 */
export class SharedStatuses {
  private readonly records: Readonly<Record<CategoryKey, Tri>>[] = [];
  /** Per slot: the record's index + 1 (0 for an empty slot), and its key's two halves. */
  private indexes = new Int32Array(INITIAL_SLOTS);
  private highs = new Int32Array(INITIAL_SLOTS);
  private lows = new Int32Array(INITIAL_SLOTS);

  /** The frozen record of `codes`, made the first time that combination is seen. */
  of(codes: StatusCodes): Readonly<Record<CategoryKey, Tri>> {
    let high = 0;
    let low = 0;
    for (let k = 0; k < HALF; k++) high = high * 3 + (codes[k] as number);
    for (let k = HALF; k < codes.length; k++) low = low * 3 + (codes[k] as number);
    const slots = this.indexes.length;
    // The table is at most half full, so a free slot ends every probe within `slots` steps.
    let slot = slotOf(high, low, slots);
    for (let probe = 0; probe < slots; probe++) {
      const index = this.indexes[slot] as number;
      if (index === 0) break;
      if (this.highs[slot] === high && this.lows[slot] === low)
        return this.records[index - 1] as Readonly<Record<CategoryKey, Tri>>;
      slot = (slot + 1) & (slots - 1);
    }
    const record = Object.freeze(statusesOfCodes(codes));
    this.records.push(record);
    this.place(high, low, this.records.length);
    if (this.records.length * 2 > slots) this.grow();
    return record;
  }

  /** Put record `index` (+ 1) under its key in the first free slot of its probe. */
  private place(high: number, low: number, index: number): void {
    const slots = this.indexes.length;
    let slot = slotOf(high, low, slots);
    for (let probe = 0; probe < slots && this.indexes[slot] !== 0; probe++)
      slot = (slot + 1) & (slots - 1);
    this.indexes[slot] = index;
    this.highs[slot] = high;
    this.lows[slot] = low;
  }

  /** Twice the slots, every record placed again. */
  private grow(): void {
    const { indexes, highs, lows } = this;
    this.indexes = new Int32Array(indexes.length * 2);
    this.highs = new Int32Array(indexes.length * 2);
    this.lows = new Int32Array(indexes.length * 2);
    for (let slot = 0; slot < indexes.length; slot++) {
      const index = indexes[slot] as number;
      if (index !== 0) this.place(highs[slot] as number, lows[slot] as number, index);
    }
  }
}
