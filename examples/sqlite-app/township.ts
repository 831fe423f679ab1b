/**
 * The township the app runs, and its month: everything here is deterministic, so a test can
 * make the same month without a database and compare.
 */

import { type Elder, type Pairing, plainDate } from 'guanai';
import { type Occurrence, planFromPreset, type VisitPlan } from 'guanai/recurrence';
import { generateSampleCounty, simulateVisitRecords } from 'guanai/sample';
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
 * The month's plans per village: the 包保 township cadre's weekly home visit and the village
 * cadre's monthly call to the children, for the elders those duties are held for (spec §5.1
 * K01–K02), and the autumn census for every paired elder, made by the pairing's team.
 */
export function monthPlans(elders: readonly Elder[], pairings: readonly Pairing[]): VisitPlan[] {
  const heldFor = (duty?: string) =>
    new Set<string>(pairings.filter((p) => p.duty === duty).map((p) => p.elderId));
  const [paired, township, village] = [
    heldFor(),
    heldFor('townshipContract'),
    heldFor('villageContract'),
  ];
  const byVillage = new Map<string, Elder['id'][]>();
  for (const elder of elders) {
    if (!paired.has(elder.id)) continue;
    const ids = byVillage.get(elder.residence.villageCode) ?? [];
    ids.push(elder.id);
    byVillage.set(elder.residence.villageCode, ids);
  }
  const validFrom = MONTH.from;
  return [...byVillage].flatMap(([code, ids]) => [
    planFromPreset('townshipCadreWeeklyVisit', {
      id: `${code}-weekly`,
      whom: { elders: ids.filter((id) => township.has(id)) },
      validFrom,
      window: { type: 'period', graceDays: 7 },
    }),
    planFromPreset('villageCadreMonthlyChildContact', {
      id: `${code}-children`,
      whom: { elders: ids.filter((id) => village.has(id)) },
      validFrom,
    }),
    planFromPreset('census', { id: `${code}-census`, whom: { elders: ids }, validFrom }),
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
