import type { GapState } from './gapState.js';

/**
 * The greedy start of {@link gapSearch}: jobs with the most to lose first (regret: second-best
 * minus best cost), each to its cheapest agent with room, or to its cheapest agent overloaded
 * for the search to mend. Returns the jobs with any candidate, in that order, and each job's
 * regret (the repair reads it again).
 * @internal
 */
export function gapGreedyStart(state: GapState): {
  readonly placeable: number[];
  readonly regret: Float64Array;
} {
  const { start, cost, agent, load } = state.problem;
  const jobs = start.length - 1;
  const placeable: number[] = [];
  const regret = new Float64Array(jobs);
  for (let j = 0; j < jobs; j++) {
    const first = start[j] as number;
    const end = start[j + 1] as number;
    if (first === end) continue;
    placeable.push(j);
    regret[j] =
      end - first > 1
        ? (cost[first + 1] as number) - (cost[first] as number)
        : Number.POSITIVE_INFINITY;
  }
  placeable.sort((a, b) => (regret[b] as number) - (regret[a] as number) || a - b);
  for (const j of placeable) {
    let chosen = start[j] as number;
    for (let k = start[j] as number; k < (start[j + 1] as number); k++) {
      if (state.excess(agent[k] as number, load[k] as number) === 0) {
        chosen = k;
        break;
      }
    }
    state.put(j, chosen);
  }
  return { placeable, regret };
}
