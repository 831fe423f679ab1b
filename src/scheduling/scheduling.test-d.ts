/** Type tests of the scheduling API: problems in, solutions and plans out. */
import { expectTypeOf, test } from 'vitest';
import type { CaregiverId, ElderId, Pairing, PlainDate } from '../models/index.js';
import {
  type AssignmentProblem,
  type AssignmentSolution,
  DEFAULT_SERVICE_AREAS,
  type PairEldersOptions,
  type PairingPlan,
  pairElders,
  planVisits,
  replan,
  type ServiceArea,
  solveAssignment,
  type VisitSchedule,
} from './index.js';

test('solveAssignment: problem in, solution out', () => {
  expectTypeOf(solveAssignment).parameter(0).toEqualTypeOf<AssignmentProblem>();
  expectTypeOf(solveAssignment).returns.toEqualTypeOf<AssignmentSolution>();
  expectTypeOf<AssignmentSolution['unplaced'][number]['reason']>().toEqualTypeOf<
    'noCandidate' | 'noCapacity'
  >();
  expectTypeOf<AssignmentSolution['lowerBound']>().toEqualTypeOf<number | undefined>();
  // @ts-expect-error a candidate needs a cost
  solveAssignment({ agents: [], jobs: [], candidates: [{ agent: 'a', job: 'j' }] });
});

test('pairing and planning', () => {
  expectTypeOf(pairElders).returns.toEqualTypeOf<PairingPlan>();
  expectTypeOf<PairingPlan['pairings']>().toEqualTypeOf<readonly Pairing[]>();
  expectTypeOf<PairingPlan['changes'][number]['change']>().toEqualTypeOf<
    'kept' | 'added' | 'changed'
  >();
  expectTypeOf<PairingPlan['loads'][number]['visitsPerWeek']>().toEqualTypeOf<number | undefined>();
  expectTypeOf(DEFAULT_SERVICE_AREAS.neighbour).toEqualTypeOf<ServiceArea | undefined>();
  const street: PairEldersOptions = {
    asOf: '' as PlainDate,
    // @ts-expect-error a role serves one of the named areas
    serviceAreas: { neighbour: 'street' },
  };
  expectTypeOf(street).toEqualTypeOf<PairEldersOptions>();
  // @ts-expect-error the day is an option, required
  pairElders({ elders: [], caregivers: [] }, {});
  // @ts-expect-error … and no longer part of the input
  pairElders({ elders: [], caregivers: [], asOf: '' as PlainDate }, { asOf: '' as PlainDate });
  expectTypeOf(planVisits).returns.toEqualTypeOf<VisitSchedule>();
  expectTypeOf<VisitSchedule['visits'][number]['date']>().toEqualTypeOf<PlainDate>();
  expectTypeOf<VisitSchedule['visits'][number]['elderId']>().toEqualTypeOf<ElderId>();
  expectTypeOf<VisitSchedule['routes'][number]['caregiverId']>().toEqualTypeOf<CaregiverId>();
  expectTypeOf(replan).returns.toEqualTypeOf<{
    readonly schedule: VisitSchedule;
    readonly moved: readonly string[];
  }>();
});
