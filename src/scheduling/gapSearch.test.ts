/**
 * gapSearch's work budget: a count of the moves it weighs, so where it stops is the same on
 * every machine, and the steps it took give the same answer again.
 */
import { describe, expect, it } from 'vitest';
import { gapInstances } from '../../test/fixtures/gapInstances.js';
import { indexProblem } from './assignmentProblem.js';
import { gapSearch } from './gapSearch.js';

describe('gapSearch: the work budget', () => {
  const [instance] = gapInstances(12);
  if (!instance) throw new Error('no instance');
  const problem = indexProblem(instance.problem);
  const limits = { seed: 1, lowerBound: Number.NEGATIVE_INFINITY };

  it('stops once the work is spent, at the same step every time', () => {
    const budget = 2_000_000;
    const first = gapSearch(problem, { ...limits, rounds: 1_000_000, work: budget });
    expect(first.work).toBeGreaterThanOrEqual(budget);
    expect(first.rounds).toBeGreaterThan(10);
    expect(first.rounds).toBeLessThan(1_000_000);
    expect(first.timedOut).toBe(false);
    expect(gapSearch(problem, { ...limits, rounds: 1_000_000, work: budget })).toEqual(first);
  });

  it('gives the answer of its steps alone: a larger budget only searches on', () => {
    const budgeted = gapSearch(problem, { ...limits, rounds: 1_000_000, work: 2_000_000 });
    const stepped = gapSearch(problem, {
      ...limits,
      rounds: budgeted.rounds,
      work: Number.POSITIVE_INFINITY,
    });
    expect(stepped).toEqual(budgeted);
    const longer = gapSearch(problem, { ...limits, rounds: 1_000_000, work: 8_000_000 });
    expect(longer.rounds).toBeGreaterThan(budgeted.rounds);
    expect(longer.cost).toBeLessThanOrEqual(budgeted.cost);
  });
});
