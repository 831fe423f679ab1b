/**
 * Type tests of the recurrence API: plans in and out of the schema, cadences told apart by
 * `type`, occurrences and their states, options.
 */
import { expectTypeOf, test } from 'vitest';
import type { HolidayCalendar } from '../calendar/index.js';
import type { Result } from '../errors/index.js';
import type { ChildId, ElderId, PlainDate } from '../models/index.js';
import {
  type Cadence,
  type ExpandPlanOptions,
  expandPlan,
  expandPlans,
  expandRRule,
  type Occurrence,
  type OccurrenceState,
  occurrenceState,
  type PresetKey,
  parseRRule,
  planFromPreset,
  type RRuleParts,
  type VisitPlan,
  type VisitPlanInput,
} from './index.js';

test('a cadence narrows by type', () => {
  const cadence = {} as Cadence;
  if (cadence.type === 'quota') {
    expectTypeOf(cadence.period).toEqualTypeOf<
      'week' | 'month' | 'quarter' | 'halfYear' | 'year'
    >();
    expectTypeOf(cadence.count).toEqualTypeOf<number>();
  }
  if (cadence.type === 'festival') expectTypeOf(cadence.offsetDays).toEqualTypeOf<number>();
  expectTypeOf<Cadence['type']>().toEqualTypeOf<
    | 'quota'
    | 'weekly'
    | 'monthlyDay'
    | 'monthlyWeekday'
    | 'yearly'
    | 'lunarYearly'
    | 'festival'
    | 'rolling'
    | 'rrule'
  >();
});

test('plans: defaults are optional going in and present coming out', () => {
  expectTypeOf<VisitPlanInput['holidayPolicy']>().toEqualTypeOf<
    'keep' | 'skip' | 'previousWorkingDay' | 'nextWorkingDay' | undefined
  >();
  expectTypeOf<VisitPlan['holidayPolicy']>().toEqualTypeOf<
    'keep' | 'skip' | 'previousWorkingDay' | 'nextWorkingDay'
  >();
  expectTypeOf(planFromPreset).parameter(0).toEqualTypeOf<PresetKey>();
  expectTypeOf(planFromPreset).returns.toEqualTypeOf<VisitPlan>();
  // @ts-expect-error a preset needs the plan's id, subjects and first day
  planFromPreset('census', { id: 'c' });
});

test('expansion: options, occurrences, states', () => {
  expectTypeOf(expandPlan).returns.toEqualTypeOf<Occurrence[]>();
  expectTypeOf(expandPlans).returns.toEqualTypeOf<Generator<Occurrence, void, undefined>>();
  expectTypeOf<ExpandPlanOptions['calendar']>().toEqualTypeOf<HolidayCalendar | undefined>();
  expectTypeOf<Occurrence['subject']>().toEqualTypeOf<ElderId | ChildId>();
  expectTypeOf<Occurrence['due']>().toEqualTypeOf<PlainDate>();
  expectTypeOf(occurrenceState).returns.toEqualTypeOf<OccurrenceState>();
  const visit = {} as Occurrence;
  // @ts-expect-error occurrences are read-only
  visit.due = visit.openFrom;
  // @ts-expect-error the range is required
  expandPlan({} as VisitPlan, { from: '2026-01-01' as PlainDate });
});

test('RRULE text', () => {
  expectTypeOf(expandRRule).returns.toEqualTypeOf<string[]>();
  expectTypeOf(parseRRule).returns.toEqualTypeOf<Result<RRuleParts>>();
  expectTypeOf<RRuleParts['rscale']>().toEqualTypeOf<'GREGORIAN' | 'CHINESE' | undefined>();
});
