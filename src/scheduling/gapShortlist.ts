import type { IndexedProblem } from './assignmentProblem.js';
import {
  PRICE_TARGET,
  SHORTLIST_DENSITY,
  SHORTLIST_MIN,
  SHORTLIST_PRICE_STEPS,
  SHORTLIST_SHARE,
} from './gapTuning.js';

/**
 * A price per unit of each agent's capacity: the multipliers of the Lagrangian relaxation of
 * the capacity constraints (each job then goes to the agent of least `cost + price · load`),
 * raised where agents are overbooked and lowered where they have room, by `steps` subgradient
 * steps toward a target a little above the best relaxed value (Polyak's step, halved when the
 * value stalls). Each step reads every arc once. Only a guide: a job's priced costs say which
 * agents are worth its while once capacity is paid for.
 * @internal
 */
export function capacityPrices(problem: IndexedProblem, steps: number): Float64Array {
  const { capacity } = problem;
  const agents = capacity.length;
  const price = new Float64Array(agents);
  const booked = new Float64Array(agents);
  let best = Number.NEGATIVE_INFINITY;
  let size = 1;
  let stale = 0;
  for (let t = 0; t < steps; t++) {
    const value = relaxedValue(problem, price, booked);
    if (value > best) {
      best = value;
      stale = 0;
    } else if (++stale >= 5) {
      size /= 2;
      stale = 0;
    }
    let norm = 0;
    for (let a = 0; a < agents; a++) {
      const over = (booked[a] as number) - (capacity[a] as number);
      if (over > 0 || (price[a] as number) > 0) norm += over * over;
    }
    if (norm === 0) break;
    const step = (size * (PRICE_TARGET * Math.abs(best) + 1)) / norm;
    for (let a = 0; a < agents; a++)
      price[a] = Math.max(
        0,
        (price[a] as number) + step * ((booked[a] as number) - (capacity[a] as number)),
      );
  }
  return price;
}

/** The relaxation's value at `price`; `booked` gets each agent's load in its solution. */
function relaxedValue(problem: IndexedProblem, price: Float64Array, booked: Float64Array): number {
  const { start, agent, cost, load, capacity } = problem;
  booked.fill(0);
  let value = 0;
  for (let a = 0; a < capacity.length; a++) value -= (price[a] as number) * (capacity[a] as number);
  for (let j = 0; j + 1 < start.length; j++) {
    let chosen = -1;
    let least = Number.POSITIVE_INFINITY;
    for (let k = start[j] as number; k < (start[j + 1] as number); k++) {
      const priced =
        (cost[k] as number) + (price[agent[k] as number] as number) * (load[k] as number);
      if (priced < least) {
        least = priced;
        chosen = k;
      }
    }
    if (chosen < 0) continue;
    value += least;
    const a = agent[chosen] as number;
    booked[a] = (booked[a] as number) + (load[chosen] as number);
  }
  return value;
}

/** A shortlisted problem: its arcs, each one's arc in the full problem, and the prices. */
export interface Shortlist {
  readonly problem: IndexedProblem;
  /** The full problem's arc of each shortlisted arc; absent when nothing was cut. */
  readonly arcOf?: Int32Array;
  /** The capacity prices ({@link capacityPrices}); absent when nothing was cut. */
  readonly price?: Float64Array;
}

/**
 * The problem with each job's arcs cut to its shortlist: its agents of least priced cost
 * (`cost + price · load`, see {@link capacityPrices}), `SHORTLIST_MIN` of them or a
 * `SHORTLIST_SHARE` of the agents if more, and always its cheapest arc; the arcs keep their
 * order (ascending cost). The search then weighs fewer, better moves. Nothing is cut where no
 * job has more arcs than that, where the candidates are sparse (`SHORTLIST_DENSITY`), or where the jobs' lightest loads alone outweigh every
 * capacity (some must be left out: which ones is for the full problem to say).
 * @internal
 */
export function shortlistArcs(problem: IndexedProblem): Shortlist {
  const { start } = problem;
  const jobs = start.length - 1;
  const keep = Math.max(SHORTLIST_MIN, Math.ceil(SHORTLIST_SHARE * problem.capacity.length));
  let longest = 0;
  for (let j = 0; j < jobs; j++)
    longest = Math.max(longest, (start[j + 1] as number) - (start[j] as number));
  const agents = problem.capacity.length;
  const sparse = problem.cost.length < SHORTLIST_DENSITY * jobs * agents;
  if (longest <= keep || sparse || overbooked(problem)) return { problem };
  const price = capacityPrices(problem, SHORTLIST_PRICE_STEPS);
  const kept: number[] = [];
  const newStart = new Int32Array(jobs + 1);
  for (let j = 0; j < jobs; j++) {
    keepBest(problem, price, j, keep, kept);
    newStart[j + 1] = kept.length;
  }
  const pick = (values: Float64Array) => Float64Array.from(kept, (k) => values[k] as number);
  return {
    problem: {
      ...problem,
      start: newStart,
      job: Int32Array.from(kept, (k) => problem.job[k] as number),
      agent: Int32Array.from(kept, (k) => problem.agent[k] as number),
      cost: pick(problem.cost),
      load: pick(problem.load),
    },
    arcOf: Int32Array.from(kept),
    price,
  };
}

/** Push job j's cheapest arc and its `keep` of least priced cost onto `kept`, in arc order. */
function keepBest(
  problem: IndexedProblem,
  price: Float64Array,
  j: number,
  keep: number,
  kept: number[],
): void {
  const { start, agent, cost, load } = problem;
  const first = start[j] as number;
  const count = (start[j + 1] as number) - first;
  if (count <= keep) {
    for (let k = first; k < first + count; k++) kept.push(k);
    return;
  }
  const priced = Array.from(
    { length: count },
    (_, i) =>
      (cost[first + i] as number) +
      (price[agent[first + i] as number] as number) * (load[first + i] as number),
  );
  const order = priced
    .map((_, i) => i)
    .sort((x, y) => (priced[x] as number) - (priced[y] as number) || x - y);
  const chosen = new Uint8Array(count);
  chosen[0] = 1;
  for (let i = 0; i < keep; i++) chosen[order[i] as number] = 1;
  for (let i = 0; i < count; i++) if (chosen[i]) kept.push(first + i);
}

/** The jobs' lightest loads outweigh all capacity: some job must stay unplaced. */
function overbooked(problem: IndexedProblem): boolean {
  const { start, load, capacity } = problem;
  let demand = 0;
  for (let j = 0; j + 1 < start.length; j++) {
    let lightest = Number.POSITIVE_INFINITY;
    for (let k = start[j] as number; k < (start[j + 1] as number); k++)
      lightest = Math.min(lightest, load[k] as number);
    if (lightest < Number.POSITIVE_INFINITY) demand += lightest;
  }
  let room = 0;
  for (let a = 0; a < capacity.length; a++) room += capacity[a] as number;
  return demand > room;
}
