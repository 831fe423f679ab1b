/**
 * 随时跟踪 (spec §2 R3): the next contact with each elder tracked at all times, for the owner of
 * the elder's follow-up, `cadenceDays` after the last contact, ending with the flag.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  atRisk,
  CADRE,
  contact,
  day,
  holding,
  LIAISON,
  notLeftBehind,
  tracked,
  VILLAGE,
} from '../../test/fixtures/followupRules.js';
import { matchRecords } from '../compliance/index.js';
import { GuanaiError } from '../errors/index.js';
import { addDays, type Elder } from '../models/index.js';
import { DEFAULT_FOLLOW_UP_RULES } from './followUpPolicy.js';
import { trackingTasks } from './trackingTasks.js';

const asOf = ASOF;
const committee = { kind: 'body', body: 'villageCommittee', areaCode: VILLAGE };

function thrown(run: () => unknown): GuanaiError {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('trackingTasks', () => {
  it('asks for a contact at once when there was none: since the flag began (updatedOn)', () => {
    const [task, ...rest] = trackingTasks({ elders: [tracked, notLeftBehind] }, { asOf });
    expect(rest).toEqual([]);
    expect(task).toEqual({
      id: 'trackingContact/E-1',
      kind: 'trackingContact',
      priority: 2,
      owner: committee,
      subject: { kind: 'elder', id: 'E-1' },
      villageCode: VILLAGE,
      since: '2026-05-01',
      due: '2026-05-01',
      params: { lastContact: null, cadenceDays: 7 },
      rule: 'trackContinuously',
      source: 'spec §2 R3 · S14 L379',
    });
  });

  it('is due cadenceDays after the last completed contact of any channel known by asOf', () => {
    const records = [
      contact('R-1', 'E-1', '2026-06-10'),
      contact('R-2', 'E-1', '2026-06-25', { channel: 'inPerson' }),
      contact('R-3', 'E-1', '2026-06-28', {
        outcome: 'notDone',
        notDoneReason: 'notAtHome',
        channel: 'inPerson',
      }),
      contact('R-4', 'E-1', '2026-07-02', { recordedOn: '2026-07-02' }),
    ];
    const [task] = trackingTasks({ elders: [tracked], records }, { asOf });
    expect(task?.params).toEqual({ lastContact: '2026-06-25', cadenceDays: 7 });
    expect([task?.since, task?.due]).toEqual(['2026-06-25', '2026-07-02']);
    // The same from a match already made, and under a county's own cadence.
    const match = matchRecords([], records);
    const rules = { ...DEFAULT_FOLLOW_UP_RULES, tracking: { cadenceDays: 3, source: 'local' } };
    const [fromMatch] = trackingTasks({ elders: [tracked], match }, { asOf, rules });
    expect([fromMatch?.due, fromMatch?.source]).toEqual(['2026-06-28', 'local']);
  });

  it('reads corrections: a record in force replaces the one it amends', () => {
    const records = [
      contact('R-1', 'E-1', '2026-06-25'),
      contact('R-2', 'E-1', '2026-06-20', { amends: 'R-1', recordedOn: '2026-06-26' }),
    ];
    expect(trackingTasks({ elders: [tracked], records }, { asOf })[0]?.params.lastContact).toBe(
      '2026-06-20',
    );
  });

  it('counts a completion of the task itself as a contact', () => {
    const completions = [
      {
        taskId: 'trackingContact/E-1',
        on: day('2026-06-27'),
        by: { kind: 'caregiver', caregiverId: CADRE },
      },
    ] as const;
    const [task] = trackingTasks({ elders: [tracked], completions }, { asOf });
    expect([task?.since, task?.due]).toEqual(['2026-06-27', '2026-07-04']);
  });

  it('is never due before tracking began, and since is the later of the start and the contact', () => {
    const records = [contact('R-1', 'E-1', '2026-06-01')];
    const flaggedSince = () => day('2026-06-05');
    const [task] = trackingTasks({ elders: [tracked], records, flaggedSince }, { asOf });
    expect([task?.since, task?.due]).toEqual(['2026-06-05', '2026-06-08']);
    const late = () => day('2026-06-20');
    const [after] = trackingTasks({ elders: [tracked], records, flaggedSince: late }, { asOf });
    expect([after?.since, after?.due]).toEqual(['2026-06-20', '2026-06-20']);
    // A start after asOf (a later ledger) counts as asOf; none known at all: asOf.
    const future = () => day('2026-07-20');
    expect(trackingTasks({ elders: [tracked], flaggedSince: future }, { asOf })[0]?.since).toBe(
      asOf,
    );
    const { updatedOn: _, ...noDate } = tracked;
    expect(trackingTasks({ elders: [noDate as Elder] }, { asOf })[0]?.since).toBe(asOf);
  });

  it('is owned by the holder of the owner duty on asOf, else the next duty, else the committee', () => {
    const holdings = [
      holding('E-1', 'villageContract', CADRE, '2026-01-01', '2026-06-29'),
      holding('E-1', 'villageLiaison', LIAISON, '2026-01-01'),
    ];
    const owner = (on: string) =>
      trackingTasks({ elders: [tracked], holdings }, { asOf: day(on) })[0]?.owner;
    expect(owner('2026-06-29')).toEqual({ kind: 'caregiver', caregiverId: CADRE });
    expect(owner('2026-06-30')).toEqual({ kind: 'caregiver', caregiverId: LIAISON });
    const onlyContract = {
      ...DEFAULT_FOLLOW_UP_RULES,
      owner: { duties: ['villageContract'], source: 'local' },
    };
    expect(
      trackingTasks({ elders: [tracked], holdings }, { asOf, rules: onlyContract })[0]?.owner,
    ).toEqual(committee);
  });

  it('reads the statuses the app gives on the same day, and refuses those of another day', () => {
    const statuses = [
      { elderId: atRisk.id, asOf, policyId: 'x', statuses: { trackContinuously: 'no' } },
    ] as never;
    expect(
      trackingTasks({ elders: [tracked, atRisk], statuses }, { asOf }).map((t) => t.id),
    ).toEqual(['trackingContact/E-1']);
    const stale = [{ elderId: atRisk.id, asOf: day('2026-06-01'), policyId: 'x', statuses: {} }];
    expect(
      thrown(() => trackingTasks({ elders: [atRisk], statuses: stale as never }, { asOf })).issues,
    ).toEqual([
      { code: 'invalid_value', path: ['statuses', 0, 'asOf'], params: { allowed: [asOf] } },
    ]);
  });

  it('codes bad arguments and elements with their paths', () => {
    expect(thrown(() => trackingTasks(null as never, { asOf })).issues[0]?.code).toBe(
      'invalid_argument',
    );
    const bad = thrown(() =>
      trackingTasks({ elders: 'x' as never, records: 3 as never }, { asOf: '2026-02-30' as never }),
    );
    expect(bad.issues.map((i) => i.path)).toEqual([['elders'], ['asOf']]);
    const flagged = thrown(() =>
      trackingTasks({ elders: [tracked], flaggedSince: () => 'soon' as never }, { asOf }),
    );
    expect(flagged.issues[0]).toMatchObject({ code: 'invalid_argument', path: ['flaggedSince'] });
    const broken = thrown(() =>
      trackingTasks({ elders: [tracked, { id: 'E-9', residence: 5 } as never] }, { asOf }),
    );
    expect(broken.issues[0]?.path.slice(0, 2)).toEqual(['elders', 1]);
    const records = thrown(() =>
      trackingTasks({ elders: [tracked], records: [null as never] }, { asOf }),
    );
    expect(records.issues[0]).toMatchObject({ code: 'invalid_type', path: ['records', 0] });
    const rules = { ...DEFAULT_FOLLOW_UP_RULES, tracking: { cadenceDays: 0, source: '' } };
    expect(thrown(() => trackingTasks({ elders: [] }, { asOf, rules })).issues[0]?.path).toEqual([
      'rules',
      'tracking',
      'cadenceDays',
    ]);
  });

  it('has an owner, due ≥ since and a deterministic id for any contacts, start and cadence', () => {
    const dayArb = fc.integer({ min: -200, max: 10 }).map((n) => addDays(asOf, n));
    fc.assert(
      fc.property(
        fc.array(dayArb, { maxLength: 6 }),
        fc.option(dayArb, { nil: undefined }),
        fc.integer({ min: 1, max: 60 }),
        (days, start, cadenceDays) => {
          const records = days.map((on, i) => contact(`R-${i}`, 'E-1', on));
          const rules = { ...DEFAULT_FOLLOW_UP_RULES, tracking: { cadenceDays, source: 's' } };
          const input = { elders: [tracked], records, flaggedSince: () => start };
          const tasks = trackingTasks(input, { asOf, rules });
          expect(tasks).toHaveLength(1);
          const task = tasks[0];
          if (!task) throw new Error('no task');
          expect(task.due >= task.since).toBe(true);
          expect(task.since <= asOf).toBe(true);
          expect(task.owner).toEqual(committee);
          const known = days.filter((d) => d <= asOf).sort();
          expect(task.params.lastContact).toBe(known.at(-1) ?? null);
          expect(
            trackingTasks({ ...input, records: [...records].reverse() }, { asOf, rules }),
          ).toEqual(tasks);
        },
      ),
    );
  });
});
