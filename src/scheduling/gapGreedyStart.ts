import type { GapState } from './gapState.js';

/**
 * The greedy start of {@link gapSearch}: jobs with the most to lose first (regret: second-best
 * minus best), each to its best agent with room, or to its best agent overloaded for the search
 * to mend. "Best" by cost, or with `price` (a price per unit of each agent's capacity, see
 * `capacityPrices`) by `cost + price · load`: a start near the relaxation's optimum, the agents
 * overbooked by the cheapest choices already priced out. Returns the jobs with any candidate,
 * in that order, and each job's regret (the repair reads it again).
 * @internal
 */
export function gapGreedyStart(
  state: GapState,
  price?: Float64Array,
): {
  readonly placeable: number[];
  readonly regret: Float64Array;
} {
  const { start, cost, agent, load } = state.problem;
  const priced = price
    ? (k: number) =>
        (cost[k] as number) + (price[agent[k] as number] as number) * (load[k] as number)
    : (k: number) => cost[k] as number;
  const jobs = start.length - 1;
  const placeable: number[] = [];
  const regret = new Float64Array(jobs);
  for (let j = 0; j < jobs; j++) {
    const first = start[j] as number;
    const end = start[j + 1] as number;
    if (first === end) continue;
    placeable.push(j);
    let least = Number.POSITIVE_INFINITY;
    let next = Number.POSITIVE_INFINITY;
    for (let k = first; k < end; k++) {
      const value = priced(k);
      if (value < least) {
        next = least;
        least = value;
      } else if (value < next) next = value;
    }
    regret[j] = next - least;
  }
  placeable.sort((a, b) => (regret[b] as number) - (regret[a] as number) || a - b);
  for (const j of placeable) state.put(j, bestArc(state, j, priced));
  return { placeable, regret };
}

/** The job's arc of least priced cost with room for it, else of least priced cost. */
function bestArc(state: GapState, j: number, priced: (k: number) => number): number {
  const { start, agent, load } = state.problem;
  let roomy = -1;
  let any = -1;
  let roomyValue = Number.POSITIVE_INFINITY;
  let anyValue = Number.POSITIVE_INFINITY;
  for (let k = start[j] as number; k < (start[j + 1] as number); k++) {
    const value = priced(k);
    if (value < anyValue) {
      anyValue = value;
      any = k;
    }
    if (value < roomyValue && state.excess(agent[k] as number, load[k] as number) === 0) {
      roomyValue = value;
      roomy = k;
    }
  }
  return roomy >= 0 ? roomy : any;
}
