import { describe, expect, it } from 'vitest';
import { elders } from '../../test/fixtures/cases.js';
import { type MajorEventReport, VisitRecord } from '../compliance/index.js';
import { GuanaiError } from '../errors/index.js';
import { ElderId, MutualAidGroup, plainDate } from '../models/index.js';
import { CaseEvent } from './caseEvent.js';
import { caseOpenings } from './caseOpenings.js';
import { replayCases } from './replayCases.js';

const record = (id: string, extra: Record<string, unknown> = {}) =>
  VisitRecord.parse({
    id,
    elderId: 'E-1',
    caregiverIds: ['C-1', 'C-2'],
    on: '2026-06-01',
    time: '09:30',
    channel: 'inPerson',
    outcome: 'completed',
    recordedOn: '2026-06-01',
    ...extra,
  });

const group = MutualAidGroup.parse({
  id: 'MAG-1',
  villageCode: '530325101203',
  group: 3,
  members: ['E-1', 'E-2'],
  leaderId: 'E-1',
  validFrom: '2026-01-01',
});

describe('caseOpenings', () => {
  it('opens a case for each record in force with an incident, keyed by the first of its chain', () => {
    const records = [
      record('R-1', { incident: { kind: 'criticalIllness' } }),
      record('R-2', {
        amends: 'R-1',
        on: '2026-06-02',
        recordedOn: '2026-06-02',
        incident: { kind: 'illegalInfringement', note: '邻居报警' },
      }),
      record('R-3'),
      record('R-4', { incident: { kind: 'wanderingOrBegging' } }),
      record('R-5', { amends: 'R-4', recordedOn: '2026-06-03' }),
    ];
    const events = caseOpenings({ records });
    expect(events).toEqual([
      {
        id: 'case/R-1/opened',
        caseId: 'case/R-1',
        type: 'opened',
        on: '2026-06-02',
        time: '09:30',
        by: { kind: 'caregiver', caregiverId: 'C-1' },
        origin: 'visitRecord',
        elderId: 'E-1',
        incident: 'illegalInfringement',
        recordId: 'R-2',
        note: '邻居报警',
      },
    ]);
    for (const event of events) expect(CaseEvent.parse(event)).toEqual(event);
  });

  it('opens a case for each major event, written by the member’s group', () => {
    const majorEvents: MajorEventReport[] = [
      { id: 'ME-2', elderId: ElderId.parse('E-3'), on: plainDate('2026-06-05'), kind: 'accident' },
      { id: 'ME-1', elderId: ElderId.parse('E-2'), on: plainDate('2026-06-04'), kind: 'illness' },
    ];
    const events = caseOpenings({ majorEvents, mutualAidGroups: [group] });
    expect(events.map((e) => [e.id, e.by])).toEqual([
      ['case/ME-1/opened', { kind: 'mutualAidGroup', mutualAidGroupId: 'MAG-1' }],
      ['case/ME-2/opened', { kind: 'reporter', role: 'mutualAidGroup' }],
    ]);
    const { cases } = replayCases({ events, elders }, { asOf: plainDate('2026-06-05') });
    expect(cases.map((c) => [c.id, c.origin, c.majorEvent, c.next?.owner])).toEqual([
      [
        'case/ME-1',
        'mutualAidGroup',
        'illness',
        { kind: 'body', body: 'groupCadre', areaCode: '530325101203' },
      ],
      [
        'case/ME-2',
        'mutualAidGroup',
        'accident',
        { kind: 'body', body: 'groupCadre', areaCode: '530325102201' },
      ],
    ]);
  });

  it('diagnoses a malformed element instead of throwing a TypeError', () => {
    expect(() => caseOpenings({ records: [null] as never })).toThrow(GuanaiError);
    expect(() => caseOpenings({ majorEvents: 'x' } as never)).toThrow(GuanaiError);
    expect(caseOpenings({})).toEqual([]);
  });
});
