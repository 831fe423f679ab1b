/**
 * referralTasks: one task per referral waiting on someone, owned by the next actor and due on
 * its deadline; a decided or withdrawn referral gives none, and the task's id names the state,
 * so it closes by itself when the referral moves on.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASOF, elder, event, suggestion, VILLAGE_A } from '../../test/fixtures/referrals.js';
import { GuanaiError } from '../errors/index.js';
import { addDays, plainDate } from '../models/index.js';
import type { ReferralEventType } from './referralEvent.js';
import { referralTasks } from './referralTasks.js';
import { replayReferrals } from './replayReferrals.js';

const elders = [elder('E-1'), elder('E-2')];
const low = suggestion('E-1', 'minimumLivingAllowance');
const doctor = suggestion('E-2', 'familyDoctorContract', '2026-02-01');

describe('referralTasks', () => {
  it('gives the village committee the suggestions and the township the applications', () => {
    const { referrals } = replayReferrals(
      {
        suggestions: [low, doctor],
        events: [event('RE-1', doctor.id, 'applied', '2026-02-10')],
        elders,
      },
      { asOf: ASOF },
    );
    expect(referralTasks(referrals, { asOf: ASOF })).toEqual([
      {
        id: 'referralAction/referral/E-2/familyDoctorContract/applied',
        kind: 'referralAction',
        priority: 3,
        owner: { kind: 'body', body: 'townshipGovernment', areaCode: '530325101000' },
        subject: { kind: 'elder', id: 'E-2' },
        villageCode: VILLAGE_A,
        since: plainDate('2026-02-10'),
        due: plainDate('2026-03-12'),
        params: { referralId: doctor.id, programme: 'familyDoctorContract', state: 'applied' },
        rule: 'familyDoctorContract',
        source: 'spec §8',
      },
      {
        id: 'referralAction/referral/E-1/minimumLivingAllowance/suggested',
        kind: 'referralAction',
        priority: 3,
        owner: { kind: 'body', body: 'villageCommittee', areaCode: VILLAGE_A },
        subject: { kind: 'elder', id: 'E-1' },
        villageCode: VILLAGE_A,
        since: ASOF,
        due: plainDate('2026-04-01'),
        params: { referralId: low.id, programme: 'minimumLivingAllowance', state: 'suggested' },
        rule: 'minimumLivingAllowance',
        source: 'spec §8',
      },
    ]);
    // Before the suggestion, nobody has anything to do yet.
    expect(referralTasks(referrals, { asOf: plainDate('2026-02-28') }).map((t) => t.id)).toEqual([
      'referralAction/referral/E-2/familyDoctorContract/applied',
    ]);
  });

  it('reports bad arguments as coded issues', () => {
    expect(() => referralTasks({} as never, { asOf: ASOF })).toThrow(GuanaiError);
    expect(() => referralTasks([], { asOf: '1 May' as never })).toThrow(GuanaiError);
    try {
      referralTasks([7] as never, { asOf: ASOF });
    } catch (error) {
      expect((error as GuanaiError).issues[0]).toMatchObject({ path: ['referrals', 0] });
    }
  });

  it('every task has an owner and a deadline not before its start; a decided referral has none', () => {
    const TYPES: readonly ReferralEventType[] = ['applied', 'approved', 'refused', 'withdrawn'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            referral: fc.constantFrom(low.id, doctor.id),
            type: fc.constantFrom(...TYPES),
            day: fc.integer({ min: 0, max: 60 }),
          }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 90 }),
        (log, asOfDay) => {
          const asOf = addDays(ASOF, asOfDay);
          const events = log.map((e, i) =>
            event(`RE-${i}`, e.referral, e.type, addDays(ASOF, e.day)),
          );
          const { referrals } = replayReferrals(
            { suggestions: [low, doctor], events, elders },
            { asOf },
          );
          const tasks = referralTasks(referrals, { asOf });
          for (const task of tasks) {
            expect(task.owner.kind).toBe('body');
            expect(task.due >= task.since).toBe(true);
            expect(task.since <= asOf).toBe(true);
          }
          const open = referrals.filter((r) => r.state === 'suggested' || r.state === 'applied');
          expect(tasks.map((t) => t.params.referralId).sort()).toEqual(
            open.map((r) => r.id).sort(),
          );
        },
      ),
    );
  });
});

describe('referralTasks on malformed referrals (found by fuzzing)', () => {
  const { referrals } = replayReferrals({ suggestions: [low], events: [], elders }, { asOf: ASOF });
  const codes = (list: unknown[]) => {
    try {
      referralTasks(list as never, { asOf: ASOF });
    } catch (error) {
      return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
    }
    return [];
  };

  it('names a next step left out or not of its shape, not an undiagnosed failure', () => {
    const [one] = referrals;
    expect(codes([{ ...one, next: undefined }])).toEqual([
      ['invalid_type', ['referrals', 0, 'next']],
    ]);
    expect(codes([{ ...one, next: { ...one?.next, since: Object.create(null) } }])).toEqual([
      ['invalid_type', ['referrals', 0, 'next', 'since']],
    ]);
  });
});
