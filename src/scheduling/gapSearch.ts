import { seededUniform } from '../_lib/seededUniform.js';
import type { IndexedProblem } from './assignmentProblem.js';
import { BestFound } from './gapBest.js';
import { gapDescent } from './gapDescent.js';
import { gapGreedyStart } from './gapGreedyStart.js';
import type { SearchLimits, SearchResult } from './gapLimits.js';
import { gapRepair } from './gapRepair.js';
import { GapState } from './gapState.js';
import { pairIndex } from './gapTables.js';
import { gapTabuSearch } from './gapTabuSearch.js';

export type { SearchLimits, SearchResult } from './gapLimits.js';

/**
 * A heuristic for the Generalised Assignment Problem (loads other than 1): a regret-ordered
 * greedy start and a descent with shift and swap moves, then tabu search on the cost plus a
 * price for overloaded capacity (strategic oscillation: the price rises while the walk is
 * infeasible and eases when it is feasible). Deterministic for a seed within the round and
 * work limits; only a finite `deadline` makes the result depend on the machine.
 * Jobs no feasible solution found can hold are left out (`-1`). The steps, each in its own
 * file: {@link GapState} (put, take, excess), `gapGreedyStart`, `gapDescent`, `gapTabuSearch`
 * and `gapRepair`, tuned by the constants of gapTuning.ts.
 * @internal
 */
export function gapSearch(problem: IndexedProblem, limits: SearchLimits): SearchResult {
  const random = seededUniform(limits.seed, 1);
  const state = new GapState(problem);
  const best = new BestFound(state.arcOf.length);
  const { placeable, regret } = gapGreedyStart(state);
  gapDescent(state, [...placeable], random, pairIndex(problem));
  best.remember(state);
  const { rounds, work, timedOut } = gapTabuSearch(state, best, placeable, random, limits);
  if (!best.feasible) gapRepair(state, best, placeable, regret);
  return { arcOf: best.arcs, cost: best.cost, rounds, work, timedOut };
}
