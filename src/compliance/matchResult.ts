import { LazyMap } from '../_lib/lazyMap.js';
import type { PlainDate } from '../models/index.js';
import type { OccurrenceOutcome } from '../recurrence/index.js';
import { groupByKey, KeyedLists } from './keyedLists.js';
import type { MatchRun } from './matchRun.js';
import { visitAt } from './occurrenceIndex.js';
import type { RecordMatch } from './recordMatch.js';
import type { NotDoneReason, VisitRecord, VisitRecordId } from './visitRecord.js';

/**
 * The result of a match, from its working state. The lists found one by one are given as they
 * are; what would take a million objects — the outcomes, the visit each record answers, the
 * outcomes and reasons of each visit — is made when read: `outcomesOf` and `notDoneReasons`
 * answer `get` from the numbers, `matched` and `outcomes` are built at their first read.
 * @internal
 */
export function matchResult(run: MatchRun): RecordMatch {
  const { index, records, outcomeRecord, outcomeKey, matchedCount } = run;
  const keyText = (key: number) => visitAt(index, key).key;
  const recordOf = (outcome: number) => records[outcomeRecord[outcome] as number] as VisitRecord;
  const outcomes = new Outcomes(run, keyText);
  const keys = index.keyOf.length;
  // Each outcome's key number, and each record outcome's when it gives a reason (else −1).
  const outcomeKeys = new Int32Array(matchedCount + run.cancelKey.length);
  outcomeKeys.set(outcomeKey.subarray(0, matchedCount));
  outcomeKeys.set(run.cancelKey, matchedCount);
  const reasonKeys = outcomeKey.slice(0, matchedCount);
  for (let i = 0; i < matchedCount; i++) if (run.outcomeHasReason[i] === 0) reasonKeys[i] = -1;
  const matched = new LazyMap<VisitRecordId, string>(() => {
    const map = new Map<VisitRecordId, string>();
    for (let i = 0; i < matchedCount; i++)
      map.set(recordOf(i).id, keyText(outcomeKey[i] as number));
    return map;
  });
  const { duplicates, orphans, notByHolder, ends, contacts, incidents } = run;
  return {
    get outcomes() {
      return outcomes.all();
    },
    matched,
    duplicates,
    orphans,
    notByHolder,
    ends,
    outcomesOf: new KeyedLists(index.keyNumber, keyText, groupByKey(keys, outcomeKeys), (i) =>
      outcomes.at(i),
    ),
    notDoneReasons: new KeyedLists(index.keyNumber, keyText, groupByKey(keys, reasonKeys), (i) => {
      const record = recordOf(i);
      return { on: record.on, reason: record.notDoneReason as NotDoneReason };
    }),
    contacts: contacts.build(),
    incidents,
  };
}

/** The outcomes, each object made once, when first read (the same object everywhere). */
class Outcomes {
  #made: (OccurrenceOutcome | undefined)[] | undefined;
  #complete = false;

  constructor(
    private readonly run: MatchRun,
    private readonly keyText: (key: number) => string,
  ) {}

  get count(): number {
    return this.run.matchedCount + this.run.cancelKey.length;
  }

  at(i: number): OccurrenceOutcome {
    this.#made ??= new Array<OccurrenceOutcome | undefined>(this.count).fill(undefined);
    let outcome = this.#made[i];
    if (!outcome) {
      outcome = this.make(i);
      this.#made[i] = outcome;
    }
    return outcome;
  }

  /** Every outcome in order: the records' in the order taken, then the cancellations. */
  all(): readonly OccurrenceOutcome[] {
    if (!this.#complete) for (let i = 0; i < this.count; i++) this.at(i);
    this.#complete = true;
    return (this.#made ?? []) as readonly OccurrenceOutcome[];
  }

  private make(i: number): OccurrenceOutcome {
    const { run } = this;
    if (i < run.matchedCount) {
      const record = run.records[run.outcomeRecord[i] as number] as VisitRecord;
      const occurrenceKey = this.keyText(run.outcomeKey[i] as number);
      return { occurrenceKey, on: record.on, outcome: record.outcome };
    }
    const c = i - run.matchedCount;
    const on = run.cancelOn[c] as PlainDate;
    return { occurrenceKey: this.keyText(run.cancelKey[c] as number), on, outcome: 'cancelled' };
  }
}
