/**
 * Visit records (走访日志): the schema's cross-field checks, batch validation that keeps the
 * good rows and returns every bad one with coded issues, and append-only corrections.
 */
import { describe, expect, it } from 'vitest';
import { plainDate } from '../models/index.js';
import { currentRecords, recordHistory } from './currentRecords.js';
import { parseVisitRecords } from './parseVisitRecords.js';
import { categoriesOf, VisitRecord, type VisitRecordInput } from './visitRecord.js';

const base: VisitRecordInput = {
  id: 'R-1',
  elderId: 'E-1',
  caregiverIds: ['C-1'],
  on: '2026-03-03',
  channel: 'inPerson',
  outcome: 'completed',
  recordedOn: '2026-03-03',
};
const codes = (input: unknown) => {
  const result = VisitRecord.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => [
        (i as { params?: { guanai?: { code: string } } }).params?.guanai?.code ?? i.code,
        i.path.join('.'),
      ]);
};

describe('VisitRecord', () => {
  it('accepts a full record and derives its service categories', () => {
    const record = VisitRecord.parse({
      ...base,
      time: '09:30',
      durationMinutes: 40,
      tasks: ['cleaning', 'bloodPressureGlucoseCheck'],
      observations: { bloodPressure: { systolic: 150, diastolic: 90 }, flags: ['fallRisk'] },
      evidence: { checkInDistanceM: 35, photoRefs: ['photo/1.jpg'] },
    });
    expect(categoriesOf(record)).toEqual(['dailyLivingCare', 'healthCare']);
  });

  it('rejects contradictory outcomes, reversed readings and tasks outside the listed categories', () => {
    expect(codes({ ...base, notDoneReason: 'notAtHome' })).toEqual([
      ['visit_outcome_conflict', 'notDoneReason'],
    ]);
    expect(codes({ ...base, outcome: 'notDone' })).toEqual([
      ['visit_outcome_conflict', 'notDoneReason'],
    ]);
    expect(codes({ ...base, outcome: 'notDone', notDoneReason: 'callNotConnected' })).toEqual([
      ['visit_outcome_conflict', 'channel'],
    ]);
    expect(
      codes({ ...base, observations: { bloodPressure: { systolic: 80, diastolic: 90 } } }),
    ).toEqual([['range_reversed', 'observations.bloodPressure.systolic']]);
    expect(codes({ ...base, categories: ['healthCare'], tasks: ['haircut'] })).toEqual([
      ['service_task_category', 'tasks.0'],
    ]);
    expect(codes({ ...base, durationMinutes: -5 })).toEqual([['too_small', 'durationMinutes']]);
    expect(codes({ ...base, recordedOn: '2026-03-02' })).toEqual([
      ['range_reversed', 'recordedOn'],
    ]);
    expect(codes({ ...base, amends: 'R-1' })).toEqual([['amendment_cycle', 'amends']]);
  });
});

describe('parseVisitRecords', () => {
  const asOf = plainDate('2026-03-10');
  it('keeps the good rows and returns every bad one with its index and coded issues', () => {
    const rows = [
      base,
      { ...base, id: 'R-2', elderId: 'E-404' },
      { ...base, id: 'R-3', on: '2026-03-12', recordedOn: '2026-03-12' },
      { ...base, id: 'R-4', durationMinutes: -1 },
      { ...base, id: 'R-5', outcome: 'notDone' },
      { ...base, id: 'R-1' },
      { ...base, id: 'R-6', caregiverIds: ['C-404'] },
      'not a record',
    ];
    const { records, invalid } = parseVisitRecords(rows, {
      asOf,
      elderIds: new Set(['E-1']),
      caregiverIds: new Set(['C-1']),
    });
    expect(records.map((r) => r.id)).toEqual(['R-1']);
    expect(invalid.map((row) => [row.index, row.issues.map((i) => i.code)])).toEqual([
      [1, ['unknown_reference']],
      [2, ['date_after_as_of', 'date_after_as_of']],
      [3, ['too_small']],
      [4, ['visit_outcome_conflict']],
      [5, ['duplicate_id']],
      [6, ['unknown_reference']],
      [7, ['invalid_type']],
    ]);
    expect(invalid[0]?.issues[0]?.path).toEqual(['elderId']);
    expect(invalid[5]?.issues[0]?.path).toEqual(['caregiverIds', 0]);
  });

  it('checks corrections: a known record, earlier or in the batch, and no circle', () => {
    const earlier = parseVisitRecords([base], { asOf }).records;
    const correction = {
      ...base,
      id: 'R-2',
      amends: 'R-1',
      durationMinutes: 30,
      recordedOn: '2026-03-05',
    };
    const { records, invalid } = parseVisitRecords(
      [
        correction,
        { ...base, id: 'R-3', amends: 'R-404' },
        { ...base, id: 'R-4', amends: 'R-5' },
        { ...base, id: 'R-5', amends: 'R-4' },
        { ...base, id: 'R-1' },
      ],
      { asOf, earlier },
    );
    expect(records.map((r) => r.id)).toEqual(['R-2']);
    expect(invalid.map((row) => row.issues.map((i) => i.code))).toEqual([
      ['unknown_reference'],
      ['amendment_cycle'],
      ['amendment_cycle'],
      ['duplicate_id'],
    ]);
  });
});

describe('corrections keep history', () => {
  const original = VisitRecord.parse(base);
  const first = VisitRecord.parse({ ...base, id: 'R-2', amends: 'R-1', durationMinutes: 30 });
  const second = VisitRecord.parse({ ...base, id: 'R-3', amends: 'R-2', durationMinutes: 35 });
  const other = VisitRecord.parse({ ...base, id: 'R-9', elderId: 'E-2' });
  const log = [second, other, original, first];

  it('counts only the records in force, and keeps the whole chain for an audit', () => {
    expect(currentRecords(log).map((r) => r.id)).toEqual(['R-3', 'R-9']);
    for (const id of ['R-1', 'R-2', 'R-3'])
      expect(recordHistory(log, id).map((r) => r.id)).toEqual(['R-1', 'R-2', 'R-3']);
    expect(recordHistory(log, 'R-9').map((r) => r.id)).toEqual(['R-9']);
    expect(recordHistory(log, 'R-404')).toEqual([]);
  });
});
