import type { Elder } from '../models/index.js';
import { type Choice, dayKey, type VisitBook } from './visitBook.js';
import type { Need } from './visitNeeds.js';

/**
 * The score of a caregiver-day for a visit, lowest best. A day on or after the visit's overdue
 * day costs more than any other preference can outweigh: on time first.
 */
const LATE = 1000;
/** Each home visit already on the day (or call, for a call): lighter days first. */
const PER_VISIT_THAT_DAY = 3;
/** A village already visited that day: grouping visits by village saves a trip … */
const SAME_VILLAGE = 5;
/**
 * … each step down the team (the holder or primary first, then the others): worth less than
 * one visit more on the day, so the team's first caregiver takes the visit unless busier.
 */
const PER_TEAM_RANK = 2;

/**
 * The best of `choices` for a visit, or none when every day is full: on time, on a lighter
 * day, in a village already visited, by the team's first caregiver.
 * @internal
 */
export function bestChoice(
  book: VisitBook,
  need: Need,
  choices: readonly Choice[],
  perDay: number,
  elders: ReadonlyMap<string, Elder>,
): Choice | undefined {
  const { occurrence } = need;
  const inPerson = occurrence.channel === 'inPerson';
  const village = elders.get(occurrence.subject)?.residence.villageCode;
  let best: Choice | undefined;
  let bestScore = Number.POSITIVE_INFINITY;
  for (const choice of choices) {
    const key = dayKey(choice.caregiver.id, choice.date);
    const busy = book.load.get(key) ?? 0;
    if (inPerson && busy >= perDay) continue;
    const late = choice.date >= occurrence.overdueFrom ? LATE : 0;
    const together = village && book.villages.get(key)?.has(village) ? SAME_VILLAGE : 0;
    const teamRank = need.caregivers.indexOf(choice.caregiver) * PER_TEAM_RANK;
    const score =
      late +
      (inPerson
        ? PER_VISIT_THAT_DAY * busy - together
        : PER_VISIT_THAT_DAY * (book.calls.get(key) ?? 0)) +
      teamRank;
    if (score < bestScore) {
      bestScore = score;
      best = choice;
    }
  }
  return best;
}
