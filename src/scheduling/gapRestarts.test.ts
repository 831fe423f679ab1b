/**
 * The tabu walk's restarts: the elite (the few best distinct feasible assignments, cheapest
 * first) and path relinking (a share of the differing jobs moved to the guide's arcs, the
 * state's sums kept), checked on small hand-made cases and random dense instances.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type IndexedProblem, indexProblem } from './assignmentProblem.js';
import { BestFound } from './gapBest.js';
import { GapElite } from './gapElite.js';
import { gapRelink } from './gapRelink.js';
import { GapState } from './gapState.js';

/** A found assignment with these arcs and cost. */
function found(arcs: number[], cost: number, feasible = true): BestFound {
  const best = new BestFound(arcs.length);
  best.arcs.set(arcs);
  best.cost = cost;
  best.feasible = feasible;
  return best;
}

describe('GapElite', () => {
  it('keeps the cheapest distinct feasible assignments, cheapest first', () => {
    const elite = new GapElite(2);
    elite.add(found([0, 2], 7));
    elite.add(found([1, 2], 5));
    elite.add(found([1, 2], 5));
    elite.add(found([0, 3], 1, false));
    elite.add(found([1, 3], 9));
    expect(elite.solutions.map(({ arcs, cost }) => [Array.from(arcs), cost])).toEqual([
      [[1, 2], 5],
      [[0, 2], 7],
    ]);
  });

  it('copies what it keeps, and picks nothing when empty', () => {
    const elite = new GapElite(3);
    expect(elite.pick(() => 0.5)).toBeUndefined();
    const best = found([4, 5], 3);
    elite.add(best);
    best.arcs.fill(0);
    expect(Array.from(elite.pick(() => 0.99)?.arcs ?? [])).toEqual([4, 5]);
  });
});

/** Every job may go to every agent: job j's arc to agent a is j·agents + a (costs ascend). */
function denseProblem(agents: number, cells: readonly [number, number][]): IndexedProblem {
  const jobs = Math.floor(cells.length / agents);
  const candidates = [];
  for (let j = 0; j < jobs; j++)
    for (let a = 0; a < agents; a++) {
      const [cost, load] = cells[j * agents + a] as [number, number];
      candidates.push({ agent: `a${a}`, job: `j${j}`, cost, load });
    }
  return indexProblem({
    agents: Array.from({ length: agents }, (_, a) => ({ id: `a${a}`, capacity: 3 * jobs })),
    jobs: Array.from({ length: jobs }, (_, j) => ({ id: `j${j}` })),
    candidates,
  });
}

describe('gapRelink', () => {
  it('moves the cheapest differing job first, then stops at its share', () => {
    const problem = indexProblem({
      agents: [
        { id: 'a', capacity: 10 },
        { id: 'b', capacity: 10 },
      ],
      jobs: [{ id: 'x' }, { id: 'y' }],
      candidates: [
        { agent: 'a', job: 'x', cost: 1, load: 1 },
        { agent: 'b', job: 'x', cost: 4, load: 1 },
        { agent: 'a', job: 'y', cost: 1, load: 1 },
        { agent: 'b', job: 'y', cost: 2, load: 1 },
      ],
    });
    const state = new GapState(problem);
    const arcTo = (job: number, agent: number) => {
      for (let k = problem.start[job] as number; k < (problem.start[job + 1] as number); k++)
        if (problem.agent[k] === agent) return k;
      throw new Error('no arc');
    };
    state.put(0, arcTo(0, 0));
    state.put(1, arcTo(1, 0));
    const guide = Int32Array.of(arcTo(0, 1), arcTo(1, 1));
    const moves: [number, number][] = [];
    expect(gapRelink(state, [0, 1], guide, 0.5, (job, agent) => moves.push([job, agent]))).toBe(1);
    expect(moves).toEqual([[1, 0]]);
    expect(Array.from(state.arcOf)).toEqual([arcTo(0, 0), arcTo(1, 1)]);
  });

  it('leaves each job at its arc or the guide’s, moves its share, and keeps the sums', () => {
    const instances = fc
      .record({ agents: fc.integer({ min: 2, max: 5 }), jobs: fc.integer({ min: 1, max: 12 }) })
      .chain(({ agents, jobs }) =>
        fc.record({
          agents: fc.constant(agents),
          cells: fc.array(
            fc.tuple(fc.integer({ min: -9, max: 30 }), fc.integer({ min: 1, max: 9 })),
            {
              minLength: agents * jobs,
              maxLength: agents * jobs,
            },
          ),
          from: fc.array(fc.nat(agents - 1), { minLength: jobs, maxLength: jobs }),
          to: fc.array(fc.nat(agents - 1), { minLength: jobs, maxLength: jobs }),
          share: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      );
    fc.assert(
      fc.property(instances, ({ agents, cells, from, to, share }) => {
        const problem = denseProblem(agents, cells);
        const arc = (j: number, a: number) => {
          for (let k = problem.start[j] as number; k < (problem.start[j + 1] as number); k++)
            if (problem.agent[k] === a) return k;
          return -1;
        };
        const state = new GapState(problem);
        const placeable = from.map((_, j) => j);
        for (const [j, a] of from.entries()) state.put(j, arc(j, a));
        const before = Int32Array.from(state.arcOf);
        const guide = Int32Array.from(to, (a, j) => arc(j, a));
        const differing = placeable.filter((j) => before[j] !== guide[j]).length;
        const moved = gapRelink(state, placeable, guide, share, () => {});
        expect(moved).toBe(Math.floor(differing * share));
        const now = placeable.filter((j) => state.arcOf[j] !== before[j]);
        expect(now.length).toBe(moved);
        for (const j of now) expect(state.arcOf[j]).toBe(guide[j]);
        const fresh = new GapState(problem);
        for (const j of placeable) fresh.put(j, state.arcOf[j] as number);
        expect(state.totalCost).toBeCloseTo(fresh.totalCost, 9);
        expect(state.overload).toBeCloseTo(fresh.overload, 9);
        expect(Array.from(state.used)).toEqual(Array.from(fresh.used));
      }),
    );
  });
});
