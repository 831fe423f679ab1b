import type { IndexedProblem } from './assignmentProblem.js';
import { TABLE_LIMIT } from './gapTuning.js';

/** Step numbers by (job, agent) key: a typed array when small enough, else a map. @internal */
export function tabuTable(size: number): {
  get(key: number): number;
  set(key: number, step: number): void;
} {
  if (size <= TABLE_LIMIT) {
    const table = new Int32Array(size);
    return {
      get: (key) => table[key] as number,
      set: (key, step) => {
        table[key] = step;
      },
    };
  }
  const map = new Map<number, number>();
  return {
    get: (key) => map.get(key) ?? 0,
    set: (key, step) => {
      map.set(key, step);
    },
  };
}

/** A lookup from (job, agent) to the candidate arc, -1 when the pair is not allowed. @internal */
export function pairIndex(problem: IndexedProblem): (job: number, agent: number) => number {
  const { start, agent } = problem;
  const agents = problem.capacity.length;
  const jobs = start.length - 1;
  if (jobs * agents <= TABLE_LIMIT) {
    const table = new Int32Array(jobs * agents).fill(-1);
    for (let j = 0; j < jobs; j++)
      for (let k = start[j] as number; k < (start[j + 1] as number); k++)
        table[j * agents + (agent[k] as number)] = k;
    return (job, a) => table[job * agents + a] as number;
  }
  // Too many pairs for a table: a job has few candidates, so read them.
  return (job, a) => {
    for (let k = start[job] as number; k < (start[job + 1] as number); k++)
      if ((agent[k] as number) === a) return k;
    return -1;
  };
}

/** Fisher–Yates, with the seeded generator. @internal */
export function shuffle(items: number[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const t = items[i] as number;
    items[i] = items[j] as number;
    items[j] = t;
  }
}
