/**
 * Fuzzing guanai/scheduling: every exported function, fed generated and hand-made bad input,
 * returns or throws one GuanaiError within the hang bound.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type Elder, plainDate } from '../../src/models/index.js';
import { expandPlans, type Occurrence, planFromPreset } from '../../src/recurrence/index.js';
import { generateSampleCounty } from '../../src/sample/index.js';
import {
  type AssignmentProblem,
  haversineKm,
  type PlanVisitsOptions,
  pairElders,
  planVisits,
  replan,
  solveAssignment,
  type VisitPlanningInput,
} from '../../src/scheduling/index.js';
import { FUZZ_RUNS, FUZZ_SEED, outcomeOf, reportTallies } from './harness.js';

const asOf = plainDate('2026-03-02');
const sample = generateSampleCounty({ seed: 3, townships: 1, villagesPerTownship: 2, elders: 24 });
const { pairings } = pairElders({ elders: sample.elders, caregivers: sample.caregivers }, { asOf });
const elderIds = sample.elders.map((e) => e.id);
const visits: Occurrence[] = [
  ...expandPlans(
    [
      planFromPreset('volunteerWeeklyVisit', {
        id: 'weekly',
        whom: { elders: elderIds },
        validFrom: '2026-01-01',
      }),
    ],
    { from: asOf, to: plainDate('2026-03-15') },
  ),
];
const planning: VisitPlanningInput = {
  elders: sample.elders,
  caregivers: sample.caregivers,
  pairings,
};
const schedule = planVisits(visits, planning);

const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };

/** Values that break careless code: wrong types, non-numbers, edge dates, long text, nesting. */
const hostile = fc.oneof(
  fc.anything({ maxDepth: 3 }),
  fc.constantFrom(
    null,
    undefined,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -1,
    0,
    2.5,
    1e308,
    -1.7e308,
    Number.MAX_SAFE_INTEGER,
    '',
    '2026-02-30',
    '9999-12-31',
    '10000-01-01',
    '0000-01-01',
    'x'.repeat(100_000),
    [],
    {},
    [[[[[[[[[[[]]]]]]]]]]],
  ),
);
const day = fc.oneof(
  fc.constantFrom(
    '2026-03-02',
    '2026-02-30',
    '9999-12-31',
    '0001-01-01',
    '10000-01-01',
    '2026-3-2',
  ),
  hostile,
);

/** Mostly `good`, at times `bad`: most inputs should get past the entry checks. */
const mostly = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });

/** Almost always `good`: for the fields of many elements, where one bad one decides. */
const rarely = <T>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<unknown>) =>
  fc.oneof({ weight: 30, arbitrary: good }, { weight: 1, arbitrary: bad });

/** A copy of `list` with some elements replaced by hostile values. */
const spoiled = <T>(list: readonly T[]) =>
  fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, list.length - 1) }), hostile), { maxLength: 2 })
    .map((changes) => {
      const copy: unknown[] = [...list];
      for (const [index, value] of changes) copy[index] = value;
      return copy as T[];
    });

/** An object with some fields replaced by hostile values. */
const spoiledObject = <T extends object>(value: T, keys: readonly string[]) =>
  fc.array(fc.tuple(fc.constantFrom(...keys), hostile), { maxLength: 3 }).map((changes) => {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    for (const [key, bad] of changes) copy[key] = bad;
    return copy as T;
  });

const agentIds = ['A', 'B', 'C'];
const jobIds = ['J1', 'J2', 'J3', 'J4', 'J5', 'J6'];
const problem = fc
  .record({
    agents: fc
      .constant(0)
      .chain(() =>
        fc
          .tuple(...agentIds.map(() => mostly(fc.nat(4), hostile)))
          .map((capacities) => capacities.map((capacity, i) => ({ id: agentIds[i], capacity }))),
      ),
    jobs: fc.constant(jobIds.map((id) => ({ id }))),
    candidates: fc.uniqueArray(
      fc.record(
        {
          agent: rarely(fc.constantFrom(...agentIds), fc.constantFrom('Z', null)),
          job: fc.constantFrom(...jobIds),
          cost: rarely(fc.double({ min: -100, max: 100, noNaN: true }), hostile),
          load: rarely(fc.constantFrom(1, 0.5, 2), hostile),
        },
        { requiredKeys: ['agent', 'job', 'cost'] },
      ),
      { maxLength: 14, selector: (c) => `${c.agent}/${c.job}` },
    ),
  })
  .chain((p) => mostly(fc.constant(p), spoiledObject(p, ['agents', 'jobs', 'candidates'])));
const assignmentOptions = mostly(
  fc.record(
    {
      timeLimitMs: mostly(fc.constantFrom(0, 5, Number.POSITIVE_INFINITY), hostile),
      // Not MAX_ROUNDS itself with no time limit: that is a long run by request.
      rounds: mostly(fc.nat(500), hostile),
      seed: mostly(fc.integer(), hostile),
    },
    { requiredKeys: [] },
  ),
  hostile,
);

describe('fuzz: scheduling', () => {
  afterAll(() => reportTallies('scheduling'));

  it('solveAssignment', () => {
    fc.assert(
      fc.property(mostly(problem, hostile), assignmentOptions, (p, options) => {
        outcomeOf('solveAssignment', () =>
          solveAssignment(p as AssignmentProblem, options as never),
        );
      }),
      settings,
    );
  });

  it('pairElders', () => {
    const input = { elders: sample.elders, caregivers: sample.caregivers, pairings };
    const inputs = fc.oneof(
      hostile,
      spoiledObject(input, ['elders', 'caregivers', 'pairings']),
      fc.record({
        elders: mostly(fc.constant(sample.elders), spoiled(sample.elders)),
        caregivers: mostly(fc.constant(sample.caregivers), spoiled(sample.caregivers)),
        pairings: mostly(fc.constant(pairings), spoiled(pairings)),
      }),
    );
    const policies = fc.oneof(
      hostile,
      { weight: 3, arbitrary: fc.constant({ asOf }) },
      fc.record({ asOf: day }),
      spoiledObject({ asOf, candidatesPerElder: 5 }, [
        'asOf',
        'candidatesPerElder',
        'maxDistanceKm',
        'keepWithinKm',
        'roles',
        'partnerRoles',
        'serviceAreas',
        'priority',
        'wantsPartner',
        'careNeed',
        'distanceKm',
        'search',
      ]),
      fc.constant({ asOf, careNeed: () => Number.NaN }),
      fc.constant({ asOf, distanceKm: () => 1e300 }),
      fc.constant({ asOf, priority: (e: Elder) => e.id < 'E', careNeed: () => 0.5 }),
    );
    fc.assert(
      fc.property(inputs, policies, (i, policy) => {
        outcomeOf('pairElders', () => pairElders(i as never, policy as never));
      }),
      settings,
    );
  });

  it('planVisits and replan', () => {
    const optionNames = ['calendar', 'maxVisitsPerDay', 'onRestDays', 'from', 'duties'];
    const inputs = fc.oneof(
      hostile,
      // An option left in the input, where it sat before 1.0, is refused, whatever its value.
      spoiledObject(planning, ['elders', 'caregivers', 'pairings', ...optionNames]),
      fc.record({
        elders: mostly(fc.constant(sample.elders), spoiled(sample.elders)),
        caregivers: mostly(fc.constant(sample.caregivers), spoiled(sample.caregivers)),
        pairings: mostly(fc.constant(pairings), spoiled(pairings)),
      }),
    );
    const options = fc.oneof(
      hostile,
      fc.constant(undefined),
      spoiledObject({ from: asOf } as PlanVisitsOptions, optionNames),
      fc.record({
        from: mostly(fc.constant(asOf), day),
        maxVisitsPerDay: mostly(fc.nat(8), hostile),
      }),
    );
    const occurrences = fc.oneof(
      hostile,
      fc.constant(visits),
      spoiled(visits),
      fc.constant([...visits, visits[0]]),
      spoiled(visits).map((list) =>
        list.map((v, i) =>
          i === 0 && v && typeof v === 'object'
            ? { ...v, openFrom: '0001-01-01', expiresAt: '9999-12-31' }
            : v,
        ),
      ),
    );
    fc.assert(
      fc.property(occurrences, inputs, options, (list, input, how) => {
        outcomeOf('planVisits', () => planVisits(list as never, input as never, how as never));
      }),
      settings,
    );
    fc.assert(
      fc.property(
        fc.oneof(hostile, fc.constant(schedule), spoiledObject(schedule, ['visits'])),
        occurrences,
        inputs,
        options,
        (previous, list, input, how) => {
          outcomeOf('replan', () =>
            replan(previous as never, list as never, input as never, how as never),
          );
        },
      ),
      settings,
    );
  });

  it('haversineKm', () => {
    fc.assert(
      fc.property(
        mostly(fc.constant(sample.elders[0]?.residence.coordinates), hostile),
        hostile,
        (a, b) => {
          outcomeOf('haversineKm', () => haversineKm(a as never, b as never));
        },
      ),
      settings,
    );
  });

  it('the catalogue’s cases end coded and bounded', () => {
    const input = { elders: sample.elders, caregivers: sample.caregivers };
    expect(
      outcomeOf('pairElders', () => pairElders(input, { asOf, candidatesPerElder: Number.NaN })),
    ).toBe('coded');
    expect(outcomeOf('pairElders', () => pairElders(input, { asOf, candidatesPerElder: -1 }))).toBe(
      'coded',
    );
    expect(outcomeOf('pairElders', () => pairElders(input, {} as never))).toBe('coded');
    expect(outcomeOf('pairElders', () => pairElders(input, undefined as never))).toBe('coded');
    const huge = {
      agents: [{ id: 'A', capacity: 2 }],
      jobs: [{ id: 'J1' }, { id: 'J2' }],
      candidates: [
        { agent: 'A', job: 'J1', cost: 1.7e308 },
        { agent: 'A', job: 'J2', cost: 1.7e308 },
      ],
    };
    expect(outcomeOf('solveAssignment', () => solveAssignment(huge))).toBe('coded');
    expect(outcomeOf('solveAssignment', () => solveAssignment(huge, { rounds: Number.NaN }))).toBe(
      'coded',
    );
    for (const bad of [
      { from: '2026-02-30' },
      { maxVisitsPerDay: -1 },
      { maxVisitsPerDay: Number.NaN },
    ])
      expect(outcomeOf('planVisits', () => planVisits(visits, planning, bad as never))).toBe(
        'coded',
      );
    expect(
      outcomeOf('planVisits', () => planVisits(visits, { ...planning, from: asOf } as never)),
    ).toBe('coded');
    expect(
      outcomeOf('planVisits', () => planVisits([...visits, visits[1] as Occurrence], planning)),
    ).toBe('coded');
  });
});
