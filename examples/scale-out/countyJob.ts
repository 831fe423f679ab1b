/**
 * One unit of work: pair a county's elders with its caregivers and plan a month of visits.
 * The same function runs in a worker thread, on the main thread, or in any job engine: a job
 * is plain JSON in, plain JSON out.
 */

import { createHash } from 'node:crypto';
import { formatIssue, type PlainDate, parseLedger, plainDate } from 'guanai';
import { expandPlans, planFromPreset } from 'guanai/recurrence';
import { pairElders, planVisits } from 'guanai/scheduling';

/** What a county's job carries: its ledger as raw rows (validated again where it runs). */
export interface CountyJob {
  /** The job's key: a county (six-digit division code) and a month — idempotent, so rerunnable. */
  readonly key: string;
  readonly countyCode: string;
  readonly countyName: string;
  readonly month: { readonly from: string; readonly to: string };
  readonly elders: readonly unknown[];
  readonly caregivers: readonly unknown[];
}

/** What a county's job returns: counts to merge, and a digest that pins down the full plan. */
export interface CountyResult {
  readonly key: string;
  readonly countyCode: string;
  readonly countyName: string;
  readonly elders: number;
  readonly caregivers: number;
  readonly paired: number;
  readonly unpaired: number;
  readonly visits: number;
  readonly scheduled: number;
  readonly onTime: number;
  readonly unplaced: Readonly<Record<string, number>>;
  readonly totalKm: number;
  /** SHA-256 of the pairings and the dated visits: equal digests, equal plans. */
  readonly digest: string;
}

/**
 * Run one county's job: validate the rows, pair, expand a weekly home visit and a monthly call
 * to the children per village, and give every visit a day and a caregiver.
 */
export function runCountyJob(job: CountyJob): CountyResult {
  // Whatever crossed a thread or a queue is unknown data again: validate before trusting it.
  const ledger = parseLedger({ elders: job.elders, caregivers: job.caregivers });
  const bad = ledger.invalid[0];
  const firstIssue = bad?.issues[0];
  if (bad && firstIssue) {
    // A job engine retries or alerts on a failed job; a half-validated county is no result.
    const more = ledger.invalid.length > 1 ? ` (and ${ledger.invalid.length - 1} more rows)` : '';
    throw new Error(
      `${job.key}: ${bad.collection} row ${bad.index + 1}: ${formatIssue(firstIssue, { locale: 'en' })}${more}`,
    );
  }

  const from = plainDate(job.month.from);
  const to = plainDate(job.month.to);
  const pairing = pairElders(
    { elders: ledger.elders, caregivers: ledger.caregivers },
    { asOf: from },
  );

  const byVillage = new Map<string, Array<(typeof ledger.elders)[number]['id']>>();
  for (const elder of ledger.elders) {
    const ids = byVillage.get(elder.residence.villageCode) ?? [];
    ids.push(elder.id);
    byVillage.set(elder.residence.villageCode, ids);
  }
  const plans = [...byVillage].flatMap(([village, elders]) => [
    planFromPreset('volunteerWeeklyVisit', {
      id: `${village}-weekly`,
      whom: { elders },
      validFrom: from,
    }),
    planFromPreset('villageCadreMonthlyChildContact', {
      id: `${village}-children`,
      whom: { elders },
      validFrom: from,
    }),
  ]);
  const visits = [...expandPlans(plans, { from, to })];
  const schedule = planVisits(visits, {
    elders: ledger.elders,
    caregivers: ledger.caregivers,
    pairings: pairing.pairings,
  });

  const unplaced: Record<string, number> = {};
  for (const { reason } of schedule.unplaced) unplaced[reason] = (unplaced[reason] ?? 0) + 1;
  const digest = createHash('sha256')
    .update(JSON.stringify([pairing.pairings, schedule.visits]))
    .digest('hex');
  return {
    key: job.key,
    countyCode: job.countyCode,
    countyName: job.countyName,
    elders: ledger.elders.length,
    caregivers: ledger.caregivers.length,
    paired: pairing.stats.placed,
    unpaired: pairing.unplaced.length,
    visits: schedule.stats.visits,
    scheduled: schedule.stats.placed,
    onTime: schedule.stats.onTime,
    unplaced,
    totalKm: schedule.stats.totalKm,
    digest,
  };
}

/** The job key of a county and a month, e.g. `530325/2026-09`. */
export function jobKey(countyCode: string, from: PlainDate | string): string {
  return `${countyCode}/${from.slice(0, 7)}`;
}
