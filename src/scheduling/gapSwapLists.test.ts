/**
 * The tabu step's swap lists: for each agent b and agent a, the arcs to a of b's jobs, in
 * ascending cost change (ties by arc), short lists sorted by insertion and long ones by
 * `Array.sort`, the same order either way; in one array by (b, a) or in a map per agent b.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexProblem } from './assignmentProblem.js';
import { GapState } from './gapState.js';
import { GapSwapLists } from './gapSwapLists.js';

describe('GapSwapLists', () => {
  it('lists each agent’s jobs’ arcs to every other agent, by cost change, then arc', () => {
    const instances = fc
      .record({ agents: fc.integer({ min: 2, max: 4 }), jobs: fc.integer({ min: 1, max: 120 }) })
      .chain(({ agents, jobs }) =>
        fc.record({
          agents: fc.constant(agents),
          costs: fc.array(fc.integer({ min: 0, max: 6 }), {
            minLength: agents * jobs,
            maxLength: agents * jobs,
          }),
          at: fc.array(fc.nat(agents - 1), { minLength: jobs, maxLength: jobs }),
        }),
      );
    fc.assert(
      fc.property(instances, ({ agents, costs, at }) => {
        const problem = indexProblem({
          agents: Array.from({ length: agents }, (_, a) => ({ id: `a${a}`, capacity: 5 })),
          jobs: at.map((_, j) => ({ id: `j${j}` })),
          candidates: costs.map((cost, c) => ({
            agent: `a${c % agents}`,
            job: `j${Math.floor(c / agents)}`,
            cost,
            load: 1 + (c % 3),
          })),
        });
        const state = new GapState(problem);
        for (const [j, a] of at.entries())
          for (let k = problem.start[j] as number; k < (problem.start[j + 1] as number); k++)
            if (problem.agent[k] === a) state.put(j, k);
        const flat = new GapSwapLists(problem.cost.length, agents);
        const mapped = new GapSwapLists(problem.cost.length, agents, 0);
        flat.refresh(state);
        state.dirty.fill(1); // the first refresh read every agent's jobs: read them again
        mapped.refresh(state);
        for (let b = 0; b < agents; b++)
          for (let a = 0; a < agents; a++) {
            if (a === b) continue;
            const expected: number[] = [];
            for (const y of state.held[b] as number[])
              for (let k = problem.start[y] as number; k < (problem.start[y + 1] as number); k++)
                if (problem.agent[k] === a) expected.push(k);
            const gain = (k: number) =>
              (problem.cost[k] as number) -
              (problem.cost[state.arcOf[problem.job[k] as number] as number] as number);
            expected.sort((x, y) => gain(x) - gain(y) || x - y);
            expect(flat.listOf(b, a) ?? []).toEqual(expected);
            expect(mapped.listOf(b, a) ?? []).toEqual(expected);
          }
      }),
    );
  });
});
