/**
 * solveAssignment: exactness with unit loads (against brute force), the GAP heuristic against
 * the published optima of OR-Library gap1–gap12, feasibility laws on random instances, and
 * coded errors for malformed problems.
 */
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { gapInstances } from '../../test/fixtures/gapInstances.js';
import { GuanaiError } from '../errors/index.js';
import type { AssignmentProblem } from './assignmentProblem.js';
import {
  type AssignmentSolution,
  type SolveAssignmentOptions,
  solveAssignment,
} from './solveAssignment.js';

function problems(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError)
      return error.issues.map((i) => `${i.path.join('.')} ${i.code}`);
    throw error;
  }
  return [];
}

/** Loads per agent and the agent of each job, checked against capacities and candidates. */
function feasible(problem: AssignmentProblem, solution: AssignmentSolution): boolean {
  const used = new Map<string, number>();
  const seen = new Set<string>();
  let cost = 0;
  for (const { job, agent } of solution.assignments) {
    if (seen.has(job)) return false;
    seen.add(job);
    const candidate = problem.candidates.find((c) => c.job === job && c.agent === agent);
    if (!candidate) return false;
    used.set(agent, (used.get(agent) ?? 0) + (candidate.load ?? 1));
    cost += candidate.cost;
  }
  for (const { job } of solution.unplaced) if (seen.has(job)) return false;
  if (seen.size + solution.unplaced.length !== problem.jobs.length) return false;
  if (Math.abs(cost - solution.cost) > 1e-6) return false;
  return problem.agents.every((a) => (used.get(a.id) ?? 0) <= a.capacity + 1e-9);
}

/** The best (most jobs placed, then least cost) assignment by trying them all. */
function bruteForce(problem: AssignmentProblem): { placed: number; cost: number } {
  let best = { placed: -1, cost: Number.POSITIVE_INFINITY };
  const used = new Map<string, number>();
  const visit = (j: number, placed: number, cost: number) => {
    if (j === problem.jobs.length) {
      if (placed > best.placed || (placed === best.placed && cost < best.cost - 1e-9))
        best = { placed, cost };
      return;
    }
    visit(j + 1, placed, cost);
    const job = problem.jobs[j]?.id;
    for (const c of problem.candidates) {
      if (c.job !== job) continue;
      const capacity = problem.agents.find((a) => a.id === c.agent)?.capacity ?? 0;
      const load = c.load ?? 1;
      if ((used.get(c.agent) ?? 0) + load > capacity + 1e-9) continue;
      used.set(c.agent, (used.get(c.agent) ?? 0) + load);
      visit(j + 1, placed + 1, cost + c.cost);
      used.set(c.agent, (used.get(c.agent) ?? 0) - load);
    }
  };
  visit(0, 0, 0);
  return best;
}

/** Small random problems: up to 4 agents, 6 jobs, some pairs missing. */
const smallProblem = (unit: boolean) =>
  fc
    .record({
      capacities: fc.array(fc.integer({ min: 0, max: unit ? 3 : 9 }), {
        minLength: 1,
        maxLength: 4,
      }),
      jobs: fc.integer({ min: 1, max: 6 }),
      seed: fc.array(
        fc.tuple(fc.boolean(), fc.integer({ min: -20, max: 50 }), fc.integer({ min: 1, max: 5 })),
        {
          minLength: 24,
          maxLength: 24,
        },
      ),
    })
    .map(({ capacities, jobs, seed }): AssignmentProblem => {
      const candidates: AssignmentProblem['candidates'][number][] = [];
      capacities.forEach((_, a) => {
        for (let j = 0; j < jobs; j++) {
          const [allowed, cost, load] = seed[(a * 6 + j) % 24] as [boolean, number, number];
          if (allowed || (a + j) % 3 === 0)
            candidates.push({
              agent: `a${a}`,
              job: `j${j}`,
              cost: cost + a * 0.5,
              ...(unit ? {} : { load }),
            });
        }
      });
      return {
        agents: capacities.map((capacity, a) => ({ id: `a${a}`, capacity })),
        jobs: Array.from({ length: jobs }, (_, j) => ({ id: `j${j}` })),
        candidates,
      };
    });

describe('unit loads: exact min-cost flow', () => {
  it('places as many jobs as can be placed, at the least cost, and says it is optimal', () => {
    fc.assert(
      fc.property(smallProblem(true), (problem) => {
        const solution = solveAssignment(problem);
        expect(feasible(problem, solution)).toBe(true);
        const best = bruteForce(problem);
        expect(solution.assignments.length).toBe(best.placed);
        if (solution.unplaced.length === 0) {
          expect(solution.cost).toBeCloseTo(best.cost, 9);
          expect(solution).toMatchObject({
            optimal: true,
            method: 'minCostFlow',
            lowerBound: solution.cost,
          });
        }
      }),
      { numRuns: 400 },
    );
  });

  it('the example: a cheaper pair is given up where it frees a needed agent', () => {
    const solution = solveAssignment({
      agents: [
        { id: '李', capacity: 2 },
        { id: '王', capacity: 1 },
      ],
      jobs: [{ id: 'E-1' }, { id: 'E-2' }, { id: 'E-3' }],
      candidates: [
        { agent: '李', job: 'E-1', cost: 1.2 },
        { agent: '李', job: 'E-2', cost: 0.8 },
        { agent: '王', job: 'E-2', cost: 0.5 },
        { agent: '王', job: 'E-3', cost: 2.0 },
        { agent: '李', job: 'E-3', cost: 3.0 },
      ],
    });
    expect(solution.assignments).toEqual([
      { job: 'E-1', agent: '李' },
      { job: 'E-2', agent: '李' },
      { job: 'E-3', agent: '王' },
    ]);
    expect(solution.cost).toBeCloseTo(4.0, 12);
    expect(solution.optimal).toBe(true);
  });

  it('maximises with negative costs, and says why jobs are left out', () => {
    const solution = solveAssignment({
      agents: [{ id: 'a', capacity: 1 }],
      jobs: [{ id: 'x' }, { id: 'y' }, { id: 'z' }],
      candidates: [
        { agent: 'a', job: 'x', cost: -3 },
        { agent: 'a', job: 'y', cost: -5 },
      ],
    });
    expect(solution.assignments).toEqual([{ job: 'y', agent: 'a' }]);
    expect(solution.unplaced).toEqual([
      { job: 'x', reason: 'noCapacity' },
      { job: 'z', reason: 'noCandidate' },
    ]);
    expect(solution.optimal).toBe(false);
    expect(solution.lowerBound).toBeUndefined();
  });
});

describe('loads: the Generalised Assignment heuristic', () => {
  it('never overloads an agent, places each job once, and its bound is below its cost', () => {
    fc.assert(
      fc.property(smallProblem(false), (problem) => {
        const solution = solveAssignment(problem, {
          rounds: 50,
          timeLimitMs: Number.POSITIVE_INFINITY,
        });
        expect(feasible(problem, solution)).toBe(true);
        if (solution.lowerBound !== undefined)
          expect(solution.lowerBound).toBeLessThanOrEqual(solution.cost + 1e-9);
        const best = bruteForce(problem);
        // When everything fits, the search finds the optimum of these small problems.
        if (best.placed === problem.jobs.length && solution.unplaced.length === 0)
          expect(solution.cost).toBeCloseTo(best.cost, 6);
      }),
      { numRuns: 200 },
    );
  });

  it('with no feasible solution for everyone, still places every job that fits', () => {
    const solution = solveAssignment({
      agents: [
        { id: 'A', capacity: 2 },
        { id: 'B', capacity: 0 },
      ],
      jobs: [{ id: 'J1' }, { id: 'J2' }],
      candidates: [
        { agent: 'A', job: 'J1', cost: 1, load: 1 },
        { agent: 'B', job: 'J1', cost: 1, load: 1 },
        { agent: 'A', job: 'J2', cost: 1, load: 5 },
      ],
    });
    expect(solution.assignments).toEqual([{ job: 'J1', agent: 'A' }]);
    expect(solution.unplaced).toEqual([{ job: 'J2', reason: 'noCapacity' }]);
  });

  it('is deterministic for a seed when only rounds limit it', () => {
    const [instance] = gapInstances(5);
    if (!instance) throw new Error('no instance');
    const options = { rounds: 100, timeLimitMs: Number.POSITIVE_INFINITY, seed: 7 };
    expect(solveAssignment(instance.problem, options)).toEqual(
      solveAssignment(instance.problem, options),
    );
  });

  it('comes within 0.1 % of the optimum of OR-Library gap1–gap4 on average, with a valid bound', () => {
    const gaps: number[] = [];
    for (const file of [1, 2, 3, 4]) {
      for (const instance of gapInstances(file)) {
        const solution = solveAssignment(instance.problem, {
          rounds: 400,
          timeLimitMs: Number.POSITIVE_INFINITY,
        });
        expect(solution.unplaced, instance.name).toEqual([]);
        expect(feasible(instance.problem, solution), instance.name).toBe(true);
        expect(solution.cost).toBeGreaterThanOrEqual(instance.optimum - 1e-9);
        expect(solution.lowerBound as number).toBeLessThanOrEqual(instance.optimum + 1e-6);
        gaps.push((solution.cost - instance.optimum) / Math.abs(instance.optimum));
      }
    }
    expect(gaps).toHaveLength(20);
    expect(gaps.reduce((a, b) => a + b, 0) / gaps.length).toBeLessThanOrEqual(0.001);
  });
});

describe('determinism: the default stop is counted, never timed', () => {
  const [instance] = gapInstances(1);
  if (!instance) throw new Error('no instance');
  const { problem } = instance;

  /** Run `solve` with `performance.now()` reading `tick` ms later at every call. */
  function withClock<T>(tick: number, solve: () => T): T {
    let now = 0;
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => {
      now += tick;
      return now;
    });
    try {
      return solve();
    } finally {
      clock.mockRestore();
    }
  }

  it('gives the same answer on a machine slowed to a crawl (the old 1 s default gave up)', () => {
    const answer = solveAssignment(problem);
    // An hour passes between any two readings of the clock: the old default searched 0 steps.
    expect(withClock(3_600_000, () => solveAssignment(problem))).toEqual(answer);
    expect(answer).toMatchObject({ cost: instance.optimum, rounds: 5000, timedOut: false });
  });

  it('reads no clock without a time limit, and its steps give the same answer again', () => {
    const clock = vi.spyOn(performance, 'now');
    try {
      const answer = solveAssignment(problem, { seed: 3 });
      expect(clock).not.toHaveBeenCalled();
      expect(solveAssignment(problem, { seed: 3, rounds: answer.rounds })).toEqual(answer);
    } finally {
      clock.mockRestore();
    }
  });

  it('a time limit says when it cut the search short; its steps repeat that answer', () => {
    // 300 ms pass per reading: the 1000 ms limit runs out after 3 steps.
    const cut = withClock(300, () => solveAssignment(problem, { timeLimitMs: 1000 }));
    expect(cut).toMatchObject({ rounds: 3, timedOut: true });
    expect(solveAssignment(problem, { rounds: 3 })).toEqual({ ...cut, timedOut: false });
    // A clock that stands still never cuts it: the default's answer.
    expect(withClock(0, () => solveAssignment(problem, { timeLimitMs: 1000 }))).toEqual(
      solveAssignment(problem),
    );
  });
});

describe('malformed problems: coded issues with paths', () => {
  it('lists every problem at once', () => {
    expect(
      problems(() =>
        solveAssignment({
          agents: [
            { id: 'a', capacity: -1 },
            { id: 'a', capacity: 2 },
            { id: 'b', capacity: Number.NaN },
          ],
          jobs: [{ id: 'x' }],
          candidates: [
            { agent: 'a', job: 'x', cost: 1 },
            { agent: 'a', job: 'x', cost: 2 },
            { agent: 'c', job: 'y', cost: 1 },
            { agent: 'a', job: 'x', cost: Number.POSITIVE_INFINITY },
            { agent: 'a', job: 'x', cost: 1, load: 0 },
          ],
        }),
      ),
    ).toEqual([
      'agents.1.id duplicate_id',
      'agents.0.capacity too_small',
      'agents.2.capacity invalid_type',
      'candidates.1 duplicate_value',
      'candidates.2.agent unknown_reference',
      'candidates.2.job unknown_reference',
      'candidates.3.cost not_finite',
      'candidates.4.load too_small',
    ]);
  });

  it('names a missing list', () => {
    expect(
      problems(() => solveAssignment({ agents: [], jobs: [] } as unknown as AssignmentProblem)),
    ).toEqual(['candidates invalid_type']);
  });
});

describe('numbers that would overflow, and bad options: coded, never a wrong "optimal"', () => {
  const tiny: AssignmentProblem = {
    agents: [{ id: 'A', capacity: 2 }],
    jobs: [{ id: 'J1' }, { id: 'J2' }],
    candidates: [
      { agent: 'A', job: 'J1', cost: 1.7e308 },
      { agent: 'A', job: 'J2', cost: 1.7e308 },
    ],
  };

  it('rejects costs whose sum overflows (1.7e308 twice was Infinity, optimal)', () => {
    expect(problems(() => solveAssignment(tiny))).toEqual([
      'candidates.0.cost too_big',
      'candidates.1.cost too_big',
    ]);
    const negative = {
      ...tiny,
      candidates: tiny.candidates.map((c) => ({ ...c, cost: -1.7e308 })),
    };
    expect(problems(() => solveAssignment(negative))).toEqual([
      'candidates.0.cost too_small',
      'candidates.1.cost too_small',
    ]);
  });

  it('rejects loads and capacities past the limit', () => {
    const heavy: AssignmentProblem = {
      agents: [{ id: 'A', capacity: 1e300 }],
      jobs: [{ id: 'J1' }],
      candidates: [{ agent: 'A', job: 'J1', cost: 1, load: 1e300 }],
    };
    expect(problems(() => solveAssignment(heavy))).toEqual([
      'agents.0.capacity too_big',
      'candidates.0.load too_big',
    ]);
  });

  it('keeps sums finite at the limit', () => {
    const atLimit = {
      ...tiny,
      candidates: tiny.candidates.map((c) => ({ ...c, cost: 1e15 })),
    };
    expect(solveAssignment(atLimit).cost).toBe(2e15);
  });

  it('names a bad rounds, seed or time limit', () => {
    const ok = { ...tiny, candidates: tiny.candidates.map((c) => ({ ...c, cost: 1, load: 0.5 })) };
    expect(problems(() => solveAssignment(ok, { rounds: Number.NaN }))).toEqual([
      'rounds invalid_argument',
    ]);
    expect(problems(() => solveAssignment(ok, { rounds: 2.5, seed: Number.NaN }))).toEqual([
      'rounds invalid_argument',
      'seed invalid_argument',
    ]);
    expect(problems(() => solveAssignment(ok, { rounds: 1e12 }))).toEqual(['rounds too_big']);
    expect(problems(() => solveAssignment(ok, { timeLimitMs: Number.NaN }))).toEqual([
      'timeLimitMs invalid_argument',
    ]);
    expect(problems(() => solveAssignment(ok, { timeLimitMs: -1 }))).toEqual([
      'timeLimitMs too_small',
    ]);
    expect(problems(() => solveAssignment(ok, null as unknown as SolveAssignmentOptions))).toEqual([
      'options invalid_argument',
    ]);
    expect(solveAssignment(ok, { timeLimitMs: Number.POSITIVE_INFINITY, rounds: 10 }).cost).toBe(2);
  });
});
