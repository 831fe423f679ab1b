import type * as z from 'zod';
import { fromZodIssues, type Issue, type IssuePath, issue } from '../errors/index.js';
import { Elder } from '../models/index.js';
import { factPathProblem, factPathText } from './factPath.js';
import type { FactChange } from './factUpdate.js';

type Key = string | number;
type Container = Record<string, unknown> | unknown[];
type PathChange = Exclude<FactChange, { op: 'register' }>;

/** The elder's fields that the schema's checks across fields read (elder.ts's superRefine). */
const CROSS_FIELD = new Set(['residentId', 'birthDate', 'sex', 'residence', 'household']);
/** What a partial check always carries: the required fields and those read across fields. */
const CORE = ['id', 'name', 'residentId', 'birthDate', 'sex', 'residence', 'household'];
const SHAPE = Elder.shape as unknown as Readonly<Record<string, z.ZodType>>;

const isContainer = (value: unknown): value is Container =>
  typeof value === 'object' && value !== null;

/** The outcome of one update on one elder: the new record, or why not. */
export type ElderUpdate =
  | { readonly ok: true; readonly elder: Elder }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * `elder` with `changes` applied together, copy-on-write (the untouched parts stay the same
 * objects), and checked against the `Elder` schema. Issues have paths inside the update: a
 * path the record has no room for at `['changes', k, 'path']`; the schema's issues under the
 * value of the change that wrote the field (`['changes', k, 'value', …]`), at the change's path
 * when it removed or encloses the field, else at `['changes']` (a conflict between fields).
 * @internal
 */
export function updateElder(elder: Elder, changes: readonly PathChange[]): ElderUpdate {
  let next = elder as unknown as Record<string, unknown>;
  const written: (readonly Key[])[] = [];
  const touched = new Set<string>();
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k] as PathChange;
    const problem = factPathProblem(change.path, change.op);
    const result = problem ? { problem } : writeAt(next, change);
    if ('problem' in result)
      return {
        ok: false,
        issues: [
          issue('fact_path_invalid', ['changes', k, 'path'], {
            path: factPathText(change.path),
            problem: result.problem,
          }),
        ],
      };
    next = result.root;
    written.push(result.path);
    touched.add(String(change.path[0]));
  }
  return checked(elder, next, touched, changes, written);
}

/** Check what the changes touched — with the fields read across fields when they are among them. */
function checked(
  elder: Elder,
  next: Record<string, unknown>,
  touched: ReadonlySet<string>,
  changes: readonly PathChange[],
  written: readonly (readonly Key[])[],
): ElderUpdate {
  const crossField = [...touched].some((key) => CROSS_FIELD.has(key));
  const parsed: Record<string, unknown> = {};
  const issues: Issue[] = [];
  if (crossField) {
    const part: Record<string, unknown> = {};
    for (const key of new Set([...CORE, ...touched]))
      if (next[key] !== undefined) part[key] = next[key];
    const result = Elder.safeParse(part, { reportInput: true });
    if (result.success) Object.assign(parsed, result.data);
    else issues.push(...fromZodIssues(result.error.issues));
  } else {
    for (const key of touched) {
      const result = (SHAPE[key] as z.ZodType).safeParse(next[key], { reportInput: true });
      if (result.success) parsed[key] = result.data;
      else
        for (const found of fromZodIssues(result.error.issues))
          issues.push({ ...found, path: [key, ...found.path] } as Issue);
    }
  }
  if (issues.length > 0)
    return {
      ok: false,
      issues: issues.map(
        (found) => ({ ...found, path: updatePath(found.path, changes, written) }) as Issue,
      ),
    };
  const result: Record<string, unknown> = { ...next };
  for (const key of touched) {
    if (parsed[key] === undefined) delete result[key];
    else result[key] = parsed[key];
  }
  return { ok: true, elder: touched.size === 0 ? elder : (result as unknown as Elder) };
}

const startsWith = (path: readonly Key[], prefix: readonly Key[]) =>
  prefix.length <= path.length && prefix.every((key, i) => path[i] === key);

/** Where in the update an issue at `elderPath` of the updated record lies. */
function updatePath(
  elderPath: readonly Key[],
  changes: readonly PathChange[],
  written: readonly (readonly Key[])[],
): IssuePath {
  for (let k = changes.length - 1; k >= 0; k--) {
    const path = written[k] as readonly Key[];
    if (startsWith(elderPath, path) && (changes[k] as PathChange).op !== 'remove')
      return ['changes', k, 'value', ...elderPath.slice(path.length)];
    if (startsWith(elderPath, path) || startsWith(path, elderPath)) return ['changes', k, 'path'];
  }
  return ['changes'];
}

/** A new root with one change written, or the problem; `path` is where the value went. */
function writeAt(
  root: Record<string, unknown>,
  change: PathChange,
):
  | { root: Record<string, unknown>; path: readonly Key[] }
  | { problem: 'unknownField' | 'notAList' | 'indexOutOfRange' } {
  const { path } = change;
  const chain: Container[] = [root];
  for (let i = 0; i < path.length - 1; i++) {
    const parent = chain[i] as Container;
    const key = path[i] as Key;
    if (Array.isArray(parent) && !(typeof key === 'number' && key < parent.length))
      return { problem: 'indexOutOfRange' };
    const child = (parent as Record<Key, unknown>)[key];
    if (child === undefined || child === null) {
      // Nothing to remove below a field that is not there; a set or an append creates it.
      if (change.op === 'remove') return { root, path };
      chain.push(typeof path[i + 1] === 'number' ? [] : {});
    } else if (isContainer(child)) chain.push(child);
    else return { problem: 'unknownField' };
  }
  const last = path[path.length - 1] as Key;
  const target = chain[chain.length - 1] as Container;
  const written = writeLast(target, last, change);
  if ('problem' in written) return written;
  if (written.value === target) return { root, path };
  let child: Container = written.value;
  for (let i = chain.length - 2; i >= 0; i--)
    child = withKey(chain[i] as Container, path[i] as Key, child);
  return { root: child as Record<string, unknown>, path: written.path ?? path };
}

/** The last container with the change made (the same one when there is nothing to do). */
function writeLast(
  target: Container,
  key: Key,
  change: PathChange,
): { value: Container; path?: readonly Key[] } | { problem: 'notAList' | 'indexOutOfRange' } {
  const isList = Array.isArray(target);
  if (isList && !(typeof key === 'number' && key < target.length))
    return { problem: 'indexOutOfRange' };
  if (change.op === 'set') return { value: withKey(target, key, change.value) };
  if (change.op === 'remove') {
    if (isList) return { value: target.filter((_, i) => i !== key) };
    if (!Object.hasOwn(target, key)) return { value: target };
    const copy = { ...target };
    delete copy[key];
    return { value: copy };
  }
  const list = (target as Record<Key, unknown>)[key] ?? [];
  if (!Array.isArray(list)) return { problem: 'notAList' };
  return {
    value: withKey(target, key, [...list, change.value]),
    path: [...change.path, list.length],
  };
}

/** A copy of `container` with `key` set to `value`. */
function withKey(container: Container, key: Key, value: unknown): Container {
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[key as number] = value;
    return copy;
  }
  return { ...container, [key]: value };
}
