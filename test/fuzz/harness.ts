import { GuanaiError } from '../../src/errors/index.js';

/**
 * The fuzz suite's shared rules. Every public entry point, fed generated or hand-made bad
 * input, must return a value or throw one GuanaiError, within a time bound, and batch readers
 * must keep every good row. `GUANAI_FUZZ_RUNS` raises the number of generated inputs per
 * property (the default keeps `npm test` within its budget); `GUANAI_FUZZ_SEED` replays a run.
 */

/** Generated inputs per property: short in `npm test`, longer with GUANAI_FUZZ_RUNS. */
export const FUZZ_RUNS = Math.max(1, Number(process.env.GUANAI_FUZZ_RUNS ?? 100) || 100);

/** One seed for the whole suite, so a failure can be replayed. */
export const FUZZ_SEED = Number(process.env.GUANAI_FUZZ_SEED ?? 20261206) || 20261206;

/**
 * How long one call may take before it counts as a hang. Generous on purpose: this catches
 * work that grows without bound, not ordinary slowness on a loaded machine.
 */
export const HANG_MS = Number(process.env.GUANAI_FUZZ_HANG_MS ?? 5000) || 5000;

/** What a call under fuzzing came to. */
export type Outcome = 'value' | 'coded';

type Tally = Record<Outcome | 'inputs', number>;
const tallies = new Map<string, Tally>();

/**
 * Run `call` once and say whether it returned or threw a GuanaiError. Anything else thrown
 * (a TypeError, a RangeError from a blown stack) and any call slower than {@link HANG_MS}
 * fails the test with the entry point's name.
 */
export function outcomeOf(entryPoint: string, call: () => unknown): Outcome {
  const started = Date.now();
  try {
    call();
  } catch (error) {
    return settle(entryPoint, started, error);
  }
  return settle(entryPoint, started, undefined);
}

/** The same as {@link outcomeOf} for a call that returns a promise. */
export async function outcomeOfAsync(
  entryPoint: string,
  call: () => Promise<unknown>,
): Promise<Outcome> {
  const started = Date.now();
  try {
    await call();
  } catch (error) {
    return settle(entryPoint, started, error);
  }
  return settle(entryPoint, started, undefined);
}

function settle(entryPoint: string, started: number, error: unknown): Outcome {
  const tally = tallyOf(entryPoint);
  tally.inputs += 1;
  if (error !== undefined && !(error instanceof GuanaiError)) {
    throw new Error(`${entryPoint}: raw throw instead of a GuanaiError`, { cause: error });
  }
  if (error instanceof GuanaiError && error.issues.length === 0) {
    throw new Error(`${entryPoint}: GuanaiError without issues`);
  }
  const elapsed = Date.now() - started;
  if (elapsed > HANG_MS) throw new Error(`${entryPoint}: took ${elapsed} ms (bound ${HANG_MS} ms)`);
  const outcome: Outcome = error === undefined ? 'value' : 'coded';
  tally[outcome] += 1;
  return outcome;
}

/** Counts so far, by entry point (printed by the suite when GUANAI_FUZZ_REPORT is set). */
export function fuzzTallies(): ReadonlyMap<string, Readonly<Tally>> {
  return tallies;
}

function tallyOf(entryPoint: string): Tally {
  let tally = tallies.get(entryPoint);
  if (!tally) {
    tally = { inputs: 0, value: 0, coded: 0 };
    tallies.set(entryPoint, tally);
  }
  return tally;
}

/**
 * Print this file's counts when GUANAI_FUZZ_REPORT is set (call it in `afterAll`): the figures
 * the reliability note gives, per entry point — inputs, values, coded errors.
 */
export function reportTallies(suite: string): void {
  if (process.env.GUANAI_FUZZ_REPORT) {
    for (const [entryPoint, tally] of tallies) {
      console.log(
        `fuzz ${suite} ${entryPoint}: ${tally.inputs} inputs, ${tally.value} values, ${tally.coded} coded`,
      );
    }
  }
  // Files may share one module graph (vitest's isolate: false): each reports its own calls only.
  tallies.clear();
}

/**
 * A copy of `value` (plain JSON-like data) with the node at one path replaced: what a careless
 * integrator's code, a hand-edited file or a newer schema hands the library. `pick` chooses among
 * the paths (0 to 1) and `replacement` takes the node's place (`undefined` deletes an object key).
 */
export function mutateAt<T>(value: T, pick: number, replacement: unknown): T {
  const paths = pathsOf(value, [], 0);
  const path = paths[Math.min(paths.length - 1, Math.floor(pick * paths.length))] ?? [];
  if (path.length === 0) return replacement as T;
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (replacement === undefined && !Array.isArray(node)) delete node[last];
  else node[last] = replacement;
  return copy as T;
}

/** Every path inside `value`, depth first, up to 12 levels (the fixtures are shallower). */
function pathsOf(
  value: unknown,
  prefix: (string | number)[],
  depth: number,
): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (depth >= 12 || typeof value !== 'object' || value === null) return out;
  const entries = Array.isArray(value)
    ? value.map((item, i) => [i, item] as const)
    : Object.entries(value);
  for (const [key, item] of entries) out.push(...pathsOf(item, [...prefix, key], depth + 1));
  return out;
}
