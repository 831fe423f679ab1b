/**
 * replayReferrals: a referral's state is a function of its suggestion and events whatever
 * order they arrive in; what cannot apply (an approval before an application, anything after a
 * decision, an unknown referral, a second id) is left out with a coded issue at its path, and
 * the rest is kept; who acts next and by when come from the steps.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  elder,
  event,
  suggestion,
  VILLAGE_A,
  VILLAGE_B,
} from '../../test/fixtures/referrals.js';
import { GuanaiError } from '../errors/index.js';
import { addDays, plainDate } from '../models/index.js';
import type { ReferralEvent, ReferralEventType } from './referralEvent.js';
import { DEFAULT_REFERRAL_RULES } from './referralRules.js';
import { replayReferrals } from './replayReferrals.js';

const elders = [elder('E-1', VILLAGE_A), elder('E-2', VILLAGE_B)];
const low = suggestion('E-1', 'minimumLivingAllowance');
const doctor = suggestion('E-2', 'familyDoctorContract');
const later = plainDate('2026-06-30');
const paths = (issues: readonly { path: readonly unknown[]; code: string }[]) =>
  issues.map((i) => `${i.path.join('.')} ${i.code}`);

describe('replayReferrals', () => {
  it('walks a referral from suggestion to approval, with the day and the actor of each step', () => {
    const events = [
      event('RE-1', low.id, 'applied', '2026-03-10'),
      event('RE-2', low.id, 'approved', '2026-04-02', '县民政局批准'),
    ];
    const replay = (asOf: string) =>
      replayReferrals({ suggestions: [low], events, elders }, { asOf: plainDate(asOf) });

    const suggested = replay('2026-03-05').referrals[0];
    expect(suggested?.state).toBe('suggested');
    expect(suggested?.next).toEqual({
      owner: { kind: 'body', body: 'villageCommittee', areaCode: VILLAGE_A },
      since: ASOF,
      due: plainDate('2026-04-01'),
      source: 'spec §3.2 · S14 L379',
    });

    const applied = replay('2026-03-20').referrals[0];
    expect(applied?.state).toBe('applied');
    expect(applied?.next).toEqual({
      owner: { kind: 'body', body: 'townshipGovernment', areaCode: '530325101000' },
      since: plainDate('2026-03-10'),
      due: plainDate('2026-04-09'),
      source: 'spec §3.9 · S14 L379',
    });

    const { referrals, rejected } = replay('2026-04-30');
    expect(rejected).toEqual([]);
    expect(referrals[0]).toMatchObject({
      id: 'referral/E-1/minimumLivingAllowance',
      state: 'approved',
      villageCode: VILLAGE_A,
      next: null,
    });
    expect(referrals[0]?.history.map((h) => [h.state, h.on, h.eventId])).toEqual([
      ['suggested', ASOF, null],
      ['applied', '2026-03-10', 'RE-1'],
      ['approved', '2026-04-02', 'RE-2'],
    ]);
    expect(referrals[0]?.history[2]?.note).toBe('县民政局批准');
  });

  it('leaves out what cannot apply, with a coded issue at its path, and keeps the rest', () => {
    const { referrals, rejected } = replayReferrals(
      {
        suggestions: [low, doctor, { ...low }, suggestion('E-9', 'legalAid')],
        events: [
          event('RE-1', low.id, 'approved', '2026-03-05'), // before any application
          event('RE-2', low.id, 'applied', '2026-03-06'),
          event('RE-3', low.id, 'refused', '2026-03-20'),
          event('RE-4', low.id, 'withdrawn', '2026-03-21'), // after the decision
          event('RE-2', doctor.id, 'applied', '2026-03-07'), // id used already
          event('RE-5', 'referral/E-3/legalAid', 'applied', '2026-03-07'),
          event('RE-6', doctor.id, 'applied', '2026-02-27'), // before the suggestion
          event('RE-7', doctor.id, 'applied', '2026-03-08'),
          event('RE-8', doctor.id, 'applied', '2026-03-09'), // applied twice
        ],
        elders,
      },
      { asOf: later },
    );
    expect(referrals.map((r) => [r.id, r.state])).toEqual([
      ['referral/E-1/minimumLivingAllowance', 'refused'],
      ['referral/E-2/familyDoctorContract', 'applied'],
    ]);
    expect(paths(rejected)).toEqual([
      'events.0.type referral_transition',
      'events.3.type referral_transition',
      'events.4.id duplicate_id',
      'events.5.referralId referral_unknown',
      'events.6.on referral_event_early',
      'events.8.type referral_transition',
      'suggestions.2.id duplicate_id',
      'suggestions.3.elderId unknown_reference',
    ]);
    expect(rejected[0]?.params).toEqual({
      referralId: low.id,
      state: 'suggested',
      event: 'approved',
    });
  });

  it('replays to the as-of day: later suggestions and events are not yet', () => {
    const { referrals, rejected } = replayReferrals(
      {
        suggestions: [low, suggestion('E-2', 'legalAid', '2026-05-01')],
        events: [event('RE-1', low.id, 'applied', '2026-05-02')],
        elders,
      },
      { asOf: plainDate('2026-04-30') },
    );
    expect(referrals.map((r) => [r.id, r.state])).toEqual([
      ['referral/E-1/minimumLivingAllowance', 'suggested'],
    ]);
    expect(rejected).toEqual([]);
  });

  it('takes a rule’s own steps, and the steps option, and the group cadres of the elder’s 组', () => {
    const rules = DEFAULT_REFERRAL_RULES.map((rule) =>
      rule.id === 'familyDoctorContract'
        ? { ...rule, steps: { suggested: { owner: 'groupCadre' as const, days: 7, source: 'x' } } }
        : rule,
    );
    const steps = {
      suggested: { owner: 'villageCommittee' as const, days: 10, source: 'y' },
      applied: { owner: 'countyCivilAffairs' as const, days: 60, source: 'z' },
    };
    const { referrals } = replayReferrals(
      { suggestions: [low, doctor], events: [event('RE-1', low.id, 'applied', ASOF)], elders },
      { asOf: ASOF, rules, steps },
    );
    expect(referrals.map((r) => r.next)).toEqual([
      {
        owner: { kind: 'body', body: 'countyCivilAffairs', areaCode: '530325' },
        since: ASOF,
        due: addDays(ASOF, 60),
        source: 'z',
      },
      {
        owner: { kind: 'body', body: 'groupCadre', areaCode: VILLAGE_B, group: 2 },
        since: ASOF,
        due: addDays(ASOF, 7),
        source: 'x',
      },
    ]);
  });

  it('reports bad arguments, and elements that are not records, as coded issues', () => {
    const issuesOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof GuanaiError) return paths(error.issues);
        throw error;
      }
      return [];
    };
    expect(
      issuesOf(() =>
        replayReferrals({ suggestions: [], events: {}, elders } as never, {
          asOf: 'soon' as never,
        }),
      ),
    ).toEqual(['events invalid_argument', 'asOf invalid_argument']);
    expect(
      issuesOf(() =>
        replayReferrals({ suggestions: [low], events: [null], elders } as never, { asOf: ASOF }),
      ),
    ).toEqual(['events.0 invalid_type']);
    expect(
      issuesOf(() =>
        replayReferrals(
          { suggestions: [], events: [], elders },
          { asOf: ASOF, steps: {} as never },
        ),
      ),
    ).toEqual(['steps.suggested invalid_type', 'steps.applied invalid_type']);
  });
});

describe('replayReferrals: properties', () => {
  const TYPES: readonly ReferralEventType[] = ['applied', 'approved', 'refused', 'withdrawn'];
  const suggestions = [low, doctor, suggestion('E-1', 'legalAid', '2026-03-04')];
  const arbitraryEvent = (index: number) =>
    fc
      .record({
        referral: fc.constantFrom(...suggestions.map((s) => s.id), 'referral/E-9/legalAid'),
        type: fc.constantFrom(...TYPES),
        day: fc.integer({ min: -3, max: 40 }),
        id: fc.constantFrom(`RE-${index}`, 'RE-0'), // some ids repeat
      })
      .map(({ referral, type, day, id }) =>
        event(id, referral, type, addDays(ASOF, day), day % 2 === 0 ? 'note' : undefined),
      );
  const arbitraryLog = fc
    .integer({ min: 0, max: 12 })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryEvent(i))));

  it('gives the same referrals whatever order the events and suggestions arrive in', () => {
    fc.assert(
      fc.property(arbitraryLog, fc.infiniteStream(fc.nat()), (log, seeds) => {
        const events: ReferralEvent[] = [...log];
        const shuffled = shuffle(events, seeds);
        const asOf = addDays(ASOF, 30);
        const a = replayReferrals({ suggestions, events, elders }, { asOf });
        const b = replayReferrals(
          { suggestions: shuffle(suggestions, seeds), events: shuffled, elders },
          { asOf },
        );
        expect(b.referrals).toEqual(a.referrals);
        expect(b.rejected.length).toBe(a.rejected.length);
      }),
    );
  });

  it('is stable: replaying only the events it kept gives the same referrals and rejects none', () => {
    fc.assert(
      fc.property(arbitraryLog, (log) => {
        const asOf = addDays(ASOF, 45);
        const first = replayReferrals({ suggestions, events: log, elders }, { asOf });
        const kept = first.referrals.flatMap((r) => r.history.map((h) => h.eventId));
        const events = log.filter((e, i) => {
          const left = first.rejected.some((one) => one.path[0] === 'events' && one.path[1] === i);
          return !left && kept.includes(e.id);
        });
        const again = replayReferrals({ suggestions, events, elders }, { asOf });
        expect(again.referrals).toEqual(first.referrals);
        expect(again.rejected).toEqual([]);
      }),
    );
  });

  it('keeps every referral’s history in order, starting with its suggestion, and waits only while open', () => {
    fc.assert(
      fc.property(arbitraryLog, (log) => {
        const { referrals } = replayReferrals(
          { suggestions, events: log, elders },
          { asOf: later },
        );
        expect(referrals).toHaveLength(suggestions.length);
        for (const referral of referrals) {
          expect(referral.history[0]?.state).toBe('suggested');
          const days = referral.history.map((h) => h.on);
          expect([...days].sort()).toEqual(days);
          expect(referral.history.at(-1)?.state).toBe(referral.state);
          const open = referral.state === 'suggested' || referral.state === 'applied';
          expect(referral.next !== null).toBe(open);
        }
      }),
    );
  });
});

/** The list in an order drawn from `seeds` (Fisher–Yates). */
function shuffle<T>(list: readonly T[], seeds: fc.Stream<number>): T[] {
  const out = [...list];
  const draws = [...seeds.take(out.length)];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (draws[i] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
