import { describe, expect, it } from 'vitest';
import { GuanaiError, type Issue } from '../errors/index.js';
import { CaregiverId } from './ids.js';
import { Pairing, PairingPattern, pairingMembersOn, reassignPairing } from './pairing.js';
import { plainDate } from './plainDateOps.js';
import { safeParse } from './validate.js';

type MemberInput = {
  caregiverId: string;
  role: string;
  from: string;
  to?: string;
  endReason?: string;
};

const member = (
  caregiverId: string,
  role = 'primary',
  from = '2026-03-01',
  rest: Partial<MemberInput> = {},
) => ({
  caregiverId,
  role,
  from,
  ...rest,
});

const pairing = (pattern: string, members: MemberInput[], rest: Record<string, unknown> = {}) => ({
  id: 'P-1',
  elderId: 'E-1',
  pattern,
  status: 'active',
  validFrom: '2026-03-01',
  members,
  ...rest,
});

function issuesOf(input: unknown): readonly Issue[] {
  const result = safeParse(Pairing, input);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

function thrownIssues(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(GuanaiError);
    return (error as GuanaiError).issues;
  }
  throw new Error('expected a GuanaiError');
}

const C = (id: string) => CaregiverId.parse(id);

describe('Pairing: valid patterns', () => {
  it('accepts each pattern with a fitting team', () => {
    const valid: [string, MemberInput[]][] = [
      ['oneToOne', [member('C-1')]],
      ['oneToOne', [member('C-1'), member('C-2', 'backup')]],
      ['manyToOne', [member('C-1'), member('C-2', 'partner'), member('C-3', 'partner')]],
      ['manyForOne', [member('C-1'), member('C-2', 'partner')]],
      ['neighbourPairing', [member('C-1')]],
      ['responsibilityContract', [member('C-1'), member('C-2', 'partner')]],
      ['liaisonAssignment', [member('C-1'), member('C-9', 'backup')]],
    ];
    for (const [pattern, members] of valid) {
      const result = safeParse(Pairing, pairing(pattern, members));
      expect(result, pattern).toMatchObject({ ok: true });
    }
    expect(PairingPattern.options).toEqual([
      'oneToOne',
      'manyToOne',
      'manyForOne',
      'neighbourPairing',
      'responsibilityContract',
      'liaisonAssignment',
    ]);
  });

  it('keeps closed memberships as history', () => {
    const input = pairing('oneToOne', [
      member('C-1', 'primary', '2026-03-01', { to: '2026-06-30', endReason: 'caregiverLeft' }),
      member('C-2', 'primary', '2026-07-01'),
    ]);
    expect(Pairing.parse(input)).toEqual(input);
  });
});

describe('Pairing: team checks', () => {
  it('reports a oneToOne pairing with two current members', () => {
    expect(issuesOf(pairing('oneToOne', [member('C-1'), member('C-2', 'partner')]))).toEqual([
      {
        code: 'pairing_member_count',
        path: ['members'],
        params: { pattern: 'oneToOne', minimum: 1, maximum: 1, actual: 2 },
      },
    ]);
  });

  it('reports team sizes outside other patterns', () => {
    expect(issuesOf(pairing('manyToOne', [member('C-1'), member('C-2', 'backup')]))).toEqual([
      {
        code: 'pairing_member_count',
        path: ['members'],
        params: { pattern: 'manyToOne', minimum: 2, maximum: 20, actual: 1 },
      },
    ]);
    expect(
      issuesOf(
        pairing('manyForOne', [member('C-1'), member('C-2', 'partner'), member('C-3', 'partner')]),
      ),
    ).toEqual([
      {
        code: 'pairing_member_count',
        path: ['members'],
        params: { pattern: 'manyForOne', minimum: 2, maximum: 2, actual: 3 },
      },
    ]);
    const many = Array.from({ length: 21 }, (_, i) =>
      member(`C-${i}`, i === 0 ? 'primary' : 'partner'),
    );
    expect(issuesOf(pairing('liaisonAssignment', many))).toEqual([
      {
        code: 'pairing_member_count',
        path: ['members'],
        params: { pattern: 'liaisonAssignment', minimum: 1, maximum: 20, actual: 21 },
      },
    ]);
  });

  it('reports no current primary, and two', () => {
    expect(
      issuesOf(pairing('manyToOne', [member('C-1', 'partner'), member('C-2', 'partner')])),
    ).toEqual([{ code: 'pairing_primary_count', path: ['members'], params: { actual: 0 } }]);
    expect(issuesOf(pairing('manyToOne', [member('C-1'), member('C-2')]))).toEqual([
      { code: 'pairing_primary_count', path: ['members'], params: { actual: 2 } },
    ]);
    expect(
      issuesOf(
        pairing('oneToOne', [
          member('C-1', 'primary', '2026-03-01', { to: '2026-04-01', endReason: 'other' }),
        ]),
      ),
    ).toEqual([
      { code: 'pairing_primary_count', path: ['members'], params: { actual: 0 } },
      {
        code: 'pairing_member_count',
        path: ['members'],
        params: { pattern: 'oneToOne', minimum: 1, maximum: 1, actual: 0 },
      },
    ]);
  });

  it('reports the same caregiver twice at the same time', () => {
    expect(
      issuesOf(
        pairing('manyToOne', [member('C-1'), member('C-2', 'partner'), member('C-1', 'partner')]),
      ),
    ).toEqual([
      { code: 'pairing_member_duplicate', path: ['members', 2], params: { caregiverId: 'C-1' } },
    ]);
  });

  it('allows a caregiver to return after an earlier membership closed', () => {
    const input = pairing('oneToOne', [
      member('C-1', 'primary', '2026-03-01', { to: '2026-04-30', endReason: 'reassigned' }),
      member('C-2', 'primary', '2026-05-01', { to: '2026-05-31', endReason: 'caregiverLeft' }),
      member('C-1', 'primary', '2026-06-01'),
    ]);
    expect(safeParse(Pairing, input).ok).toBe(true);
  });

  it('checks a suspended pairing like an active one', () => {
    expect(
      issuesOf(
        pairing('manyToOne', [member('C-1', 'partner'), member('C-2', 'partner')], {
          status: 'suspended',
        }),
      ),
    ).toEqual([{ code: 'pairing_primary_count', path: ['members'], params: { actual: 0 } }]);
  });

  it('needs at least one member', () => {
    expect(issuesOf(pairing('oneToOne', []))).toEqual([
      {
        code: 'too_small',
        path: ['members'],
        params: { origin: 'array', minimum: 1, inclusive: true },
      },
    ]);
  });
});

describe('Pairing: dates and ending', () => {
  it('reports an ended pairing without an end date or reason', () => {
    const ended = (rest: Record<string, unknown>) =>
      pairing('oneToOne', [member('C-1')], { status: 'ended', ...rest });
    const incomplete = [{ code: 'pairing_end_incomplete', path: ['status'], params: {} }];
    expect(issuesOf(ended({}))).toEqual(incomplete);
    expect(issuesOf(ended({ validTo: '2026-06-30' }))).toEqual(incomplete);
    expect(issuesOf(ended({ endReason: 'elderDeceased' }))).toEqual(incomplete);
    expect(
      safeParse(Pairing, ended({ validTo: '2026-06-30', endReason: 'elderDeceased' })).ok,
    ).toBe(true);
  });

  it('does not check the team of an ended pairing', () => {
    const input = pairing('oneToOne', [member('C-1', 'partner'), member('C-2', 'partner')], {
      status: 'ended',
      validTo: '2026-06-30',
      endReason: 'elderMoved',
    });
    expect(safeParse(Pairing, input).ok).toBe(true);
  });

  it('reports reversed spans and members starting before the pairing', () => {
    expect(issuesOf(pairing('oneToOne', [member('C-1')], { validTo: '2026-02-28' }))).toEqual([
      {
        code: 'range_reversed',
        path: ['validTo'],
        params: { from: '2026-03-01', to: '2026-02-28' },
      },
      {
        code: 'range_reversed',
        path: ['members', 0, 'from'],
        params: { from: '2026-03-01', to: '2026-02-28' },
      },
    ]);
    expect(
      issuesOf(
        pairing('oneToOne', [
          member('C-1', 'primary', '2026-04-01', { to: '2026-03-31', endReason: 'other' }),
          member('C-2', 'primary', '2026-02-01'),
        ]),
      ),
    ).toEqual([
      {
        code: 'range_reversed',
        path: ['members', 0, 'to'],
        params: { from: '2026-04-01', to: '2026-03-31' },
      },
      {
        code: 'range_reversed',
        path: ['members', 1, 'from'],
        params: { from: '2026-03-01', to: '2026-02-01' },
      },
    ]);
  });

  it('reports a member serving after the pairing ends', () => {
    expect(
      issuesOf(
        pairing('oneToOne', [member('C-1', 'primary', '2026-08-01')], { validTo: '2026-06-30' }),
      ),
    ).toEqual([
      {
        code: 'range_reversed',
        path: ['members', 0, 'from'],
        params: { from: '2026-08-01', to: '2026-06-30' },
      },
    ]);
    expect(
      issuesOf(
        pairing(
          'oneToOne',
          [
            member('C-1', 'primary', '2026-03-01', { to: '2026-07-15', endReason: 'other' }),
            member('C-2', 'primary', '2026-03-01'),
          ],
          { validTo: '2026-06-30' },
        ),
      ),
    ).toContainEqual({
      code: 'range_reversed',
      path: ['members', 0, 'to'],
      params: { from: '2026-07-15', to: '2026-06-30' },
    });
  });

  it('rejects unknown keys and bad ids', () => {
    expect(issuesOf(pairing('oneToOne', [member('C-1')], { elder: 'E-1' }))).toEqual([
      { code: 'unrecognized_keys', path: [], params: { keys: ['elder'] } },
    ]);
    expect(issuesOf(pairing('oneToOne', [member('  ')]))).toEqual([
      {
        code: 'too_small',
        path: ['members', 0, 'caregiverId'],
        params: { origin: 'string', minimum: 1, inclusive: true },
      },
    ]);
  });
});

describe('pairingMembersOn', () => {
  const history = Pairing.parse(
    pairing('manyToOne', [
      member('C-1', 'primary', '2026-03-01', { to: '2026-06-30', endReason: 'caregiverLeft' }),
      member('C-2', 'partner', '2026-03-01'),
      member('C-3', 'primary', '2026-07-01'),
    ]),
  );
  const on = (date: string) => pairingMembersOn(history, plainDate(date)).map((m) => m.caregiverId);

  it('returns the members serving on a date, both ends included', () => {
    expect(on('2026-02-28')).toEqual([]);
    expect(on('2026-03-01')).toEqual(['C-1', 'C-2']);
    expect(on('2026-06-30')).toEqual(['C-1', 'C-2']);
    expect(on('2026-07-01')).toEqual(['C-2', 'C-3']);
    expect(on('2030-01-01')).toEqual(['C-2', 'C-3']);
  });
});

describe('reassignPairing', () => {
  const team = () =>
    Pairing.parse(
      pairing('manyToOne', [member('C-7'), member('C-9', 'partner'), member('C-5', 'backup')]),
    );

  it('closes the leaver the day before with the reason, opens the joiner on the day, and keeps history', () => {
    const before = team();
    const snapshot = structuredClone(before);
    const next = reassignPairing(before, {
      on: plainDate('2026-07-01'),
      remove: [C('C-7')],
      add: [{ caregiverId: C('C-12'), role: 'primary' }],
      reason: 'caregiverLeft',
    });
    expect(next.members).toEqual([
      {
        caregiverId: 'C-7',
        role: 'primary',
        from: '2026-03-01',
        to: '2026-06-30',
        endReason: 'caregiverLeft',
      },
      { caregiverId: 'C-9', role: 'partner', from: '2026-03-01' },
      { caregiverId: 'C-5', role: 'backup', from: '2026-03-01' },
      { caregiverId: 'C-12', role: 'primary', from: '2026-07-01' },
    ]);
    expect({ ...next, members: before.members }).toEqual(before);
    expect(before).toEqual(snapshot);
    expect(pairingMembersOn(next, plainDate('2026-06-30')).map((m) => m.caregiverId)).toEqual([
      'C-7',
      'C-9',
      'C-5',
    ]);
    expect(pairingMembersOn(next, plainDate('2026-07-01')).map((m) => m.caregiverId)).toEqual([
      'C-9',
      'C-5',
      'C-12',
    ]);
  });

  it('adds members without removing anyone', () => {
    const next = reassignPairing(team(), {
      on: plainDate('2026-05-01'),
      add: [{ caregiverId: C('C-20'), role: 'partner' }],
      reason: 'reassigned',
    });
    expect(next.members).toHaveLength(4);
    expect(next.members[3]).toEqual({ caregiverId: 'C-20', role: 'partner', from: '2026-05-01' });
  });

  it('throws unknown_reference when removing someone not in the team on that day', () => {
    expect(
      thrownIssues(() =>
        reassignPairing(team(), {
          on: plainDate('2026-07-01'),
          remove: [C('C-404')],
          reason: 'caregiverLeft',
        }),
      ),
    ).toEqual([
      { code: 'unknown_reference', path: ['remove'], params: { kind: 'caregiver', id: 'C-404' } },
    ]);
    expect(
      thrownIssues(() =>
        reassignPairing(team(), {
          on: plainDate('2026-02-01'),
          remove: [C('C-7')],
          reason: 'caregiverLeft',
        }),
      ),
    ).toEqual([
      { code: 'unknown_reference', path: ['remove'], params: { kind: 'caregiver', id: 'C-7' } },
    ]);
  });

  it('throws when the result would have no primary', () => {
    expect(
      thrownIssues(() =>
        reassignPairing(team(), {
          on: plainDate('2026-07-01'),
          remove: [C('C-7')],
          reason: 'caregiverLeft',
        }),
      ),
    ).toEqual([
      { code: 'pairing_primary_count', path: ['members'], params: { actual: 0 } },
      {
        code: 'pairing_member_count',
        path: ['members'],
        params: { pattern: 'manyToOne', minimum: 2, maximum: 20, actual: 1 },
      },
    ]);
  });

  it('throws when a joiner is already in the team', () => {
    expect(
      thrownIssues(() =>
        reassignPairing(team(), {
          on: plainDate('2026-07-01'),
          add: [{ caregiverId: C('C-9'), role: 'partner' }],
          reason: 'reassigned',
        }),
      ),
    ).toEqual([
      { code: 'pairing_member_duplicate', path: ['members', 3], params: { caregiverId: 'C-9' } },
    ]);
  });

  // Regression: only open-ended memberships were closed, so removing a member whose
  // membership already had a later end date was silently ignored.
  it('closes a leaver whose membership already had a later end date', () => {
    const scheduled = Pairing.parse(
      pairing('neighbourPairing', [
        member('C-1'),
        member('C-2', 'partner', '2026-03-01', { to: '2026-12-31', endReason: 'other' }),
      ]),
    );
    const next = reassignPairing(scheduled, {
      on: plainDate('2026-07-01'),
      remove: [C('C-2')],
      reason: 'caregiverLeft',
    });
    expect(next.members[1]).toEqual({
      caregiverId: 'C-2',
      role: 'partner',
      from: '2026-03-01',
      to: '2026-06-30',
      endReason: 'caregiverLeft',
    });
  });
});
