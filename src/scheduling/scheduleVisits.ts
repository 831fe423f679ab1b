import { chinaHolidayCalendar } from '../calendar/index.js';
import type { ElderId, Pairing } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import { DEFAULT_DUTIES } from './defaultDuties.js';
import { parseDuties } from './duty.js';
import { routeDays } from './routeDays.js';
import { type Choice, dayKey, VisitBook } from './visitBook.js';
import { bestChoice } from './visitChoice.js';
import { type Need, visitNeeds } from './visitNeeds.js';
import type {
  PlanVisitsOptions,
  ScheduledVisit,
  VisitPlanningInput,
  VisitSchedule,
  VisitUnplacedReason,
} from './visitSchedule.js';
import { dutyLookup, type TeamContext } from './visitTeam.js';

/** Home visits a caregiver makes in a day, by default. */
const VISITS_PER_DAY = 6;

/** A visit still to place, with its caregiver-days (a deputy's only when the team has none). */
interface OpenVisit {
  readonly need: Need;
  readonly choices: Choice[];
  readonly standIns?: Choice[];
}

/**
 * The planning itself, on checked arguments (see {@link planVisits} and {@link replan}): each
 * visit's team and days, what still holds of `previous`, then the open visits, tightest first,
 * each on its best caregiver-day; then the routes.
 * @internal
 */
export function scheduleVisits(
  occurrences: readonly Occurrence[],
  input: VisitPlanningInput,
  options: PlanVisitsOptions,
  previous: ReadonlyMap<string, ScheduledVisit>,
): VisitSchedule {
  const perDay = options.maxVisitsPerDay ?? VISITS_PER_DAY;
  const context = teamContext(input, options);
  const { elders } = context;
  const { needs, unplaced } = visitNeeds(occurrences, options.from, context);
  const book = new VisitBook(options, options.calendar ?? chinaHolidayCalendar(), elders);
  const open = keepPrevious(book, needs, previous, perDay, unplaced);
  // A duty's visits first (only its holder may make them; other visits have the whole team),
  // then the tightest: fewest possible days, then the earliest due.
  open.sort(
    (a, b) =>
      Number(a.need.duty === undefined) - Number(b.need.duty === undefined) ||
      a.choices.length - b.choices.length ||
      (a.need.occurrence.due < b.need.occurrence.due
        ? -1
        : a.need.occurrence.due > b.need.occurrence.due
          ? 1
          : 0) ||
      (a.need.occurrence.key < b.need.occurrence.key ? -1 : 1),
  );
  for (const visit of open) placeVisit(book, visit, perDay, elders, unplaced);
  const { routes, stopOf, totalKm, nearestKm } = routeDays(
    book.placed,
    occurrences,
    context.byId,
    elders,
  );
  const visits = book.placed
    .map((v) => ({ ...v, stop: stopOf.get(v.occurrenceKey) ?? 0 }))
    .sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : a.occurrenceKey < b.occurrenceKey ? -1 : 1,
    );
  const loads = [...book.load.values()];
  return {
    visits,
    unplaced,
    routes,
    stats: {
      visits: occurrences.length,
      placed: visits.length,
      onTime: visits.filter((v) => v.onTime).length,
      maxDayLoad: loads.reduce((a, b) => Math.max(a, b), 0),
      meanDayLoad: loads.length > 0 ? loads.reduce((a, b) => a + b, 0) / loads.length : 0,
      totalKm,
      nearestFirstKm: nearestKm,
    },
  };
}

/** Who may make each visit: the duty table, caregivers, elders and pairings, looked up once. */
function teamContext(input: VisitPlanningInput, options: PlanVisitsOptions): TeamContext {
  const pairingsOf = new Map<string, Pairing[]>();
  for (const p of input.pairings)
    pairingsOf.set(p.elderId, [...(pairingsOf.get(p.elderId) ?? []), p]);
  return {
    dutyOf: dutyLookup(parseDuties(options.duties ?? DEFAULT_DUTIES, { covers: [] })),
    caregivers: input.caregivers,
    byId: new Map(input.caregivers.map((c) => [c.id as string, c])),
    elders: new Map(input.elders.map((e) => [e.id as string, e])),
    pairingsOf,
    deputies: new Map(),
  };
}

/**
 * Keep what still holds of the previous schedule, before anything new is placed (same
 * caregiver on the team, available that day, the day not over-full); the visits left open,
 * with the reason for those with no day at all in `unplaced`.
 */
function keepPrevious(
  book: VisitBook,
  needs: readonly Need[],
  previous: ReadonlyMap<string, ScheduledVisit>,
  perDay: number,
  unplaced: { occurrenceKey: string; reason: VisitUnplacedReason }[],
): OpenVisit[] {
  const open: OpenVisit[] = [];
  for (const need of needs) {
    const choices = book.options(need, need.caregivers);
    const before = previous.get(need.occurrence.key);
    const inPerson = need.occurrence.channel === 'inPerson';
    const madeBy =
      before && [...need.caregivers, ...need.deputies].find((c) => c.id === before.caregiverId);
    const still =
      before &&
      madeBy &&
      need.days.includes(before.date) &&
      book.worksOn(madeBy, before.date) &&
      (!inPerson || (book.load.get(dayKey(before.caregiverId, before.date)) ?? 0) < perDay);
    if (still) {
      book.book({ ...before, onTime: before.date < need.occurrence.overdueFrom }, inPerson);
      continue;
    }
    // A deputy's options are looked up only when the team has none (a deputy stands in last).
    const standIns = choices.length === 0 ? book.options(need, need.deputies) : undefined;
    if (standIns?.length === 0)
      unplaced.push({ occurrenceKey: need.occurrence.key, reason: 'noAvailableDay' });
    else open.push({ need, choices, ...(standIns ? { standIns } : {}) });
  }
  return open;
}

/** Book an open visit on its best caregiver-day: a deputy only when no one of the team can. */
function placeVisit(
  book: VisitBook,
  { need, choices, standIns }: OpenVisit,
  perDay: number,
  elders: TeamContext['elders'],
  unplaced: { occurrenceKey: string; reason: VisitUnplacedReason }[],
): void {
  const { occurrence } = need;
  const own = bestChoice(book, need, choices, perDay, elders);
  const best =
    own ?? bestChoice(book, need, standIns ?? book.options(need, need.deputies), perDay, elders);
  if (!best) {
    unplaced.push({ occurrenceKey: occurrence.key, reason: 'noCapacity' });
    return;
  }
  const holder = need.caregivers[0];
  book.book(
    {
      occurrenceKey: occurrence.key,
      elderId: occurrence.subject as ElderId,
      caregiverId: best.caregiver.id,
      date: best.date,
      onTime: best.date < occurrence.overdueFrom,
      stop: 0,
      ...(need.duty ? { duty: need.duty } : {}),
      ...(!own && holder ? { deputyFor: holder.id } : {}),
    },
    occurrence.channel === 'inPerson',
  );
}
