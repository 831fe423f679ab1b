import type { IndexedProblem } from './assignmentProblem.js';

/**
 * The state {@link gapSearch} walks: each job's arc (-1: none), each agent's load and jobs,
 * the cost, the overload (capacity exceeded, summed over agents) and the price of overload.
 * Every move goes through `put` and `take`, which keep the sums and the agents' job lists.
 * @internal
 */
export class GapState {
  readonly problem: IndexedProblem;
  readonly arcOf: Int32Array;
  /** Each agent's load, and jobs (a job's place in its agent's list in `place`). */
  readonly used: Float64Array;
  readonly held: number[][];
  readonly place: Int32Array;
  /** Agents whose jobs changed since the tabu step last read them. */
  readonly dirty: Uint8Array;
  totalCost = 0;
  overload = 0;
  /** The price of a unit of overload in the objective (strategic oscillation moves it). */
  weight: number;
  /** The largest |cost| (at least 1): the scale of the price of overload. */
  readonly spread: number;

  constructor(problem: IndexedProblem) {
    const jobs = problem.start.length - 1;
    const agents = problem.capacity.length;
    this.problem = problem;
    this.arcOf = new Int32Array(jobs).fill(-1);
    this.used = new Float64Array(agents);
    this.held = Array.from({ length: agents }, () => []);
    this.place = new Int32Array(jobs);
    this.dirty = new Uint8Array(agents).fill(1);
    let spread = 1;
    for (let k = 0; k < problem.cost.length; k++)
      spread = Math.max(spread, Math.abs(problem.cost[k] as number));
    this.spread = spread;
    this.weight = spread;
  }

  /** How far agent `a` would be over capacity with `extra` more load. */
  excess(a: number, extra: number): number {
    return Math.max(0, (this.used[a] as number) + extra - (this.problem.capacity[a] as number));
  }

  /** The cost plus the price of the overload. */
  objective(): number {
    return this.totalCost + this.weight * this.overload;
  }

  /** Give `job` arc `k`. */
  put(job: number, k: number): void {
    const { agent, load, cost } = this.problem;
    const a = agent[k] as number;
    this.overload += this.excess(a, load[k] as number) - this.excess(a, 0);
    this.used[a] = (this.used[a] as number) + (load[k] as number);
    this.totalCost += cost[k] as number;
    this.arcOf[job] = k;
    this.place[job] = (this.held[a] as number[]).length;
    (this.held[a] as number[]).push(job);
    this.dirty[a] = 1;
  }

  /** Take `job` off its arc. */
  take(job: number): void {
    const { agent, load, cost } = this.problem;
    const k = this.arcOf[job] as number;
    const a = agent[k] as number;
    this.overload += this.excess(a, -(load[k] as number)) - this.excess(a, 0);
    this.used[a] = (this.used[a] as number) - (load[k] as number);
    this.totalCost -= cost[k] as number;
    this.arcOf[job] = -1;
    const list = this.held[a] as number[];
    const last = list.pop() as number;
    if (last !== job) {
      list[this.place[job] as number] = last;
      this.place[last] = this.place[job] as number;
    }
    this.dirty[a] = 1;
  }
}
