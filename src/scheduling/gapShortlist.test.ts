/**
 * The shortlists of gapSearch: capacity prices, each job's arcs cut to the agents worth its
 * while (its cheapest always kept, the order kept), nothing cut where the candidates are
 * sparse or capacity is short; the priced greedy start; and gapSearch's answers on random
 * dense instances (arcs of the full problem, the cost they sum to, no overload, repeatable).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type AssignmentProblem, type IndexedProblem, indexProblem } from './assignmentProblem.js';
import { gapGreedyStart } from './gapGreedyStart.js';
import { gapSearch } from './gapSearch.js';
import { capacityPrices, shortlistArcs } from './gapShortlist.js';
import { GapState } from './gapState.js';

/** A dense instance: every job may go to every agent; loads and costs from the arrays. */
function dense(
  agents: number,
  cells: readonly { cost: number; load: number }[],
  tightness: number,
): AssignmentProblem {
  const jobs = Math.floor(cells.length / agents);
  const candidates = [];
  const loadOf = new Array<number>(agents).fill(0);
  for (let a = 0; a < agents; a++)
    for (let j = 0; j < jobs; j++) {
      const { cost, load } = cells[a * jobs + j] as { cost: number; load: number };
      candidates.push({ agent: `a${a}`, job: `j${j}`, cost, load });
      loadOf[a] = (loadOf[a] as number) + load;
    }
  return {
    agents: loadOf.map((total, a) => ({ id: `a${a}`, capacity: Math.floor(total * tightness) })),
    jobs: Array.from({ length: jobs }, (_, j) => ({ id: `j${j}` })),
    candidates,
  };
}

const denseInstances = fc
  .record({
    agents: fc.integer({ min: 7, max: 12 }),
    jobs: fc.integer({ min: 10, max: 40 }),
    tightness: fc.double({ min: 0.05, max: 0.3, noNaN: true }),
    seed: fc.integer({ min: 1, max: 1000 }),
  })
  .chain(({ agents, jobs, tightness, seed }) =>
    fc
      .array(
        fc.record({
          cost: fc.integer({ min: -50, max: 100 }),
          load: fc.integer({ min: 1, max: 30 }),
        }),
        { minLength: agents * jobs, maxLength: agents * jobs },
      )
      .map((cells) => ({ problem: indexProblem(dense(agents, cells, tightness)), seed })),
  );

/** Each job's arcs as [agent, cost, load] triples. */
function arcsOf(problem: IndexedProblem, j: number): [number, number, number][] {
  const arcs: [number, number, number][] = [];
  for (let k = problem.start[j] as number; k < (problem.start[j + 1] as number); k++)
    arcs.push([problem.agent[k] as number, problem.cost[k] as number, problem.load[k] as number]);
  return arcs;
}

describe('capacityPrices', () => {
  it('prices nothing where every job fits at its cheapest agent', () => {
    const problem = indexProblem({
      agents: [
        { id: 'a', capacity: 10 },
        { id: 'b', capacity: 10 },
      ],
      jobs: [{ id: 'x' }, { id: 'y' }],
      candidates: [
        { agent: 'a', job: 'x', cost: 1, load: 3 },
        { agent: 'b', job: 'x', cost: 5, load: 3 },
        { agent: 'a', job: 'y', cost: 9, load: 3 },
        { agent: 'b', job: 'y', cost: 2, load: 3 },
      ],
    });
    expect(Array.from(capacityPrices(problem, 50))).toEqual([0, 0]);
  });

  it('prices the agent every job wants until some go elsewhere', () => {
    const problem = indexProblem({
      agents: [
        { id: 'a', capacity: 4 },
        { id: 'b', capacity: 10 },
      ],
      jobs: [{ id: 'x' }, { id: 'y' }],
      candidates: [
        { agent: 'a', job: 'x', cost: 1, load: 3 },
        { agent: 'b', job: 'x', cost: 5, load: 3 },
        { agent: 'a', job: 'y', cost: 1, load: 3 },
        { agent: 'b', job: 'y', cost: 9, load: 3 },
      ],
    });
    const [a, b] = capacityPrices(problem, 100);
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(0);
  });
});

describe('shortlistArcs', () => {
  it('keeps each job its cheapest arc and a shortlist of the rest, in order, as they were', () => {
    fc.assert(
      fc.property(denseInstances, ({ problem }) => {
        const { problem: short, arcOf } = shortlistArcs(problem);
        if (arcOf === undefined) return; // capacity short: nothing cut
        const jobs = problem.start.length - 1;
        const keep = Math.max(6, Math.ceil(0.3 * problem.capacity.length));
        for (let j = 0; j < jobs; j++) {
          const kept = arcsOf(short, j);
          const all = arcsOf(problem, j);
          expect(kept.length).toBeGreaterThanOrEqual(Math.min(keep, all.length));
          expect(kept.length).toBeLessThanOrEqual(keep + 1);
          expect(kept[0]).toEqual(all[0]);
          for (let i = 1; i < kept.length; i++)
            expect((kept[i] as number[])[1]).toBeGreaterThanOrEqual(
              (kept[i - 1] as number[])[1] as number,
            );
          for (let k = short.start[j] as number; k < (short.start[j + 1] as number); k++) {
            const original = arcOf[k] as number;
            expect(problem.job[original]).toBe(j);
            expect(short.job[k]).toBe(j);
            expect([short.agent[k], short.cost[k], short.load[k]]).toEqual([
              problem.agent[original],
              problem.cost[original],
              problem.load[original],
            ]);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('cuts nothing where the candidates are sparse or the jobs outweigh every capacity', () => {
    const jobs = Array.from({ length: 12 }, (_, j) => ({ id: `j${j}` }));
    const agents = Array.from({ length: 20 }, (_, a) => ({ id: `a${a}`, capacity: 100 }));
    // Each job may go to 8 of the 20 agents: fewer than half of all pairs.
    const sparse = indexProblem({
      agents,
      jobs,
      candidates: jobs.flatMap((_, j) =>
        Array.from({ length: 8 }, (_, i) => ({
          agent: `a${(j + i) % 20}`,
          job: `j${j}`,
          cost: i,
          load: 2,
        })),
      ),
    });
    expect(shortlistArcs(sparse).problem).toBe(sparse);
    const full = (capacity: number) =>
      indexProblem({
        agents: agents.map((a) => ({ ...a, capacity })),
        jobs,
        candidates: jobs.flatMap((_, j) =>
          agents.map((_, a) => ({ agent: `a${a}`, job: `j${j}`, cost: (a * 7 + j) % 11, load: 5 })),
        ),
      });
    expect(shortlistArcs(full(100)).arcOf).toBeDefined();
    const overbooked = full(2); // 12 jobs of load 5 > 20 agents × 2
    expect(shortlistArcs(overbooked).problem).toBe(overbooked);
  });
});

describe('gapGreedyStart', () => {
  it('with every price 0 chooses as it does by cost alone', () => {
    fc.assert(
      fc.property(denseInstances, ({ problem }) => {
        const byCost = new GapState(problem);
        const priced = new GapState(problem);
        const a = gapGreedyStart(byCost);
        const b = gapGreedyStart(priced, new Float64Array(problem.capacity.length));
        expect(b.placeable).toEqual(a.placeable);
        expect(Array.from(b.regret)).toEqual(Array.from(a.regret));
        expect(Array.from(priced.arcOf)).toEqual(Array.from(byCost.arcOf));
      }),
      { numRuns: 40 },
    );
  });
});

describe('gapSearch on shortlists', () => {
  const limits = {
    rounds: 300,
    work: Number.POSITIVE_INFINITY,
    deadline: Number.POSITIVE_INFINITY,
    lowerBound: Number.NEGATIVE_INFINITY,
  };
  it('answers with arcs of the full problem, their cost, no overload, the same each time', () => {
    fc.assert(
      fc.property(denseInstances, ({ problem, seed }) => {
        const result = gapSearch(problem, { ...limits, seed });
        const used = new Float64Array(problem.capacity.length);
        let cost = 0;
        result.arcOf.forEach((k, j) => {
          if (k < 0) return;
          expect(problem.job[k]).toBe(j);
          cost += problem.cost[k] as number;
          const a = problem.agent[k] as number;
          used[a] = (used[a] as number) + (problem.load[k] as number);
        });
        used.forEach((load, a) => {
          expect(load).toBeLessThanOrEqual((problem.capacity[a] as number) + 1e-9);
        });
        expect(result.cost).toBeCloseTo(cost, 6);
        expect(gapSearch(problem, { ...limits, seed })).toEqual(result);
      }),
      { numRuns: 25 },
    );
  });
});
