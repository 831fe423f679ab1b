import type { BestFound } from './gapBest.js';

/** A feasible assignment kept by {@link GapElite}: each job's arc and the cost. @internal */
export interface EliteSolution {
  readonly arcs: Int32Array;
  readonly cost: number;
}

/**
 * The few best distinct feasible assignments the tabu walk has come by (the best of each
 * stretch between restarts), cheapest first: the guides the walk is relinked toward when it
 * restarts (see `gapRelink`).
 * @internal
 */
export class GapElite {
  readonly solutions: EliteSolution[] = [];

  constructor(private readonly size: number) {}

  /** Keep `found` if it is feasible, not kept already, and among the `size` cheapest. */
  add(found: BestFound): void {
    if (!found.feasible || this.size <= 0) return;
    for (const kept of this.solutions)
      if (kept.cost === found.cost && sameArcs(kept.arcs, found.arcs)) return;
    this.solutions.push({ arcs: Int32Array.from(found.arcs), cost: found.cost });
    this.solutions.sort((x, y) => x.cost - y.cost);
    if (this.solutions.length > this.size) this.solutions.pop();
  }

  /** One of the kept assignments, drawn with `random`; undefined when none is kept. */
  pick(random: () => number): EliteSolution | undefined {
    return this.solutions[Math.floor(random() * this.solutions.length)];
  }
}

function sameArcs(x: Int32Array, y: Int32Array): boolean {
  for (let j = 0; j < x.length; j++) if (x[j] !== y[j]) return false;
  return true;
}
