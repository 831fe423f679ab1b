import { shiftDelta } from './gapDescent.js';
import type { GapState } from './gapState.js';

/**
 * Path relinking: walk the state part of the way toward `guide` (another good assignment),
 * moving, of the jobs whose arcs differ, the one whose move to the guide's arc costs least
 * (cost plus the price of overload) at each step, until `share` of them have moved. Between two
 * good assignments lie others that share much of both; the tabu walk then searches on from
 * there. `moved(job, agent)` hears of each job moved and the agent it left. Returns the count
 * of jobs moved.
 * @internal
 */
export function gapRelink(
  state: GapState,
  placeable: readonly number[],
  guide: Int32Array,
  share: number,
  moved: (job: number, agent: number) => void,
): number {
  const { agent } = state.problem;
  const differ = placeable.filter((j) => (guide[j] as number) >= 0 && state.arcOf[j] !== guide[j]);
  const steps = Math.floor(differ.length * share);
  for (let step = 0; step < steps; step++) {
    let chosen = 0;
    let least = Number.POSITIVE_INFINITY;
    for (let i = 0; i < differ.length; i++) {
      const delta = shiftDelta(state, differ[i] as number, guide[differ[i] as number] as number);
      if (delta < least) {
        least = delta;
        chosen = i;
      }
    }
    const job = differ[chosen] as number;
    moved(job, agent[state.arcOf[job] as number] as number);
    state.take(job);
    state.put(job, guide[job] as number);
    differ[chosen] = differ[differ.length - 1] as number;
    differ.pop();
  }
  return steps;
}
