import type { Scratch } from '../_lib/scratch.js';
import type { ElderId, PlainDate } from '../models/index.js';
import { dayOf, IN_PERSON, type RecordFacts, recordAt, type Taken } from './recordFacts.js';

/** An elder's days of completed contact, in order: any channel, and in person. @internal */
export interface ContactDays {
  readonly any: PlainDate[];
  readonly inPerson: PlainDate[];
}

/**
 * Each elder's days of completed contact, gathered as records are taken in order (by elder
 * number: the index's subject number, so no second lookup of the elder) and laid out at the end
 * in arrays of their exact length — counted, then filled: no array grows. A record's day and
 * channel come from its facts; the record itself is read only for its elder's id, when that
 * elder is first seen or has no visits.
 * @internal
 */
export class ContactDaysBuilder {
  readonly #subjects: number;
  readonly #seen: Uint8Array;
  /** Elders the visits do not know, numbered after the subjects. */
  readonly #others = new Map<string, number>();
  /** Elder numbers and ids in the order of their first completed record. */
  readonly #order: number[] = [];
  readonly #ids: ElderId[] = [];
  // Sized once for every record (`capacity`): nothing grows and leaves copies behind.
  readonly #elderOf: Int32Array;
  /** The records' ranks, noted while each is taken (their days are read at the end). */
  readonly #rank: Int32Array;
  #count = 0;

  /** For `subjects` elders with visits and at most `capacity` records. */
  constructor(subjects: number, capacity: number, scratch: Scratch) {
    this.#subjects = subjects;
    this.#seen = new Uint8Array(subjects);
    this.#elderOf = scratch.int32(capacity);
    this.#rank = scratch.int32(capacity);
  }

  /** Note the completed record taken at `rank`, of subject number `subject` (−1: no visits). */
  add(subject: number, rank: number, run: Taken): void {
    // The record itself is read only when its elder is first seen, or has no visits.
    let elder = subject;
    if (subject < 0) elder = this.#other(recordAt(run, rank).elderId);
    else if (this.#seen[subject] === 0) {
      this.#seen[subject] = 1;
      this.#first(subject, recordAt(run, rank).elderId);
    }
    this.#elderOf[this.#count] = elder;
    this.#rank[this.#count++] = rank;
  }

  #other(elderId: ElderId): number {
    let elder = this.#others.get(elderId);
    if (elder === undefined) {
      elder = this.#subjects + this.#others.size;
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
  build(facts: RecordFacts): Map<ElderId, ContactDays> {
    const elders = this.#subjects + this.#others.size;
    const [count, countInPerson] = [new Int32Array(elders), new Int32Array(elders)];
    const [elderOf, rank, taken] = [this.#elderOf, this.#rank, this.#count];
    const inPerson = (i: number) => ((facts.flags[rank[i] as number] as number) & IN_PERSON) !== 0;
    for (let i = 0; i < taken; i++) {
      const elder = elderOf[i] as number;
      count[elder] = (count[elder] as number) + 1;
      if (inPerson(i)) countInPerson[elder] = (countInPerson[elder] as number) + 1;
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
      const day = dayOf(facts, rank[i] as number);
      list.any[count[elder] as number] = day;
      count[elder] = (count[elder] as number) + 1;
      if (!inPerson(i)) continue;
      list.inPerson[countInPerson[elder] as number] = day;
      countInPerson[elder] = (countInPerson[elder] as number) + 1;
    }
    return byElder;
  }
}
