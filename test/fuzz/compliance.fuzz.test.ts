/**
 * Fuzzing guanai/compliance: every exported function, fed generated and hand-made bad input,
 * returns or throws one GuanaiError within the hang bound; parseVisitRecords keeps every good
 * row whatever comes beside it.
 */

import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import {
  categoriesOf,
  coverage,
  currentRecords,
  DEFAULT_ESCALATION_RULES,
  escalations,
  evaluateTargets,
  ledgerReport,
  matchRecords,
  NotDoneReason,
  ObservationFlag,
  parseVisitRecords,
  recordHistory,
  SEED_TARGETS,
  ServiceTask,
  supervisionPeriod,
  supervisionSummary,
  VisitRecord,
  VisitRecordId,
  type VisitRecordInput,
} from '../../src/compliance/index.js';
import { classifyLedger } from '../../src/eligibility/index.js';
import { simulateVisitRecords } from '../../src/sample/index.js';
import { asOf, occurrences, records, sample } from '../fixtures/trackedTownship.js';
import { FUZZ_RUNS, FUZZ_SEED, outcomeOf, reportTallies } from './harness.js';

const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };
const classification = classifyLedger(sample.elders, { asOf });
const from = '2026-03-01';

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
  { weight: 3, arbitrary: fc.constantFrom(asOf, from, '9999-12-31', '0001-01-01') },
  fc.constantFrom('2026-02-30', '10000-01-01', '2026-3-2', ''),
  hostile,
);
/** Mostly `good`, at times `bad`: most inputs should get past the entry checks. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>): fc.Arbitrary<T | U> =>
  fc.oneof({ weight: 4, arbitrary: good }, { weight: 1, arbitrary: bad });
const spoiled = <T>(list: readonly T[]) =>
  fc
    .array(fc.tuple(fc.nat({ max: Math.max(0, list.length - 1) }), hostile), { maxLength: 2 })
    .map((changes) => {
      const copy: unknown[] = [...list];
      for (const [index, value] of changes) copy[index] = value;
      return copy as T[];
    });
const list = <T>(good: readonly T[]) =>
  fc.oneof({ weight: 3, arbitrary: fc.constant(good) }, spoiled(good), hostile);
const someOccurrences = occurrences.slice(0, 120);
const someRecords = records.slice(0, 80);
const input = fc.oneof(hostile, {
  weight: 4,
  arbitrary: fc.record({
    occurrences: list(someOccurrences),
    records: list(someRecords),
    elders: list(sample.elders),
    pairings: list([] as unknown[]),
    majorEvents: list(
      sample.elders.slice(0, 4).map((elder, index) => ({
        id: `ME-${index}`,
        elderId: elder.id,
        on: from,
        kind: 'illness',
      })),
    ),
    mutualAidGroups: list(sample.mutualAidGroups.slice(0, 3)),
  }),
});

describe('fuzz: compliance', () => {
  afterAll(() => reportTallies('compliance'));

  it('parseVisitRecords keeps every good row beside any other', () => {
    const good = (i: number): VisitRecordInput => ({
      id: `G-${i}`,
      elderId: 'E-1',
      caregiverIds: ['C-1'],
      on: '2026-03-03',
      channel: 'inPerson',
      outcome: 'completed',
      recordedOn: '2026-03-03',
    });
    const rows = fc.array(fc.oneof(fc.constant('good' as const), hostile), { maxLength: 12 });
    fc.assert(
      fc.property(
        rows,
        mostly(
          fc.record(
            {
              asOf: mostly(fc.constant(asOf), day),
              maxAmendmentChain: mostly(fc.nat(5), hostile),
              earlier: mostly(fc.constant(someRecords), hostile),
            },
            { requiredKeys: ['asOf'] },
          ),
          hostile,
        ),
        (shape, options) => {
          const batch = shape.map((row, i) => (row === 'good' ? good(i) : row));
          let kept: readonly string[] = [];
          const outcome = outcomeOf('parseVisitRecords', () => {
            kept = parseVisitRecords(batch, options as never).records.map((r) => r.id);
          });
          // A good row: valid, its own id, dated on or before asOf.
          const dated = (options as { asOf?: unknown } | null)?.asOf;
          if (outcome === 'value' && typeof dated === 'string' && dated >= '2026-03-03')
            for (const [i, row] of shape.entries())
              if (row === 'good') expect(kept).toContain(`G-${i}`);
        },
      ),
      settings,
    );
  });

  it('matchRecords, currentRecords, recordHistory', () => {
    fc.assert(
      fc.property(
        list(someOccurrences),
        list(someRecords),
        mostly(
          fc.record(
            { endingReasons: mostly(fc.constant(['deceased']), hostile), ends: list([]) },
            { requiredKeys: [] },
          ),
          hostile,
        ),
        mostly(fc.constantFrom('R-1', 'R-2'), hostile),
        (o, r, options, id) => {
          outcomeOf('matchRecords', () => matchRecords(o as never, r as never, options as never));
          outcomeOf('currentRecords', () => currentRecords(r as never));
          outcomeOf('recordHistory', () => recordHistory(r as never, id as never));
        },
      ),
      settings,
    );
  });

  it('coverage, escalations, evaluateTargets', () => {
    const by = mostly(
      fc.constantFrom('elder', 'village', 'township', 'county', 'caregiver', 'pairing'),
      hostile,
    );
    fc.assert(
      fc.property(
        input,
        mostly(
          fc.record({
            asOf: fc.constant(asOf),
            from: fc.constant(from),
            to: fc.constant(asOf),
            by,
          }),
          fc.record({ asOf: day, from: day, to: day, by, kinds: hostile }),
        ),
        mostly(fc.constant(DEFAULT_ESCALATION_RULES), spoiled(DEFAULT_ESCALATION_RULES)),
        mostly(fc.constant(SEED_TARGETS), spoiled(SEED_TARGETS)),
        (i, options, rules, targets) => {
          outcomeOf('coverage', () => coverage(i as never, options as never));
          outcomeOf('escalations', () =>
            escalations(i as never, { asOf: options.asOf, rules } as never),
          );
          outcomeOf('evaluateTargets', () =>
            evaluateTargets(targets as never, i as never, { asOf: options.asOf } as never),
          );
        },
      ),
      settings,
    );
  });

  it('ledgerReport, supervisionSummary, supervisionPeriod', () => {
    fc.assert(
      fc.property(
        list(sample.elders),
        mostly(fc.constant(classification), hostile),
        mostly(fc.constant({ asOf, from, to: asOf }), fc.record({ asOf: day, from: day, to: day })),
        mostly(fc.integer({ min: -5, max: 12_000 }), hostile),
        mostly(fc.constantFrom('halfYear', 'fullYear'), hostile),
        (elders, given, days, year, span) => {
          outcomeOf('ledgerReport', () =>
            ledgerReport(elders as never, { asOf: days.asOf, classification: given } as never),
          );
          outcomeOf('supervisionSummary', () =>
            supervisionSummary(
              {
                elders,
                classification: given,
                occurrences: someOccurrences,
                records: someRecords,
              } as never,
              days as never,
            ),
          );
          outcomeOf('supervisionPeriod', () => supervisionPeriod(year as never, span as never));
        },
      ),
      settings,
    );
  });

  it('simulateVisitRecords, categoriesOf and the schemas', () => {
    const rate = mostly(fc.double({ min: 0, max: 1, noNaN: true }), hostile);
    fc.assert(
      fc.property(
        list(someOccurrences),
        fc.record(
          {
            seed: mostly(fc.integer(), hostile),
            asOf: day,
            caregiverOf: mostly(
              fc.constant(() => 'C-1'),
              hostile,
            ),
            missRate: rate,
            notDoneRate: rate,
            lateRate: rate,
            incidentRate: rate,
            firstNumber: mostly(fc.nat(), hostile),
          },
          { requiredKeys: ['seed', 'asOf', 'caregiverOf'] },
        ),
        hostile,
        (o, options, anything) => {
          outcomeOf('simulateVisitRecords', () =>
            simulateVisitRecords(o as never, options as never),
          );
          outcomeOf('categoriesOf', () => categoriesOf(anything as never));
          for (const schema of [
            VisitRecord,
            VisitRecordId,
            NotDoneReason,
            ServiceTask,
            ObservationFlag,
          ])
            outcomeOf('schemas.safeParse', () => schema.safeParse(anything));
        },
      ),
      settings,
    );
  });

  it('the catalogue’s cases end coded and bounded', () => {
    const base: VisitRecordInput = {
      id: 'R-0',
      elderId: 'E-1',
      caregiverIds: ['C-1'],
      on: '2026-03-03',
      channel: 'inPerson',
      outcome: 'completed',
      recordedOn: '2026-03-03',
    };
    const chain = Array.from({ length: 10_001 }, (_, i) =>
      i === 0 ? base : { ...base, id: `R-${i}`, amends: `R-${i - 1}` },
    );
    expect(outcomeOf('parseVisitRecords', () => parseVisitRecords(chain, { asOf }))).toBe('value');
    expect(
      outcomeOf('parseVisitRecords', () =>
        parseVisitRecords(chain, { asOf: '2026-02-30' as never }),
      ),
    ).toBe('coded');
    const fork = parseVisitRecords(
      [base, { ...base, id: 'R-1', amends: 'R-0' }, { ...base, id: 'R-2', amends: 'R-0' }],
      { asOf },
    );
    expect(fork.invalid.map((row) => row.issues[0]?.code)).toEqual(['duplicate_correction']);
  });
});
