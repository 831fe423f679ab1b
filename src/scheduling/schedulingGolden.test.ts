/**
 * Fixed results of the three big solvers (gapSearch, pairElders, planVisits/replan) on fixed
 * instances and seeds, as digests: a refactoring that is meant to change nothing must leave
 * every digest as it is, bit for bit (costs and km included).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { gapInstances } from '../../test/fixtures/gapInstances.js';
import { type Elder, plainDate } from '../models/index.js';
import { expandPlans, planFromPreset } from '../recurrence/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { type IndexedProblem, indexProblem } from './assignmentProblem.js';
import { gapSearch } from './gapSearch.js';
import { pairElders } from './pairElders.js';
import { planVisits, replan } from './planVisits.js';

/** A digest of a value with object keys sorted and typed arrays as arrays. */
function digest(value: unknown): string {
  const canonical = (v: unknown): unknown => {
    if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
    if (Array.isArray(v)) return v.map(canonical);
    if (v && typeof v === 'object')
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, canonical((v as Record<string, unknown>)[k])]),
      );
    return v;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(value)))
    .digest('hex')
    .slice(0, 16);
}

const open = { lowerBound: Number.NEGATIVE_INFINITY, deadline: Number.POSITIVE_INFINITY };

/** The problem with every capacity scaled: below 1, no feasible solution may be found. */
function scaled(problem: IndexedProblem, by: number): IndexedProblem {
  return { ...problem, capacity: problem.capacity.map((c) => Math.floor(c * by)) };
}

describe('golden: gapSearch', () => {
  const instances = [...gapInstances(1).slice(0, 2), ...gapInstances(12).slice(0, 1)];
  it('gives the same arcs, cost, rounds and work on OR-Library instances', () => {
    const results = instances.map((instance) =>
      gapSearch(indexProblem(instance.problem), { ...open, seed: 7, rounds: 3000, work: 5e7 }),
    );
    expect(results.map((r) => r.cost)).toMatchSnapshot();
    expect(digest(results)).toMatchSnapshot();
  });
  it('repairs the same way when capacity is short (no feasible solution found)', () => {
    const results = instances.map((instance) =>
      gapSearch(scaled(indexProblem(instance.problem), 0.7), {
        ...open,
        seed: 3,
        rounds: 400,
        work: Number.POSITIVE_INFINITY,
      }),
    );
    expect(results.map((r) => [r.cost, r.arcOf.filter((k) => k < 0).length])).toMatchSnapshot();
    expect(digest(results)).toMatchSnapshot();
  });
});

const asOf = plainDate('2026-03-01');
const sample = generateSampleCounty({
  seed: 11,
  townships: 1,
  villagesPerTownship: 6,
  elders: 240,
  children: 30,
});
const priority = new Set(sample.elders.filter((_, i) => i % 7 === 0).map((e) => e.id));
const isPriority = (elder: Elder) => priority.has(elder.id);

describe('golden: pairElders', () => {
  it('pairs the same with duties, partners, care needs, short capacity and continuity', () => {
    const { elders, caregivers, children } = sample;
    const plain = pairElders({ elders, caregivers, children }, { asOf, priority: isPriority });
    const weighted = pairElders(
      { elders, caregivers },
      { asOf, priority: isPriority, careNeed: (e) => (isPriority(e) ? 2 : 0.5), duties: [] },
    );
    const scarce = caregivers.map((c) => ({
      ...c,
      capacity: { ...c.capacity, visitsPerWeek: Math.min(c.capacity.visitsPerWeek, 3) },
    }));
    const short = pairElders(
      { elders, caregivers: scarce },
      { asOf, priority: isPriority, careNeed: (e) => (isPriority(e) ? 1 : 0.5), duties: [] },
    );
    const again = pairElders(
      { elders, caregivers: caregivers.slice(3), pairings: plain.pairings },
      { asOf, priority: isPriority, keepWithinKm: 0.5 },
    );
    // Few rounds leave priority elders out: they take the room of others (makeRoomFor).
    const scarcer = caregivers.map((c) => ({
      ...c,
      capacity: { ...c.capacity, visitsPerWeek: Math.min(c.capacity.visitsPerWeek, 2) },
    }));
    const ejecting = pairElders(
      { elders, caregivers: scarcer },
      {
        asOf,
        priority: (e) => elders.indexOf(e) % 5 === 0,
        careNeed: (e) => (elders.indexOf(e) % 5 === 0 ? 1 : 0.5),
        duties: [],
        search: { rounds: 50 },
      },
    );
    const plans = [plain, weighted, short, again, ejecting];
    expect(plans.map((p) => p.stats)).toMatchSnapshot();
    // Digested under the field's name before the rename (unassigned → unplaced).
    const renamed = plans.map(({ unplaced, ...plan }) => ({ ...plan, unassigned: unplaced }));
    expect(renamed.map((p) => digest(p))).toMatchSnapshot();
  });
});

describe('golden: planVisits and replan', () => {
  it('plans and plans again the same', () => {
    const from = plainDate('2026-09-01');
    const { pairings } = pairElders(
      { elders: sample.elders, caregivers: sample.caregivers },
      { asOf },
    );
    const whom = { elders: sample.elders.map((e) => e.id) };
    const plans = [
      planFromPreset('townshipCadreWeeklyVisit', {
        id: 'weekly',
        whom,
        validFrom: from,
        window: { type: 'period', graceDays: 5 },
      }),
      planFromPreset('villageCadreMonthlyChildContact', { id: 'calls', whom, validFrom: from }),
      planFromPreset('census', { id: 'census', whom, validFrom: from }),
    ];
    const visits = [...expandPlans(plans, { from, to: plainDate('2026-09-30') })];
    const input = { elders: sample.elders, caregivers: sample.caregivers, pairings };
    const schedule = planVisits(visits, input, { from });
    const tight = planVisits(visits, input, { from, maxVisitsPerDay: 2, onRestDays: false });
    const onLeave = sample.caregivers.map((c, i) =>
      i % 4 === 0
        ? {
            ...c,
            availability: {
              ...c.availability,
              leave: [{ from: plainDate('2026-09-07'), to: plainDate('2026-09-18') }],
            },
          }
        : c,
    );
    const next = replan(schedule, visits, { ...input, caregivers: onLeave }, { from });
    const results = [schedule, tight, next.schedule];
    expect(results.map((s) => s.stats)).toMatchSnapshot();
    expect([...results.map((s) => digest(s)), digest(next.moved)]).toMatchSnapshot();
  });
});
