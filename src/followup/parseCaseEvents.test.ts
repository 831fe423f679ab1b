import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { plainDate } from '../models/index.js';
import { CaseActor, CaseEvent } from './caseEvent.js';
import { parseCaseEvents } from './parseCaseEvents.js';

const opened = {
  id: 'EV-1',
  caseId: 'K-1',
  type: 'opened',
  on: '2026-06-03',
  time: '08:10',
  by: { kind: 'reporter', role: 'neighbour', name: '王大姐' },
  origin: 'neighbourReport',
  elderId: 'E-1',
  incident: 'criticalIllness',
};
const asOf = plainDate('2026-06-05');

describe('CaseEvent', () => {
  it('takes each type with its own fields, strictly', () => {
    expect(CaseEvent.safeParse(opened).success).toBe(true);
    const informed = { id: 'EV-2', caseId: 'K-1', type: 'informed', on: '2026-06-03' };
    const by = { kind: 'body', body: 'villageCommittee', areaCode: '530325101203' };
    expect(CaseEvent.safeParse({ ...informed, by, body: 'countyCivilAffairs' }).success).toBe(true);
    expect(CaseEvent.safeParse({ ...informed, by, body: 'villageCommittee' }).success).toBe(false);
    expect(CaseEvent.safeParse({ ...informed, by, body: 'countyCivilAffairs', x: 1 }).success).toBe(
      false,
    );
  });

  it('opens a case only about an incident or a major event', () => {
    const { incident: _, ...bare } = opened;
    const result = CaseEvent.safeParse(bare);
    expect(result.success).toBe(false);
    expect(parseCaseEvents([bare], { asOf }).invalid[0]?.issues).toEqual([
      { code: 'case_without_cause', path: ['incident'], params: {} },
    ]);
    expect(CaseEvent.safeParse({ ...bare, majorEvent: 'illness' }).success).toBe(true);
  });

  it('knows a group and an outside reporter as actors, never with a phone number', () => {
    expect(CaseActor.safeParse({ kind: 'mutualAidGroup', mutualAidGroupId: 'MAG-1' }).success).toBe(
      true,
    );
    expect(
      CaseActor.safeParse({ kind: 'reporter', role: 'family', phone: '13800138000' }).success,
    ).toBe(false);
  });
});

describe('parseCaseEvents', () => {
  it('keeps the good rows and returns every bad one with coded issues', () => {
    const rows = [
      opened,
      { ...opened, id: 'EV-2', on: '2026-06-09' },
      { ...opened, incident: 'flood' },
      { ...opened, id: 'EV-9' },
      'not an event',
    ];
    const { events, invalid } = parseCaseEvents(rows, { asOf, earlier: [{ id: 'EV-9' }] });
    expect(events.map((e) => e.id)).toEqual(['EV-1']);
    expect(
      invalid.map((row) => [row.index, ...row.issues.map((i) => [i.code, ...i.path])]),
    ).toEqual([
      [1, ['date_after_as_of', 'on']],
      [2, ['invalid_value', 'incident']],
      [3, ['duplicate_id', 'id']],
      [4, ['invalid_type']],
    ]);
  });

  it('finds a repeated id within the batch', () => {
    const { invalid } = parseCaseEvents([opened, opened], { asOf });
    expect(invalid[0]).toMatchObject({
      index: 1,
      issues: [{ code: 'duplicate_id', params: { firstPath: [0, 'id'] } }],
    });
  });

  it('throws one GuanaiError for bad arguments', () => {
    expect(() => parseCaseEvents('rows' as never, { asOf })).toThrow(GuanaiError);
    expect(() => parseCaseEvents([], { asOf: '2026-02-30' } as never)).toThrow(GuanaiError);
    expect(() => parseCaseEvents([], { asOf, earlier: [null] } as never)).toThrow(GuanaiError);
  });
});
