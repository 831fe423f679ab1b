import type { ElderId, PlainDate } from '../models/index.js';
import type { VisitRecord } from './visitRecord.js';

/** An elder's days of completed contact, in order: any channel, and in person. @internal */
export interface ContactDays {
  readonly any: PlainDate[];
  readonly inPerson: PlainDate[];
}

/**
 * Each elder's days of completed contact, gathered as records are taken in order (by elder
 * number: the index's subject number, so no second lookup of the elder) and laid out at the end
 * in arrays of their exact length — counted, then filled: no array grows.
 * @internal
 */
export class ContactDaysBuilder {
  readonly #seen: Uint8Array;
  /** Elders the visits do not know, numbered after the subjects. */
  readonly #others = new Map<string, number>();
  /** Elder numbers and ids in the order of their first completed record. */
  readonly #order: number[] = [];
  readonly #ids: ElderId[] = [];
  // Sized once for every record (`capacity`): nothing grows and leaves copies behind.
  readonly #elderOf: Int32Array;
  /** The records' days, noted while each record is at hand (not read again at the end). */
  readonly #day: PlainDate[];
  readonly #inPerson: Uint8Array;
  #count = 0;

  constructor(
    private readonly subjects: number,
    capacity: number,
  ) {
    this.#seen = new Uint8Array(subjects);
    this.#elderOf = new Int32Array(capacity);
    this.#day = new Array<PlainDate>(capacity);
    this.#inPerson = new Uint8Array(capacity);
  }

  /** Note a completed record of subject number `subject` (undefined: an elder with no visits). */
  add(record: VisitRecord, subject: number | undefined): void {
    const elder = subject ?? this.#other(record.elderId);
    if (subject !== undefined && this.#seen[subject] === 0) {
      this.#seen[subject] = 1;
      this.#first(elder, record.elderId);
    }
    this.#elderOf[this.#count] = elder;
    this.#day[this.#count] = record.on;
    this.#inPerson[this.#count++] = record.channel === 'inPerson' ? 1 : 0;
  }

  #other(elderId: ElderId): number {
    let elder = this.#others.get(elderId);
    if (elder === undefined) {
      elder = this.subjects + this.#others.size;
      this.#others.set(elderId, elder);
      this.#first(elder, elderId);
    }
    return elder;
  }

  #first(elder: number, elderId: ElderId): void {
    this.#order.push(elder);
    this.#ids.push(elderId);
  }

  /** The days by elder, in the order elders first had a completed record. */
  build(): Map<ElderId, ContactDays> {
    const elders = this.subjects + this.#others.size;
    const [count, countInPerson] = [new Int32Array(elders), new Int32Array(elders)];
    const [elderOf, inPerson, days, taken] = [
      this.#elderOf,
      this.#inPerson,
      this.#day,
      this.#count,
    ];
    for (let i = 0; i < taken; i++) {
      const elder = elderOf[i] as number;
      count[elder] = (count[elder] as number) + 1;
      if (inPerson[i]) countInPerson[elder] = (countInPerson[elder] as number) + 1;
    }
    const byElder = new Map<ElderId, ContactDays>();
    const lists = new Array<ContactDays | undefined>(elders).fill(undefined);
    this.#order.forEach((elder, i) => {
      const any = new Array<PlainDate>(count[elder] as number);
      lists[elder] = { any, inPerson: new Array<PlainDate>(countInPerson[elder] as number) };
      byElder.set(this.#ids[i] as ElderId, lists[elder] as ContactDays);
    });
    // Reused as the next free place of each list.
    count.fill(0);
    countInPerson.fill(0);
    for (let i = 0; i < taken; i++) {
      const elder = elderOf[i] as number;
      const list = lists[elder] as ContactDays;
      const day = days[i] as PlainDate;
      list.any[count[elder] as number] = day;
      count[elder] = (count[elder] as number) + 1;
      if (!inPerson[i]) continue;
      list.inPerson[countInPerson[elder] as number] = day;
      countInPerson[elder] = (countInPerson[elder] as number) + 1;
    }
    return byElder;
  }
}
