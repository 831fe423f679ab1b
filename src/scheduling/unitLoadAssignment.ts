import type { IndexedProblem } from './assignmentProblem.js';
import { MinHeap } from './minHeap.js';

/** Jobs given to agents: the candidate (arc) index per job, -1 where unplaced. @internal */
export interface ArcAssignment {
  readonly arcOf: Int32Array;
}

/** The arc of a job left out: it sits with the "unassigned" node. */
const LEFT_OUT = -2;

/**
 * The exact assignment when every load is 1: most jobs placed, then least cost — a
 * transportation problem solved as a min-cost flow by successive shortest paths.
 *
 * Every job may also be left out at a cost `penalty` larger than any difference placing jobs
 * can make, so the flow's optimum places as many jobs as possible and, among those, costs
 * least. Jobs are added one at a time; each takes the shortest augmenting path (Dijkstra on
 * reduced costs, stopped at the first agent with room) in the graph of the jobs placed so far,
 * which keeps that partial assignment optimal — the Hungarian method's row-by-row step on a
 * sparse graph with capacities. Negative costs are fine: starting potentials make every reduced
 * cost ≥ 0.
 * @internal
 */
export function unitLoadAssignment(problem: IndexedProblem): ArcAssignment {
  const { start, agent: arcAgent, cost, capacity } = problem;
  const jobs = start.length - 1;
  const agents = capacity.length;
  // Nodes: jobs, then agents, then "left out", then the sink.
  const out = jobs + agents;
  const sink = out + 1;
  let spread = 0;
  let lowest = Number.POSITIVE_INFINITY;
  let highest = Number.NEGATIVE_INFINITY;
  for (let k = 0; k < cost.length; k++) {
    lowest = Math.min(lowest, cost[k] as number);
    highest = Math.max(highest, cost[k] as number);
  }
  if (cost.length > 0) spread = highest - lowest;
  // Leaving one job out must cost more than any rearrangement of the others can save.
  const penalty = (jobs + 1) * (spread + 1) + Math.max(0, highest);

  const potential = new Float64Array(sink + 1);
  for (let a = 0; a < agents; a++) potential[jobs + a] = Number.POSITIVE_INFINITY;
  for (let k = 0; k < arcAgent.length; k++) {
    const node = jobs + (arcAgent[k] as number);
    if ((cost[k] as number) < (potential[node] as number)) potential[node] = cost[k] as number;
  }
  let floor = Math.min(0, penalty);
  for (let a = 0; a < agents; a++) {
    if (!Number.isFinite(potential[jobs + a] as number)) potential[jobs + a] = 0;
    floor = Math.min(floor, potential[jobs + a] as number);
  }
  potential[out] = Math.min(0, penalty);
  potential[sink] = floor;

  const room = new Float64Array(agents);
  for (let a = 0; a < agents; a++) room[a] = Math.floor(capacity[a] as number);
  const arcOf = new Int32Array(jobs).fill(-1);
  // The jobs each agent (and the left-out node) holds, for the backward arcs.
  const held: number[][] = Array.from({ length: agents + 1 }, () => []);
  const place = new Int32Array(jobs);
  const holderOf = (k: number) => (k === LEFT_OUT ? agents : (arcAgent[k] as number));

  const distance = new Float64Array(sink + 1).fill(Number.POSITIVE_INFINITY);
  const settled = new Uint8Array(sink + 1);
  // How each node was reached: an agent or the left-out node by `viaArc` from job `viaJob`
  // (forward); a job from the node that holds it (backward); the sink from the agent or `out`
  // node in `viaJob`.
  const viaArc = new Int32Array(sink + 1);
  const viaJob = new Int32Array(sink + 1);
  const touched: number[] = [];
  const settledOrder: number[] = [];
  const heap = new MinHeap();

  const reach = (node: number, d: number, arc: number, job: number) => {
    if (d < (distance[node] as number)) {
      if (distance[node] === Number.POSITIVE_INFINITY) touched.push(node);
      distance[node] = d;
      viaArc[node] = arc;
      viaJob[node] = job;
      heap.push(d, node);
    }
  };
  // Reduced costs are ≥ 0 up to rounding: never let rounding make one negative.
  const step = (d: number, reduced: number) => d + Math.max(0, reduced);

  for (let source = 0; source < jobs; source++) {
    if ((start[source] as number) === (start[source + 1] as number)) continue;
    heap.clear();
    reach(source, 0, -1, -1);
    while (heap.size > 0) {
      const d = heap.topKey();
      const node = heap.pop();
      if (settled[node] || d > (distance[node] as number)) continue;
      settled[node] = 1;
      settledOrder.push(node);
      if (node === sink) break;
      const p = potential[node] as number;
      if (node < jobs) {
        const current = arcOf[node] as number;
        for (let k = start[node] as number; k < (start[node + 1] as number); k++) {
          if (k === current) continue;
          const to = jobs + (arcAgent[k] as number);
          reach(to, step(d, (cost[k] as number) + p - (potential[to] as number)), k, node);
        }
        if (current !== LEFT_OUT)
          reach(out, step(d, penalty + p - (potential[out] as number)), LEFT_OUT, node);
      } else {
        const holder = node === out ? agents : node - jobs;
        if (node === out || (room[holder] as number) > 0)
          reach(sink, step(d, p - (potential[sink] as number)), -1, node);
        for (const job of held[holder] as number[]) {
          const k = arcOf[job] as number;
          const arcCost = k === LEFT_OUT ? penalty : (cost[k] as number);
          reach(job, step(d, p - arcCost - (potential[job] as number)), k, -1);
        }
      }
    }
    const total = distance[sink] as number;
    // Shift the settled nodes' potentials; the others keep theirs (a constant shift).
    for (const node of settledOrder)
      potential[node] = (potential[node] as number) + (distance[node] as number) - total;
    // Walk back from the sink: each node on the path takes the job that led to it. (The
    // left-out node always has room, so every search reaches the sink.)
    let node = viaJob[sink] as number;
    if (node >= 0 && node !== out) room[node - jobs] = (room[node - jobs] as number) - 1;
    while (node >= 0) {
      const job = viaJob[node] as number;
      const previous = arcOf[job] as number;
      if (previous !== -1) release(held, place, job, holderOf(previous));
      const k = viaArc[node] as number;
      arcOf[job] = k;
      const holder = holderOf(k);
      place[job] = (held[holder] as number[]).length;
      (held[holder] as number[]).push(job);
      node =
        previous === -1 ? -1 : previous === LEFT_OUT ? out : jobs + (arcAgent[previous] as number);
    }
    for (const t of touched) {
      distance[t] = Number.POSITIVE_INFINITY;
      settled[t] = 0;
    }
    touched.length = 0;
    settledOrder.length = 0;
  }

  for (let j = 0; j < jobs; j++) if (arcOf[j] === LEFT_OUT) arcOf[j] = -1;
  return { arcOf };
}

/** Take `job` out of the list `holder` holds. */
function release(held: number[][], place: Int32Array, job: number, holder: number): void {
  const list = held[holder] as number[];
  const at = place[job] as number;
  const last = list.pop() as number;
  if (last !== job) {
    list[at] = last;
    place[last] = at;
  }
}
