import type { GapState } from './gapState.js';
import { shuffle } from './gapTables.js';
import { EPSILON } from './gapTuning.js';

/** The change of the objective if `job` moved to arc `k`. @internal */
export function shiftDelta(state: GapState, job: number, k: number): number {
  const { agent, load, cost } = state.problem;
  const from = state.arcOf[job] as number;
  const a = agent[from] as number;
  const b = agent[k] as number;
  const before = state.excess(a, 0) + state.excess(b, 0);
  const after = state.excess(a, -(load[from] as number)) + state.excess(b, load[k] as number);
  return (cost[k] as number) - (cost[from] as number) + state.weight * (after - before);
}

/** The change if jobs `x` (on agent a) and `y` (on agent b) traded agents. */
function swapDelta(state: GapState, x: number, y: number, kx: number, ky: number): number {
  const { agent, load, cost } = state.problem;
  const fx = state.arcOf[x] as number;
  const fy = state.arcOf[y] as number;
  const a = agent[fx] as number;
  const b = agent[fy] as number;
  const before = state.excess(a, 0) + state.excess(b, 0);
  const after =
    state.excess(a, (load[ky] as number) - (load[fx] as number)) +
    state.excess(b, (load[kx] as number) - (load[fy] as number));
  return (
    (cost[kx] as number) +
    (cost[ky] as number) -
    (cost[fx] as number) -
    (cost[fy] as number) +
    state.weight * (after - before)
  );
}

/**
 * First-improvement descent with shifts and swaps, until neither helps: each pass takes the
 * jobs of `order` in a fresh shuffle, moves a job to its best shift, else makes the first
 * improving swap with a job of another agent it could go to.
 * @internal
 */
export function gapDescent(
  state: GapState,
  order: number[],
  random: () => number,
  arcOfPair: (job: number, agent: number) => number,
): void {
  const { start, agent } = state.problem;
  let improved = true;
  while (improved) {
    improved = false;
    shuffle(order, random);
    for (const x of order) {
      const fx = state.arcOf[x] as number;
      const a = agent[fx] as number;
      let best = -EPSILON;
      let bestK = -1;
      for (let k = start[x] as number; k < (start[x + 1] as number); k++) {
        if (k === fx) continue;
        const delta = shiftDelta(state, x, k);
        if (delta < best) {
          best = delta;
          bestK = k;
        }
      }
      if (bestK >= 0) {
        state.take(x);
        state.put(x, bestK);
        improved = true;
        continue;
      }
      if (swapFirst(state, x, a, arcOfPair)) improved = true;
    }
  }
}

/** Make the first improving swap of `x` (on agent `a`) with a job of another agent x could go to. */
function swapFirst(
  state: GapState,
  x: number,
  a: number,
  arcOfPair: (job: number, agent: number) => number,
): boolean {
  const { start, agent } = state.problem;
  for (let kx = start[x] as number; kx < (start[x + 1] as number); kx++) {
    const b = agent[kx] as number;
    if (b === a) continue;
    for (const y of state.held[b] as number[]) {
      const ky = arcOfPair(y, a);
      if (ky < 0) continue;
      if (swapDelta(state, x, y, kx, ky) < -EPSILON) {
        state.take(x);
        state.take(y);
        state.put(x, kx);
        state.put(y, ky);
        return true;
      }
    }
  }
  return false;
}
