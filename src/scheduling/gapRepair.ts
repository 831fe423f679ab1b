import type { BestFound } from './gapBest.js';
import type { GapState } from './gapState.js';
import { EPSILON } from './gapTuning.js';

/**
 * When the search found no feasible solution: from the best one, drop jobs from overloaded
 * agents until none is — the costliest where they stand first (a job worth much, at a
 * negative cost, stays), then those with least to lose elsewhere — and put back, the most
 * valuable first, every dropped job that now fits somewhere, or fits once one job of that
 * agent moves to another with room (a short ejection chain), or that is worth more than a job
 * it can take the place of (the same count placed, at less cost). `best` then holds the result.
 * @internal
 */
export function gapRepair(
  state: GapState,
  best: BestFound,
  placeable: readonly number[],
  regret: Float64Array,
): void {
  const { agent, cost, start } = state.problem;
  for (const j of placeable) state.take(j);
  for (const j of placeable) state.put(j, best.arcs[j] as number);
  const dropped: number[] = [];
  const costNow = (j: number) => cost[state.arcOf[j] as number] as number;
  for (const j of [...placeable].sort(
    (a, b) => costNow(b) - costNow(a) || (regret[a] as number) - (regret[b] as number) || b - a,
  )) {
    const a = agent[state.arcOf[j] as number] as number;
    if (state.excess(a, 0) > EPSILON) {
      state.take(j);
      dropped.push(j);
    }
  }
  dropped.sort(
    (a, b) => (cost[start[a] as number] as number) - (cost[start[b] as number] as number) || a - b,
  );
  for (const j of dropped) {
    if (putBack(state, j) || putBackMovingOne(state, j)) continue;
    const out = replaceCostlier(state, j);
    if (out >= 0 && !putBack(state, out)) putBackMovingOne(state, out);
  }
  best.arcs.set(state.arcOf);
  best.cost = state.totalCost;
}

/** Put `job` on its cheapest agent with room, if any. */
function putBack(state: GapState, job: number): boolean {
  const { start, agent, load } = state.problem;
  for (let k = start[job] as number; k < (start[job + 1] as number); k++) {
    if (state.excess(agent[k] as number, load[k] as number) === 0) {
      state.put(job, k);
      return true;
    }
  }
  return false;
}

/** Make room for `job` on one of its agents by moving one of that agent's jobs elsewhere. */
function putBackMovingOne(state: GapState, job: number): boolean {
  const { start, agent, load } = state.problem;
  for (let k = start[job] as number; k < (start[job + 1] as number); k++) {
    const b = agent[k] as number;
    for (const y of state.held[b] as number[]) {
      const ky = state.arcOf[y] as number;
      if (state.excess(b, (load[k] as number) - (load[ky] as number)) > 0) continue;
      for (let m = start[y] as number; m < (start[y + 1] as number); m++) {
        const c = agent[m] as number;
        if (c === b || state.excess(c, load[m] as number) > 0) continue;
        state.take(y);
        state.put(y, m);
        state.put(job, k);
        return true;
      }
    }
  }
  return false;
}

/** Put `job` in place of a costlier job of one of its agents; the job put out, or -1. */
function replaceCostlier(state: GapState, job: number): number {
  const { start, agent, load, cost } = state.problem;
  for (let k = start[job] as number; k < (start[job + 1] as number); k++) {
    const b = agent[k] as number;
    for (const y of state.held[b] as number[]) {
      const ky = state.arcOf[y] as number;
      if ((cost[ky] as number) <= (cost[k] as number) + EPSILON) continue;
      if (state.excess(b, (load[k] as number) - (load[ky] as number)) > 0) continue;
      state.take(y);
      state.put(job, k);
      return y;
    }
  }
  return -1;
}
