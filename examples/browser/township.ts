/**
 * What the browser page shows, computed without the DOM: the same function runs in the page
 * (bundled from dist/) and in the page's test (dist/ in Node), which checks the two agree.
 */

import { dayInfo, festivalsBetween } from 'guanai/calendar';
import { type CategoryKey, classifyLedger } from 'guanai/eligibility';
import { label } from 'guanai/i18n';
import { addDays, indexAreas, isoWeekdayOf, type PlainDate, plainDate } from 'guanai/models';
import { expandPlans, planFromPreset, type VisitPlan } from 'guanai/recurrence';
import { generateSampleCounty } from 'guanai/sample';
import { pairElders, planVisits } from 'guanai/scheduling';

/** The categories the page counts (spec §1–§2), in the order an official reads them. */
export const SHOWN_CATEGORIES: readonly CategoryKey[] = [
  'leftBehindElder',
  'emptyNestElder',
  'livesAlone',
  'solitaryElder',
  'advancedAge',
  'disabled',
  'semiDisabled',
  'economicHardship',
  'priorityTarget',
  'trackContinuously',
];

export interface CategoryRow {
  readonly key: CategoryKey;
  readonly name: string;
  readonly yes: number;
  readonly no: number;
  readonly unknown: number;
}

export interface CalendarVisit {
  readonly date: PlainDate;
  readonly caregiverId: string;
  readonly elderId: string;
  readonly elderName: string;
  readonly kind: string;
  readonly channel: string;
}

export interface CalendarDay {
  readonly date: PlainDate;
  readonly inMonth: boolean;
  readonly isWorkingDay: boolean;
  /** The day's festival (国庆节, 重阳节 …), else 法定节假日 or 调休上班日, else empty. */
  readonly note: string;
}

/** Why a visit found no day, as the planner says it (see `planVisits`). */
const UNPLACED_REASONS: Readonly<Record<string, string>> = {
  noCaregiver: '无帮扶人',
  noAvailableDay: '窗口内无可用日',
  noCapacity: '可用日已排满',
};

export interface TownshipMonth {
  readonly title: string;
  readonly asOf: PlainDate;
  readonly elders: number;
  readonly categories: readonly CategoryRow[];
  readonly pairing: { readonly elders: number; readonly placed: number; readonly meanKm: number };
  /** Monday to Sunday, whole weeks around the month. */
  readonly days: readonly CalendarDay[];
  readonly visits: readonly CalendarVisit[];
  /** Visits the planner found no day for, by reason. */
  readonly unplaced: readonly { reason: string; visits: number }[];
  /** Caregivers with visits, busiest first. */
  readonly caregivers: readonly { id: string; name: string; role: string; visits: number }[];
}

/**
 * A sample township on Sunday 27 September 2026: its elders classified, the 留守 and 空巢
 * elders paired with caregivers nearby (spec §4), and the visits of October's calendar page
 * (28 September to 1 November) planned — the 包保 township cadre's weekly visit (spec §5.1 K01 ·
 * S18 L515) and the village cadre's monthly call to the children (§5.1 K02 · S18 L515) for the
 * elders those duties are held for, and the 国庆 and 重阳 visits for every paired elder (§5.4
 * K23 · S12 L297).
 */
export function townshipMonth(): TownshipMonth {
  const asOf = plainDate('2026-09-27');
  const month = { from: plainDate('2026-10-01'), to: plainDate('2026-10-31') };
  const sample = generateSampleCounty({
    seed: 2026,
    townships: 1,
    villagesPerTownship: 8,
    elders: 400,
    asOf,
  });
  const { elders, caregivers } = sample;
  const areas = indexAreas(sample.county);
  const township = sample.county.townships[0];

  const classified = classifyLedger(elders, { asOf, areas });
  const categories = SHOWN_CATEGORIES.map((key) => ({
    key,
    name: label('category', key),
    ...classified.totals[key],
  }));

  const statusesOf = new Map(classified.results.map((r) => [r.elderId as string, r.statuses]));
  const isYes = (id: string, keys: readonly CategoryKey[]) =>
    keys.some((key) => statusesOf.get(id)?.[key] === 'yes');
  const cared = elders.filter((e) => isYes(e.id, ['leftBehindElder', 'emptyNestElder']));
  const pairing = pairElders(
    { elders: cared, caregivers },
    { asOf, priority: (elder) => isYes(elder.id, ['priorityTarget', 'trackContinuously']) },
  );

  // The calendar page: whole weeks from the Monday before the 1st to the Sunday after the 31st,
  // all planned the day before it starts.
  const first = addDays(month.from, 1 - isoWeekdayOf(month.from));
  const last = addDays(month.to, 7 - isoWeekdayOf(month.to));
  const villageOf = new Map(elders.map((e) => [e.id as string, e.residence.villageCode]));
  // By village: the elders a duty is held for (包保, spec §5.1 K01–K02), and every paired elder.
  const byVillage = (duty?: string) => {
    const groups = new Map<string, string[]>();
    for (const { elderId } of pairing.pairings.filter((p) => p.duty === duty)) {
      const village = villageOf.get(elderId) ?? '';
      groups.set(village, [...(groups.get(village) ?? []), elderId]);
    }
    return groups;
  };
  const common = { validFrom: plainDate('2026-01-01') };
  const plans: VisitPlan[] = [
    ...[...byVillage('townshipContract')].map(([village, ids]) =>
      planFromPreset('townshipCadreWeeklyVisit', {
        ...common,
        id: `${village}-weekly`,
        whom: { elders: ids },
      }),
    ),
    ...[...byVillage('villageContract')].map(([village, ids]) =>
      planFromPreset('villageCadreMonthlyChildContact', {
        ...common,
        id: `${village}-children`,
        whom: { elders: ids },
      }),
    ),
    ...[...byVillage()].map(([village, ids]) =>
      planFromPreset('festivalVisits', {
        ...common,
        id: `${village}-festivals`,
        whom: { elders: ids },
      }),
    ),
  ];
  const occurrences = [...expandPlans(plans, { from: first, to: last })];
  const schedule = planVisits(
    occurrences,
    { elders, caregivers, pairings: pairing.pairings },
    { from: first },
  );

  const byKey = new Map(occurrences.map((o) => [o.key, o]));
  const names = new Map(elders.map((e) => [e.id as string, e.name ?? e.id]));
  const visits = schedule.visits
    .map((v) => {
      const occurrence = byKey.get(v.occurrenceKey);
      return {
        date: v.date,
        caregiverId: v.caregiverId,
        elderId: v.elderId,
        elderName: names.get(v.elderId) ?? v.elderId,
        kind: occurrence ? label('visitKind', occurrence.kind) : '',
        channel: occurrence ? label('visitChannel', occurrence.channel) : '',
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.elderId.localeCompare(b.elderId));

  const counts = new Map<string, number>();
  for (const v of visits) counts.set(v.caregiverId, (counts.get(v.caregiverId) ?? 0) + 1);
  const visiting = caregivers
    .filter((c) => counts.has(c.id))
    .map((c) => ({
      id: c.id as string,
      name: c.name,
      role: c.roles[0] ? label('caregiverRole', c.roles[0]) : '',
      visits: counts.get(c.id) ?? 0,
    }))
    .sort((a, b) => b.visits - a.visits || a.id.localeCompare(b.id));

  const unplaced = new Map<string, number>();
  for (const { reason } of schedule.unplaced) unplaced.set(reason, (unplaced.get(reason) ?? 0) + 1);

  const festivals = new Map(festivalsBetween(first, last).map((f) => [f.date, f.key]));
  const days: CalendarDay[] = [];
  for (let date = first; date <= last; date = addDays(date, 1)) {
    const info = dayInfo(date);
    const festival = festivals.get(date);
    days.push({
      date,
      inMonth: date >= month.from && date <= month.to,
      isWorkingDay: info.isWorkingDay,
      note: festival
        ? label('festival', festival)
        : info.kind === 'holiday' || info.kind === 'makeupWorkday'
          ? label('dayKind', info.kind)
          : '',
    });
  }

  return {
    title: `${sample.county.name} ${township?.name ?? ''}`,
    asOf,
    elders: elders.length,
    categories,
    pairing: {
      elders: pairing.stats.elders,
      placed: pairing.stats.placed,
      meanKm: pairing.stats.meanKm,
    },
    days,
    visits,
    unplaced: [...unplaced].map(([reason, visits]) => ({
      reason: UNPLACED_REASONS[reason] ?? reason,
      visits,
    })),
    caregivers: visiting,
  };
}
