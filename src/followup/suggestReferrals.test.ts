/**
 * suggestReferrals: only `yes` suggests, a programme the ledger or an open referral already
 * covers is never suggested again, a refused one only after the interval and as the next
 * round, and a waiting suggestion whose reason went away is listed as lapsed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  arbitraryStatuses,
  elder,
  event,
  statuses,
  suggestion,
} from '../../test/fixtures/referrals.js';
import { thrownIssues } from '../../test/fixtures/thrownIssues.js';
import { addDays, Programme, plainDate } from '../models/index.js';
import { replayReferrals } from './replayReferrals.js';
import { DEFAULT_RESUGGEST_AFTER_DAYS, suggestReferrals } from './suggestReferrals.js';

describe('suggestReferrals', () => {
  it('suggests each programme whose rule holds, with its rule, citation, day and round', () => {
    const { suggestions, lapsed } = suggestReferrals(
      {
        elders: [elder('E-1'), elder('E-2')],
        statuses: [
          statuses('E-1', ['leftBehindElder', 'economicHardship', 'poor']),
          statuses('E-2', ['advancedAge'], ['leftBehindElder']),
        ],
      },
      { asOf: ASOF },
    );
    expect(suggestions.map((s) => s.id)).toEqual([
      'referral/E-1/minimumLivingAllowance',
      'referral/E-1/medicalAssistance',
      'referral/E-1/familyDoctorContract',
      'referral/E-2/advancedAgeAllowance',
    ]);
    expect(suggestions[0]).toEqual({
      id: 'referral/E-1/minimumLivingAllowance',
      elderId: 'E-1',
      programme: 'minimumLivingAllowance',
      rule: 'minimumLivingAllowance',
      source: 'spec §8 · S14 L377; S18 L501',
      on: ASOF,
      round: 1,
    });
    expect(lapsed).toEqual([]);
  });

  it('does not suggest what the ledger records as referred, enrolled or not applicable', () => {
    const benefits = [
      { programme: 'familyDoctorContract', status: 'enrolled' },
      { programme: 'medicalAssistance', status: 'referred' },
      { programme: 'minimumLivingAllowance', status: 'notApplicable' },
    ] as const;
    const { suggestions } = suggestReferrals(
      {
        elders: [elder('E-1', undefined, [...benefits])],
        statuses: [statuses('E-1', ['leftBehindElder', 'economicHardship', 'poor'])],
      },
      { asOf: ASOF },
    );
    expect(suggestions).toEqual([]);
  });

  it('suggests a programme the ledger records as rejected again only after the interval', () => {
    const input = (since?: string) => ({
      elders: [
        elder('E-1', undefined, [
          since === undefined
            ? { programme: 'familyDoctorContract' as const, status: 'rejected' as const }
            : {
                programme: 'familyDoctorContract' as const,
                status: 'rejected' as const,
                since: plainDate(since),
              },
        ]),
      ],
      statuses: [statuses('E-1', ['leftBehindElder'])],
    });
    const ids = (since?: string) =>
      suggestReferrals(input(since), { asOf: ASOF }).suggestions.map((s) => s.id);
    expect(ids('2025-09-04')).toEqual([]); // 179 days before 2026-03-02
    expect(ids('2025-09-03')).toEqual(['referral/E-1/familyDoctorContract']); // 180 days
    expect(ids()).toEqual([]); // undated: cannot tell when to try again
  });

  it('waits while a referral is open or approved, and after a refusal suggests the next round', () => {
    const elders = [elder('E-1')];
    const s = suggestion('E-1', 'familyDoctorContract', '2025-06-02');
    const replay = (events: Parameters<typeof event>[]) =>
      replayReferrals(
        { suggestions: [s], events: events.map((e) => event(...e)), elders },
        { asOf: ASOF },
      ).referrals;
    const next = (events: Parameters<typeof event>[], resuggestAfterDays?: number) =>
      suggestReferrals(
        { elders, statuses: [statuses('E-1', ['leftBehindElder'])], referrals: replay(events) },
        resuggestAfterDays === undefined ? { asOf: ASOF } : { asOf: ASOF, resuggestAfterDays },
      ).suggestions.map((one) => [one.id, one.round]);
    const applied = ['A', s.id, 'applied', '2025-06-10'] as const;
    expect(next([])).toEqual([]);
    expect(next([[...applied]])).toEqual([]);
    expect(next([[...applied], ['B', s.id, 'approved', '2025-07-01']])).toEqual([]);
    const refused = [[...applied], ['B', s.id, 'refused', '2025-10-01']] as Parameters<
      typeof event
    >[];
    expect(next(refused)).toEqual([]); // refused 152 days ago
    expect(next(refused, 100)).toEqual([['referral/E-1/familyDoctorContract/2', 2]]);
    const withdrawn = [['B', s.id, 'withdrawn', '2025-08-01']] as Parameters<typeof event>[];
    expect(next(withdrawn)).toEqual([['referral/E-1/familyDoctorContract/2', 2]]);
  });

  it('lists a waiting suggestion whose reason went away, or that the ledger shows enrolled', () => {
    const elders = [
      elder('E-1'),
      elder('E-2', undefined, [{ programme: 'familyDoctorContract', status: 'enrolled' }]),
      elder('E-3'),
    ];
    const { referrals } = replayReferrals(
      {
        suggestions: ['E-1', 'E-2', 'E-3'].map((id) => suggestion(id, 'familyDoctorContract')),
        events: [event('A', 'referral/E-3/familyDoctorContract', 'applied', ASOF)],
        elders,
      },
      { asOf: ASOF },
    );
    const { lapsed } = suggestReferrals(
      {
        elders,
        // E-1's children came home; E-3 is no longer 留守 either, but has applied already.
        statuses: [statuses('E-1', []), statuses('E-2', ['leftBehindElder']), statuses('E-3', [])],
        referrals,
      },
      { asOf: ASOF },
    );
    expect(lapsed.map((one) => [one.referralId, one.why])).toEqual([
      ['referral/E-1/familyDoctorContract', 'ruleNoLongerHolds'],
      ['referral/E-2/familyDoctorContract', 'alreadyEnrolled'],
    ]);
  });

  it('names the first rule that holds for a programme two rules offer', () => {
    const rules = [
      { id: 'a', programme: 'legalAid', all: ['emptyNestElder'], source: 'x' },
      { id: 'b', programme: 'legalAid', all: ['leftBehindElder'], source: 'y' },
    ] as const;
    const { suggestions } = suggestReferrals(
      {
        elders: [elder('E-1')],
        statuses: [statuses('E-1', ['leftBehindElder', 'emptyNestElder'])],
      },
      { asOf: ASOF, rules: rules.map((r) => ({ ...r, all: [...r.all] })) },
    );
    expect(suggestions.map((s) => [s.id, s.rule])).toEqual([['referral/E-1/legalAid', 'a']]);
  });

  it('reports a status of an elder not in the ledger, and bad arguments, with paths', () => {
    const input = { elders: [elder('E-1')], statuses: [statuses('E-2', [])] };
    expect(thrownIssues(() => suggestReferrals(input, { asOf: ASOF }))).toEqual([
      'statuses.0.elderId unknown_reference',
    ]);
    expect(
      thrownIssues(() =>
        suggestReferrals({ elders: 'E-1', statuses: [] } as never, {
          asOf: '2026-02-30' as never,
          resuggestAfterDays: -1,
        }),
      ),
    ).toEqual([
      'elders invalid_argument',
      'asOf invalid_argument',
      'resuggestAfterDays invalid_argument',
    ]);
    expect(thrownIssues(() => suggestReferrals(null as never, { asOf: ASOF }))).toEqual([
      'input invalid_argument',
    ]);
    // An elder never run through the schema: a coded issue, not a TypeError.
    expect(
      thrownIssues(() =>
        suggestReferrals(
          { elders: [{ id: 'E-1' }] as never, statuses: [statuses('E-1', ['leftBehindElder'])] },
          { asOf: ASOF },
        ),
      ),
    ).toEqual(['elders.0.benefits invalid_type']);
  });
});

describe('suggestReferrals: properties', () => {
  it('never suggests a programme the elder is enrolled in, referred to, or has an open referral for', () => {
    fc.assert(
      fc.property(
        fc.array(arbitraryStatuses, { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...Programme.options), { maxLength: 6 }),
        fc.array(fc.constantFrom(...Programme.options), { maxLength: 6 }),
        (all, enrolled, open) => {
          const benefits = enrolled.map((programme, i) => ({
            programme,
            status: i % 2 === 0 ? ('enrolled' as const) : ('referred' as const),
          }));
          const elders = all.map((_, i) => elder(`E-${i}`, undefined, benefits));
          const { referrals } = replayReferrals(
            {
              suggestions: elders.flatMap((e) =>
                open.map((programme) => suggestion(e.id, programme, '2025-01-01')),
              ),
              events: [],
              elders,
            },
            { asOf: ASOF },
          );
          const { suggestions } = suggestReferrals(
            {
              elders,
              statuses: all.map((s, i) => ({ ...statuses(`E-${i}`, []), statuses: s })),
              referrals,
            },
            { asOf: ASOF },
          );
          const taken = new Set([...enrolled, ...open]);
          for (const one of suggestions) expect(taken.has(one.programme)).toBe(false);
          // Ids are unique, each names its elder and programme, and only yes suggests.
          expect(new Set(suggestions.map((s) => s.id)).size).toBe(suggestions.length);
          for (const one of suggestions)
            expect(one.id).toBe(`referral/${one.elderId}/${one.programme}`);
        },
      ),
    );
  });

  it('is a function of its input: the same call gives the same suggestions', () => {
    fc.assert(
      fc.property(fc.array(arbitraryStatuses, { minLength: 1, maxLength: 5 }), (all) => {
        const elders = all.map((_, i) => elder(`E-${i}`));
        const input = {
          elders,
          statuses: all.map((s, i) => ({ ...statuses(`E-${i}`, []), statuses: s })),
        };
        expect(suggestReferrals(input, { asOf: ASOF })).toEqual(
          suggestReferrals(structuredClone(input), { asOf: ASOF }),
        );
      }),
    );
  });

  it('re-suggests exactly from the day the interval has passed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), (days) => {
        const elders = [elder('E-1')];
        const s = suggestion('E-1', 'familyDoctorContract', '2024-01-01');
        const withdrawnOn = plainDate('2024-02-01');
        const { referrals } = replayReferrals(
          { suggestions: [s], events: [event('W', s.id, 'withdrawn', withdrawnOn)], elders },
          { asOf: addDays(withdrawnOn, days) },
        );
        const { suggestions } = suggestReferrals(
          { elders, statuses: [statuses('E-1', ['leftBehindElder'])], referrals },
          { asOf: addDays(withdrawnOn, days) },
        );
        expect(suggestions.length).toBe(days >= DEFAULT_RESUGGEST_AFTER_DAYS ? 1 : 0);
      }),
    );
  });
});

describe('suggestReferrals on malformed benefits (found by fuzzing)', () => {
  it('names a benefit that is not one at its path, not an undiagnosed failure', () => {
    const one = elder('E-1');
    const input = {
      elders: [{ ...one, benefits: [undefined] } as never],
      statuses: [statuses('E-1', ['leftBehindElder'])],
    };
    expect(thrownIssues(() => suggestReferrals(input, { asOf: ASOF }))).toEqual([
      'elders.0.benefits.0 invalid_type',
    ]);
  });
});
