import type { ElderId, PlainDate } from '../models/index.js';
import type { VisitRecord } from './visitRecord.js';

/** An elder's days of completed contact, in order: any channel, and in person. @internal */
export interface ContactDays {
  readonly any: PlainDate[];
  readonly inPerson: PlainDate[];
}

/**
 * Each elder's days of completed contact, gathered as records are taken in order and laid out
 * at the end in arrays of their exact length (two counts, then one fill: no array grows).
 * @internal
 */
export class ContactDaysBuilder {
  readonly #elders = new Map<string, number>();
  readonly #positions: number[] = [];
  readonly #elderOf: number[] = [];
  #counts: number[] = [];
  #inPersonCounts: number[] = [];

  /** Note a completed record (its position in `records`). */
  add(record: VisitRecord, position: number): void {
    let elder = this.#elders.get(record.elderId);
    if (elder === undefined) {
      elder = this.#elders.size;
      this.#elders.set(record.elderId, elder);
      this.#counts.push(0);
      this.#inPersonCounts.push(0);
    }
    this.#positions.push(position);
    this.#elderOf.push(elder);
    this.#counts[elder] = (this.#counts[elder] as number) + 1;
    if (record.channel === 'inPerson')
      this.#inPersonCounts[elder] = (this.#inPersonCounts[elder] as number) + 1;
  }

  /** The days by elder, in the order elders first had a completed record. */
  build(records: readonly VisitRecord[]): Map<ElderId, ContactDays> {
    const days = this.#counts.map((count, elder) => ({
      any: new Array<PlainDate>(count),
      inPerson: new Array<PlainDate>(this.#inPersonCounts[elder] as number),
    }));
    const filled = new Int32Array(days.length);
    const filledInPerson = new Int32Array(days.length);
    for (let i = 0; i < this.#positions.length; i++) {
      const record = records[this.#positions[i] as number] as VisitRecord;
      const elder = this.#elderOf[i] as number;
      const list = days[elder] as ContactDays;
      const [at, atInPerson] = [filled[elder] as number, filledInPerson[elder] as number];
      list.any[at] = record.on;
      filled[elder] = at + 1;
      if (record.channel !== 'inPerson') continue;
      list.inPerson[atInPerson] = record.on;
      filledInPerson[elder] = atInPerson + 1;
    }
    const byElder = new Map<ElderId, ContactDays>();
    for (const [elderId, elder] of this.#elders)
      byElder.set(elderId as ElderId, days[elder] as ContactDays);
    return byElder;
  }
}
