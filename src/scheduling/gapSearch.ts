import { seededUniform } from '../_lib/seededUniform.js';
import type { IndexedProblem } from './assignmentProblem.js';

/** Limits of the search: it stops at whichever comes first. @internal */
export interface SearchLimits {
  /** Perturbation rounds (deterministic for a seed). */
  readonly rounds: number;
  /** Milliseconds from `now()` when the search must stop. */
  readonly deadline: number;
  readonly now: () => number;
  readonly seed: number;
  /** A proven lower bound: the search stops once it reaches it. */
  readonly lowerBound: number;
}

/** The best assignment found: the arc per job (-1: unassigned) and its cost. @internal */
export interface SearchResult {
  readonly arcOf: Int32Array;
  readonly cost: number;
  readonly rounds: number;
}

/**
 * A heuristic for the Generalised Assignment Problem (loads other than 1): a regret-ordered
 * greedy start, then iterated local search — shift and swap moves on the cost plus a penalty
 * for overloaded capacity (strategic oscillation: the penalty grows while the search stays
 * infeasible and eases when it is feasible), and random shifts to leave each local optimum.
 * Deterministic for a seed within the round limit. Jobs no feasible solution found can hold
 * are left out (`-1`).
 * @internal
 */
export function gapSearch(problem: IndexedProblem, limits: SearchLimits): SearchResult {
  const { start, agent: arcAgent, cost, load, capacity } = problem;
  const jobs = start.length - 1;
  const agents = capacity.length;
  const random = seededUniform(limits.seed, 1);
  const arcOfPair = pairIndex(problem);

  // The state: each job's arc, each agent's load and jobs, and the penalised objective.
  const arcOf = new Int32Array(jobs).fill(-1);
  const used = new Float64Array(agents);
  const held: number[][] = Array.from({ length: agents }, () => []);
  const place = new Int32Array(jobs);
  let totalCost = 0;
  let overload = 0;
  const excess = (a: number, extra: number) =>
    Math.max(0, (used[a] as number) + extra - (capacity[a] as number));

  const put = (job: number, k: number) => {
    const a = arcAgent[k] as number;
    overload += excess(a, load[k] as number) - excess(a, 0);
    used[a] = (used[a] as number) + (load[k] as number);
    totalCost += cost[k] as number;
    arcOf[job] = k;
    place[job] = (held[a] as number[]).length;
    (held[a] as number[]).push(job);
  };
  const take = (job: number) => {
    const k = arcOf[job] as number;
    const a = arcAgent[k] as number;
    overload += excess(a, -(load[k] as number)) - excess(a, 0);
    used[a] = (used[a] as number) - (load[k] as number);
    totalCost -= cost[k] as number;
    arcOf[job] = -1;
    const list = held[a] as number[];
    const last = list.pop() as number;
    if (last !== job) {
      list[place[job] as number] = last;
      place[last] = place[job] as number;
    }
  };

  // Greedy start: jobs with the most to lose first (regret: second-best minus best cost), each
  // to its cheapest agent with room, or to its cheapest agent overloaded for the search to mend.
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
      if (excess(arcAgent[k] as number, load[k] as number) === 0) {
        chosen = k;
        break;
      }
    }
    put(j, chosen);
  }

  let spread = 1;
  for (let k = 0; k < cost.length; k++) spread = Math.max(spread, Math.abs(cost[k] as number));
  let weight = spread;
  const objective = () => totalCost + weight * overload;

  /** The change of the objective if `job` moved to arc `k`. */
  const shiftDelta = (job: number, k: number): number => {
    const from = arcOf[job] as number;
    const a = arcAgent[from] as number;
    const b = arcAgent[k] as number;
    const before = excess(a, 0) + excess(b, 0);
    const after = excess(a, -(load[from] as number)) + excess(b, load[k] as number);
    return (cost[k] as number) - (cost[from] as number) + weight * (after - before);
  };
  /** The change if jobs `x` (on agent a) and `y` (on agent b) traded agents. */
  const swapDelta = (x: number, y: number, kx: number, ky: number): number => {
    const fx = arcOf[x] as number;
    const fy = arcOf[y] as number;
    const a = arcAgent[fx] as number;
    const b = arcAgent[fy] as number;
    const before = excess(a, 0) + excess(b, 0);
    const after =
      excess(a, (load[ky] as number) - (load[fx] as number)) +
      excess(b, (load[kx] as number) - (load[fy] as number));
    return (
      (cost[kx] as number) +
      (cost[ky] as number) -
      (cost[fx] as number) -
      (cost[fy] as number) +
      weight * (after - before)
    );
  };

  const order = [...placeable];
  /** First-improvement descent with shifts and swaps, until neither helps. */
  const descend = () => {
    let improved = true;
    while (improved) {
      improved = false;
      shuffle(order, random);
      for (const x of order) {
        const fx = arcOf[x] as number;
        const a = arcAgent[fx] as number;
        let best = -1e-9;
        let bestK = -1;
        for (let k = start[x] as number; k < (start[x + 1] as number); k++) {
          if (k === fx) continue;
          const delta = shiftDelta(x, k);
          if (delta < best) {
            best = delta;
            bestK = k;
          }
        }
        if (bestK >= 0) {
          take(x);
          put(x, bestK);
          improved = true;
          continue;
        }
        // Swaps with jobs of the other agents x could go to.
        swapping: for (let kx = start[x] as number; kx < (start[x + 1] as number); kx++) {
          const b = arcAgent[kx] as number;
          if (b === a) continue;
          for (const y of held[b] as number[]) {
            const ky = arcOfPair(y, a);
            if (ky < 0) continue;
            if (swapDelta(x, y, kx, ky) < -1e-9) {
              take(x);
              take(y);
              put(x, kx);
              put(y, ky);
              improved = true;
              break swapping;
            }
          }
        }
      }
    }
  };

  const bestArcs = new Int32Array(jobs).fill(-1);
  let bestCost = Number.POSITIVE_INFINITY;
  let bestFeasible = false;
  const remember = () => {
    const feasible = overload <= 1e-9;
    if (
      (feasible && (!bestFeasible || totalCost < bestCost - 1e-9)) ||
      (!bestFeasible && !feasible && objective() < bestCost)
    ) {
      bestArcs.set(arcOf);
      bestCost = feasible ? totalCost : objective();
      bestFeasible = feasible;
    }
  };

  descend();
  remember();
  let rounds = 0;
  const maxKicks = Math.max(2, Math.min(30, Math.round(placeable.length * 0.05)));
  while (rounds < limits.rounds && limits.now() < limits.deadline && placeable.length > 1) {
    if (bestFeasible && bestCost <= limits.lowerBound + 1e-9) break;
    rounds++;
    // Strategic oscillation: press harder on capacity while infeasible, ease off when feasible.
    weight = overload > 1e-9 ? weight * 1.3 : Math.max(spread * 0.05, weight * 0.9);
    // Mostly start again from the best feasible solution; sometimes walk on from here.
    if (bestFeasible && (overload > 1e-9 || totalCost > bestCost + 1e-9) && random() < 0.8) {
      for (const j of placeable) take(j);
      for (const j of placeable) put(j, bestArcs[j] as number);
    }
    const kicks = 2 + Math.floor(random() * maxKicks);
    for (let i = 0; i < kicks; i++) {
      const x = placeable[Math.floor(random() * placeable.length)] as number;
      const first = start[x] as number;
      const span = (start[x + 1] as number) - first;
      if (span < 2) continue;
      take(x);
      put(x, first + Math.floor(random() * span));
    }
    descend();
    remember();
  }

  // The best feasible solution; without one, drop jobs from overloaded agents until none is.
  if (!bestFeasible) {
    for (const j of placeable) take(j);
    for (const j of placeable) put(j, bestArcs[j] as number);
    for (const j of [...placeable].sort(
      (a, b) => (regret[a] as number) - (regret[b] as number) || b - a,
    )) {
      const a = arcAgent[arcOf[j] as number] as number;
      if (excess(a, 0) > 1e-9) take(j);
    }
    bestArcs.set(arcOf);
    bestCost = totalCost;
  }
  return { arcOf: bestArcs, cost: bestCost, rounds };
}

/** A lookup from (job, agent) to the candidate arc, -1 when the pair is not allowed. */
function pairIndex(problem: IndexedProblem): (job: number, agent: number) => number {
  const { start, agent } = problem;
  const agents = problem.capacity.length;
  const jobs = start.length - 1;
  if (jobs * agents <= 4_000_000) {
    const table = new Int32Array(jobs * agents).fill(-1);
    for (let j = 0; j < jobs; j++)
      for (let k = start[j] as number; k < (start[j + 1] as number); k++)
        table[j * agents + (agent[k] as number)] = k;
    return (job, a) => table[job * agents + a] as number;
  }
  const map = new Map<number, number>();
  for (let j = 0; j < jobs; j++)
    for (let k = start[j] as number; k < (start[j + 1] as number); k++)
      map.set(j * agents + (agent[k] as number), k);
  return (job, a) => map.get(job * agents + a) ?? -1;
}

/** Fisher–Yates, with the seeded generator. */
function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i] as number;
    items[i] = items[j] as number;
    items[j] = t;
  }
}
