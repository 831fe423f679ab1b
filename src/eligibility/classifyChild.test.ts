import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { ChildRecord, fromDayNumber, parse, plainDate, toDayNumber } from '../models/index.js';
import { classifyChild, classifyChildUnderDefinitions } from './classifyChild.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { CHILD_DEFINITIONS } from './definitionNames.js';
import { Policy } from './policy.js';

const asOf = plainDate('2026-06-30');
const withPolicy = (parameters: object) =>
  Policy.parse({ ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters, ...parameters } });
const townScope = withPolicy({ childDefinition: 'ageRangeOrGroupS17' });

/** A decided left-behind child (spec §1.3 definition A and B both hold); tests change one fact. */
function child(overrides: Record<string, unknown> = {}): ChildRecord {
  return parse(ChildRecord, {
    id: 'K-1',
    name: '王小明',
    birthDate: '2016-05-01',
    residence: { villageCode: '530325101203', setting: 'rural' },
    parents: [
      { role: 'father', alive: true, awayForWork: true, awaySince: '2024-03-01' },
      { role: 'mother', alive: true, awayForWork: true, awaySince: '2024-03-01' },
    ],
    livesAtHome: true,
    dailyCarer: 'grandparents',
    ...overrides,
  });
}

describe('留守儿童, definition A (spec §1.3 · S10 L203 = S18 L489, the default)', () => {
  it('holds when both parents work away and grandparents look after the child at home', () => {
    const result = classifyChild(child(), { asOf });
    expect(result.status).toBe('yes');
    expect(result.citation.spec).toBe('§1.3');
    expect(result.reasons.map((r) => `${r.code}:${r.status}`)).toEqual([
      'child_age_range:yes',
      'parents_away:yes',
      'lives_at_home:yes',
      'cared_by_others:yes',
    ]);
  });

  it('fails when one parent is home, unless the policy reads 父母 as either', () => {
    const oneHome = child({
      parents: [
        { role: 'father', awayForWork: true, awaySince: '2024-03-01' },
        { role: 'mother', awayForWork: false },
      ],
      dailyCarer: 'grandparents',
    });
    expect(classifyChild(oneHome, { asOf }).status).toBe('no');
    expect(
      classifyChild(oneHome, { asOf, policy: withPolicy({ childParentsAway: 'either' }) }).status,
    ).toBe('yes');
  });

  it('is unknown with the missing facts named', () => {
    const result = classifyChild(child({ parents: undefined, dailyCarer: undefined }), { asOf });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['parents', 'dailyCarer']);
  });

  it('does not count a parent who has died as working away (orphans come in by definition B)', () => {
    const halfOrphan = child({
      parents: [
        { role: 'father', alive: false },
        { role: 'mother', awayForWork: true },
      ],
    });
    expect(classifyChild(halfOrphan, { asOf }).status).toBe('no');
    expect(
      classifyChild(halfOrphan, { asOf, policy: withPolicy({ childParentsAway: 'either' }) })
        .status,
    ).toBe('yes');
  });

  it('leaves definition B open while the parents’ work is not recorded', () => {
    const unrecorded = child({
      parents: [{ role: 'father' }, { role: 'mother' }],
      orphan: false,
      abandoned: false,
      singleParentFamily: false,
    });
    const result = classifyChild(unrecorded, { asOf, policy: townScope });
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['parents[0].awayForWork', 'parents[1].awayForWork']);
  });
});

describe('留守儿童, definition B (spec §1.3 · S17 L457)', () => {
  it('needs 6 to 14 full years: the 6th birthday on asOf counts, the day before does not', () => {
    expect(
      classifyChild(child({ birthDate: '2020-06-30' }), { asOf, policy: townScope }).status,
    ).toBe('yes');
    expect(
      classifyChild(child({ birthDate: '2020-07-01' }), { asOf, policy: townScope }).status,
    ).toBe('no');
    // 14 years and 11 months is still 14 周岁.
    expect(
      classifyChild(child({ birthDate: '2011-07-01' }), { asOf, policy: townScope }).status,
    ).toBe('yes');
    expect(
      classifyChild(child({ birthDate: '2011-06-30' }), { asOf, policy: townScope }).status,
    ).toBe('no');
  });

  it('needs the parents away all year or three consecutive months', () => {
    const recent = (awaySince: string, yearRound?: boolean) =>
      child({
        parents: [
          { role: 'father', awayForWork: true, awaySince, ...(yearRound ? { yearRound } : {}) },
          { role: 'mother', awayForWork: true, awaySince },
        ],
        // Not in a special group either, so the parents' absence decides (S17 L457).
        orphan: false,
        abandoned: false,
        singleParentFamily: false,
      });
    expect(classifyChild(recent('2026-03-30'), { asOf, policy: townScope }).status).toBe('yes');
    expect(classifyChild(recent('2026-04-01'), { asOf, policy: townScope }).status).toBe('no');
  });

  it('admits orphans, abandoned and single-parent children without the parents condition', () => {
    const orphan = child({
      parents: [
        { role: 'father', alive: false },
        { role: 'mother', alive: false },
      ],
      orphan: true,
      livesAtHome: false,
    });
    expect(classifyChild(orphan, { asOf, policy: townScope }).status).toBe('yes');
    // The age range binds them too by default (policy childSpecialGroupsAgeBound).
    const olderOrphan = child({ birthDate: '2010-01-01', orphan: true, livesAtHome: false });
    expect(classifyChild(olderOrphan, { asOf, policy: townScope }).status).toBe('no');
    const unbound = withPolicy({
      childDefinition: 'ageRangeOrGroupS17',
      childSpecialGroupsAgeBound: false,
    });
    expect(classifyChild(olderOrphan, { asOf, policy: unbound }).status).toBe('yes');
  });

  it('accepts either definition when the policy says so', () => {
    const preschool = child({ birthDate: '2022-01-01' }); // under 6: only definition A
    expect(classifyChild(preschool, { asOf, policy: townScope }).status).toBe('no');
    expect(
      classifyChild(preschool, { asOf, policy: withPolicy({ childDefinition: 'eitherS18OrS17' }) })
        .status,
    ).toBe('yes');
  });
});

describe('classifyChild on input not run through the schemas', () => {
  const codeOf = (call: () => unknown) => {
    try {
      call();
    } catch (error) {
      if (error instanceof GuanaiError) return error.issues[0];
      throw error;
    }
    return undefined;
  };

  it('throws GuanaiError with paths for a raw record or bad options, never a TypeError', () => {
    expect(codeOf(() => classifyChild(null as never, { asOf }))?.code).toBe('invalid_type');
    expect(codeOf(() => classifyChild({ parents: [null] } as never, { asOf }))?.code).toBe(
      'invalid_type',
    );
    expect(codeOf(() => classifyChild(child(), undefined as never))?.code).toBe('invalid_argument');
    expect(codeOf(() => classifyChild(child(), { asOf: 'x' as never }))).toMatchObject({
      code: 'invalid_plain_date',
      path: ['asOf'],
    });
  });
});

describe('classifyChildUnderDefinitions: both 留守儿童 definitions in one call (spec §11.5)', () => {
  const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const day = fc
    .integer({ min: toDayNumber(plainDate('2008-01-01')), max: toDayNumber(asOf) })
    .map(fromDayNumber);
  const parent = (role: 'father' | 'mother') =>
    fc.record(
      {
        role: fc.constant(role),
        alive: optional(fc.boolean()),
        awayForWork: optional(fc.boolean()),
        awaySince: optional(day),
        yearRound: optional(fc.boolean()),
      },
      { requiredKeys: ['role'] },
    );
  const childArb = fc
    .record({
      birthDate: optional(day),
      parents: optional(
        fc.oneof(fc.tuple(parent('father'), parent('mother')), fc.tuple(parent('mother'))),
      ),
      orphan: optional(fc.boolean()),
      abandoned: optional(fc.boolean()),
      singleParentFamily: optional(fc.boolean()),
      livesAtHome: optional(fc.boolean()),
      dailyCarer: optional(fc.constantFrom('parent', 'grandparents', 'relatives', 'friends')),
    })
    .map((facts) =>
      parse(ChildRecord, {
        id: 'K-9',
        name: '李小红',
        residence: { villageCode: '530325101203' },
        ...JSON.parse(JSON.stringify(facts)),
      }),
    );
  const policyArb = fc
    .record({
      childDefinition: fc.constantFrom(...CHILD_DEFINITIONS),
      childParentsAway: fc.constantFrom('both', 'either'),
      childSpecialGroupsAgeBound: fc.boolean(),
      thresholdsInclusive: fc.boolean(),
    })
    .map(withPolicy);

  it('gives, for every definition, what classifyChild gives under it', () => {
    fc.assert(
      fc.property(childArb, policyArb, (record, policy) => {
        const compared = classifyChildUnderDefinitions(record, { asOf, policy });
        expect(compared.policyId).toBe(policy.id);
        for (const definition of CHILD_DEFINITIONS) {
          const alone = withPolicy({ ...policy.parameters, childDefinition: definition });
          expect(compared.childDefinition[definition]).toEqual(
            classifyChild(record, { asOf, policy: alone }),
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('shows where the texts disagree: a preschool child is left behind by S18 only', () => {
    const { childDefinition } = classifyChildUnderDefinitions(child({ birthDate: '2022-01-01' }), {
      asOf,
    });
    expect([
      childDefinition.caredByOthersS18.status,
      childDefinition.ageRangeOrGroupS17.status,
      childDefinition.eitherS18OrS17.status,
    ]).toEqual(['yes', 'no', 'yes']);
  });

  it('throws as classifyChild does for bad options', () => {
    expect(() => classifyChildUnderDefinitions(child(), { asOf: 'x' as never })).toThrow(
      GuanaiError,
    );
  });
});
