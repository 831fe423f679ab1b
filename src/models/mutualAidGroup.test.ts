import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../errors/index.js';
import { MUTUAL_AID_GROUP_SIZE, MutualAidGroup } from './mutualAidGroup.js';
import { safeParse } from './validate.js';

const ten = Array.from({ length: 10 }, (_, i) => `E-${i + 1}`);
const group = (rest: Record<string, unknown> = {}) => ({
  id: 'MAG-1',
  villageCode: '530325101203',
  group: 3,
  members: ten,
  leaderId: 'E-4',
  validFrom: '2026-03-01',
  ...rest,
});

function issuesOf(input: unknown): readonly Issue[] {
  const result = safeParse(MutualAidGroup, input);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

describe('MutualAidGroup (老老互助组织, 十人一联: spec §3.8, §4 · S18 L517–519)', () => {
  it('accepts ten elders of one 组 with a leader among them', () => {
    const result = safeParse(
      MutualAidGroup,
      group({ name: '三组老老互助组', validTo: '2026-12-31' }),
    );
    expect(result.ok).toBe(true);
  });

  it('takes 「一般」 ten as usual, not required: 2 to 30 members', () => {
    expect(safeParse(MutualAidGroup, group({ members: ['E-1', 'E-4'] })).ok).toBe(true);
    const thirty = Array.from({ length: 30 }, (_, i) => `E-${i + 1}`);
    expect(safeParse(MutualAidGroup, group({ members: thirty })).ok).toBe(true);
    expect(issuesOf(group({ members: ['E-4'] }))).toMatchObject([
      { code: 'too_small', path: ['members'], params: { minimum: MUTUAL_AID_GROUP_SIZE.minimum } },
    ]);
    expect(issuesOf(group({ members: [...thirty, 'E-31'] }))).toMatchObject([
      { code: 'too_big', path: ['members'], params: { maximum: MUTUAL_AID_GROUP_SIZE.maximum } },
    ]);
  });

  it('rejects a leader who is not a member, a member twice and a reversed span', () => {
    expect(issuesOf(group({ leaderId: 'E-99' }))).toEqual([
      { code: 'mutual_aid_leader_not_member', path: ['leaderId'], params: { leaderId: 'E-99' } },
    ]);
    expect(issuesOf(group({ members: [...ten, 'E-2'] }))).toEqual([
      { code: 'mutual_aid_member_duplicate', path: ['members', 10], params: { elderId: 'E-2' } },
    ]);
    expect(issuesOf(group({ validTo: '2026-02-28' }))).toEqual([
      {
        code: 'range_reversed',
        path: ['validTo'],
        params: { from: '2026-03-01', to: '2026-02-28' },
      },
    ]);
  });

  it('rejects a group without its 组 or with an unknown field', () => {
    const { group: _dropped, ...noGroup } = group();
    expect(issuesOf(noGroup)[0]).toMatchObject({ code: 'invalid_type', path: ['group'] });
    expect(issuesOf(group({ reportTo: ['villageCommittee'] }))[0]?.code).toBe('unrecognized_keys');
  });

  it('accepts any set of distinct members with one of them as leader (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 9999 }), { minLength: 2, maxLength: 30 }),
        fc.nat(),
        (numbers, pick) => {
          const members = numbers.map((n) => `E-${n}`);
          const leaderId = members[pick % members.length];
          expect(safeParse(MutualAidGroup, group({ members, leaderId })).ok).toBe(true);
        },
      ),
    );
  });
});
