import type { CaregiverId, Elder, ElderId } from '../models/index.js';
import { makeRoomFor } from './makeRoomFor.js';
import { type ElderOptions, pairingCandidates } from './pairingCandidates.js';
import type { PairingContext } from './pairingContext.js';
import type { PairingRoom } from './pairingRoom.js';
import type { AssignmentUnplacedReason } from './solveAssignment.js';

/** A priority elder is worth more than any distance: leaving one out costs more than any other. */
const PRIORITY_BONUS = 1e4;

/** The primaries placed, why the others were not, and the figures of the assignment. @internal */
export interface Primaries {
  readonly primaryOf: ReadonlyMap<ElderId, CaregiverId>;
  readonly unplaced: ReadonlyMap<string, AssignmentUnplacedReason>;
  /** The assignment's km less continuity credits, and its lower bound if every elder is placed. */
  readonly objective: number;
  readonly bound: number | undefined;
  readonly optimal: boolean;
}

/**
 * Primaries, priority elders before any other by a credit no distance outweighs: exact with
 * whole elders (min-cost flow). With care needs the heuristic may still leave a priority elder
 * out where room is short, so such an elder then takes the room of the farthest others of a
 * caregiver in reach, and those others are placed again in the room left.
 * @internal
 */
export function placePrimaries(context: PairingContext, room: PairingRoom): Primaries {
  const { located, isPriority, current } = context;
  const primaryOptions = pairingCandidates(
    context,
    located,
    context.roles,
    (e) => current.get(e.id)?.primary,
  );
  const credit = (elder: Elder) => (isPriority(elder) ? PRIORITY_BONUS : 0);
  const priced = (elder: Elder, _: number, km: number) => km - credit(elder);
  const { solution: primary, chosen: primaryOf } = room.assign(
    located,
    primaryOptions,
    'primary',
    priced,
  );
  const unplaced = new Map(primary.unplaced.map((u) => [u.job, u.reason]));
  const missing = located.filter((e) => isPriority(e) && unplaced.has(e.id));
  if (context.need && missing.length > 0) {
    const optionsOf = new Map(located.map((e, i) => [e, primaryOptions[i] as ElderOptions]));
    const ejected = makeRoomFor(context, room, missing, optionsOf, primaryOf);
    const again = room.assign(
      ejected,
      ejected.map((e) => optionsOf.get(e) as ElderOptions),
      'primary',
      priced,
    );
    for (const [elderId, caregiverId] of again.chosen) {
      primaryOf.set(elderId, caregiverId);
      unplaced.delete(elderId);
    }
    for (const { job, reason } of again.solution.unplaced) unplaced.set(job, reason);
    for (const elder of missing) if (primaryOf.has(elder.id)) unplaced.delete(elder.id);
  }
  // The gap is on km less continuity credits: the priority credits add back.
  const credits = located.reduce((sum, elder) => sum + credit(elder), 0);
  return {
    primaryOf,
    unplaced,
    objective: primary.cost + credits,
    bound: primary.lowerBound === undefined ? undefined : primary.lowerBound + credits,
    optimal: primary.optimal,
  };
}
