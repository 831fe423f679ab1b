import type { PlainDate } from '../models/index.js';
import type { OccurrenceOutcome } from '../recurrence/index.js';
import { listsByVisit } from './listsByVisit.js';
import type { MatchRun } from './matchRun.js';
import type { RecordMatch } from './recordMatch.js';
import type { NotDoneReason, VisitRecord } from './visitRecord.js';

/**
 * The result of a match, from its working state: plain data (arrays, objects, two small maps),
 * so that it can be cloned, posted to a worker or compared as a value. Built in one go from the
 * numbers: what is per visit or per record is a list aligned with the visits or records given
 * (no map of a million keys), every array has its final length from the start, and the keys
 * and ids are the strings the visits and records already hold.
 * @internal
 */
export function matchResult(run: MatchRun): RecordMatch {
  const { index, records, outcomeRecord, outcomeKey, matchedCount } = run;
  const outcomes = allOutcomes(run);
  // Each outcome's key number, and each record outcome's when it gives a reason (else −1).
  const outcomeKeys = run.scratch.int32(outcomes.length);
  outcomeKeys.set(outcomeKey.subarray(0, matchedCount));
  outcomeKeys.set(run.cancelKey, matchedCount);
  const reasonKeys = run.scratch.int32(matchedCount);
  for (let i = 0; i < matchedCount; i++)
    reasonKeys[i] = run.outcomeHasReason[i] === 0 ? -1 : (outcomeKey[i] as number);
  const { matched, duplicates, orphans, notByHolder, ends, contacts, incidents } = run;
  return {
    outcomes,
    matched,
    duplicates,
    orphans,
    notByHolder,
    ends,
    outcomesOf: listsByVisit(
      index,
      outcomeKeys,
      (i) => outcomes[i] as OccurrenceOutcome,
      run.scratch,
    ),
    notDoneReasons: listsByVisit(
      index,
      reasonKeys,
      (i) => {
        const record = records[outcomeRecord[i] as number] as VisitRecord;
        return { on: record.on, reason: record.notDoneReason as NotDoneReason };
      },
      run.scratch,
    ),
    contacts: contacts.build(run.facts),
    incidents,
  };
}

/**
 * Every outcome, in order: the records', made as they were taken, then the cancellations — in
 * the places the records left free when there are enough (there mostly are: orphans and
 * duplicates leave theirs), so the list is not copied.
 */
function allOutcomes(run: MatchRun): OccurrenceOutcome[] {
  const { index, outcomes, matchedCount, cancelKey, cancelOn } = run;
  // Written in place, then the length set once: shortening first and pushing would copy.
  for (let c = 0; c < cancelKey.length; c++) {
    const occurrenceKey = index.keyText[cancelKey[c] as number] as string;
    const on = cancelOn[c] as PlainDate;
    outcomes[matchedCount + c] = { occurrenceKey, on, outcome: 'cancelled' };
  }
  outcomes.length = matchedCount + cancelKey.length;
  return outcomes;
}
