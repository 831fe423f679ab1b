import type { Caregiver, Coordinates, Elder } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import { dayRoute, nearestFirst, tripKm } from './dayRoute.js';
import { dayKey } from './visitBook.js';
import type { DayRoute, ScheduledVisit } from './visitSchedule.js';

/**
 * Each caregiver-day's home visits in a short round trip from home: the routes, each visit's
 * stop, and the km of the routes and of nearest-first routes for comparison.
 * @internal
 */
export function routeDays(
  placed: readonly ScheduledVisit[],
  occurrences: readonly Occurrence[],
  caregivers: ReadonlyMap<string, Caregiver>,
  elders: ReadonlyMap<string, Elder>,
): { routes: DayRoute[]; stopOf: Map<string, number>; totalKm: number; nearestKm: number } {
  const kinds = new Map(occurrences.map((o) => [o.key, o.channel]));
  const groups = new Map<string, ScheduledVisit[]>();
  for (const visit of placed) {
    if (kinds.get(visit.occurrenceKey) !== 'inPerson') continue;
    const key = dayKey(visit.caregiverId, visit.date);
    groups.set(key, [...(groups.get(key) ?? []), visit]);
  }
  const stopOf = new Map<string, number>();
  const routes: DayRoute[] = [];
  let totalKm = 0;
  let nearestKm = 0;
  for (const [, group] of [...groups].sort(([a], [b]) => (a < b ? -1 : 1))) {
    // In key order, so that a route depends on the day's visits, not on when each was booked.
    const visits = group.sort((a, b) => (a.occurrenceKey < b.occurrenceKey ? -1 : 1));
    const first = visits[0] as ScheduledVisit;
    const home = caregivers.get(first.caregiverId)?.home.coordinates;
    const points = visits.map((v) => elders.get(v.elderId)?.residence.coordinates);
    if (!home || points.some((p) => p === undefined)) continue;
    const stops = points as Coordinates[];
    const { order, km } = dayRoute(home, stops);
    const baseline = tripKm(home, stops, nearestFirst(home, stops));
    order.forEach((index, position) => {
      stopOf.set((visits[index] as ScheduledVisit).occurrenceKey, position + 1);
    });
    routes.push({
      caregiverId: first.caregiverId,
      date: first.date,
      stops: order.map((index) => (visits[index] as ScheduledVisit).elderId),
      km,
      nearestFirstKm: baseline,
    });
    totalKm += km;
    nearestKm += baseline;
  }
  return { routes, stopOf, totalKm, nearestKm };
}
