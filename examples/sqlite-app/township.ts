/**
 * The township the app runs, and its month: everything here is deterministic, so a test can
 * make the same month without a database and compare.
 */

import { type Elder, type Pairing, plainDate } from 'guanai';
import { simulateVisitRecords } from 'guanai/compliance';
import { type Occurrence, planFromPreset, type VisitPlan } from 'guanai/recurrence';
import { generateSampleCounty } from 'guanai/sample';
import type { ScheduledVisit } from 'guanai/scheduling';

/** The month the app plans and tracks: September, a census month (spec §5.2 K31). */
export const MONTH = { from: plainDate('2026-09-01'), to: plainDate('2026-09-30') };

/** The sample township: one township of six villages, its ledger as of the end of August. */
export function sampleTownship() {
  return generateSampleCounty({
    seed: 2026,
    townships: 1,
    villagesPerTownship: 6,
    elders: 240,
    asOf: plainDate('2026-08-31'),
  });
}

/**
 * The month's plans per village for the paired elders: the weekly home visit, the monthly call
 * to the children and the autumn census; the pairing's team makes them.
 */
export function monthPlans(elders: readonly Elder[], pairings: readonly Pairing[]): VisitPlan[] {
  const paired = new Set<string>(pairings.map((p) => p.elderId));
  const byVillage = new Map<string, Elder['id'][]>();
  for (const elder of elders) {
    if (!paired.has(elder.id)) continue;
    const ids = byVillage.get(elder.residence.villageCode) ?? [];
    ids.push(elder.id);
    byVillage.set(elder.residence.villageCode, ids);
  }
  const validFrom = MONTH.from;
  return [...byVillage].flatMap(([village, ids]) => [
    planFromPreset('volunteerWeeklyVisit', {
      id: `${village}-weekly`,
      whom: { elders: ids },
      validFrom,
      window: { type: 'period', graceDays: 7 },
    }),
    planFromPreset('villageCadreMonthlyChildContact', {
      id: `${village}-children`,
      whom: { elders: ids },
      validFrom,
    }),
    planFromPreset('census', { id: `${village}-census`, whom: { elders: ids }, validFrom }),
  ]);
}

/**
 * The month's visit log as caregivers would write it, by whoever the plan gave each visit:
 * most on time, some late, some not done, some never written.
 */
export function monthLog(visits: readonly Occurrence[], scheduled: readonly ScheduledVisit[]) {
  const caregiverOf = new Map(scheduled.map((s) => [s.occurrenceKey, s.caregiverId]));
  return simulateVisitRecords(visits, {
    seed: 9,
    asOf: MONTH.to,
    caregiverOf: (visit) => caregiverOf.get(visit.key),
    missRate: 0.08,
  });
}
