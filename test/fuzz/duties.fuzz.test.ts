/**
 * Fuzzing the duties (包保): the duty table's check, holding, a visit's duty and the per-holder
 * table, fed anything and real inputs with one field changed, return or throw one GuanaiError
 * within the hang bound.
 */
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { holderSummary } from '../../src/compliance/index.js';
import { plainDate } from '../../src/models/index.js';
import { expandPlans, type Occurrence, planFromPreset } from '../../src/recurrence/index.js';
import { generateSampleCounty } from '../../src/sample/index.js';
import {
  assignDuties,
  DEFAULT_DUTIES,
  dutyOfVisit,
  pairElders,
  parseDuties,
} from '../../src/scheduling/index.js';
import { FUZZ_RUNS, FUZZ_SEED, mutateAt, outcomeOf, reportTallies } from './harness.js';

const asOf = plainDate('2026-03-02');
const sample = generateSampleCounty({
  seed: 5,
  townships: 1,
  villagesPerTownship: 2,
  elders: 30,
  asOf,
});
const input = { elders: sample.elders, children: sample.children, caregivers: sample.caregivers };
const { pairings } = pairElders({ ...input }, { asOf });
const duties = parseDuties(DEFAULT_DUTIES);
const visits: Occurrence[] = [
  ...expandPlans(
    [
      planFromPreset('townshipCadreWeeklyVisit', {
        id: 'weekly',
        whom: { elders: sample.elders.map((e) => e.id) },
        validFrom: '2026-01-01',
      }),
    ],
    { from: asOf, to: plainDate('2026-03-15') },
  ),
];
const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };
/** Where to change a value, uniform over its paths. */
const pick = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

afterAll(() => reportTallies('duties'));

describe('duties under fuzzing: a value or one GuanaiError, never a raw throw or a hang', () => {
  it('parseDuties takes anything, and the seed table with any one field changed', () => {
    fc.assert(
      fc.property(fc.anything(), pick, fc.anything(), (value, at, replacement) => {
        outcomeOf('parseDuties', () => parseDuties(value));
        outcomeOf('parseDuties', () => parseDuties(mutateAt([...DEFAULT_DUTIES], at, replacement)));
      }),
      settings,
    );
  });

  it('assignDuties takes any arguments, and a real county with one field of its table or a holding changed', () => {
    const matrix = assignDuties(input, { asOf });
    fc.assert(
      fc.property(fc.anything(), fc.anything(), pick, fc.anything(), (a, b, at, replacement) => {
        outcomeOf('assignDuties', () => assignDuties(a as never, b as never));
        outcomeOf('assignDuties', () =>
          assignDuties(input, {
            asOf,
            duties: mutateAt([...DEFAULT_DUTIES], at, replacement) as never,
          }),
        );
        outcomeOf('assignDuties', () =>
          assignDuties(
            { ...input, holdings: mutateAt(matrix.holdings.slice(0, 3), at, replacement) },
            { asOf },
          ),
        );
      }),
      { ...settings, numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 10)) },
    );
  });

  it('dutyOfVisit and holderSummary take anything', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), pick, fc.anything(), (a, b, at, replacement) => {
        outcomeOf('dutyOfVisit', () => dutyOfVisit(a as never, duties));
        outcomeOf('dutyOfVisit', () =>
          dutyOfVisit(mutateAt(visits[0], at, replacement) as never, duties),
        );
        outcomeOf('holderSummary', () => holderSummary(a as never, b as never));
        outcomeOf('holderSummary', () =>
          holderSummary(
            {
              occurrences: visits,
              records: [],
              pairings: mutateAt(pairings.slice(0, 4), at, replacement),
            },
            { asOf, from: asOf, to: plainDate('2026-03-15') },
          ),
        );
      }),
      settings,
    );
  });
});
