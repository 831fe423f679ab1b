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
  // One shallow copy of each container on the changes' paths, made the first time a change
  // reaches it and written in place after: a child who comes home is five changes, not five copies.
  const root: Record<string, unknown> = { ...(elder as unknown as Record<string, unknown>) };
  const owned = new Set<Container>([root]);
  const written: (readonly Key[])[] = [];
  const touched = new Set<string>();
  for (let k = 0; k < changes.length; k++) {
    const change = changes[k] as PathChange;
    const problem =
      factPathProblem(change.path, change.op) ?? writeAt(root, change, owned, written);
    if (problem)
      return {
        ok: false,
        issues: [
          issue('fact_path_invalid', ['changes', k, 'path'], {
            path: factPathText(change.path),
            problem,
          }),
        ],
      };
    touched.add(String(change.path[0]));
  }
  return checked(root, touched, changes, written);
}

/**
 * Check what the changes touched, field by field with the `Elder` schema's own field schemas
 * (defaults filled in as parsing the record would), then — when a field the record's checks
 * across fields read is among them — those checks on the whole record. The untouched fields
 * were valid and stay as they are: parsing them again would cost most of the time.
 */
function checked(
  next: Record<string, unknown>,
  touched: ReadonlySet<string>,
  changes: readonly PathChange[],
  written: readonly (readonly Key[])[],
): ElderUpdate {
  const issues: Issue[] = [];
  for (const key of touched) {
    const result = (SHAPE[key] as z.ZodType).safeParse(next[key], { reportInput: true });
    if (!result.success)
      for (const found of fromZodIssues(result.error.issues))
        issues.push({ ...found, path: [key, ...found.path] } as Issue);
    else if (result.data === undefined) delete next[key];
    else next[key] = result.data;
  }
  if (issues.length === 0 && [...touched].some((key) => CROSS_FIELD.has(key)))
    issues.push(...crossFieldIssues(next));
  if (issues.length > 0)
    return {
      ok: false,
      issues: issues.map(
        (found) => ({ ...found, path: updatePath(found.path, changes, written) }) as Issue,
      ),
    };
  return { ok: true, elder: next as unknown as Elder };
}

/** A refinement of a zod schema as zod core runs it: pushes its issues onto the payload. */
interface Check {
  readonly _zod?: { readonly check?: (payload: { value: unknown; issues: unknown[] }) => unknown };
}

const CHECKS = (Elder._zod.def.checks ?? []) as unknown as readonly Check[];
const RUNNABLE = CHECKS.every((check) => typeof check._zod?.check === 'function');

/**
 * The issues of the `Elder` schema's checks across fields (birth date and sex against the
 * resident ID, living arrangement against the household, each child's facts) on a record whose
 * fields are valid: run as zod runs them once the fields pass. Should a zod version keep them
 * out of reach, the whole record is parsed instead — the same answer, slower.
 */
function crossFieldIssues(elder: Record<string, unknown>): Issue[] {
  if (RUNNABLE) {
    const payload = { value: elder, issues: [] as unknown[] };
    for (const check of CHECKS) check._zod?.check?.(payload);
    return fromZodIssues(payload.issues as z.core.$ZodIssue[]);
  }
  const result = Elder.safeParse(elder, { reportInput: true });
  return result.success ? [] : fromZodIssues(result.error.issues);
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

type WriteProblem = 'unknownField' | 'notAList' | 'indexOutOfRange';

/**
 * Write one change into `root` (a copy this update owns), copying each container on the way
 * that is not yet its own; push where the value went onto `written`. The problem, if any.
 */
function writeAt(
  root: Record<string, unknown>,
  change: PathChange,
  owned: Set<Container>,
  written: (readonly Key[])[],
): WriteProblem | undefined {
  const { path } = change;
  let parent: Container = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as Key;
    if (Array.isArray(parent) && !(typeof key === 'number' && key < parent.length))
      return 'indexOutOfRange';
    const child: unknown = (parent as Record<Key, unknown>)[key];
    if (child === undefined || child === null) {
      // Nothing to remove below a field that is not there; a set or an append creates it.
      if (change.op === 'remove') {
        written.push(path);
        return undefined;
      }
      parent = put(parent, key, typeof path[i + 1] === 'number' ? [] : {}, owned);
    } else if (isContainer(child))
      parent = owned.has(child) ? child : put(parent, key, copy(child), owned);
    else return 'unknownField';
  }
  return writeLast(parent, path[path.length - 1] as Key, change, owned, written);
}

/** Make the change in the last container, which this update owns. */
function writeLast(
  target: Container,
  key: Key,
  change: PathChange,
  owned: Set<Container>,
  written: (readonly Key[])[],
): WriteProblem | undefined {
  const isList = Array.isArray(target);
  if (isList && !(typeof key === 'number' && key < target.length)) return 'indexOutOfRange';
  if (change.op === 'append') {
    const list = (target as Record<Key, unknown>)[key] ?? [];
    if (!Array.isArray(list)) return 'notAList';
    const mine = owned.has(list) ? list : put(target, key, list.slice(), owned);
    (mine as unknown[]).push(change.value);
    written.push([...change.path, list.length]);
    return undefined;
  }
  if (change.op === 'set') (target as Record<Key, unknown>)[key] = change.value;
  else if (isList) target.splice(key as number, 1);
  else delete (target as Record<Key, unknown>)[key];
  written.push(change.path);
  return undefined;
}

const copy = (container: Container): Container =>
  Array.isArray(container) ? container.slice() : { ...container };

/** Put a container this update owns at `key` of `parent`, and return it. */
function put(parent: Container, key: Key, child: Container, owned: Set<Container>): Container {
  owned.add(child);
  (parent as Record<Key, unknown>)[key] = child;
  return child;
}
