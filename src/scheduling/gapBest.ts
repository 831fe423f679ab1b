import type { GapState } from './gapState.js';
import { EPSILON } from './gapTuning.js';

/**
 * The best assignment {@link gapSearch} has seen: any feasible one beats every infeasible one;
 * among feasible ones the cheapest, among infeasible ones the lowest objective (cost plus the
 * price of overload).
 * @internal
 */
export class BestFound {
  readonly arcs: Int32Array;
  cost = Number.POSITIVE_INFINITY;
  feasible = false;

  constructor(jobs: number) {
    this.arcs = new Int32Array(jobs).fill(-1);
  }

  /** Keep the state's assignment if it is the best so far. */
  remember(state: GapState): void {
    const feasible = state.overload <= EPSILON;
    if (
      (feasible && (!this.feasible || state.totalCost < this.cost - EPSILON)) ||
      (!this.feasible && !feasible && state.objective() < this.cost)
    ) {
      this.arcs.set(state.arcOf);
      this.cost = feasible ? state.totalCost : state.objective();
      this.feasible = feasible;
    }
  }
}
