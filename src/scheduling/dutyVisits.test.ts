/**
 * Visits of a duty are planned with its holder: the quick-start flow (pairElders with the
 * default duties → the programme presets → planVisits) on a generated township.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, type Caregiver, plainDate } from '../models/index.js';
import { expandPlans, type Occurrence, planFromPreset } from '../recurrence/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { DEFAULT_DUTIES } from './defaultDuties.js';
import { parseDuties } from './duty.js';
import { pairElders } from './pairElders.js';
import { planVisits, replan } from './planVisits.js';
import { withinServiceArea } from './serviceArea.js';
import type { VisitPlanningInput } from './visitSchedule.js';

const asOf = plainDate('2026-09-01');
const to = plainDate('2026-09-30');
const sample = generateSampleCounty({
  seed: 2026,
  townships: 1,
  villagesPerTownship: 8,
  elders: 400,
  asOf,
});
const pairing = pairElders({ elders: sample.elders, caregivers: sample.caregivers }, { asOf });
const whom = { elders: sample.elders.map((e) => e.id) };
const plans = [
  planFromPreset('townshipCadreWeeklyVisit', { id: 'weekly', whom, validFrom: asOf }),
  planFromPreset('villageCadreMonthlyChildContact', { id: 'calls', whom, validFrom: asOf }),
  planFromPreset('census', { id: 'census', whom, validFrom: asOf }),
];
const visits: Occurrence[] = [...expandPlans(plans, { from: asOf, to })];
const input: VisitPlanningInput = {
  elders: sample.elders,
  caregivers: sample.caregivers,
  pairings: pairing.pairings,
};
const schedule = planVisits(visits, input, { from: asOf });
const duties = parseDuties(DEFAULT_DUTIES);
const caregiverOf = new Map(sample.caregivers.map((c) => [c.id, c]));
const elderOf = new Map(sample.elders.map((e) => [e.id as string, e]));
const holderOf = new Map(
  (pairing.duties?.current ?? []).map((l) => [`${l.duty}/${l.subject.id}`, l.caregiverId]),
);
const occurrenceOf = new Map(visits.map((v) => [v.key, v]));

/** Every duty visit is with the holder, or a deputy of the holder's role in the elder's area. */
function withHolders(planned: typeof schedule, caregivers: ReadonlyMap<string, Caregiver>) {
  for (const visit of planned.visits) {
    const planId = occurrenceOf.get(visit.occurrenceKey)?.planId;
    const duty =
      planId === 'weekly' ? 'townshipContract' : planId === 'calls' ? 'villageContract' : undefined;
    expect(visit.duty).toBe(duty);
    if (!duty) continue;
    const holder = holderOf.get(`${duty}/${visit.elderId}`);
    if (visit.deputyFor === undefined) {
      expect(visit.caregiverId).toBe(holder);
      continue;
    }
    expect(visit.deputyFor).toBe(holder);
    const deputy = caregivers.get(visit.caregiverId) as Caregiver;
    const rule = duties.find((d) => d.key === duty);
    const role =
      duty === 'townshipContract' ? 'townshipResponsibleCadre' : 'villageResponsibleCadre';
    expect(deputy.roles).toContain(role);
    expect(
      withinServiceArea(elderOf.get(visit.elderId) as never, deputy, rule?.serviceArea ?? 'any'),
    ).toBe(true);
  }
}

describe('duty visits', () => {
  it('go to the holder: weekly visits to the 乡包保干部, calls to the children to the 村包保干部', () => {
    withHolders(schedule, caregiverOf);
    const dutyVisits = visits.filter((v) => v.planId !== 'census');
    const held = dutyVisits.filter((v) =>
      holderOf.has(
        `${v.planId === 'weekly' ? 'townshipContract' : 'villageContract'}/${v.subject}`,
      ),
    );
    const placed = schedule.visits.filter((v) => v.duty !== undefined).length;
    expect(placed).toBeGreaterThanOrEqual(0.99 * held.length);
    const noHolder = schedule.unplaced.filter((u) => u.reason === 'noHolder').length;
    expect(noHolder).toBe(dutyVisits.length - held.length);
  });

  it('with a holder on leave go to a deputy of the same role, never to a role the duty excludes', () => {
    const cadres = sample.caregivers.filter((c) => c.roles.includes('townshipResponsibleCadre'));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: cadres.length - 1 }),
        fc.integer({ min: 0, max: 20 }),
        (at, start) => {
          const away = cadres[at] as Caregiver;
          const leave = { from: addDays(asOf, start), to: addDays(asOf, start + 9) };
          const caregivers = sample.caregivers.map((c) =>
            c.id === away.id ? { ...c, availability: { ...c.availability, leave: [leave] } } : c,
          );
          const planned = planVisits(visits, { ...input, caregivers }, { from: asOf });
          withHolders(planned, new Map(caregivers.map((c) => [c.id, c])));
          for (const v of planned.visits)
            if (v.caregiverId === away.id)
              expect(v.date < leave.from || v.date > leave.to).toBe(true);
        },
      ),
      { numRuns: 4, seed: 9 },
    );
  });

  it('without a holder are unplaced as noHolder, and with no duties fall back to the team', () => {
    const general = pairing.pairings.filter((p) => p.duty === undefined);
    const without = planVisits(visits, { ...input, pairings: general }, { from: asOf });
    const dutyVisits = visits.filter((v) => v.planId !== 'census').length;
    expect(without.unplaced.filter((u) => u.reason === 'noHolder').length).toBe(dutyVisits);
    const teams = planVisits(visits, { ...input, pairings: general }, { from: asOf, duties: [] });
    expect(teams.visits.every((v) => v.duty === undefined)).toBe(true);
  });

  it('replanned after a holder’s leave, move only the visits the leave touches', () => {
    expect(replan(schedule, visits, input, { from: asOf }).moved).toEqual([]);
    const visit = schedule.visits.find(
      (v) => v.duty === 'townshipContract' && v.date >= '2026-09-14',
    );
    const cadre = caregiverOf.get(visit?.caregiverId as never) as Caregiver;
    const leave = { from: visit?.date ?? asOf, to: addDays(visit?.date ?? asOf, 2) };
    const caregivers = sample.caregivers.map((c) =>
      c.id === cadre.id ? { ...c, availability: { ...c.availability, leave: [leave] } } : c,
    );
    const { moved } = replan(schedule, visits, { ...input, caregivers }, { from: asOf });
    expect(moved.length).toBeGreaterThan(0);
    const before = new Map(schedule.visits.map((v) => [v.occurrenceKey, v]));
    for (const key of moved) {
      const was = before.get(key);
      expect(was?.caregiverId).toBe(cadre.id);
      expect((was?.date ?? '') >= leave.from && (was?.date ?? '') <= leave.to).toBe(true);
    }
  });
});
