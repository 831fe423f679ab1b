/**
 * planVisits and replan on a generated township with four weeks of the seed programme's
 * visits: the laws (never over a day's capacity, never outside a window, never on leave or a
 * rest day, each visit once; replanning with no change is the identity), routes, and reasons.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { thrownIssues } from '../../test/fixtures/thrownIssues.js';
import { isWorkingDay } from '../calendar/index.js';
import { type Caregiver, isoWeekdayOf, plainDate } from '../models/index.js';
import { expandPlans, type Occurrence, planFromPreset } from '../recurrence/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { pairElders } from './pairElders.js';
import { planVisits, replan } from './planVisits.js';
import type { PlanVisitsOptions, VisitPlanningInput, VisitSchedule } from './visitSchedule.js';

const from = plainDate('2026-09-21');
const to = plainDate('2026-10-18');
const sample = generateSampleCounty({ seed: 5, townships: 1, villagesPerTownship: 5, elders: 200 });
// The planner's laws, on the general pairing: visits by duty holders are tested in dutyVisits.test.ts.
const { pairings } = pairElders(
  { elders: sample.elders, caregivers: sample.caregivers },
  { asOf: from, duties: [] },
);
const byVillage = new Map<string, string[]>();
for (const elder of sample.elders)
  byVillage.set(elder.residence.villageCode, [
    ...(byVillage.get(elder.residence.villageCode) ?? []),
    elder.id,
  ]);
const plans = [...byVillage].flatMap(([village, elders]) => [
  planFromPreset('volunteerWeeklyVisit', {
    id: `${village}-weekly`,
    whom: { elders },
    validFrom: '2026-01-01',
  }),
  planFromPreset('villageCadreMonthlyChildContact', {
    id: `${village}-monthly`,
    whom: { elders },
    validFrom: '2026-01-01',
  }),
  planFromPreset('festivalVisits', {
    id: `${village}-festivals`,
    whom: { elders },
    validFrom: '2026-01-01',
  }),
]);
const visits: Occurrence[] = [...expandPlans(plans, { from, to })];
const input: VisitPlanningInput = {
  elders: sample.elders,
  caregivers: sample.caregivers,
  pairings,
};
const options: PlanVisitsOptions = { duties: [] };
const plan = planVisits(visits, input, options);

/** The laws every schedule must keep. */
function lawful(
  schedule: VisitSchedule,
  planningInput: VisitPlanningInput,
  planningOptions: PlanVisitsOptions,
): void {
  const occurrences = new Map(visits.map((v) => [v.key, v]));
  const caregivers = new Map(planningInput.caregivers.map((c) => [c.id, c]));
  const seen = new Set<string>();
  const perDay = new Map<string, number>();
  for (const visit of schedule.visits) {
    expect(seen.has(visit.occurrenceKey)).toBe(false);
    seen.add(visit.occurrenceKey);
    const occurrence = occurrences.get(visit.occurrenceKey) as Occurrence;
    expect(visit.date >= occurrence.openFrom && visit.date <= occurrence.expiresAt).toBe(true);
    const caregiver = caregivers.get(visit.caregiverId) as Caregiver;
    expect(caregiver.availability.weekdays).toContain(isoWeekdayOf(visit.date));
    expect(
      caregiver.availability.leave.some((l) => l.from <= visit.date && visit.date <= l.to),
    ).toBe(false);
    if (planningOptions.onRestDays === false) expect(isWorkingDay(visit.date)).toBe(true);
    if (occurrence.channel === 'inPerson') {
      const key = `${visit.caregiverId}|${visit.date}`;
      perDay.set(key, (perDay.get(key) ?? 0) + 1);
    }
  }
  for (const count of perDay.values())
    expect(count).toBeLessThanOrEqual(planningOptions.maxVisitsPerDay ?? 6);
  for (const { occurrenceKey } of schedule.unplaced) expect(seen.has(occurrenceKey)).toBe(false);
  expect(seen.size + schedule.unplaced.length).toBe(visits.length);
}

describe('planVisits', () => {
  it('spreads a caregiver’s calls over the days their windows allow instead of piling them on the first', () => {
    const occurrences = new Map(visits.map((v) => [v.key, v]));
    const callsPerDay = new Map<string, number>();
    const callsOf = new Map<string, number>();
    for (const visit of plan.visits) {
      if (occurrences.get(visit.occurrenceKey)?.channel !== 'phone') continue;
      const key = `${visit.caregiverId}|${visit.date}`;
      callsPerDay.set(key, (callsPerDay.get(key) ?? 0) + 1);
      callsOf.set(visit.caregiverId, (callsOf.get(visit.caregiverId) ?? 0) + 1);
    }
    expect(Math.max(...callsOf.values())).toBeGreaterThan(5);
    // A month's window holds more working days than a busy caller here has calls in it: those
    // with ten or more make at most two a day (a caregiver who works one day a week may not).
    for (const [key, count] of callsPerDay)
      if ((callsOf.get(key.split('|')[0] as string) ?? 0) >= 10)
        expect(count).toBeLessThanOrEqual(2);
  });

  it('keeps the laws and places visits on time, on working days', () => {
    lawful(plan, input, options);
    // The range holds the National Day holiday: a weekly visit due in that week has no working
    // day in its window and stays unplaced, with that reason.
    expect(plan.stats.placed / plan.stats.visits).toBeGreaterThan(0.85);
    expect(plan.stats.onTime).toBeGreaterThan(0.95 * plan.stats.placed);
    expect(plan.unplaced.some((u) => u.reason === 'noAvailableDay')).toBe(true);
    const onRestDays = planVisits(visits, input, { ...options, onRestDays: true });
    lawful(onRestDays, input, { ...options, onRestDays: true });
    // With every day open only a caregiver-day's capacity can leave a visit out.
    expect(onRestDays.stats.placed).toBeGreaterThanOrEqual(0.99 * onRestDays.stats.visits);
    expect(onRestDays.unplaced.every((u) => u.reason === 'noCapacity')).toBe(true);
    // By default volunteers may visit on rest days, cadres may not.
    const { onRestDays: _, ...byRole } = options;
    const mixed = planVisits(visits, input, byRole);
    lawful(mixed, input, byRole);
    const caregivers = new Map(sample.caregivers.map((c) => [c.id, c]));
    for (const visit of mixed.visits)
      if (!isWorkingDay(visit.date))
        expect(
          (caregivers.get(visit.caregiverId) as Caregiver).roles.every(
            (r) =>
              r.endsWith('Volunteer') ||
              r === 'neighbour' ||
              r === 'eldersAssociationMember' ||
              r === 'familyEntrustedCarer',
          ),
        ).toBe(true);
    expect(mixed.stats.placed).toBeGreaterThanOrEqual(plan.stats.placed);
  });

  it('orders each day into a round trip no longer than nearest-first', () => {
    expect(plan.routes.length).toBeGreaterThan(0);
    for (const route of plan.routes)
      expect(route.km).toBeLessThanOrEqual(route.nearestFirstKm + 1e-9);
    const stops = plan.visits.filter((v) => v.stop > 0).length;
    expect(stops).toBe(plan.routes.reduce((n, r) => n + r.stops.length, 0));
  });

  it('keeps the laws under any day capacity, rest-day rule and leave', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.boolean(),
        fc.integer({ min: 0, max: sample.caregivers.length - 1 }),
        (perDay, onRestDays, onLeave) => {
          const caregivers = sample.caregivers.map((c, i) =>
            i === onLeave
              ? {
                  ...c,
                  availability: {
                    ...c.availability,
                    leave: [{ from: plainDate('2026-09-28'), to: plainDate('2026-10-09') }],
                  },
                }
              : c,
          );
          const planning = { ...input, caregivers };
          const how = { ...options, maxVisitsPerDay: perDay, onRestDays };
          lawful(planVisits(visits, planning, how), planning, how);
        },
      ),
      { numRuns: 6 },
    );
  }, 30_000);

  it('says why a visit has no place', () => {
    const lonely = planVisits(visits.slice(0, 5), { ...input, pairings: [] }, options);
    expect(lonely.unplaced.map((u) => u.reason)).toEqual(Array(5).fill('noCaregiver'));
    const nobody = input.caregivers.map((c) => ({
      ...c,
      availability: { ...c.availability, weekdays: [7] },
    }));
    const sundays = planVisits(visits, { ...input, caregivers: nobody }, options);
    // Only 调休 Sundays are working days: most visits have none in their window, and the
    // few such days fill up.
    const reasons = sundays.unplaced.map((u) => u.reason);
    expect(reasons.filter((r) => r === 'noAvailableDay').length).toBeGreaterThan(visits.length / 2);
    expect(new Set(reasons)).toEqual(new Set(['noAvailableDay', 'noCapacity']));
  });
});

describe('replan', () => {
  it('with nothing changed, changes nothing', () => {
    const again = replan(plan, visits, input, options);
    expect(again.moved).toEqual([]);
    expect(again.schedule).toEqual(plan);
  });

  it('when a caregiver takes leave, moves only that caregiver’s visits in the leave', () => {
    const busiest = [...plan.routes].sort((a, b) => b.stops.length - a.stops.length)[0];
    if (!busiest) throw new Error('no route');
    const leave = { from: busiest.date, to: busiest.date };
    const caregivers = input.caregivers.map((c) =>
      c.id === busiest.caregiverId
        ? { ...c, availability: { ...c.availability, leave: [leave] } }
        : c,
    );
    const next = replan(plan, visits, { ...input, caregivers }, options);
    const affected = plan.visits
      .filter((v) => v.caregiverId === busiest.caregiverId && v.date === busiest.date)
      .map((v) => v.occurrenceKey);
    expect(new Set(next.moved)).toEqual(new Set(affected));
    lawful(next.schedule, { ...input, caregivers }, options);
  });
});

describe('planVisits and replan on bad arguments: one coded error, each visit planned once', () => {
  const few = visits.slice(0, 30);

  it('names a from that is no date and a maxVisitsPerDay of −1, NaN or past the bound', () => {
    expect(
      thrownIssues(() => planVisits(few, input, { from: '2026-02-30' as typeof from })),
    ).toEqual(['from invalid_argument']);
    for (const maxVisitsPerDay of [-1, Number.NaN, 1.5])
      expect(thrownIssues(() => planVisits(few, input, { maxVisitsPerDay }))).toEqual([
        'maxVisitsPerDay invalid_argument',
      ]);
    expect(thrownIssues(() => planVisits(few, input, { maxVisitsPerDay: 1e6 }))).toEqual([
      'maxVisitsPerDay too_big',
    ]);
  });

  it('refuses a visit listed twice instead of planning it twice', () => {
    const twice = [...few, few[3] as Occurrence];
    expect(thrownIssues(() => planVisits(twice, input, options))).toEqual([
      `occurrences.30.key duplicate_id`,
    ]);
    expect(thrownIssues(() => replan(plan, twice, input, options))).toEqual([
      `occurrences.30.key duplicate_id`,
    ]);
  });

  it('bounds a visit’s window, and names window dates that are no dates', () => {
    const first = few[0] as Occurrence;
    const endless = {
      ...first,
      openFrom: plainDate('0001-01-01'),
      expiresAt: plainDate('9999-12-31'),
    };
    expect(thrownIssues(() => planVisits([endless], input))).toEqual([
      'occurrences.0 range_too_long',
    ]);
    const broken = { ...first, expiresAt: '2026-13-01' as typeof from };
    expect(thrownIssues(() => planVisits([broken], input))).toEqual([
      'occurrences.0.expiresAt invalid_plain_date',
    ]);
  });

  it('names wrong-shaped input with its path', () => {
    expect(thrownIssues(() => planVisits(null as never, input))).toEqual([
      'occurrences invalid_argument',
    ]);
    expect(thrownIssues(() => planVisits(few, { ...input, pairings: undefined as never }))).toEqual(
      ['pairings invalid_argument'],
    );
    expect(thrownIssues(() => planVisits([null as never], input))).toEqual([
      'occurrences.0 invalid_type',
    ]);
    expect(thrownIssues(() => replan({} as VisitSchedule, few, input))).toEqual([
      'previous.visits invalid_argument',
    ]);
    expect(thrownIssues(() => planVisits(few, input, null as never))).toEqual([
      'options invalid_argument',
    ]);
    expect(thrownIssues(() => planVisits(few, input, { duties: 'none' as never }))).toEqual([
      'duties invalid_argument',
    ]);
  });

  it('rejects an option given in the input, where it sat before 1.0, at its name', () => {
    const before = { ...input, from, maxVisitsPerDay: 4, onRestDays: true, duties: [] };
    expect(thrownIssues(() => planVisits(few, before as never))).toEqual([
      'from moved_to_options',
      'maxVisitsPerDay moved_to_options',
      'onRestDays moved_to_options',
      'duties moved_to_options',
    ]);
    const calendar = { ...input, calendar: {} };
    expect(thrownIssues(() => replan(plan, few, calendar as never, options))).toEqual([
      'calendar moved_to_options',
    ]);
    // Left undefined, an old name changes nothing: there is nothing to move.
    expect(planVisits(few, { ...input, from: undefined } as never, options)).toEqual(
      planVisits(few, input, options),
    );
  });
});

describe('planVisits at the end of the calendar', () => {
  it('plans a visit whose window ends on 9999-12-31', () => {
    const last = {
      ...(visits[0] as Occurrence),
      openFrom: plainDate('9999-12-25'),
      due: plainDate('9999-12-29'),
      overdueFrom: plainDate('9999-12-30'),
      expiresAt: plainDate('9999-12-31'),
    };
    const schedule = planVisits([last], input, { ...options, onRestDays: true });
    expect(schedule.visits.length + schedule.unplaced.length).toBe(1);
  });
});
