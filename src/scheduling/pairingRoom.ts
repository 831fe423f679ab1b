import type { Caregiver, CaregiverId, Elder, ElderId } from '../models/index.js';
import type { Candidate } from './assignmentProblem.js';
import type { ElderOptions } from './pairingCandidates.js';
import type { PairingContext } from './pairingContext.js';
import { type AssignmentSolution, solveAssignment } from './solveAssignment.js';

/** Tabu steps of the heuristic when the policy's `search` does not say. */
const SEARCH_ROUNDS = 200;

/** A caregiver's place in the team: the primary carries the elder's care need, a partner not. @internal */
export type TeamRole = 'primary' | 'partner';

/**
 * The room caregivers have, shared by the pairing's steps: the room each has used so far, the
 * share of it an elder takes, and one assignment step into the room left.
 * @internal
 */
export class PairingRoom {
  /** Room used on each caregiver so far. */
  readonly used: Float64Array;
  /** The km of every candidate pair weighed, by `elderId/caregiverId`. */
  readonly kmOf = new Map<string, number>();

  constructor(private readonly context: PairingContext) {
    this.used = new Float64Array(context.caregivers.length);
  }

  /**
   * An elder's share of a caregiver: one of their elders, or with care needs the larger of
   * that and the elder's part of their weekly visits (capacity 1).
   */
  share(elder: Elder, caregiver: Caregiver, role: TeamRole): number {
    const { need } = this.context;
    if (!need) return 1;
    const weekly = role === 'primary' ? need(elder) : 0;
    const { elders: most, visitsPerWeek } = caregiver.capacity;
    if (weekly > 0 && visitsPerWeek === 0) return Number.POSITIVE_INFINITY;
    return Math.max(1 / most, weekly > 0 ? weekly / visitsPerWeek : 0);
  }

  /** A caregiver's whole room: their elders, or 1 (shares) with care needs. */
  room(caregiver: Caregiver): number {
    return this.context.need ? 1 : caregiver.capacity.elders;
  }

  /**
   * Assign `forElders` to their options in the room left, at the cost `priced` gives (none:
   * not a candidate) less the continuity credit of a kept caregiver; books the room taken.
   */
  assign(
    forElders: readonly Elder[],
    options: readonly ElderOptions[],
    role: TeamRole,
    priced: (elder: Elder, index: number, km: number) => number | undefined,
  ): { solution: AssignmentSolution; chosen: Map<ElderId, CaregiverId> } {
    const { caregivers, caregiverIndex, keepWithinKm, need } = this.context;
    const candidates: Candidate[] = [];
    forElders.forEach((elder, e) => {
      const { options: near, keptIndex } = options[e] as ElderOptions;
      for (const [index, km] of near) {
        const caregiver = caregivers[index] as Caregiver;
        const load = this.share(elder, caregiver, role);
        const cost = priced(elder, index, km);
        if (!Number.isFinite(load) || cost === undefined) continue;
        this.kmOf.set(`${elder.id}/${caregiver.id}`, km);
        candidates.push({
          agent: caregiver.id,
          job: elder.id,
          cost: cost - (index === keptIndex ? keepWithinKm : 0),
          ...(need ? { load } : {}),
        });
      }
    });
    const solution = solveAssignment(
      {
        agents: caregivers.map((c, i) => ({
          id: c.id,
          capacity: Math.max(0, this.room(c) - (this.used[i] as number)),
        })),
        jobs: forElders.map((e) => ({ id: e.id })),
        candidates,
      },
      { timeLimitMs: Number.POSITIVE_INFINITY, rounds: SEARCH_ROUNDS, ...this.context.search },
    );
    const byId = new Map(forElders.map((e) => [e.id, e]));
    const chosen = new Map<ElderId, CaregiverId>();
    for (const { job, agent } of solution.assignments) {
      const i = caregiverIndex.get(agent as CaregiverId) as number;
      this.used[i] =
        (this.used[i] as number) +
        this.share(byId.get(job as ElderId) as Elder, caregivers[i] as Caregiver, role);
      chosen.set(job as ElderId, agent as CaregiverId);
    }
    return { solution, chosen };
  }
}
