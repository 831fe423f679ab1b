/**
 * matchRecords works on numbers (an index of the visits, typed arrays) and returns plain data:
 * on small random logs it gives what the plain rules give — a reference written here with
 * string-keyed maps, as the function was before — whatever the order of the records, and the
 * same again with the index reused or rebuilt.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  occurrences as allVisits,
  pairings,
  sample,
  schedule,
  records as simulated,
} from '../../test/fixtures/dutyTownship.js';
import { addDays, type ElderId, type PlainDate, plainDate } from '../models/index.js';
import type { Occurrence, OccurrenceOutcome } from '../recurrence/index.js';
import { type CounterpartRule, type CreditRule, creditRule } from './creditRule.js';
import { currentRecords } from './currentRecords.js';
import { dutyTable } from './dutyTable.js';
import { type MatchRecordsOptions, matchRecords, type RecordMatch } from './matchRecords.js';
import type { NotDoneReason, VisitRecord, VisitRecordId } from './visitRecord.js';

const elders = sample.elders.slice(0, 3).map((e) => e.id);
const visits = allVisits.filter((o) => elders.includes(o.subject as ElderId));
const caregivers = [...new Set(simulated.map((r) => r.caregiverIds[0] as string))].slice(0, 3);
const REASONS: NotDoneReason[] = [
  'notAtHome',
  'awayForTreatment',
  'deceased',
  'movedInWithChildren',
];

/** A record of one of the three elders: keyed (to a visit, an unknown key) or unplanned. */
const aRecord = fc.record({
  elder: fc.oneof({ weight: 4, arbitrary: fc.nat({ max: 1 }) }, fc.nat({ max: 3 })),
  key: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, fc.constant('no/such/visit'), {
    weight: 2,
    arbitrary: fc.nat({ max: 400 }),
  }),
  day: fc.nat({ max: 34 }),
  time: fc.constantFrom(undefined, '09:00', '15:30'),
  kind: fc.constantFrom(undefined, 'homeVisit', 'homeVisit', 'childContact', 'activity'),
  channel: fc.constantFrom('inPerson', 'phone'),
  done: fc.boolean(),
  reason: fc.constantFrom(...REASONS),
  caregiver: fc.nat({ max: 2 }),
  counterpart: fc.constantFrom(undefined, 'children', 'elder'),
  incident: fc.boolean(),
  amends: fc.option(fc.nat({ max: 30 }), { freq: 6 }),
});
type Drawn = typeof aRecord extends fc.Arbitrary<infer T> ? T : never;

function recordOf(drawn: Drawn, i: number): VisitRecord {
  const on = addDays(plainDate('2026-08-29'), drawn.day);
  const key = typeof drawn.key === 'number' ? visits[drawn.key % visits.length]?.key : drawn.key;
  return {
    // Ids whose order is not the order drawn: ties of day and time are broken by id.
    id: `R-${(i * 7) % 31}-${i}` as VisitRecordId,
    elderId: (elders[drawn.elder] ?? 'E-unknown') as ElderId,
    caregiverIds: [caregivers[drawn.caregiver] as never],
    on,
    ...(drawn.time ? { time: drawn.time as never } : {}),
    ...(key === undefined ? {} : { occurrenceKey: key }),
    ...(drawn.kind ? { kind: drawn.kind as never } : {}),
    channel: drawn.channel as never,
    ...(drawn.counterpart ? { counterpart: drawn.counterpart as never } : {}),
    ...(drawn.done
      ? { outcome: 'completed' as const }
      : { outcome: 'notDone' as const, notDoneReason: drawn.reason }),
    ...(drawn.incident ? { incident: { kind: 'criticalIllness' } as never } : {}),
    ...(drawn.amends === null
      ? {}
      : { amends: `R-${(drawn.amends * 7) % 31}-${drawn.amends}` as VisitRecordId }),
    recordedOn: on,
  } as VisitRecord;
}

const options = fc.record({
  credit: fc.constantFrom<CreditRule>('holderOrDeputy', 'anyone'),
  childContactCounterpart: fc.constantFrom<CounterpartRule>('presumed', 'stated'),
  endingReasons: fc.subarray(REASONS),
  withPairings: fc.boolean(),
  ends: fc.array(fc.record({ elder: fc.nat({ max: 2 }), day: fc.nat({ max: 34 }) }), {
    maxLength: 2,
  }),
});

function optionsOf(drawn: typeof options extends fc.Arbitrary<infer T> ? T : never) {
  return {
    credit: drawn.credit,
    childContactCounterpart: drawn.childContactCounterpart,
    endingReasons: drawn.endingReasons,
    ...(drawn.withPairings ? { pairings, scheduled: schedule.visits } : {}),
    ends: drawn.ends.map((end) => ({
      elderId: elders[end.elder] as ElderId,
      from: addDays(plainDate('2026-08-29'), end.day),
      reason: 'noLongerEligible' as const,
    })),
  } satisfies MatchRecordsOptions;
}

describe('matchRecords on numbers', () => {
  it('gives what the plain rules give, for any order of the records', () => {
    fc.assert(
      fc.property(fc.array(aRecord, { maxLength: 60 }), options, fc.nat(), (drawn, o, turn) => {
        const log = drawn.map(recordOf);
        const opts = optionsOf(o);
        const expected = reference(visits, log, opts);
        expect(plain(matchRecords(visits, log, opts))).toEqual(aligned(expected, visits, log));
        const turned = log.map((_, i) => log[(i + turn) % log.length] as VisitRecord).reverse();
        expect(plain(matchRecords(visits, turned, opts))).toEqual(
          aligned(expected, visits, turned),
        );
      }),
      { numRuns: 300, seed: 17 },
    );
  });

  it('returns plain data: real maps and arrays, the same after a structured clone', () => {
    const match = matchRecords(allVisits, simulated, { ends: [anEnd] });
    for (const map of [match.ends, match.contacts])
      expect(Object.getPrototypeOf(map)).toBe(Map.prototype);
    for (const field of Object.keys(match))
      expect(Object.getOwnPropertyDescriptor(match, field)).toHaveProperty('value');
    for (const list of [match.outcomes, match.matched, match.outcomesOf, match.notDoneReasons])
      expect(Object.getPrototypeOf(list)).toBe(Array.prototype);
    // Aligned with the visits and the records given.
    expect(match.outcomesOf).toHaveLength(allVisits.length);
    expect(match.notDoneReasons).toHaveLength(allVisits.length);
    expect(match.matched).toHaveLength(simulated.length);
    expect(match.outcomesOf.some((own) => own.length > 0)).toBe(true);
    expect(match.notDoneReasons.some((own) => own.length > 0)).toBe(true);
    const copy = structuredClone(match);
    expect(copy).toEqual(match);
    expect(plain(copy)).toEqual(plain(match));
    // The outcomes of each visit are the objects of `outcomes`, in a clone too.
    const inCopy = new Set(copy.outcomes);
    copy.outcomesOf.forEach((own, i) => {
      for (const outcome of own) {
        expect(inCopy.has(outcome)).toBe(true);
        expect(outcome.occurrenceKey).toBe(allVisits[i]?.key);
      }
    });
  });

  it('gives a repeated key’s visits the lists of the last visit with that key', () => {
    const [a, b] = visits;
    if (!a || !b) throw new Error('the fixture has fewer than two visits');
    const twice = [a, b, { ...a }];
    const record = simulated.find((r) => r.occurrenceKey === a.key);
    if (!record) throw new Error('no record of the first visit');
    const match = matchRecords(twice, [record], { credit: 'anyone' });
    expect(match.matched).toEqual([2]);
    expect(match.outcomesOf[0]).toBe(match.outcomesOf[2]);
    expect(match.outcomesOf[0]).toHaveLength(1);
    expect(match.outcomesOf[1]).toEqual([]);
  });

  it('reuses the index of an unchanged array and notices one changed in place', () => {
    const list = [...visits];
    const first = plain(matchRecords(list, simulated));
    expect(plain(matchRecords(list, simulated))).toEqual(first);
    list.reverse();
    expect(plain(matchRecords(list, simulated))).toEqual(plain(matchRecords([...list], simulated)));
    list.length = 10;
    expect(plain(matchRecords(list, simulated))).toEqual(plain(matchRecords([...list], simulated)));
  });
});

const anEnd = {
  elderId: elders[0] as ElderId,
  from: plainDate('2026-09-15'),
  reason: 'noLongerEligible' as const,
};

/**
 * The reference's match in the result's shape: per visit (aligned with `occurrences`) and per
 * record (aligned with `records`; the place of a key's last visit, as a map by key keeps it).
 */
function aligned(
  match: ReturnType<typeof reference>,
  occurrences: readonly Occurrence[],
  records: readonly VisitRecord[],
) {
  const placeOf = new Map(occurrences.map((o, i) => [o.key, i]));
  return plain({
    ...match,
    matched: records.map((r) => placeOf.get(match.matched.get(r.id) ?? '') ?? -1),
    outcomesOf: occurrences.map((o) => match.outcomesOf.get(o.key) ?? []),
    notDoneReasons: occurrences.map((o) => match.notDoneReasons.get(o.key) ?? []),
  } as RecordMatch);
}

/** A match as plain data, every map as its entries in order. */
function plain(match: RecordMatch) {
  return {
    outcomes: match.outcomes,
    matched: match.matched,
    duplicates: match.duplicates,
    orphans: match.orphans,
    notByHolder: match.notByHolder,
    ends: [...match.ends],
    outcomesOf: match.outcomesOf,
    notDoneReasons: match.notDoneReasons,
    contacts: [...match.contacts],
    incidents: match.incidents.map((r) => r.id),
  };
}

/** The rules of matchRecords with string-keyed maps, one record at a time (as before issue 17). */
function reference(
  occurrences: readonly Occurrence[],
  records: readonly VisitRecord[],
  options: ReturnType<typeof optionsOf>,
) {
  const refusalOf = creditRule(
    { table: dutyTable(), pairings: options.pairings, scheduled: options.scheduled },
    options.credit,
    options.childContactCounterpart,
  );
  const byKey = new Map(occurrences.map((o) => [o.key, o]));
  const bySubject = new Map<string, Occurrence[]>();
  for (const o of occurrences) bySubject.set(o.subject, [...(bySubject.get(o.subject) ?? []), o]);
  for (const list of bySubject.values())
    list.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.key < b.key ? -1 : 1));
  const result = {
    outcomes: [] as OccurrenceOutcome[],
    matched: new Map<VisitRecordId, string>(),
    duplicates: [] as { recordId: VisitRecordId; occurrenceKey: string; first: VisitRecordId }[],
    orphans: [] as { recordId: VisitRecordId; reason: string }[],
    notByHolder: [] as object[],
    ends: new Map<ElderId, { elderId: ElderId; from: PlainDate; reason: string }>(),
    outcomesOf: new Map<string, OccurrenceOutcome[]>(),
    notDoneReasons: new Map<string, { on: PlainDate; reason: NotDoneReason }[]>(),
    contacts: new Map<ElderId, { any: PlainDate[]; inPerson: PlainDate[] }>(),
    incidents: [] as VisitRecord[],
  };
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) =>
    map.set(key, [...(map.get(key) ?? []), value]);
  const addOutcome = (outcome: OccurrenceOutcome) => {
    result.outcomes.push(outcome);
    push(result.outcomesOf, outcome.occurrenceKey, outcome);
  };
  const endAt = (end: { elderId: ElderId; from: PlainDate; reason: string }) => {
    const known = result.ends.get(end.elderId);
    if (!known || end.from < known.from) result.ends.set(end.elderId, end);
  };
  options.ends.forEach(endAt);
  const completedBy = new Map<string, VisitRecordId>();
  const refuse = (
    record: VisitRecord,
    o: Occurrence,
    refusal: NonNullable<ReturnType<typeof refusalOf>>,
  ) => {
    if (refusal.reason === 'notWithChildren')
      result.orphans.push({ recordId: record.id, reason: 'notWithChildren' });
    else
      result.notByHolder.push({
        recordId: record.id,
        occurrenceKey: o.key,
        duty: refusal.duty,
        ...(refusal.holderId === undefined ? {} : { holderId: refusal.holderId }),
      });
  };
  const answered = (record: VisitRecord): Occurrence | undefined => {
    if (record.occurrenceKey !== undefined) {
      const o = byKey.get(record.occurrenceKey);
      if (!o) result.orphans.push({ recordId: record.id, reason: 'unknownOccurrence' });
      else if (o.subject !== record.elderId)
        result.orphans.push({ recordId: record.id, reason: 'otherElder' });
      else {
        const refusal = refusalOf(record, o);
        if (!refusal) return o;
        refuse(record, o, refusal);
      }
      return undefined;
    }
    let firstFit: Occurrence | undefined;
    let refused: [Occurrence, NonNullable<ReturnType<typeof refusalOf>>] | undefined;
    for (const o of bySubject.get(record.elderId) ?? []) {
      const kindFits =
        record.kind !== undefined ? record.kind === o.kind : record.channel === o.channel;
      if (!(o.openFrom <= record.on && record.on <= o.expiresAt && kindFits)) continue;
      const refusal = refusalOf(record, o);
      if (refusal) refused ??= [o, refusal];
      else if (!completedBy.has(o.key)) return o;
      else firstFit ??= o;
    }
    if (!firstFit && refused) refuse(record, ...refused);
    else if (!firstFit) result.orphans.push({ recordId: record.id, reason: 'noFittingOccurrence' });
    return firstFit;
  };
  const inOrder = [...currentRecords(records)].sort(
    (a, b) =>
      (a.on < b.on ? -1 : a.on > b.on ? 1 : 0) ||
      ((a.time ?? '') < (b.time ?? '') ? -1 : (a.time ?? '') > (b.time ?? '') ? 1 : 0) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  for (const record of inOrder) {
    if (record.incident) result.incidents.push(record);
    if (record.outcome === 'completed') {
      const days = result.contacts.get(record.elderId) ?? { any: [], inPerson: [] };
      result.contacts.set(record.elderId, days);
      days.any.push(record.on);
      if (record.channel === 'inPerson') days.inPerson.push(record.on);
    }
    const o = answered(record);
    const reason = record.notDoneReason;
    if (record.outcome === 'notDone' && reason && options.endingReasons.includes(reason))
      endAt({ elderId: record.elderId, from: record.on, reason });
    if (!o) continue;
    const first = completedBy.get(o.key);
    if (record.outcome === 'completed' && first !== undefined) {
      result.duplicates.push({ recordId: record.id, occurrenceKey: o.key, first });
      continue;
    }
    if (record.outcome === 'completed') completedBy.set(o.key, record.id);
    else if (reason) push(result.notDoneReasons, o.key, { on: record.on, reason });
    result.matched.set(record.id, o.key);
    addOutcome({ occurrenceKey: o.key, on: record.on, outcome: record.outcome });
  }
  for (const [elderId, end] of result.ends)
    for (const o of bySubject.get(elderId) ?? [])
      if (o.expiresAt >= end.from && !completedBy.has(o.key))
        addOutcome({ occurrenceKey: o.key, on: end.from, outcome: 'cancelled' });
  return result;
}
