import type { IndexedProblem } from './assignmentProblem.js';

/**
 * A lower bound on the cost of any assignment that places every job: the Lagrangian relaxation
 * of "each job exactly once", with each agent's subproblem a fractional knapsack (so the bound
 * reaches the LP relaxation's), maximised over the multipliers by subgradient steps toward
 * `upperBound` (a known solution's cost). Every value it returns is a valid bound.
 * @internal
 */
export function lagrangianBound(
  problem: IndexedProblem,
  upperBound: number,
  iterations: number,
): number {
  const { start, agent: arcAgent, cost, load, capacity } = problem;
  const jobs = start.length - 1;
  const agents = capacity.length;
  // Arcs grouped by agent.
  const byAgent: number[][] = Array.from({ length: agents }, () => []);
  for (let k = 0; k < arcAgent.length; k++) (byAgent[arcAgent[k] as number] as number[]).push(k);
  const arcJob = problem.job;
  // Start from the trivial bound: each job at its cheapest (the first of its arcs). Jobs
  // without candidates are not part of the problem.
  const present = new Uint8Array(jobs);
  const multiplier = new Float64Array(jobs);
  for (let j = 0; j < jobs; j++) {
    if ((start[j] as number) === (start[j + 1] as number)) continue;
    present[j] = 1;
    multiplier[j] = cost[start[j] as number] as number;
  }
  const taken = new Float64Array(jobs);
  let best = Number.NEGATIVE_INFINITY;
  let step = 2;
  let stale = 0;
  const ratio = new Float64Array(arcAgent.length);
  for (let t = 0; t < iterations; t++) {
    taken.fill(0);
    let value = 0;
    for (let j = 0; j < jobs; j++) value += multiplier[j] as number;
    for (let a = 0; a < agents; a++) {
      // Fill the knapsack with the arcs of most negative reduced cost per unit of load.
      const arcs = (byAgent[a] as number[]).filter((k) => {
        const reduced = (cost[k] as number) - (multiplier[arcJob[k] as number] as number);
        ratio[k] = reduced / (load[k] as number);
        return reduced < 0;
      });
      arcs.sort((x, y) => (ratio[x] as number) - (ratio[y] as number));
      let room = capacity[a] as number;
      for (const k of arcs) {
        if (room <= 0) break;
        const fraction = Math.min(1, room / (load[k] as number));
        room -= fraction * (load[k] as number);
        const j = arcJob[k] as number;
        value += fraction * ((cost[k] as number) - (multiplier[j] as number));
        taken[j] = (taken[j] as number) + fraction;
      }
    }
    if (value > best + 1e-12) {
      best = value;
      stale = 0;
    } else if (++stale >= 15) {
      step /= 2;
      stale = 0;
    }
    let norm = 0;
    for (let j = 0; j < jobs; j++) if (present[j]) norm += (1 - (taken[j] as number)) ** 2;
    if (norm < 1e-12 || step < 1e-6 || best >= upperBound - 1e-9) break;
    const size = (step * Math.max(upperBound - value, 1e-9)) / norm;
    for (let j = 0; j < jobs; j++)
      if (present[j]) multiplier[j] = (multiplier[j] as number) + size * (1 - (taken[j] as number));
  }
  return best;
}
