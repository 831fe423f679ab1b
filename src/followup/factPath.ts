import * as z from 'zod';
import { textOf } from '../_lib/textOf.js';
import type { FactPathProblem } from '../errors/index.js';
import { Elder } from '../models/index.js';

/**
 * The deepest a fact path may reach into an elder record: 16 keys. The deepest field of the
 * record is 5 keys down (`household.children[0].whereabouts.regionCode`); the rest is room
 * inside `extensions`.
 * @example
 * ```ts
 * FactPath.parse(['household', 'children', 0, 'livesWithElder']).length <= MAX_FACT_PATH_DEPTH; // true
 * ```
 * @category Fact updates
 */
export const MAX_FACT_PATH_DEPTH = 16;

/**
 * Where a fact lies in an elder record: object keys and list indices from the record's root,
 * e.g. `['household', 'children', 0, 'livesWithElder']` (the first child lives with the elder)
 * or `['health', 'abilityAssessments']`. At most {@link MAX_FACT_PATH_DEPTH} steps; keys are 1
 * to 64 characters, indices 0 to 999. Whether the record has the field is checked with the
 * update (see `FactUpdate`).
 * @example
 * ```ts
 * FactPath.parse(['household', 'spouse', 'status']);
 * ```
 * @category Fact updates
 */
export const FactPath = /* @__PURE__ */ z
  .array(
    z.union([
      // `__proto__` names no field and would reach an object's prototype.
      z
        .string()
        .min(1)
        .max(64)
        .regex(/^(?!__proto__$)/),
      z.int().min(0).max(999),
    ]),
  )
  .min(1)
  .max(MAX_FACT_PATH_DEPTH)
  .readonly();
/** @category Fact updates */
export type FactPath = z.infer<typeof FactPath>;

/** The part of a zod schema's definition the walk reads. */
interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly in?: z.ZodType;
  readonly shape?: Readonly<Record<string, z.ZodType>>;
  readonly element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => schema._zod.def as unknown as Def;

/** The schema under wrappers that do not change what a value holds (optional, default, pipes). */
function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  // Wrappers nest a few deep at most; the bound keeps a strange schema from looping.
  for (let step = 0; step < 16; step++) {
    const def = defOf(current);
    const inner = def.type === 'pipe' ? def.in : def.innerType;
    if (inner === undefined) return current;
    current = inner;
  }
  return current;
}

/** What the path leads to: a field of this kind, or anything (inside `extensions`). */
type Target = 'object' | 'array' | 'value' | 'any';

/** The kind of field `path` leads to in `schema`, or `undefined` when it leads nowhere. */
function targetOf(schema: z.ZodType, path: readonly (string | number)[]): Target | undefined {
  let current = schema;
  for (const key of path) {
    const def = defOf(unwrap(current));
    if (def.type === 'record') return 'any'; // `extensions`: host fields, any JSON below
    if (
      def.type === 'object' &&
      typeof key === 'string' &&
      def.shape &&
      Object.hasOwn(def.shape, key)
    )
      current = def.shape[key] as z.ZodType;
    else if (def.type === 'array' && typeof key === 'number' && def.element) current = def.element;
    else return undefined;
  }
  const type = defOf(unwrap(current)).type;
  return type === 'object'
    ? 'object'
    : type === 'array'
      ? 'array'
      : type === 'record'
        ? 'any'
        : 'value';
}

/**
 * What is wrong with `path` for a change `op` to an elder record, if anything: a field the
 * `Elder` schema does not have, the elder's id (which never changes), or an `append` to a field
 * that is not a list. Walks the schema, a few steps: no allocation.
 * @internal
 */
export function factPathProblem(
  path: readonly (string | number)[],
  op: 'set' | 'remove' | 'append',
): FactPathProblem | undefined {
  // No step names the whole record, not a field of it (an update not parsed may have none).
  if (path.length === 0) return 'unknownField';
  if (path.length === 1 && path[0] === 'id') return 'fixed';
  if (path.includes('__proto__')) return 'unknownField';
  const target = targetOf(Elder, path);
  if (target === undefined) return 'unknownField';
  if (op === 'append' && target !== 'array' && target !== 'any') return 'notAList';
  return undefined;
}

/**
 * A path as text, `household.children[0].livesWithElder`, for issue parameters (i18n alone
 * formats paths for people, and follow-up may not import it). Never throws: a step that is not
 * a key or an index (an update not parsed) is written by its type.
 * @internal
 */
export function factPathText(path: readonly (string | number)[]): string {
  let text = '';
  for (const key of path) {
    if (typeof key === 'number') text = `${text}[${key}]`;
    else text = text ? `${text}.${textOf(key)}` : textOf(key);
  }
  return text;
}
