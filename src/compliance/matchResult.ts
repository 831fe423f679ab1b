import type { PlainDate } from '../models/index.js';
import type { OccurrenceOutcome } from '../recurrence/index.js';
import { listsByKey } from './listsByKey.js';
import type { MatchRun } from './matchRun.js';
import { visitAt } from './occurrenceIndex.js';
import type { RecordMatch } from './recordMatch.js';
import type { NotDoneReason, VisitRecord, VisitRecordId } from './visitRecord.js';

/**
 * The result of a match, from its working state: plain data (real maps, arrays and objects), so
 * that it can be cloned, posted to a worker or compared as a value. Built in one go from the
 * numbers: every array has its final length from the start, every map gets each key once, and
 * the keys and ids are the strings the visits and records already hold.
 * @internal
 */
export function matchResult(run: MatchRun): RecordMatch {
  const { index, records, outcomeRecord, outcomeKey, matchedCount } = run;
  const { outcomes, matched } = outcomesAndMatched(run);
  const keys = index.keyOf.length;
  // Each outcome's key number, and each record outcome's when it gives a reason (else −1).
  const outcomeKeys = new Int32Array(outcomes.length);
  outcomeKeys.set(outcomeKey.subarray(0, matchedCount));
  outcomeKeys.set(run.cancelKey, matchedCount);
  const reasonKeys = outcomeKey
    .subarray(0, matchedCount)
    .map((key, i) => (run.outcomeHasReason[i] === 0 ? -1 : key));
  // A key's text read from its outcome, just made: not from the visit, elsewhere in memory.
  const keyText = (i: number) => (outcomes[i] as OccurrenceOutcome).occurrenceKey;
  const { duplicates, orphans, notByHolder, ends, contacts, incidents } = run;
  return {
    outcomes,
    matched,
    duplicates,
    orphans,
    notByHolder,
    ends,
    outcomesOf: listsByKey(outcomeKeys, keys, (i) => outcomes[i] as OccurrenceOutcome, keyText),
    notDoneReasons: listsByKey(
      reasonKeys,
      keys,
      (i) => {
        const record = records[outcomeRecord[i] as number] as VisitRecord;
        return { on: record.on, reason: record.notDoneReason as NotDoneReason };
      },
      keyText,
    ),
    contacts: contacts.build(records),
    incidents,
  };
}

/**
 * Every outcome, in order — the records' in the order taken, then the cancellations — and the
 * visit each matched record answers, in one pass over the records.
 */
function outcomesAndMatched(run: MatchRun) {
  const { index, records, outcomeRecord, outcomeKey, matchedCount, cancelKey, cancelOn } = run;
  const outcomes = new Array<OccurrenceOutcome>(matchedCount + cancelKey.length);
  const matched = new Map<VisitRecordId, string>();
  for (let i = 0; i < matchedCount; i++) {
    const record = records[outcomeRecord[i] as number] as VisitRecord;
    // A keyed record was matched by its key: the same text, in the record at hand.
    const occurrenceKey = record.occurrenceKey ?? visitAt(index, outcomeKey[i] as number).key;
    outcomes[i] = { occurrenceKey, on: record.on, outcome: record.outcome };
    matched.set(record.id, occurrenceKey);
  }
  for (let c = 0; c < cancelKey.length; c++) {
    const occurrenceKey = visitAt(index, cancelKey[c] as number).key;
    const on = cancelOn[c] as PlainDate;
    outcomes[matchedCount + c] = { occurrenceKey, on, outcome: 'cancelled' };
  }
  return { outcomes, matched };
}
