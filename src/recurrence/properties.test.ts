/**
 * Laws of plan expansion, checked with fast-check over random plans and ranges: visits sorted,
 * unique and inside the range and the plan's days; window points ordered; a holiday move lands on
 * a working day inside the window or says why not; expanding [a, c] equals [a, b] then (b, c];
 * and the same visits in every time zone.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { straightforwardExpansion } from '../../test/fixtures/straightforwardExpansion.js';
import { chinaHolidayCalendar, FestivalKey, isWorkingDay } from '../calendar/index.js';
import { addDays, fromDayNumber, type PlainDate, toDayNumber } from '../models/index.js';
import type { CadenceInput } from './cadence.js';
import { expandPlan, expandPlans } from './expandPlan.js';
import { expandRRule } from './expandRRule.js';
import type { Occurrence } from './occurrence.js';
import { PROGRAMME_PRESETS, type PresetKey, planFromPreset } from './presets.js';
import { VisitPlan, windowOf } from './visitPlan.js';

const calendar = chinaHolidayCalendar();
const FIRST = toDayNumber('2024-01-01' as PlainDate);
const LAST = toDayNumber('2027-12-31' as PlainDate);
const day = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

const cadenceArb: fc.Arbitrary<CadenceInput> = fc.oneof(
  fc.record({
    type: fc.constant('quota' as const),
    period: fc.constantFrom('week', 'month', 'quarter', 'halfYear', 'year'),
    count: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('weekly' as const),
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
    interval: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({
    type: fc.constant('monthlyDay' as const),
    day: fc.integer({ min: -31, max: 31 }).filter((d) => d !== 0),
    interval: fc.integer({ min: 1, max: 4 }),
    shortMonth: fc.constantFrom('clamp', 'skip'),
  }),
  fc.record({
    type: fc.constant('monthlyWeekday' as const),
    weekday: fc.integer({ min: 1, max: 7 }),
    nth: fc.constantFrom(1, 2, 3, 4, 5, -1, -2),
  }),
  fc.record({
    type: fc.constant('lunarYearly' as const),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 30 }),
  }),
  fc.record({
    type: fc.constant('festival' as const),
    festivals: fc.uniqueArray(fc.constantFrom(...FestivalKey.options), {
      minLength: 1,
      maxLength: 4,
    }),
    offsetDays: fc.integer({ min: -3, max: 3 }),
  }),
  fc.constantFrom(
    { type: 'rrule' as const, rule: 'FREQ=WEEKLY;BYDAY=SA,SU' },
    { type: 'rrule' as const, rule: 'FREQ=MONTHLY;BYMONTHDAY=1,15' },
  ),
);

const planArb = fc
  .record({
    cadence: cadenceArb,
    policy: fc.constantFrom('keep', 'skip', 'previousWorkingDay', 'nextWorkingDay'),
    window: fc.record({
      openBefore: fc.integer({ min: 0, max: 5 }),
      overdueAfter: fc.integer({ min: 1, max: 3 }),
      extra: fc.integer({ min: 0, max: 7 }),
    }),
    grace: fc.integer({ min: 0, max: 5 }),
    validFrom: day,
    length: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
  })
  .map(({ cadence, policy, window, grace, validFrom, length }) =>
    VisitPlan.parse({
      id: 'p',
      who: { role: 'villageResponsibleCadre' },
      whom: { elders: ['E-1', 'E-2'] },
      kind: 'homeVisit',
      channel: 'inPerson',
      cadence,
      holidayPolicy: policy,
      window:
        cadence.type === 'quota'
          ? { type: 'period', graceDays: grace }
          : {
              type: 'days',
              openBefore: window.openBefore,
              overdueAfter: window.overdueAfter,
              expiresAfter: window.overdueAfter - 1 + window.extra,
            },
      validFrom,
      ...(length === undefined ? {} : { validTo: addDays(validFrom, length) }),
    }),
  );

/** Three ordered days a ≤ b < c. */
const splitRange = fc
  .tuple(day, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 200 }))
  .map(([a, first, second]) => [a, addDays(a, first), addDays(a, first + second)] as const);

const order = (a: Occurrence, b: Occurrence) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0);

describe('laws of expandPlan', () => {
  it('visits are sorted, unique, inside the range and the plan’s days, windows ordered', () => {
    fc.assert(
      fc.property(planArb, splitRange, (plan, [from, , to]) => {
        const visits = expandPlan(plan, { from, to, calendar });
        expect([...visits].sort(order)).toEqual(visits);
        expect(new Set(visits.map((v) => v.key)).size).toBe(visits.length);
        for (const visit of visits) {
          expect(visit.due >= from && visit.due <= to).toBe(true);
          const planned = visit.plannedDue ?? visit.due;
          expect(planned >= plan.validFrom && (!plan.validTo || planned <= plan.validTo)).toBe(
            true,
          );
          expect(visit.openFrom <= visit.due && visit.due < visit.overdueFrom).toBe(true);
          expect(visit.overdueFrom <= addDays(visit.expiresAt, 1)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a holiday move lands on a working day inside the window, or keeps the day and says why', () => {
    fc.assert(
      fc.property(planArb, splitRange, (plan, [from, , to]) => {
        const window = windowOf(plan);
        for (const visit of expandPlan(plan, { from, to, calendar })) {
          const moving =
            plan.holidayPolicy === 'previousWorkingDay' || plan.holidayPolicy === 'nextWorkingDay';
          const applies = window.type === 'days' && plan.cadence.type !== 'festival';
          if (visit.holiday === 'moved' && window.type === 'days') {
            expect(isWorkingDay(visit.due, calendar)).toBe(true);
            const planned = visit.plannedDue as PlainDate;
            expect(visit.due >= addDays(planned, -window.openBefore)).toBe(true);
            expect(visit.due <= addDays(planned, window.expiresAfter)).toBe(true);
          } else if (visit.holiday === 'notMovable' || visit.holiday === 'calendarUnknown') {
            expect(visit.due).toBe(visit.plannedDue);
          } else if (applies && (moving || plan.holidayPolicy === 'skip')) {
            expect(isWorkingDay(visit.due, calendar)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('lists exactly what the straightforward text-stepping expansion listed, in the same shape', () => {
    fc.assert(
      fc.property(planArb, splitRange, (plan, [from, , to]) => {
        const options = { from, to, calendar };
        // JSON text: the same visits, fields and field order (goldens hash the text).
        const expected = JSON.stringify(straightforwardExpansion(plan, options));
        expect(JSON.stringify(expandPlan(plan, options))).toBe(expected);
        // Plans that date the same share their visits: each still lists its own.
        const twice = JSON.stringify([...expandPlans([plan, plan], options)]);
        expect(twice).toBe(
          `[${[expected, expected]
            .map((t) => t.slice(1, -1))
            .filter(Boolean)
            .join(',')}]`,
        );
      }),
      { numRuns: 500 },
    );
  });

  it('expandPlans lists what expandPlan lists plan by plan, from an array or any iterable', () => {
    const plansArb = fc
      .array(planArb, { minLength: 1, maxLength: 4 })
      .map((plans) => plans.map((plan, i) => ({ ...plan, id: `p${i}` })));
    fc.assert(
      fc.property(plansArb, splitRange, (plans, [from, , to]) => {
        const options = { from, to, calendar };
        const expected = JSON.stringify(plans.flatMap((plan) => expandPlan(plan, options)));
        function* oneByOne() {
          yield* plans;
        }
        expect(JSON.stringify([...expandPlans(plans, options)])).toBe(expected);
        expect(JSON.stringify([...expandPlans(oneByOne(), options)])).toBe(expected);
        expect(JSON.stringify([...expandPlans(new Set(plans), options)])).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('a rolling plan lists what the straightforward expansion listed', () => {
    const rolling = fc.record({
      days: fc.integer({ min: 1, max: 60 }),
      policy: fc.constantFrom('keep', 'skip', 'previousWorkingDay', 'nextWorkingDay'),
      validFrom: day,
      last: fc.array(fc.option(day, { nil: undefined }), { minLength: 1, maxLength: 4 }),
    });
    fc.assert(
      fc.property(rolling, splitRange, ({ days, policy, validFrom, last }, [from, , to]) => {
        const elders = last.map((_, i) => `E-${i}`);
        const plan = VisitPlan.parse({
          id: 'r',
          who: { role: 'villageResponsibleCadre' },
          whom: { elders },
          kind: 'homeVisit',
          channel: 'inPerson',
          cadence: { type: 'rolling', days },
          holidayPolicy: policy,
          validFrom,
        });
        const options = {
          from,
          to,
          calendar,
          lastCompleted: (_: string, subject: string) => last[elders.indexOf(subject)],
        };
        const expected = JSON.stringify(straightforwardExpansion(plan, options));
        expect(JSON.stringify(expandPlan(plan, options))).toBe(expected);
        expect(JSON.stringify([...expandPlans([plan], options)])).toBe(expected);
        expect(JSON.stringify([...expandPlans(new Set([plan]), options)])).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('expanding [a, c] equals [a, b] followed by (b, c]', () => {
    fc.assert(
      fc.property(planArb, splitRange, (plan, [a, b, c]) => {
        const whole = expandPlan(plan, { from: a, to: c, calendar });
        const first = expandPlan(plan, { from: a, to: b, calendar });
        const second = expandPlan(plan, { from: addDays(b, 1), to: c, calendar });
        expect([...first, ...second]).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });
});

describe('time-zone independence', () => {
  it('a year of every preset and a set of rules give the same text in every zone', () => {
    const presets = (Object.keys(PROGRAMME_PRESETS) as PresetKey[]).flatMap((key) =>
      expandPlan(
        planFromPreset(key, {
          id: key,
          whom: key === 'teacherMonthlyVisit' ? { children: ['C-1'] } : { elders: ['E-1'] },
          validFrom: '2026-01-01',
          holidayPolicy: 'nextWorkingDay',
        }),
        { from: '2026-01-01' as PlainDate, to: '2026-12-31' as PlainDate },
      ),
    );
    const rules = [
      'DTSTART;TZID=Asia/Shanghai:20260105T093000\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH',
      'DTSTART:20260331T230000Z\nRRULE:FREQ=MONTHLY;BYMONTHDAY=-1',
      'DTSTART;VALUE=DATE:20260101\nRRULE:RSCALE=CHINESE;FREQ=MONTHLY;BYMONTHDAY=1,15',
    ].map((text) => expandRRule(text, { from: '2026-01-01', to: '2026-12-31' }));
    const text = JSON.stringify([presets, rules]);
    const sha256 = createHash('sha256').update(text).digest('hex');
    expect({ visits: presets.length, sha256 }).toMatchInlineSnapshot(`
      {
        "sha256": "7183e8c0f0e8ddc431178d62c3633bbc5f62c9ee447eb3aa05995e50368b6630",
        "visits": 150,
      }
    `);
  });
});
