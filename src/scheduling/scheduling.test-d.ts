/** Type tests of the scheduling API: problems in, solutions and plans out. */
import { expectTypeOf, test } from 'vitest';
import type { HolidayCalendar } from '../calendar/index.js';
import type { Caregiver, CaregiverId, ElderId, Pairing, PlainDate } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import {
  type AssignmentProblem,
  type AssignmentSolution,
  DEFAULT_SERVICE_AREAS,
  type DutyInput,
  type PairEldersOptions,
  type PairingPlan,
  type PlanVisitsOptions,
  pairElders,
  planVisits,
  replan,
  type ScheduledVisit,
  type ServiceArea,
  solveAssignment,
  type VisitPlanningInput,
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

test('planVisits and replan: the data first, PlanVisitsOptions last', () => {
  const input: VisitPlanningInput = { elders: [], caregivers: [], pairings: [] };
  const from = '2026-03-02' as PlainDate;
  expectTypeOf(planVisits).parameter(0).toEqualTypeOf<Iterable<Occurrence>>();
  expectTypeOf(planVisits).parameter(1).toEqualTypeOf<VisitPlanningInput>();
  expectTypeOf(planVisits).parameter(2).toEqualTypeOf<PlanVisitsOptions | undefined>();
  expectTypeOf(replan).parameter(0).toEqualTypeOf<VisitSchedule>();
  expectTypeOf(replan).parameter(2).toEqualTypeOf<VisitPlanningInput>();
  expectTypeOf(replan).parameter(3).toEqualTypeOf<PlanVisitsOptions | undefined>();
  expectTypeOf<PlanVisitsOptions>().toEqualTypeOf<{
    readonly from?: PlainDate;
    readonly calendar?: HolidayCalendar;
    readonly maxVisitsPerDay?: number;
    readonly onRestDays?: boolean | ((caregiver: Caregiver) => boolean);
    readonly duties?: readonly DutyInput[];
  }>();
  planVisits([], input);
  planVisits([], input, { from, maxVisitsPerDay: 4, onRestDays: false, duties: [] });
  // @ts-expect-error an option in the input is refused, a literal…
  planVisits([], { ...input, from });
  const old = { ...input, maxVisitsPerDay: 4 };
  // @ts-expect-error … or a variable built before 1.0
  planVisits([], old);
  // @ts-expect-error … and in replan too
  replan({} as VisitSchedule, [], { ...input, onRestDays: true }, { from });
  // @ts-expect-error the options hold no data
  planVisits([], input, { elders: [] });
  expectTypeOf<ScheduledVisit['date']>().toEqualTypeOf<PlainDate>();
});
