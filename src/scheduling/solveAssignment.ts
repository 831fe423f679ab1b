import {
  countIssue,
  integerIssue,
  numberIssue,
  objectIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type AssignmentProblem, indexProblem } from './assignmentProblem.js';
import { gapSearch } from './gapSearch.js';
import { lagrangianBound } from './lagrangianBound.js';
import { unitLoadAssignment } from './unitLoadAssignment.js';
import type { UnplacedReason } from './unplacedReason.js';

/** Options of {@link solveAssignment}. @category Assignment */
export interface SolveAssignmentOptions {
  /**
   * Tabu-search steps of the heuristic when loads differ: a whole number from 0 to
   * {@link MAX_ROUNDS}. By default 100 per job (at least 5000), or fewer where steps are costly:
   * the search also stops after a fixed amount of work, counted in the moves it weighs (about
   * 1–3 s of one core of a 2026 server). Both are counts, not times, so the same input gives
   * the same answer on every machine; `{ rounds: solution.rounds }` gives that answer again.
   * Given, this many steps are taken and no work budget applies (fewer steps only when the
   * lower bound is reached, no move is left, or `timeLimitMs` runs out).
   */
  readonly rounds?: number;
  /**
   * A wall-clock limit on the heuristic's search, in milliseconds (default: none). It can only
   * cut the search short, and where it does the answer depends on the machine: the same input
   * can give a different answer on a slower or busier machine. `timedOut` in the solution says
   * when it did. Leave it out where answers must repeat (a job run again, a test, an audit).
   */
  readonly timeLimitMs?: number;
  /** Seed of the heuristic's random moves (default 1; any safe integer). */
  readonly seed?: number;
}

/**
 * The most tabu-search steps {@link solveAssignment} takes (10 million): more is `too_big` on
 * `rounds`. With `timeLimitMs: Infinity` this is what bounds the search.
 * @example
 * ```ts
 * solveAssignment(problem, { timeLimitMs: Number.POSITIVE_INFINITY, rounds: MAX_ROUNDS });
 * ```
 * @category Assignment
 */
export const MAX_ROUNDS = 10_000_000;

/**
 * Why a job is not placed: no agent may take it (`noCandidate`), or no assignment found has
 * room for it (`noCapacity`).
 * @category Assignment
 */
export type AssignmentUnplacedReason = Extract<UnplacedReason, 'noCandidate' | 'noCapacity'>;

/**
 * The result of {@link solveAssignment}.
 * @category Assignment
 */
export interface AssignmentSolution {
  /** One entry per assigned job, in the order of `jobs`. */
  readonly assignments: readonly { readonly job: string; readonly agent: string }[];
  /** The total cost of the assignments. */
  readonly cost: number;
  readonly unplaced: readonly {
    readonly job: string;
    readonly reason: AssignmentUnplacedReason;
  }[];
  /**
   * A lower bound on the cost of any assignment that places every job (with loads: the
   * Lagrangian/LP bound); absent when some job is unplaced.
   */
  readonly lowerBound?: number;
  /** Proven optimal: always with unit loads and every job placed; with loads, when the cost meets the bound. */
  readonly optimal: boolean;
  /** How it was solved: exactly (`minCostFlow`, unit loads) or by the heuristic (`localSearch`). */
  readonly method: 'minCostFlow' | 'localSearch';
  /** Tabu-search steps taken (0 for unit loads): `{ rounds }` gives this answer again. */
  readonly rounds: number;
  /**
   * The wall-clock limit (`timeLimitMs`) stopped the search: this answer depends on the
   * machine's speed. Always false without a time limit.
   */
  readonly timedOut: boolean;
}

/**
 * Assign each job to exactly one of its candidate agents, every agent's load within its
 * capacity, at minimum total cost (costs may be negative: negate to maximise).
 *
 * When every load is 1 this is a transportation problem, solved exactly by min-cost flow on the
 * sparse candidate graph (`optimal: true`; capacities count whole jobs). Otherwise it is a
 * Generalised Assignment Problem: a greedy start improved by tabu search (shift and swap moves,
 * strategic oscillation on capacity, restarts from the best solution relinked part of the way
 * toward another good one; where candidates are dense, each job's moves only to a
 * shortlist of agents by cost with capacity priced in), with a Lagrangian
 * lower bound so the gap to the optimum is known. Jobs that cannot be placed come back in
 * `unplaced` with the reason. Malformed input (unknown ids, a pair listed twice, negative
 * capacity, non-finite costs, loads not above 0, a cost, load or capacity past
 * ±`ASSIGNMENT_NUMBER_LIMIT` (1e15) where sums could overflow) throws a `GuanaiError` listing every
 * problem; so does a bad option (`timeLimitMs` not a number ≥ 0, `rounds` not a whole number
 * up to {@link MAX_ROUNDS}, `seed` not a safe integer: `invalid_argument`, `too_small`, `too_big`).
 *
 * The search stops after a number of steps, counted, never timed (unless `timeLimitMs` asks for
 * it), so the same input and seed give the same answer on every machine, fast or slow, busy or
 * idle.
 *
 * @example
 * ```ts
 * const solution = solveAssignment({
 *   agents: [{ id: '李', capacity: 2 }, { id: '王', capacity: 1 }],
 *   jobs: [{ id: 'E-1' }, { id: 'E-2' }, { id: 'E-3' }],
 *   candidates: [
 *     { agent: '李', job: 'E-1', cost: 1.2 },
 *     { agent: '李', job: 'E-2', cost: 0.8 },
 *     { agent: '王', job: 'E-2', cost: 0.5 },
 *     { agent: '王', job: 'E-3', cost: 2.0 },
 *     { agent: '李', job: 'E-3', cost: 3.0 },
 *   ],
 * });
 * solution.assignments; // E-1 → 李, E-2 → 李, E-3 → 王: cost 4.0, optimal
 * ```
 * @category Assignment
 */
export function solveAssignment(
  problem: AssignmentProblem,
  options: SolveAssignmentOptions = {},
): AssignmentSolution {
  checkOptions(options);
  const indexed = indexProblem(problem);
  let arcOf: Int32Array;
  let lowerBound: number | undefined;
  let rounds = 0;
  let timedOut = false;
  if (indexed.unitLoads) {
    arcOf = unitLoadAssignment(indexed).arcOf;
  } else {
    const search = gapSearch(indexed, {
      // A larger problem needs more steps (each moves one or two jobs); the work budget keeps
      // a large one's default to a few seconds. 100 a job: with shortlisted arcs, steps cost
      // less and 200-job instances ran past 50 a job within the budget, still improving.
      rounds: options.rounds ?? Math.max(5000, 100 * indexed.jobIds.length),
      // The default work budget: 300 million units (see SearchResult.work) — more than 1000 ms
      // of search ever gave on the bench's instances on one core of a 2-core 2026 server —
      // shrinking as the candidates outgrow the processor's caches, where a unit costs more
      // (6 ns at 4,000 candidates, 37 ns at 120,000).
      work:
        options.rounds === undefined
          ? (300_000_000 * 32_768) / (32_768 + indexed.cost.length)
          : Number.POSITIVE_INFINITY,
      deadline:
        options.timeLimitMs === undefined
          ? Number.POSITIVE_INFINITY
          : performance.now() + options.timeLimitMs,
      seed: options.seed ?? 1,
      lowerBound: trivialBound(indexed),
    });
    arcOf = search.arcOf;
    rounds = search.rounds;
    timedOut = search.timedOut;
  }
  const assignments: { job: string; agent: string }[] = [];
  const unplaced: { job: string; reason: AssignmentUnplacedReason }[] = [];
  let cost = 0;
  indexed.jobIds.forEach((job, j) => {
    const k = arcOf[j] as number;
    if (k >= 0) {
      assignments.push({ job, agent: indexed.agentIds[indexed.agent[k] as number] as string });
      cost += indexed.cost[k] as number;
    } else {
      const none = (indexed.start[j] as number) === (indexed.start[j + 1] as number);
      unplaced.push({ job, reason: none ? 'noCandidate' : 'noCapacity' });
    }
  });
  const placedAll = unplaced.length === 0;
  if (placedAll) lowerBound = indexed.unitLoads ? cost : lagrangianBound(indexed, cost, 300);
  const optimal =
    placedAll &&
    (indexed.unitLoads ||
      (lowerBound !== undefined && cost <= lowerBound + 1e-9 * Math.max(1, Math.abs(cost))));
  return {
    assignments,
    cost,
    unplaced,
    ...(lowerBound === undefined ? {} : { lowerBound }),
    optimal,
    method: indexed.unitLoads ? 'minCostFlow' : 'localSearch',
    rounds,
    timedOut,
  };
}

function checkOptions(options: SolveAssignmentOptions): void {
  throwIssues([objectIssue(options, 'options')]);
  throwIssues([
    numberIssue(options.timeLimitMs, 'timeLimitMs', { optional: true, minimum: 0, infinite: true }),
    countIssue(options.rounds, 'rounds', { optional: true, maximum: MAX_ROUNDS }),
    integerIssue(options.seed, 'seed', { optional: true }),
  ]);
}

/** Each job at its cheapest agent: a first lower bound the search can stop at. */
function trivialBound(problem: ReturnType<typeof indexProblem>): number {
  let bound = 0;
  for (let j = 0; j < problem.jobIds.length; j++)
    if ((problem.start[j] as number) < (problem.start[j + 1] as number))
      bound += problem.cost[problem.start[j] as number] as number;
  return bound;
}
