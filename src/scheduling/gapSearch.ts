import { seededUniform } from '../_lib/seededUniform.js';
import type { IndexedProblem } from './assignmentProblem.js';

/** Limits of the search: it stops at whichever comes first. @internal */
export interface SearchLimits {
  /** Tabu steps (deterministic for a seed). */
  readonly rounds: number;
  /** Work units the steps may use (deterministic too: see {@link SearchResult.work}). */
  readonly work: number;
  /** A wall-clock limit, if any: `deadline` in the milliseconds of `now()`. */
  readonly clock?: { readonly now: () => number; readonly deadline: number };
  readonly seed: number;
  /** A proven lower bound: the search stops once it reaches it. */
  readonly lowerBound: number;
}

/** The best assignment found: the arc per job (-1: unassigned) and its cost. @internal */
export interface SearchResult {
  readonly arcOf: Int32Array;
  readonly cost: number;
  readonly rounds: number;
  /**
   * The tabu steps' work, counted in units of about equal cost (a few nanoseconds): 8 per arc
   * weighed for a shift and per agent tried for swaps, 1 per swap candidate read, 16 per arc
   * listed for swaps (listed, then sorted). A count, not a time: the same on every machine.
   */
  readonly work: number;
  /** The clock stopped the search. */
  readonly timedOut: boolean;
}

/**
 * A heuristic for the Generalised Assignment Problem (loads other than 1): a regret-ordered
 * greedy start and a descent with shift and swap moves, then tabu search on the cost plus a
 * price for overloaded capacity (strategic oscillation: the price rises while the walk is
 * infeasible and eases when it is feasible). Deterministic for a seed within the round and
 * work limits; only a `clock` makes the result depend on the machine.
 * Jobs no feasible solution found can hold are left out (`-1`).
 * @internal
 */
export function gapSearch(problem: IndexedProblem, limits: SearchLimits): SearchResult {
  const { start, agent: arcAgent, job: arcJob, cost, load, capacity } = problem;
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
  // Agents whose jobs changed since the tabu step last read them.
  const dirty = new Uint8Array(agents).fill(1);
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
    dirty[a] = 1;
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
    dirty[a] = 1;
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

  // Tabu search with strategic oscillation: each step makes the best shift or swap that does
  // not send a job back to an agent it left lately — unless the move beats the best feasible
  // solution — and the price of overload rises while the walk is infeasible, falls while not.
  const tabuUntil = tabuTable(jobs * agents);
  // Steps taken, and their work (see SearchResult.work).
  let rounds = 0;
  let work = 0;
  const isTabu = (job: number, agent: number, step: number) =>
    tabuUntil.get(job * agents + agent) > step;
  // Short tenures: the oscillation on capacity diversifies enough. Up to 27 steps, as before,
  // left Chu & Beasley type C and D instances about twice as far from their best known; under
  // 5, OR-Library's small instances miss more optima.
  const tenure = () => 5 + Math.floor(random() * Math.max(2, Math.min(12, placeable.length / 20)));
  // Jobs looked at per step (a large problem samples them).
  const scanSize = Math.min(placeable.length, 400);
  // Swaps weighed per step at most: where loads and costs pull apart (Chu & Beasley type D)
  // the pruning below keeps thousands per step, and more, cheaper steps find better solutions;
  // in a shuffled order the cap takes a random sample of them.
  const swapBudget = 2500;
  const scan: number[] = [...placeable];
  // Swap candidates: for each agent b and each agent a its jobs may go to, the arcs to a of
  // b's jobs in ascending cost change of that move, so a step stops reading a list once the
  // rest cannot beat its best move. Rebuilt only for the agents whose jobs changed.
  const swapLists: Map<number, number[]>[] = Array.from({ length: agents }, () => new Map());
  const gainOf = new Float64Array(cost.length);
  // The load of each listed arc's job where it stands (on b).
  const loadNow = new Float64Array(cost.length);
  // The heaviest job of each agent: the most a swap can take off it.
  const heaviest = new Float64Array(agents);
  const byGain = (x: number, y: number) => (gainOf[x] as number) - (gainOf[y] as number) || x - y;
  const rebuild = (b: number) => {
    const lists = swapLists[b] as Map<number, number[]>;
    for (const list of lists.values()) list.length = 0;
    let most = 0;
    for (const y of held[b] as number[]) {
      const fy = arcOf[y] as number;
      most = Math.max(most, load[fy] as number);
      work += 16 * ((start[y + 1] as number) - (start[y] as number));
      for (let k = start[y] as number; k < (start[y + 1] as number); k++) {
        const a = arcAgent[k] as number;
        if (a === b) continue;
        gainOf[k] = (cost[k] as number) - (cost[fy] as number);
        loadNow[k] = load[fy] as number;
        const list = lists.get(a);
        if (list) list.push(k);
        else lists.set(a, [k]);
      }
    }
    heaviest[b] = most;
    for (const list of lists.values()) list.sort(byGain);
  };
  const { clock } = limits;
  let timedOut = false;
  while (rounds < limits.rounds && work < limits.work && placeable.length > 1) {
    if (clock && clock.now() >= clock.deadline) {
      timedOut = true;
      break;
    }
    if (bestFeasible && bestCost <= limits.lowerBound + 1e-9) break;
    rounds++;
    shuffle(scan, random);
    for (let b = 0; b < agents; b++) {
      if (dirty[b] === 0) continue;
      rebuild(b);
      dirty[b] = 0;
    }
    let bestDelta = Number.POSITIVE_INFINITY;
    let moveX = -1;
    let moveKx = -1;
    let moveY = -1;
    let moveKy = -1;
    const consider = (
      delta: number,
      x: number,
      kx: number,
      y: number,
      ky: number,
      tabu: boolean,
    ) => {
      if (delta >= bestDelta) return;
      if (tabu) {
        // Aspiration: a tabu move is allowed when it lands on a new best feasible solution.
        const after = objective() + delta;
        if (!(bestFeasible && overloadAfter === 0 && after < bestCost - 1e-9)) return;
      }
      bestDelta = delta;
      moveX = x;
      moveKx = kx;
      moveY = y;
      moveKy = ky;
    };
    let overloadAfter = 0;
    const wholeScan = scanSize === placeable.length;
    let weighed = 0;
    // Shifts first: the best of them bounds the swaps worth reading. A job's arcs come in
    // ascending cost, so once the cost change plus what leaving a saves loses, so do the rest.
    for (let i = 0; i < scanSize; i++) {
      const x = scan[i] as number;
      const fx = arcOf[x] as number;
      const a = arcAgent[fx] as number;
      const overA = (used[a] as number) - (capacity[a] as number);
      const leave = Math.max(0, overA - (load[fx] as number)) - Math.max(0, overA);
      const base = weight * leave - (cost[fx] as number);
      for (let kx = start[x] as number; kx < (start[x + 1] as number); kx++) {
        if ((cost[kx] as number) + base >= bestDelta) break;
        work += 8;
        if (kx === fx) continue;
        const b = arcAgent[kx] as number;
        const overB = (used[b] as number) - (capacity[b] as number);
        const join = Math.max(0, overB + (load[kx] as number)) - Math.max(0, overB);
        const delta = (cost[kx] as number) + base + weight * join;
        if (delta >= bestDelta) continue;
        overloadAfter = overload + leave + join;
        consider(delta, x, kx, -1, -1, isTabu(x, b, rounds));
      }
    }
    for (let i = 0; i < scanSize && weighed < swapBudget; i++) {
      const x = scan[i] as number;
      const fx = arcOf[x] as number;
      const a = arcAgent[fx] as number;
      const overA = (used[a] as number) - (capacity[a] as number);
      const restA = overA - (load[fx] as number);
      for (let kx = start[x] as number; kx < (start[x + 1] as number); kx++) {
        if (kx === fx) continue;
        work += 8;
        const b = arcAgent[kx] as number;
        // A lower bound on the swap's overload change: x leaves a (y adds to it) and x joins b
        // (y, at most the heaviest of b's jobs, leaves it). With the list in ascending cost
        // change, once the bound loses to the best move found, so do all after it.
        const list = (swapLists[b] as Map<number, number[]>).get(a);
        if (list === undefined || list.length === 0) continue;
        const overB = (used[b] as number) - (capacity[b] as number);
        const withX = overB + (load[kx] as number);
        const now = Math.max(0, overA) + Math.max(0, overB);
        const shiftCost = (cost[kx] as number) - (cost[fx] as number);
        const bound =
          shiftCost +
          weight * (Math.max(0, restA) + Math.max(0, withX - (heaviest[b] as number)) - now);
        for (let n = 0; n < list.length; n++) {
          const ky = list[n] as number;
          const gain = gainOf[ky] as number;
          if (bound + gain >= bestDelta) break;
          work++;
          const y = arcJob[ky] as number;
          // A full scan meets each pair from both ends: look at it from the lower one (when
          // the budget cuts the scan short, from the other end if that comes in time).
          if (y < x && wholeScan) continue;
          weighed++;
          const change =
            Math.max(0, restA + (load[ky] as number)) +
            Math.max(0, withX - (loadNow[ky] as number)) -
            now;
          const swap = shiftCost + gain + weight * change;
          if (swap >= bestDelta) continue;
          overloadAfter = overload + change;
          consider(swap, x, kx, y, ky, isTabu(x, b, rounds) || isTabu(y, a, rounds));
        }
      }
    }
    if (moveX < 0) break;
    const from = arcAgent[arcOf[moveX] as number] as number;
    tabuUntil.set(moveX * agents + from, rounds + tenure());
    if (moveY >= 0) {
      tabuUntil.set(
        moveY * agents + (arcAgent[arcOf[moveY] as number] as number),
        rounds + tenure(),
      );
      take(moveY);
    }
    take(moveX);
    put(moveX, moveKx);
    if (moveY >= 0) put(moveY, moveKy);
    weight =
      overload > 1e-9
        ? Math.min(weight * 1.1, spread * 1e6)
        : Math.max(spread * 0.01, weight / 1.1);
    remember();
  }

  /** Put `job` on its cheapest agent with room, if any. */
  const putBack = (job: number): boolean => {
    for (let k = start[job] as number; k < (start[job + 1] as number); k++) {
      if (excess(arcAgent[k] as number, load[k] as number) === 0) {
        put(job, k);
        return true;
      }
    }
    return false;
  };
  /** Make room for `job` on one of its agents by moving one of that agent's jobs elsewhere. */
  const putBackMovingOne = (job: number): boolean => {
    for (let k = start[job] as number; k < (start[job + 1] as number); k++) {
      const b = arcAgent[k] as number;
      for (const y of held[b] as number[]) {
        const ky = arcOf[y] as number;
        if (excess(b, (load[k] as number) - (load[ky] as number)) > 0) continue;
        for (let m = start[y] as number; m < (start[y + 1] as number); m++) {
          const c = arcAgent[m] as number;
          if (c === b || excess(c, load[m] as number) > 0) continue;
          take(y);
          put(y, m);
          put(job, k);
          return true;
        }
      }
    }
    return false;
  };

  /** Put `job` in place of a costlier job of one of its agents; the job put out, or -1. */
  const replaceCostlier = (job: number): number => {
    for (let k = start[job] as number; k < (start[job + 1] as number); k++) {
      const b = arcAgent[k] as number;
      for (const y of held[b] as number[]) {
        const ky = arcOf[y] as number;
        if ((cost[ky] as number) <= (cost[k] as number) + 1e-9) continue;
        if (excess(b, (load[k] as number) - (load[ky] as number)) > 0) continue;
        take(y);
        put(job, k);
        return y;
      }
    }
    return -1;
  };

  // The best feasible solution; without one, drop jobs from overloaded agents until none is:
  // the costliest where they stand first (a job worth much, at a negative cost, stays), then
  // those with least to lose elsewhere.
  if (!bestFeasible) {
    for (const j of placeable) take(j);
    for (const j of placeable) put(j, bestArcs[j] as number);
    const dropped: number[] = [];
    const costNow = (j: number) => cost[arcOf[j] as number] as number;
    for (const j of [...placeable].sort(
      (a, b) => costNow(b) - costNow(a) || (regret[a] as number) - (regret[b] as number) || b - a,
    )) {
      const a = arcAgent[arcOf[j] as number] as number;
      if (excess(a, 0) > 1e-9) {
        take(j);
        dropped.push(j);
      }
    }
    // Put back, the most valuable first, every dropped job that now fits somewhere, or fits
    // once one job of that agent moves to another with room (a short ejection chain), or that
    // is worth more than a job it can take the place of (the same count placed, at less cost).
    dropped.sort(
      (a, b) =>
        (cost[start[a] as number] as number) - (cost[start[b] as number] as number) || a - b,
    );
    for (const j of dropped) {
      if (putBack(j) || putBackMovingOne(j)) continue;
      const out = replaceCostlier(j);
      if (out >= 0 && !putBack(out)) putBackMovingOne(out);
    }
    bestArcs.set(arcOf);
    bestCost = totalCost;
  }
  return { arcOf: bestArcs, cost: bestCost, rounds, work, timedOut };
}

/** Step numbers by (job, agent) key: a typed array when small enough, else a map. */
function tabuTable(size: number): {
  get(key: number): number;
  set(key: number, step: number): void;
} {
  if (size <= 4_000_000) {
    const table = new Int32Array(size);
    return {
      get: (key) => table[key] as number,
      set: (key, step) => {
        table[key] = step;
      },
    };
  }
  const map = new Map<number, number>();
  return {
    get: (key) => map.get(key) ?? 0,
    set: (key, step) => {
      map.set(key, step);
    },
  };
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
  // Too many pairs for a table: a job has few candidates, so read them.
  return (job, a) => {
    for (let k = start[job] as number; k < (start[job + 1] as number); k++)
      if ((agent[k] as number) === a) return k;
    return -1;
  };
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
