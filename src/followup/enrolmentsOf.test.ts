/**
 * enrolmentsOf: the ledger's benefits written back from the referrals agree with them — a
 * programme referred or enrolled is never suggested again, even from the ledger alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ASOF, elder, event, statuses, suggestion } from '../../test/fixtures/referrals.js';
import { GuanaiError } from '../errors/index.js';
import { addDays, type Elder, plainDate } from '../models/index.js';
import { enrolmentsOf } from './enrolmentsOf.js';
import type { ReferralEventType } from './referralEvent.js';
import { replayReferrals } from './replayReferrals.js';
import { suggestReferrals } from './suggestReferrals.js';

const elders = [elder('E-1'), elder('E-2'), elder('E-3'), elder('E-4')];
const programme = 'familyDoctorContract';

/** The elders with the enrolments written into their benefits. */
function writeBack(list: readonly Elder[], entries: ReturnType<typeof enrolmentsOf>): Elder[] {
  return list.map((one) => {
    const mine = entries.filter((e) => e.elderId === one.id).map((e) => e.enrolment);
    const replaced = new Set(mine.map((e) => e.programme));
    return {
      ...one,
      benefits: [...one.benefits.filter((b) => !replaced.has(b.programme)), ...mine],
    };
  });
}

describe('enrolmentsOf', () => {
  it('maps each state to the ledger’s word, from the latest round', () => {
    const s = (id: string, round = 1) => suggestion(id, programme, '2025-01-02', round);
    const { referrals } = replayReferrals(
      {
        suggestions: [s('E-1'), s('E-2'), s('E-3'), s('E-4'), s('E-4', 2)],
        events: [
          event('A1', s('E-2').id, 'applied', '2025-01-10'),
          event('A2', s('E-3').id, 'applied', '2025-01-10'),
          event('D2', s('E-2').id, 'approved', '2025-02-01'),
          event('D3', s('E-3').id, 'refused', '2025-02-03'),
          event('W4', s('E-4').id, 'withdrawn', '2025-01-05'),
          event('W5', s('E-4', 2).id, 'withdrawn', '2025-03-05'),
        ],
        elders,
      },
      { asOf: ASOF },
    );
    expect(enrolmentsOf(referrals).map((e) => [e.referralId, e.enrolment])).toEqual([
      ['referral/E-1/familyDoctorContract', { programme, status: 'referred', since: '2025-01-02' }],
      ['referral/E-2/familyDoctorContract', { programme, status: 'enrolled', since: '2025-02-01' }],
      ['referral/E-3/familyDoctorContract', { programme, status: 'rejected', since: '2025-02-03' }],
      [
        'referral/E-4/familyDoctorContract/2',
        { programme, status: 'notAssessed', since: '2025-03-05' },
      ],
    ]);
    expect(() => enrolmentsOf('x' as never)).toThrow(GuanaiError);
  });

  it('written back, the ledger alone keeps suggestReferrals from suggesting a referred or enrolled programme again', () => {
    const TYPES: readonly ReferralEventType[] = ['applied', 'approved', 'refused', 'withdrawn'];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            elder: fc.constantFrom('E-1', 'E-2', 'E-3', 'E-4'),
            type: fc.constantFrom(...TYPES),
            day: fc.integer({ min: 0, max: 60 }),
          }),
          { maxLength: 10 },
        ),
        (log) => {
          const start = plainDate('2025-12-01');
          const suggestions = elders.map((e) => suggestion(e.id, programme, start));
          const events = log.map((e, i) =>
            event(`RE-${i}`, `referral/${e.elder}/${programme}`, e.type, addDays(start, e.day)),
          );
          const { referrals } = replayReferrals({ suggestions, events, elders }, { asOf: ASOF });
          const ledger = writeBack(elders, enrolmentsOf(referrals));
          const { suggestions: again } = suggestReferrals(
            { elders: ledger, statuses: elders.map((e) => statuses(e.id, ['leftBehindElder'])) },
            { asOf: ASOF },
          );
          const suggestedAgain = new Set(again.map((s) => s.elderId as string));
          // Open or approved: taken care of; refused within the last 180 days: held back. A
          // withdrawal leaves the programme open (the ledger alone cannot hold it back).
          for (const referral of referrals) {
            if (referral.state !== 'withdrawn')
              expect(suggestedAgain.has(referral.elderId)).toBe(false);
          }
        },
      ),
    );
  });
});
