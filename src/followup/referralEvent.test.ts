/**
 * parseReferralEvents: good rows kept, every bad row back with its index and coded issues —
 * the schema's, a second id, a day after the as-of day, a referral not known.
 */
import { describe, expect, it } from 'vitest';
import { ASOF, VILLAGE_A } from '../../test/fixtures/referrals.js';
import { GuanaiError } from '../errors/index.js';
import { parseReferralEvents } from './referralEvent.js';

const row = (overrides: Record<string, unknown> = {}) => ({
  id: 'RE-1',
  referralId: 'referral/E-1/minimumLivingAllowance',
  on: '2026-03-01',
  type: 'applied',
  by: { kind: 'body', body: 'villageCommittee', areaCode: VILLAGE_A },
  ...overrides,
});

describe('parseReferralEvents', () => {
  it('keeps good rows and returns every bad one with coded issues at their paths', () => {
    const { events, invalid } = parseReferralEvents(
      [
        row(),
        row({ id: 'RE-2', type: 'approve' }),
        row(),
        row({ id: 'RE-3', on: '2026-03-03' }),
        row({ id: 'RE-4', referralId: 'referral/E-9/legalAid' }),
        row({ id: 'RE-5', by: { kind: 'caregiver', caregiverId: 'C-7' }, note: '已上门' }),
        row({ id: 'RE-6', by: { kind: 'body', body: 'mayor', areaCode: VILLAGE_A } }),
      ],
      { asOf: ASOF, referralIds: new Set(['referral/E-1/minimumLivingAllowance']) },
    );
    expect(events.map((e) => e.id)).toEqual(['RE-1', 'RE-5']);
    expect(
      invalid.map((r) => [r.index, r.issues.map((i) => `${i.path.join('.')} ${i.code}`)]),
    ).toEqual([
      [1, ['type invalid_value']],
      [2, ['id duplicate_id']],
      [3, ['on date_after_as_of']],
      [4, ['referralId referral_unknown']],
      [6, ['by.body invalid_value']],
    ]);
  });

  it('accepts any referral when no ids are given', () => {
    const { events } = parseReferralEvents([row({ referralId: 'referral/E-9/legalAid' })], {
      asOf: ASOF,
    });
    expect(events).toHaveLength(1);
  });

  it('reports bad arguments as one GuanaiError', () => {
    expect(() => parseReferralEvents('rows' as never, { asOf: ASOF })).toThrow(GuanaiError);
    try {
      parseReferralEvents([], { asOf: '2026-13-01' as never, referralIds: [] as never });
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => i.path.join('.'))).toEqual([
        'asOf',
        'referralIds',
      ]);
    }
  });
});
