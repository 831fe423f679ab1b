import { seededUniform } from '../_lib/seededUniform.js';
import type { IndexedProblem } from './assignmentProblem.js';
import { BestFound } from './gapBest.js';
import { gapDescent } from './gapDescent.js';
import { gapGreedyStart } from './gapGreedyStart.js';
import type { SearchLimits, SearchResult } from './gapLimits.js';
import { gapRepair } from './gapRepair.js';
import { type Shortlist, shortlistArcs } from './gapShortlist.js';
import { GapState } from './gapState.js';
import { pairIndex } from './gapTables.js';
import { gapTabuSearch } from './gapTabuSearch.js';

export type { SearchLimits, SearchResult } from './gapLimits.js';

/**
 * A heuristic for the Generalised Assignment Problem (loads other than 1): each job's arcs cut
 * to a shortlist of the agents worth its while once capacity is priced (`shortlistArcs`), a
 * regret-ordered greedy start on those priced costs and a descent with shift and swap moves,
 * then tabu search on the cost plus a price for overloaded capacity (strategic oscillation:
 * the price rises while the walk is infeasible and eases when it is feasible; when it stalls,
 * a restart from the best, relinked toward an elite assignment). Deterministic for a seed
 * within the round and work limits; only a finite `deadline` makes the result depend on the
 * machine. Jobs no feasible solution found can hold are left out (`-1`), by a repair that may
 * use every arc. The steps, each in its own file: {@link GapState} (put, take, excess),
 * `gapShortlist`, `gapGreedyStart`, `gapDescent`, `gapTabuSearch` (with `gapRestarts`,
 * `gapElite`, `gapRelink`) and `gapRepair`, tuned by the constants of gapTuning.ts.
 * @internal
 */
export function gapSearch(problem: IndexedProblem, limits: SearchLimits): SearchResult {
  const shortlist = shortlistArcs(problem);
  const short = shortlist.problem;
  const random = seededUniform(limits.seed, 1);
  const state = new GapState(short);
  const best = new BestFound(state.arcOf.length);
  const { placeable, regret } = gapGreedyStart(state, shortlist.price);
  gapDescent(state, [...placeable], random, pairIndex(short));
  best.remember(state);
  const { rounds, work, timedOut } = gapTabuSearch(state, best, placeable, random, limits);
  if (shortlist.arcOf === undefined) {
    if (!best.feasible) gapRepair(state, best, placeable, regret);
    return { arcOf: best.arcs, cost: best.cost, rounds, work, timedOut };
  }
  const arcOf = fullArcs(best, shortlist);
  if (!best.feasible) return { ...repairFull(problem, arcOf), rounds, work, timedOut };
  return { arcOf, cost: best.cost, rounds, work, timedOut };
}

/** The best assignment's arcs in the full problem. */
function fullArcs(best: BestFound, shortlist: Shortlist): Int32Array {
  const original = shortlist.arcOf as Int32Array;
  return best.arcs.map((k) => (k < 0 ? k : (original[k] as number)));
}

/** No feasible solution on the shortlists: repair the best one with every arc to hand. */
function repairFull(
  problem: IndexedProblem,
  arcOf: Int32Array,
): { arcOf: Int32Array; cost: number } {
  const state = new GapState(problem);
  const { placeable, regret } = gapGreedyStart(state);
  const best = new BestFound(arcOf.length);
  best.arcs.set(arcOf);
  gapRepair(state, best, placeable, regret);
  return { arcOf: best.arcs, cost: best.cost };
}
