import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError, type Issue } from '../errors/index.js';
import { MutualAidGroup, safeParse } from '../models/index.js';
import { checkKnownWords } from './checkedInput.js';
import { MAJOR_EVENT_KINDS } from './majorEventKinds.js';
import { checkMutualAidGroups } from './mutualAidOptions.js';

const valid = {
  id: 'MAG-3',
  villageCode: '530325101203',
  group: 3,
  members: ['E-1', 'E-2', 'E-3'],
  leaderId: 'E-2',
  validFrom: '2026-01-01',
};

function issuesOf(run: () => unknown): readonly Issue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues;
    throw error;
  }
  return [];
}

describe('checkMutualAidGroups (without the schema)', () => {
  it('accepts valid groups and names what R10 reads when it is wrong', () => {
    expect(issuesOf(() => checkMutualAidGroups([valid]))).toEqual([]);
    expect(issuesOf(() => checkMutualAidGroups([{ ...valid, members: 'E-1' }]))).toEqual([
      {
        code: 'invalid_type',
        path: ['mutualAidGroups', 0, 'members'],
        params: { expected: 'array', received: 'string' },
      },
    ]);
    expect(
      issuesOf(() => checkMutualAidGroups([valid, { ...valid, validTo: '2026-02-30' }])),
    ).toEqual([
      {
        code: 'invalid_plain_date',
        path: ['mutualAidGroups', 1, 'validTo'],
        params: { value: '2026-02-30' },
      },
    ]);
    expect(issuesOf(() => checkMutualAidGroups([null]))[0]?.path).toEqual(['mutualAidGroups', 0]);
  });

  it('is stricter than nothing and never stricter than the schema on what it reads', () => {
    // Whatever the check rejects, the schema rejects too; a wrong type at the same place.
    const field = fc.constantFrom('id', 'members', 'leaderId', 'validFrom', 'validTo');
    const bad = fc.constantFrom<unknown>(
      undefined,
      null,
      5,
      '',
      'x',
      [],
      ['E-9'],
      {},
      '2026-13-01',
    );
    fc.assert(
      fc.property(field, bad, (name, value) => {
        const group = { ...valid, [name]: value };
        const found = issuesOf(() => checkMutualAidGroups([group]));
        const schema = safeParse(MutualAidGroup, group);
        if (found.length === 0) return;
        expect(schema.ok).toBe(false);
        // A leader outside a too-short list: the schema stops at the list's size.
        if (!schema.ok && found[0]?.code === 'invalid_type') {
          const paths = schema.issues.map((issue) => ['mutualAidGroups', 0, ...issue.path]);
          expect(paths).toContainEqual(found[0]?.path);
        }
      }),
    );
  });

  it('checks major events as a closed list', () => {
    expect(
      issuesOf(() => checkKnownWords(['illness', 'accident'], 'majorEvents', MAJOR_EVENT_KINDS)),
    ).toEqual([]);
    expect(
      issuesOf(() => checkKnownWords(['ilness'], 'majorEvents', MAJOR_EVENT_KINDS))[0],
    ).toMatchObject({
      code: 'invalid_value',
      path: ['majorEvents', 0],
    });
  });
});
