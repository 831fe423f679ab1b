import { GuanaiError, type Issue, issue } from '../errors/index.js';

/**
 * Who can take jobs, and how much: an agent's `capacity` bounds the total `load` of its jobs.
 * @category Assignment
 */
export interface Agent {
  readonly id: string;
  readonly capacity: number;
}

/** A job to give to exactly one agent. @category Assignment */
export interface Job {
  readonly id: string;
}

/**
 * The largest magnitude of a cost, load or capacity (1e15): sums over millions of jobs stay
 * finite and exact to a few decimals, so a result called optimal is. Past it: `too_big` (or
 * `too_small` for a cost below −1e15).
 * @example
 * ```ts
 * Math.abs(candidate.cost) <= ASSIGNMENT_NUMBER_LIMIT;
 * ```
 * @category Assignment
 */
export const ASSIGNMENT_NUMBER_LIMIT = 1e15;

/**
 * One way to do a job: by `agent`, at `cost` (a finite number within ±{@link ASSIGNMENT_NUMBER_LIMIT};
 * negative to maximise), using `load` of the agent's capacity (a positive number, default 1).
 * @category Assignment
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
 * @category Assignment
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

/**
 * A finite number at least `minimum` (or above it when `exclusive`) and within
 * ±{@link ASSIGNMENT_NUMBER_LIMIT}, or an issue.
 */
function checkNumber(
  value: unknown,
  path: (string | number)[],
  issues: Issue[],
  minimum = -ASSIGNMENT_NUMBER_LIMIT,
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
  if (exclusive ? value <= minimum : value < minimum) {
    issues.push(issue('too_small', path, { origin: 'number', minimum, inclusive: !exclusive }));
    return false;
  }
  if (value > ASSIGNMENT_NUMBER_LIMIT) {
    const maximum = ASSIGNMENT_NUMBER_LIMIT;
    issues.push(issue('too_big', path, { origin: 'number', maximum, inclusive: true }));
    return false;
  }
  return true;
}

/**
 * Check a problem and index it, or throw a {@link GuanaiError} listing every bad field with its
 * path: duplicate or missing ids, unknown agents or jobs in candidates, a pair listed twice,
 * negative capacities, costs and loads that are not finite numbers, loads not above 0, and
 * numbers past ±{@link ASSIGNMENT_NUMBER_LIMIT}.
 * @internal
 */
export function indexProblem(problem: AssignmentProblem): IndexedProblem {
  const issues: Issue[] = [];
  for (const list of ['agents', 'jobs', 'candidates'] as const) {
    if (!Array.isArray(problem?.[list]))
      issues.push(
        issue('invalid_type', [list], {
          expected: 'array',
          received: problem?.[list] === null ? 'null' : typeof problem?.[list],
        }),
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
  // One pass over the candidates: check each and keep its indices in typed arrays, counting
  // the candidates of each job; then a stable counting sort by job, so duplicates are found
  // per job with a stamp per agent, and each job's few candidates sorted by cost.
  const n = problem.candidates.length;
  const jobOf = new Int32Array(n).fill(-1);
  const agentOf = new Int32Array(n);
  const costOf = new Float64Array(n);
  const loadOf = new Float64Array(n);
  const count = new Int32Array(problem.jobs.length + 1);
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
    jobOf[position] = job;
    agentOf[position] = agent;
    costOf[position] = candidate.cost;
    loadOf[position] = load;
    count[job + 1] = (count[job + 1] ?? 0) + 1;
  });
  const first = new Int32Array(problem.jobs.length + 1);
  for (let j = 0; j < problem.jobs.length; j++)
    first[j + 1] = (first[j] ?? 0) + (count[j + 1] ?? 0);
  const byJob = new Int32Array(first[problem.jobs.length] ?? 0);
  const fill = first.slice();
  for (let position = 0; position < n; position++) {
    const job = jobOf[position] as number;
    if (job < 0) continue;
    byJob[fill[job] as number] = position;
    fill[job] = (fill[job] as number) + 1;
  }
  // A pair listed twice: the later listing is the bad one (positions are in input order).
  const stamp = new Int32Array(problem.agents.length).fill(-1);
  const kept = new Uint8Array(n);
  const duplicates: [position: number, issue: Issue][] = [];
  for (let j = 0; j < problem.jobs.length; j++)
    for (let at = first[j] as number; at < (first[j + 1] as number); at++) {
      const position = byJob[at] as number;
      const agent = agentOf[position] as number;
      if (stamp[agent] === j) {
        const candidate = problem.candidates[position] as Candidate;
        duplicates.push([
          position,
          issue('duplicate_value', ['candidates', position], {
            value: `${candidate.agent}/${candidate.job}`,
          }),
        ]);
      } else {
        stamp[agent] = j;
        kept[position] = 1;
      }
    }
  if (duplicates.length > 0) {
    // Reported in input order among the other candidate issues.
    const positionOf = (item: Issue) =>
      item.path[0] === 'candidates' ? (item.path[1] as number) : -1;
    issues.push(...duplicates.map(([, item]) => item));
    issues.sort((a, b) => positionOf(a) - positionOf(b));
  }
  if (issues.length > 0) throw new GuanaiError(issues);

  // Each job's candidates, cheapest first (then by agent): the search and the bounds read them
  // in this order. Groups are small, so an insertion sort does.
  const start = new Int32Array(problem.jobs.length + 1);
  const size = byJob.length - duplicates.length;
  const job = new Int32Array(size);
  const agent = new Int32Array(size);
  const cost = new Float64Array(size);
  const load = new Float64Array(size);
  let unitLoads = true;
  let k = 0;
  for (let j = 0; j < problem.jobs.length; j++) {
    start[j] = k;
    for (let at = first[j] as number; at < (first[j + 1] as number); at++) {
      const position = byJob[at] as number;
      if (!kept[position]) continue;
      const c = costOf[position] as number;
      const a = agentOf[position] as number;
      let to = k;
      while (
        to > (start[j] as number) &&
        ((cost[to - 1] as number) > c ||
          ((cost[to - 1] as number) === c && (agent[to - 1] as number) > a))
      ) {
        job[to] = j;
        agent[to] = agent[to - 1] as number;
        cost[to] = cost[to - 1] as number;
        load[to] = load[to - 1] as number;
        to -= 1;
      }
      job[to] = j;
      agent[to] = a;
      cost[to] = c;
      load[to] = loadOf[position] as number;
      if (load[to] !== 1) unitLoads = false;
      k += 1;
    }
  }
  start[problem.jobs.length] = k;
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
