import type { BestFound } from './gapBest.js';
import type { GapState } from './gapState.js';
import type { GapSwapLists } from './gapSwapLists.js';
import { EPSILON, SWAP_BUDGET, WORK_PER_ARC, WORK_PER_SWAP } from './gapTuning.js';

/** Whether moving `job` to `agent` is tabu at the current step. @internal */
export type IsTabu = (job: number, agent: number) => boolean;

/**
 * The move a tabu step makes: job `x` to arc `kx`, and for a swap job `y` to arc `ky` (`y`
 * -1 for a shift); `x` -1 when no move is allowed.
 * @internal
 */
export class TabuMove {
  delta = Number.POSITIVE_INFINITY;
  x = -1;
  kx = -1;
  y = -1;
  ky = -1;

  constructor(
    private readonly state: GapState,
    private readonly best: BestFound,
  ) {}

  /**
   * Take the move if it beats the best so far and is not tabu — or is tabu but lands on a new
   * best feasible solution (aspiration).
   */
  consider(
    delta: number,
    x: number,
    kx: number,
    y: number,
    ky: number,
    tabu: boolean,
    overloadAfter: number,
  ): void {
    if (delta >= this.delta) return;
    if (tabu) {
      const after = this.state.objective() + delta;
      const { best } = this;
      if (!(best.feasible && overloadAfter === 0 && after < best.cost - EPSILON)) return;
    }
    this.delta = delta;
    this.x = x;
    this.kx = kx;
    this.y = y;
    this.ky = ky;
  }
}

/**
 * The best shift of the first `scanSize` jobs of `scan` into `move`; the work it took. A job's
 * arcs come in ascending cost, so once the cost change plus what leaving its agent saves loses,
 * so do the rest.
 * @internal
 */
export function bestShift(
  state: GapState,
  scan: readonly number[],
  scanSize: number,
  isTabu: IsTabu,
  move: TabuMove,
): number {
  const { start, agent, cost, load, capacity } = state.problem;
  const { arcOf, used, weight, overload } = state;
  let work = 0;
  for (let i = 0; i < scanSize; i++) {
    const x = scan[i] as number;
    const fx = arcOf[x] as number;
    const a = agent[fx] as number;
    const overA = (used[a] as number) - (capacity[a] as number);
    const leave = Math.max(0, overA - (load[fx] as number)) - Math.max(0, overA);
    const base = weight * leave - (cost[fx] as number);
    for (let kx = start[x] as number; kx < (start[x + 1] as number); kx++) {
      if ((cost[kx] as number) + base >= move.delta) break;
      work += WORK_PER_ARC;
      if (kx === fx) continue;
      const b = agent[kx] as number;
      const overB = (used[b] as number) - (capacity[b] as number);
      const join = Math.max(0, overB + (load[kx] as number)) - Math.max(0, overB);
      const delta = (cost[kx] as number) + base + weight * join;
      if (delta >= move.delta) continue;
      move.consider(delta, x, kx, -1, -1, isTabu(x, b), overload + leave + join);
    }
  }
  return work;
}

/**
 * The best swap of the first `scanSize` jobs of `scan` into `move`, weighing at most
 * `SWAP_BUDGET` swaps; the work it took. Run after {@link bestShift}: the best shift bounds
 * the swaps worth reading.
 * @internal
 */
export function bestSwap(
  state: GapState,
  lists: GapSwapLists,
  scan: readonly number[],
  scanSize: number,
  isTabu: IsTabu,
  move: TabuMove,
): number {
  const { start, agent, job: arcJob, cost, load, capacity } = state.problem;
  const { arcOf, used, weight, overload } = state;
  const { gainOf, loadNow, heaviest } = lists;
  const wholeScan = scanSize === scan.length;
  let weighed = 0;
  let work = 0;
  for (let i = 0; i < scanSize && weighed < SWAP_BUDGET; i++) {
    const x = scan[i] as number;
    const fx = arcOf[x] as number;
    const a = agent[fx] as number;
    const overA = (used[a] as number) - (capacity[a] as number);
    const restA = overA - (load[fx] as number);
    for (let kx = start[x] as number; kx < (start[x + 1] as number); kx++) {
      if (kx === fx) continue;
      work += WORK_PER_ARC;
      const b = agent[kx] as number;
      // A lower bound on the swap's overload change: x leaves a (y adds to it) and x joins b
      // (y, at most the heaviest of b's jobs, leaves it). With the list in ascending cost
      // change, once the bound loses to the best move found, so do all after it.
      const list = lists.listOf(b, a);
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
        if (bound + gain >= move.delta) break;
        work += WORK_PER_SWAP;
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
        if (swap >= move.delta) continue;
        move.consider(swap, x, kx, y, ky, isTabu(x, b) || isTabu(y, a), overload + change);
      }
    }
  }
  return work;
}
