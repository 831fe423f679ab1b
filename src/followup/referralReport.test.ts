/**
 * referralReport: per area and programme, how many referrals in each state, how many still
 * open and how many of those are late — the counts add up at every level.
 */
import { describe, expect, it } from 'vitest';
import {
  ASOF,
  elder,
  event,
  suggestion,
  VILLAGE_A,
  VILLAGE_B,
} from '../../test/fixtures/referrals.js';
import type { GuanaiError } from '../errors/index.js';
import { plainDate } from '../models/index.js';
import { referralReport } from './referralReport.js';
import { replayReferrals } from './replayReferrals.js';

const elders = [elder('E-1', VILLAGE_A), elder('E-2', VILLAGE_B), elder('E-3', VILLAGE_B)];
const asOf = plainDate('2026-04-15');
const { referrals } = replayReferrals(
  {
    suggestions: [
      suggestion('E-1', 'minimumLivingAllowance'),
      suggestion('E-2', 'minimumLivingAllowance'),
      suggestion('E-3', 'minimumLivingAllowance', '2026-04-01'),
      suggestion('E-3', 'familyDoctorContract'),
    ],
    events: [
      event('A', 'referral/E-2/minimumLivingAllowance', 'applied', '2026-03-20'),
      event('B', 'referral/E-3/familyDoctorContract', 'applied', '2026-03-03'),
      event('C', 'referral/E-3/familyDoctorContract', 'approved', '2026-03-30'),
    ],
    elders,
  },
  { asOf },
);

describe('referralReport', () => {
  it('counts by village and programme, with the open and the late', () => {
    const rows = referralReport(referrals, { by: 'village', asOf });
    expect(rows.map((r) => [r.code, r.programme, r.total, r.open, r.overdue])).toEqual([
      [VILLAGE_A, 'minimumLivingAllowance', 1, 1, 1], // suggested 2026-03-02, due 2026-04-01
      [VILLAGE_B, 'minimumLivingAllowance', 2, 2, 0],
      [VILLAGE_B, 'familyDoctorContract', 1, 0, 0],
    ]);
    expect(rows[1]?.states).toEqual({
      suggested: 1,
      applied: 1,
      approved: 0,
      refused: 0,
      withdrawn: 0,
    });
    expect(rows[0]?.level).toBe('village');
  });

  it('adds the villages up into their township and county', () => {
    for (const by of ['township', 'county'] as const) {
      const rows = referralReport(referrals, { by, asOf });
      expect(rows.map((r) => [r.code, r.programme, r.total, r.overdue])).toEqual([
        [by === 'county' ? '530325' : '530325101000', 'minimumLivingAllowance', 3, 1],
        [by === 'county' ? '530325' : '530325101000', 'familyDoctorContract', 1, 0],
      ]);
    }
    expect(referralReport([], { by: 'county', asOf: ASOF })).toEqual([]);
  });

  it('reports a level it does not know and a bad day', () => {
    try {
      referralReport(referrals, { by: 'province' as never, asOf: 'x' as never });
      expect.unreachable();
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => `${i.path.join('.')} ${i.code}`)).toEqual([
        'asOf invalid_argument',
        'by invalid_value',
      ]);
    }
  });
});

describe('referralReport on malformed referrals (found by fuzzing)', () => {
  it('names a next deadline that is not text at its path, not an undiagnosed failure', () => {
    const open = referrals.find((r) => r.next !== null);
    const bad = { ...open, next: { ...open?.next, due: Object.create(null) } } as never;
    try {
      referralReport([bad], { asOf, by: 'village' });
      expect.unreachable();
    } catch (error) {
      expect((error as GuanaiError).issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid_type', ['referrals', 0, 'next', 'due']],
      ]);
    }
  });
});
