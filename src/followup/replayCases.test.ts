import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cadre,
  caregivers,
  county,
  elders,
  ev,
  fullCase,
  township,
  village,
} from '../../test/fixtures/cases.js';
import { GuanaiError } from '../errors/index.js';
import { plainDate } from '../models/index.js';
import { CASE_EVENT_TYPES, type CaseEvent, CaseResponse } from './caseEvent.js';
import { type CaseStepRule, DEFAULT_CASE_STEPS } from './casePolicy.js';
import { replayCases } from './replayCases.js';

const asOf = (day: string) => ({ asOf: plainDate(day) });
const codesOf = (result: ReturnType<typeof replayCases>) =>
  result.rejected.map((r) => [r.index, ...r.issues.map((i) => i.code)]);

describe('replayCases: a case going up the chain', () => {
  const events = fullCase('K-1');

  it('is at the furthest step reached, with the day of each', () => {
    const { cases, rejected } = replayCases({ events, elders }, asOf('2026-06-30'));
    expect(rejected).toEqual([]);
    const [one] = cases;
    expect(one?.step).toBe('closed');
    expect(one?.reached).toEqual({
      reported: '2026-06-01',
      acknowledged: '2026-06-01',
      townshipInformed: '2026-06-02',
      responding: '2026-06-02',
      countyInformed: '2026-06-03',
      resolved: '2026-06-20',
      closed: '2026-06-25',
    });
    expect(one?.responses.map((r) => r.response)).toEqual(['medical']);
    expect(one?.pending).toEqual([]);
    expect(one?.next).toBeUndefined();
    expect(one?.log.map((e) => e.type)).toEqual([
      'opened',
      'acknowledged',
      'informed',
      'responded',
      'informed',
      'noted',
      'resolved',
      'closed',
    ]);
  });

  it('lists the steps still to take with owners and deadlines, the earliest first', () => {
    const { cases } = replayCases({ events: events.slice(0, 2), elders }, asOf('2026-06-01'));
    const [one] = cases;
    expect(one?.step).toBe('acknowledged');
    expect(one?.pending.map((d) => [d.step, d.owner, d.since, d.due])).toEqual([
      ['townshipInformed', village, '2026-06-01', '2026-06-02'],
      ['countyInformed', township, '2026-06-01', '2026-06-03'],
      ['responding', township, '2026-06-01', '2026-06-03'],
    ]);
    expect(one?.next?.step).toBe('townshipInformed');
    expect(one?.next?.source).toBe('spec §2 R4 · S14 L379; R2 · S14 L369');
  });

  it('applies no event dated after asOf, and says which those are', () => {
    const { cases, later, rejected } = replayCases({ events, elders }, asOf('2026-06-02'));
    expect(cases[0]?.step).toBe('responding');
    expect(later).toEqual([3, 5, 6, 7]);
    expect(rejected).toEqual([]);
    expect(cases[0]?.pending.map((d) => [d.step, d.due])).toEqual([
      ['countyInformed', '2026-06-03'],
      ['resolved', '2026-07-02'],
    ]);
  });

  it('lets the county hear first', () => {
    const first = [
      ev('K-2', 'opened', '2026-06-01', {
        origin: 'neighbourReport',
        by: { kind: 'reporter', role: 'neighbour' },
      }),
      ev('K-2', 'informed', '2026-06-01', { body: 'countyCivilAffairs', by: county }),
      ev('K-2', 'responded', '2026-06-01', { response: 'police', by: county }),
    ];
    const { cases, rejected } = replayCases({ events: first, elders }, asOf('2026-06-01'));
    expect(rejected).toEqual([]);
    expect(cases[0]?.step).toBe('responding');
    expect(cases[0]?.pending.map((d) => d.step)).toEqual([
      'acknowledged',
      'townshipInformed',
      'resolved',
    ]);
  });

  it('reopens a resolved or closed case: back to responding, the resolution due anew', () => {
    const reopened = [
      ...events,
      ev('K-1', 'reopened', '2026-07-01', { by: township }),
      ev('K-1', 'responded', '2026-07-01', { response: 'relief', by: township }),
    ];
    const { cases, rejected } = replayCases({ events: reopened, elders }, asOf('2026-07-02'));
    expect(rejected).toEqual([]);
    const [one] = cases;
    expect(one?.step).toBe('responding');
    expect(one?.reopenCount).toBe(1);
    expect(one?.reopenedOn).toBe('2026-07-01');
    expect(one?.reached.resolved).toBeUndefined();
    expect(one?.pending.map((d) => [d.step, d.since, d.due])).toEqual([
      ['resolved', '2026-07-01', '2026-07-31'],
    ]);
  });
});

describe('replayCases: a mutual-aid group report (spec §2 R10)', () => {
  const opened = ev('K-9', 'opened', '2026-06-10', {
    origin: 'mutualAidGroup',
    incident: undefined,
    majorEvent: 'illness',
    by: { kind: 'mutualAidGroup', mutualAidGroupId: 'MAG-1' },
  });

  it('is acknowledged by the 组 cadres, and closes once the village knows', () => {
    const { cases } = replayCases({ events: [opened], elders }, asOf('2026-06-10'));
    expect(cases[0]?.pending).toEqual([
      {
        step: 'acknowledged',
        owner: { kind: 'body', body: 'groupCadre', areaCode: '530325101203', group: 3 },
        since: '2026-06-10',
        due: '2026-06-11',
        source: 'spec §2 R4 · S14 L379; R10 · S18 L519',
      },
    ]);
    const cadres = { kind: 'body', body: 'groupCadre', areaCode: '530325101203', group: 3 };
    const log = [
      opened,
      ev('K-9', 'acknowledged', '2026-06-10', { by: cadres }),
      ev('K-9', 'responded', '2026-06-11', { response: 'guardian' }),
      ev('K-9', 'resolved', '2026-06-12'),
      ev('K-9', 'closed', '2026-06-13'),
    ];
    const done = replayCases({ events: log, elders }, asOf('2026-06-13'));
    expect(done.rejected).toEqual([]);
    expect(done.cases[0]?.step).toBe('closed');
  });
});

describe('replayCases: rejected events, every other kept', () => {
  it('rejects a second event with an id already used, keeping the first in canonical order', () => {
    const [opened, ack] = fullCase('K-1');
    const twin = { ...ack, on: '2026-06-02' } as CaseEvent;
    for (const events of [
      [opened, twin, ack],
      [ack, opened, twin],
    ] as CaseEvent[][]) {
      const result = replayCases({ events, elders }, asOf('2026-06-05'));
      expect(result.cases[0]?.reached.acknowledged).toBe('2026-06-01');
      const dup = result.rejected[0];
      expect(dup?.index).toBe(events.indexOf(twin));
      expect(dup?.issues[0]).toMatchObject({
        code: 'duplicate_id',
        path: ['id'],
        params: { firstPath: [events.indexOf(ack as CaseEvent), 'id'] },
      });
    }
  });

  it('rejects events of a case never opened, or before it opened', () => {
    const events = [
      ev('K-5', 'acknowledged', '2026-06-01'),
      ev('K-1', 'opened', '2026-06-03'),
      ev('K-1', 'acknowledged', '2026-06-02'),
    ];
    const result = replayCases({ events, elders }, asOf('2026-06-05'));
    expect(result.rejected).toEqual([
      {
        index: 0,
        eventId: events[0]?.id,
        issues: [
          {
            code: 'case_not_open',
            path: ['caseId'],
            params: { caseId: 'K-5', on: '2026-06-01', openedOn: null },
          },
        ],
      },
      {
        index: 2,
        eventId: events[2]?.id,
        issues: [
          {
            code: 'case_not_open',
            path: ['on'],
            params: { caseId: 'K-1', on: '2026-06-02', openedOn: '2026-06-03' },
          },
        ],
      },
    ]);
    expect(result.cases.map((c) => c.id)).toEqual(['K-1']);
  });

  it('rejects an unknown elder and, when caregivers are given, an unknown caregiver', () => {
    const events = [
      ev('K-1', 'opened', '2026-06-01', { elderId: 'E-404' }),
      ev('K-2', 'opened', '2026-06-01', { by: { kind: 'caregiver', caregiverId: 'C-404' } }),
    ];
    const strict = replayCases({ events, elders, caregivers }, asOf('2026-06-01'));
    expect(strict.cases).toEqual([]);
    expect(strict.rejected.map((r) => r.issues[0])).toEqual([
      { code: 'unknown_reference', path: ['elderId'], params: { kind: 'elder', id: 'E-404' } },
      {
        code: 'unknown_reference',
        path: ['by', 'caregiverId'],
        params: { kind: 'caregiver', id: 'C-404' },
      },
    ]);
    const open = replayCases({ events, elders }, asOf('2026-06-01'));
    expect(open.cases.map((c) => c.id)).toEqual(['K-2']);
  });

  it('rejects the transitions a step does not allow', () => {
    const opened = ev('K-1', 'opened', '2026-06-01');
    const cases: [CaseEvent[], string, readonly string[], boolean][] = [
      [
        [ev('K-1', 'responded', '2026-06-01')],
        'reported',
        ['acknowledged', 'townshipInformed', 'countyInformed'],
        true,
      ],
      [
        [ev('K-1', 'acknowledged', '2026-06-01'), ev('K-1', 'resolved', '2026-06-02')],
        'acknowledged',
        ['responding'],
        false,
      ],
      [
        [
          ev('K-1', 'acknowledged', '2026-06-01'),
          ev('K-1', 'acknowledged', '2026-06-02', { id: 'again' }),
        ],
        'acknowledged',
        [],
        false,
      ],
      [[ev('K-1', 'reopened', '2026-06-02')], 'reported', ['resolved'], false],
      [[ev('K-1', 'opened', '2026-06-02', { id: 'second' })], 'reported', [], false],
    ];
    for (const [rest, step, needs, anyOf] of cases) {
      const events = [opened, ...rest];
      const result = replayCases({ events, elders }, asOf('2026-06-10'));
      expect(result.rejected).toHaveLength(1);
      expect(result.rejected[0]?.index).toBe(events.length - 1);
      expect(result.rejected[0]?.issues[0]).toMatchObject({
        code: 'case_transition',
        path: ['type'],
        params: { caseId: 'K-1', event: rest.at(-1)?.type, step, needs, anyOf },
      });
    }
  });

  it('closes only once resolved and every body told, and takes nothing after but notes and reopening', () => {
    const [opened, ack, toTownship, toCounty, respond, note, resolve, close] = fullCase('K-1');
    const early = replayCases(
      { events: [opened, ack, toTownship, respond, resolve, close] as CaseEvent[], elders },
      asOf('2026-06-30'),
    );
    expect(early.rejected[0]?.issues[0]).toMatchObject({
      code: 'case_transition',
      params: { event: 'closed', step: 'resolved', needs: ['countyInformed'], anyOf: false },
    });
    const after = [
      ...fullCase('K-1'),
      ev('K-1', 'responded', '2026-06-26', { response: 'relief' }),
      ev('K-1', 'noted', '2026-06-27', { id: 'late-note' }),
    ];
    const closed = replayCases({ events: after, elders }, asOf('2026-06-30'));
    expect(codesOf(closed)).toEqual([[8, 'case_transition']]);
    expect(closed.cases[0]?.log.at(-1)?.id).toBe('late-note');
    expect([toCounty, note]).toHaveLength(2);
  });

  it('rejects an event it cannot read instead of throwing', () => {
    const events = [
      ...fullCase('K-1').slice(0, 2),
      { ...ev('K-1', 'noted', '2026-06-02'), type: 'bogus' },
      { ...ev('K-1', 'noted', '2026-06-02'), on: '2026-02-30', id: 'x' },
      null,
    ] as unknown as CaseEvent[];
    const result = replayCases({ events, elders }, asOf('2026-06-30'));
    expect(codesOf(result)).toEqual([
      [2, 'invalid_value'],
      [3, 'invalid_plain_date'],
      [4, 'invalid_type'],
    ]);
    expect(result.cases[0]?.step).toBe('acknowledged');
  });
});

describe('replayCases: policy and arguments', () => {
  it('takes step rules by step, the others kept, and the bodies to tell', () => {
    const steps = [{ ...(DEFAULT_CASE_STEPS[3] as CaseStepRule), days: 0 }];
    const inform = {
      incident: ['villageCommittee'] as const,
      majorEvent: ['villageCommittee'] as const,
    };
    const events = fullCase('K-1').slice(0, 2);
    const { cases } = replayCases({ events, elders }, { ...asOf('2026-06-01'), steps, inform });
    expect(cases[0]?.pending.map((d) => [d.step, d.due])).toEqual([['responding', '2026-06-01']]);
  });

  it('throws one GuanaiError with every bad argument or rule', () => {
    const bad = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        expect(error).toBeInstanceOf(GuanaiError);
        return (error as GuanaiError).issues.map((i) => [i.code, ...i.path]);
      }
      throw new Error('did not throw');
    };
    expect(bad(() => replayCases({ events: 'x', elders } as never, asOf('2026-06-01')))).toEqual([
      ['invalid_argument', 'events'],
    ]);
    expect(bad(() => replayCases({ events: [], elders }, { asOf: '2026-13-01' } as never))).toEqual(
      [['invalid_argument', 'asOf']],
    );
    const steps = [
      { step: 'reported', owner: 'villageCommittee', days: 1, source: '' },
      { step: 'closed', owner: 'mayor', days: -1, source: '' },
      { step: 'closed', owner: 'townshipGovernment', days: 1, source: '' },
    ];
    const inform = { incident: [], majorEvent: ['villageCommittee', 'villageCommittee'] };
    expect(
      bad(() =>
        replayCases({ events: [], elders }, { ...asOf('2026-06-01'), steps, inform } as never),
      ),
    ).toEqual([
      ['invalid_value', 'steps', 0, 'step'],
      ['invalid_value', 'steps', 1, 'owner'],
      ['invalid_argument', 'steps', 1, 'days'],
      ['duplicate_value', 'steps', 2, 'step'],
      ['too_small', 'inform', 'incident'],
      ['duplicate_value', 'inform', 'majorEvent', 1],
    ]);
    expect(
      bad(() =>
        replayCases({ events: fullCase('K-1'), elders: [null] as never }, asOf('2026-06-30')),
      ),
    ).toEqual([['invalid_type', 'elders', 0]]);
  });
});

/** Events of up to three cases: whole lives cut short, plus random events, some ids shared. */
const eventsArb = fc
  .tuple(
    fc.subarray(fullCase('A')),
    fc.subarray(fullCase('B', 'E-3')),
    fc.array(
      fc.record({
        caseId: fc.constantFrom('A', 'B', 'C'),
        type: fc.constantFrom(...CASE_EVENT_TYPES),
        day: fc.integer({ min: 1, max: 12 }),
        time: fc.option(fc.constantFrom('08:00', '12:00', '17:30'), { nil: undefined }),
        body: fc.constantFrom('townshipGovernment', 'countyCivilAffairs'),
        response: fc.constantFrom(...CaseResponse.options),
        elderId: fc.constantFrom('E-1', 'E-2', 'E-9'),
        tag: fc.integer({ min: 0, max: 40 }),
      }),
      { maxLength: 25 },
    ),
  )
  .map(([a, b, random]) => [
    ...a,
    ...b,
    ...random.map((r) =>
      ev(r.caseId, r.type, `2026-06-${String(r.day).padStart(2, '0')}`, {
        id: `r${r.tag}`,
        ...(r.time ? { time: r.time } : {}),
        ...(r.type === 'opened' ? { elderId: r.elderId } : {}),
        ...(r.type === 'informed' ? { body: r.body } : {}),
        ...(r.type === 'responded' ? { response: r.response } : {}),
        by: r.tag % 3 === 0 ? cadre : village,
      }),
    ),
  ]);

const withPermutation = eventsArb.chain((events) =>
  fc.tuple(
    fc.constant(events),
    fc.shuffledSubarray(events, { minLength: events.length, maxLength: events.length }),
  ),
);

/** The rejected events as content and codes, whatever their index. */
const rejectedOf = (events: readonly CaseEvent[], result: ReturnType<typeof replayCases>) =>
  result.rejected
    .map((r) => `${JSON.stringify(events[r.index])} ${r.issues.map((i) => i.code).join()}`)
    .sort();

describe('replayCases: properties', () => {
  const options = asOf('2026-06-10');

  it('gives the same cases, and rejects the same events, in any arrival order', () => {
    fc.assert(
      fc.property(withPermutation, ([events, shuffled]) => {
        const a = replayCases({ events, elders }, options);
        const b = replayCases({ events: shuffled, elders }, options);
        expect(b.cases).toEqual(a.cases);
        expect(rejectedOf(shuffled, b)).toEqual(rejectedOf(events, a));
        expect(
          a.rejected.length + a.later.length + a.cases.reduce((n, c) => n + c.log.length, 0),
        ).toBe(events.length);
      }),
      { numRuns: 200 },
    );
  });

  it('gives a case back from its own log, and every step due on or after it became possible', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        for (const one of replayCases({ events, elders }, options).cases) {
          const again = replayCases({ events: one.log, elders }, options);
          expect(again.rejected).toEqual([]);
          expect(again.cases).toEqual([one]);
          for (const due of one.pending) expect(due.due >= due.since).toBe(true);
          expect(one.next).toEqual(one.pending[0]);
          if (one.step === 'closed') expect(one.pending).toEqual([]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('replayCases: an event of any shape (found by fuzzing)', () => {
  it('rejects an event whose day has no prototype, and keeps the others', () => {
    const events = [
      ...fullCase('K-1').slice(0, 2),
      { ...ev('K-1', 'noted', '2026-06-02'), on: Object.create(null) },
    ];
    const result = replayCases({ events: events as CaseEvent[], elders }, asOf('2026-06-05'));
    expect(result.cases[0]?.log).toHaveLength(2);
    expect(codesOf(result)).toEqual([[2, 'invalid_plain_date']]);
    expect(result.rejected[0]?.issues[0]?.params).toEqual({ value: 'object' });
  });
});
