import type { BestFound } from './gapBest.js';
import type { SearchLimits } from './gapLimits.js';
import { GapRestarts } from './gapRestarts.js';
import type { GapState } from './gapState.js';
import { GapSwapLists } from './gapSwapLists.js';
import { shuffle, tabuTable } from './gapTables.js';
import { bestShift, bestSwap, TabuMove } from './gapTabuStep.js';
import {
  EPSILON,
  PRICE_MAX,
  PRICE_MIN,
  PRICE_STEP,
  SCAN_SIZE,
  TENURE_JOBS_PER_STEP,
  TENURE_MIN,
  TENURE_SPREAD_MAX,
  TENURE_SPREAD_MIN,
} from './gapTuning.js';

/**
 * Tabu search with strategic oscillation: each step makes the best shift or swap that does not
 * send a job back to an agent it left lately — unless the move beats the best feasible
 * solution — and the price of overload rises while the walk is infeasible, falls while not;
 * when it stalls, it restarts from the best, relinked toward an elite one (`GapRestarts`).
 * Stops at the round or work limit, the deadline, the lower bound, or when no move is left.
 * @internal
 */
export function gapTabuSearch(
  state: GapState,
  best: BestFound,
  placeable: readonly number[],
  random: () => number,
  limits: SearchLimits,
): { rounds: number; work: number; timedOut: boolean } {
  const agents = state.problem.capacity.length;
  const tabuUntil = tabuTable(state.arcOf.length * agents);
  const tenure = () =>
    TENURE_MIN +
    Math.floor(
      random() *
        Math.max(
          TENURE_SPREAD_MIN,
          Math.min(TENURE_SPREAD_MAX, placeable.length / TENURE_JOBS_PER_STEP),
        ),
    );
  const scanSize = Math.min(placeable.length, SCAN_SIZE);
  const scan: number[] = [...placeable];
  const lists = new GapSwapLists(state.problem.cost.length, agents);
  const { deadline } = limits;
  let rounds = 0;
  let work = 0;
  let timedOut = false;
  const restarts = new GapRestarts(state, best, placeable);
  const forbid = (job: number, agent: number) =>
    tabuUntil.set(job * agents + agent, rounds + tenure());
  while (rounds < limits.rounds && work < limits.work && placeable.length > 1) {
    if (deadline < Number.POSITIVE_INFINITY && performance.now() >= deadline) {
      timedOut = true;
      break;
    }
    if (best.feasible && best.cost <= limits.lowerBound + EPSILON) break;
    rounds++;
    shuffle(scan, random);
    work += lists.refresh(state);
    const step = rounds;
    const isTabu = (job: number, agent: number) => tabuUntil.get(job * agents + agent) > step;
    const move = new TabuMove(state, best);
    // Shifts first: the best of them bounds the swaps worth reading.
    work += bestShift(state, scan, scanSize, isTabu, move);
    work += bestSwap(state, lists, scan, scanSize, isTabu, move);
    if (move.x < 0) break;
    makeMove(state, move, forbid);
    state.weight =
      state.overload > EPSILON
        ? Math.min(state.weight * PRICE_STEP, state.spread * PRICE_MAX)
        : Math.max(state.spread * PRICE_MIN, state.weight / PRICE_STEP);
    best.remember(state);
    restarts.afterStep(rounds, random, forbid);
  }
  return { rounds, work, timedOut };
}

/** Make the move, marking each moved job's old agent tabu for it (x first, as before). */
function makeMove(
  state: GapState,
  move: TabuMove,
  forbid: (job: number, agent: number) => void,
): void {
  const { agent } = state.problem;
  forbid(move.x, agent[state.arcOf[move.x] as number] as number);
  if (move.y >= 0) {
    forbid(move.y, agent[state.arcOf[move.y] as number] as number);
    state.take(move.y);
  }
  state.take(move.x);
  state.put(move.x, move.kx);
  if (move.y >= 0) state.put(move.y, move.ky);
}
