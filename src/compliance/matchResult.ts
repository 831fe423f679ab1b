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
  const keyText = (key: number) => visitAt(index, key).key;
  const recordOf = (outcome: number) => records[outcomeRecord[outcome] as number] as VisitRecord;
  const outcomes = outcomeList(run, keyText);
  const keys = index.keyOf.length;
  // Each outcome's key number, and each record outcome's when it gives a reason (else −1).
  const outcomeKeys = new Int32Array(outcomes.length);
  outcomeKeys.set(outcomeKey.subarray(0, matchedCount));
  outcomeKeys.set(run.cancelKey, matchedCount);
  const reasonKeys = outcomeKey
    .subarray(0, matchedCount)
    .map((key, i) => (run.outcomeHasReason[i] === 0 ? -1 : key));
  const matched = new Map<VisitRecordId, string>();
  for (let i = 0; i < matchedCount; i++)
    matched.set(recordOf(i).id, outcomes[i]?.occurrenceKey as string);
  const { duplicates, orphans, notByHolder, ends, contacts, incidents } = run;
  return {
    outcomes,
    matched,
    duplicates,
    orphans,
    notByHolder,
    ends,
    outcomesOf: listsByKey(outcomeKeys, keys, keyText, (i) => outcomes[i] as OccurrenceOutcome),
    notDoneReasons: listsByKey(reasonKeys, keys, keyText, (i) => {
      const record = recordOf(i);
      return { on: record.on, reason: record.notDoneReason as NotDoneReason };
    }),
    contacts: contacts.build(),
    incidents,
  };
}

/** Every outcome, in order: the records' in the order taken, then the cancellations. */
function outcomeList(run: MatchRun, keyText: (key: number) => string): OccurrenceOutcome[] {
  const { records, outcomeRecord, outcomeKey, matchedCount, cancelKey, cancelOn } = run;
  const outcomes = new Array<OccurrenceOutcome>(matchedCount + cancelKey.length);
  for (let i = 0; i < matchedCount; i++) {
    const record = records[outcomeRecord[i] as number] as VisitRecord;
    const occurrenceKey = keyText(outcomeKey[i] as number);
    outcomes[i] = { occurrenceKey, on: record.on, outcome: record.outcome };
  }
  for (let c = 0; c < cancelKey.length; c++) {
    const occurrenceKey = keyText(cancelKey[c] as number);
    const on = cancelOn[c] as PlainDate;
    outcomes[matchedCount + c] = { occurrenceKey, on, outcome: 'cancelled' };
  }
  return outcomes;
}
