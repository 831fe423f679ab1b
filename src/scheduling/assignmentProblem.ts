import { GuanaiError, type Issue, issue } from '../errors/index.js';

/**
 * Who can take jobs, and how much: an agent's `capacity` bounds the total `load` of its jobs.
 * @category Scheduling
 */
export interface Agent {
  readonly id: string;
  readonly capacity: number;
}

/** A job to give to exactly one agent. @category Scheduling */
export interface Job {
  readonly id: string;
}

/**
 * One way to do a job: by `agent`, at `cost` (any finite number; negative to maximise), using
 * `load` of the agent's capacity (a positive number, default 1).
 * @category Scheduling
 */
export interface Candidate {
  readonly agent: string;
  readonly job: string;
  readonly cost: number;
  readonly load?: number;
}

/**
 * An assignment problem: agents with capacities, jobs, and the candidate (agent, job) pairs
 * with their cost and load. Pairs not listed are not allowed.
 * @category Scheduling
 */
export interface AssignmentProblem {
  readonly agents: readonly Agent[];
  readonly jobs: readonly Job[];
  readonly candidates: readonly Candidate[];
}

/**
 * The problem as typed arrays, candidates grouped by job (job `j`'s are `start[j]` up to
 * `start[j + 1]`), each group in ascending cost.
 * @internal
 */
export interface IndexedProblem {
  readonly agentIds: readonly string[];
  readonly jobIds: readonly string[];
  readonly capacity: Float64Array;
  readonly start: Int32Array;
  /** Each candidate's job and agent. */
  readonly job: Int32Array;
  readonly agent: Int32Array;
  readonly cost: Float64Array;
  readonly load: Float64Array;
  /** Every load is 1: a transportation problem, solved exactly. */
  readonly unitLoads: boolean;
}

/** Index the agents or jobs by id, reporting duplicates and missing ids. */
function indexIds(
  items: readonly { readonly id: string }[],
  list: 'agents' | 'jobs',
  issues: Issue[],
): Map<string, number> {
  const index = new Map<string, number>();
  items.forEach((item, position) => {
    if (typeof item?.id !== 'string' || item.id === '') {
      issues.push(
        issue('invalid_type', [list, position, 'id'], {
          expected: 'string',
          received: typeof item?.id,
        }),
      );
      return;
    }
    const first = index.get(item.id);
    if (first !== undefined)
      issues.push(
        issue('duplicate_id', [list, position, 'id'], {
          id: item.id,
          firstPath: [list, first, 'id'],
        }),
      );
    else index.set(item.id, position);
  });
  return index;
}

/** A finite number at least `minimum` (or above it when `exclusive`), or an issue. */
function checkNumber(
  value: unknown,
  path: (string | number)[],
  issues: Issue[],
  minimum?: number,
  exclusive = false,
): value is number {
  if (typeof value !== 'number' || Number.isNaN(value)) {
    issues.push(
      issue('invalid_type', path, {
        expected: 'number',
        received: value === null ? 'null' : typeof value,
      }),
    );
    return false;
  }
  if (!Number.isFinite(value)) {
    issues.push(issue('not_finite', path, { value: String(value) }));
    return false;
  }
  if (minimum !== undefined && (exclusive ? value <= minimum : value < minimum)) {
    issues.push(issue('too_small', path, { origin: 'number', minimum, inclusive: !exclusive }));
    return false;
  }
  return true;
}

/**
 * Check a problem and index it, or throw a {@link GuanaiError} listing every bad field with its
 * path: duplicate or missing ids, unknown agents or jobs in candidates, a pair listed twice,
 * negative capacities, costs and loads that are not finite numbers, loads not above 0.
 * @internal
 */
export function indexProblem(problem: AssignmentProblem): IndexedProblem {
  const issues: Issue[] = [];
  for (const list of ['agents', 'jobs', 'candidates'] as const) {
    if (!Array.isArray(problem?.[list]))
      issues.push(
        issue('invalid_type', [list], { expected: 'array', received: typeof problem?.[list] }),
      );
  }
  if (issues.length > 0) throw new GuanaiError(issues);
  const agents = indexIds(problem.agents, 'agents', issues);
  const jobs = indexIds(problem.jobs, 'jobs', issues);
  const capacity = new Float64Array(problem.agents.length);
  problem.agents.forEach((agent, position) => {
    if (checkNumber(agent?.capacity, ['agents', position, 'capacity'], issues, 0))
      capacity[position] = agent.capacity;
  });
  const count = new Int32Array(problem.jobs.length + 1);
  const valid: [job: number, agent: number, cost: number, load: number][] = [];
  const pairs = new Set<number>();
  let unitLoads = true;
  problem.candidates.forEach((candidate, position) => {
    const path = ['candidates', position];
    const agent = agents.get(candidate?.agent);
    const job = jobs.get(candidate?.job);
    if (agent === undefined)
      issues.push(
        issue('unknown_reference', [...path, 'agent'], {
          kind: 'agent',
          id: String(candidate?.agent),
        }),
      );
    if (job === undefined)
      issues.push(
        issue('unknown_reference', [...path, 'job'], { kind: 'job', id: String(candidate?.job) }),
      );
    const costOk = checkNumber(candidate?.cost, [...path, 'cost'], issues);
    const load = candidate?.load ?? 1;
    const loadOk = checkNumber(load, [...path, 'load'], issues, 0, true);
    if (agent === undefined || job === undefined || !costOk || !loadOk) return;
    const pair = job * problem.agents.length + agent;
    if (pairs.has(pair)) {
      issues.push(issue('duplicate_value', path, { value: `${candidate.agent}/${candidate.job}` }));
      return;
    }
    pairs.add(pair);
    if (load !== 1) unitLoads = false;
    valid.push([job, agent, candidate.cost, load]);
    count[job + 1] = (count[job + 1] ?? 0) + 1;
  });
  if (issues.length > 0) throw new GuanaiError(issues);
  // Group by job, cheapest first: the search and the bounds read each job's options in order.
  valid.sort((a, b) => a[0] - b[0] || a[2] - b[2] || a[1] - b[1]);
  const start = new Int32Array(problem.jobs.length + 1);
  for (let j = 0; j < problem.jobs.length; j++)
    start[j + 1] = (start[j] ?? 0) + (count[j + 1] ?? 0);
  const size = valid.length;
  const job = new Int32Array(size);
  const agent = new Int32Array(size);
  const cost = new Float64Array(size);
  const load = new Float64Array(size);
  valid.forEach(([j, a, c, l], k) => {
    job[k] = j;
    agent[k] = a;
    cost[k] = c;
    load[k] = l;
  });
  return {
    agentIds: problem.agents.map((a) => a.id),
    jobIds: problem.jobs.map((j) => j.id),
    capacity,
    start,
    job,
    agent,
    cost,
    load,
    unitLoads,
  };
}
