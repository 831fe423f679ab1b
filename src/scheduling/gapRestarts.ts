import { BestFound } from './gapBest.js';
import { GapElite } from './gapElite.js';
import { gapRelink } from './gapRelink.js';
import type { GapState } from './gapState.js';
import { ELITE_SIZE, RELINK_SHARE, RESTART_AFTER } from './gapTuning.js';

/**
 * Restarts of the tabu walk: once `RESTART_AFTER` steps have passed without a new best, the
 * walk goes back to the best assignment found and is relinked part of the way toward one of
 * the elite (the best of each stretch between restarts, see {@link GapElite}). The walk drifts
 * far from its best on long stretches; going back searches more around the good assignments,
 * and the relinking keeps it from retracing its steps. A count of steps, no clock.
 * @internal
 */
export class GapRestarts {
  private readonly elite = new GapElite(ELITE_SIZE);
  private stretch: BestFound;
  private lastNewBest = 0;
  private bestCost: number;
  private bestFeasible: boolean;

  constructor(
    private readonly state: GapState,
    private readonly best: BestFound,
    private readonly placeable: readonly number[],
  ) {
    this.stretch = new BestFound(state.arcOf.length);
    this.bestCost = best.cost;
    this.bestFeasible = best.feasible;
  }

  /**
   * After step `round` (the state's assignment already remembered by `best`): restart if the
   * walk has stalled. `moved(job, agent)` hears of each job the relinking moves.
   */
  afterStep(round: number, random: () => number, moved: (job: number, agent: number) => void) {
    const { state, best } = this;
    this.stretch.remember(state);
    if (best.cost < this.bestCost || best.feasible !== this.bestFeasible) {
      this.bestCost = best.cost;
      this.bestFeasible = best.feasible;
      this.lastNewBest = round;
      return;
    }
    if (!best.feasible || round - this.lastNewBest < RESTART_AFTER) return;
    this.lastNewBest = round;
    this.elite.add(this.stretch);
    this.stretch = new BestFound(state.arcOf.length);
    for (const j of this.placeable) state.take(j);
    for (const j of this.placeable) state.put(j, best.arcs[j] as number);
    const guide = this.elite.pick(random);
    if (guide) gapRelink(state, this.placeable, guide.arcs, RELINK_SHARE, moved);
  }
}
