import type * as z from 'zod';
import { type Check, compileChecks, NOT_PASSED, runChecks } from './checkSteps.js';

/**
 * What a quick check gives when it cannot vouch for a value: the caller asks the schema itself,
 * which then gives the verdict and every issue. @internal
 */
export const UNSURE: typeof NOT_PASSED = NOT_PASSED;

/** A compiled quick check: the schema's output for a value it vouches for, else `UNSURE`. */
type Quick = (value: unknown, ctx: object) => unknown;

/** The parts of a zod schema's internals a quick check reads (zod 4's public `_zod.def`). */
interface Internals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly Check[];
    readonly shape?: Record<string, Schema>;
    readonly catchall?: Schema;
    readonly innerType?: Schema;
    readonly element?: Schema;
    readonly coerce?: boolean;
    readonly in?: Schema;
    readonly out?: Schema;
    readonly transform?: (value: unknown, payload: Payload) => unknown;
  };
  readonly traits?: ReadonlySet<string>;
  readonly optin?: 'optional' | 'defaulted';
  readonly optout?: 'optional';
  readonly values?: ReadonlySet<unknown>;
  run(payload: Payload, ctx: object): Payload | Promise<Payload>;
}
interface Schema {
  readonly _zod: Internals;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

const compiled = new WeakMap<object, Quick>();

/**
 * The output `schema.safeParse(value)` would give, found without zod's bookkeeping per field,
 * or `UNSURE`. It walks objects, arrays, optional, nullable and default wrappers, pipes,
 * enums, booleans, plain strings and numbers, and transforms of text and numbers itself, by
 * zod's own rules for the case where nothing fails; every other schema is run by zod, and so
 * is every refinement (zod's own check functions, on the output). Anything unusual — an
 * unknown or `undefined`-valued key, a wrapper with checks, a refinement that reports anything
 * — is `UNSURE`, so it never accepts what the schema rejects (test: quickCheck.test.ts proves
 * the same verdict and output on good and corrupted records, and on single fields).
 * @internal
 */
export function quickCheck<S extends z.ZodType>(
  schema: S,
  value: unknown,
): z.output<S> | typeof UNSURE {
  // Zod's safeParse context: one per parse, for zod keeps a parse's cycle state in it.
  const ctx = { reportInput: true, async: false };
  try {
    return quickOf(schema as unknown as Schema)(value, ctx) as z.output<S> | typeof UNSURE;
  } catch {
    return UNSURE;
  }
}

function quickOf(schema: Schema): Quick {
  let quick = compiled.get(schema);
  if (!quick) {
    quick = compile(schema);
    compiled.set(schema, quick);
  }
  return quick;
}

function compile(schema: Schema): Quick {
  const { def, values } = schema._zod;
  const checks = def.checks ?? [];
  switch (def.type) {
    case 'object':
      return compileObject(schema);
    case 'array':
      return compileArray(schema);
    case 'string':
      // A plain string (no format, no coercion): its checks (trim, lengths, refinements) as zod runs them.
      if (def.coerce || (def as { format?: string }).format !== undefined) break;
      return stringCheck(compileChecks(checks));
    case 'number':
      // A plain number: finite, then its checks as zod runs them (an integer format first).
      if (def.coerce) break;
      return numberCheck(schema);
    case 'pipe':
      return pipeCheck(schema) ?? ((value, ctx) => byZod(schema, value, ctx));
    case 'transform':
      return transformCheck(schema) ?? ((value, ctx) => byZod(schema, value, ctx));
    case 'boolean':
      if (checks.length > 0 || def.coerce) break;
      return (value) => (typeof value === 'boolean' ? value : UNSURE);
    case 'enum':
    case 'literal':
      if (checks.length > 0 || !values) break;
      return values.size > SMALL_ENUM
        ? (value) => (values.has(value) ? value : UNSURE)
        : oneOf(values);
    case 'optional':
    case 'nullable':
    case 'default': {
      if (checks.length > 0 || !def.innerType) break;
      const inner = quickOf(def.innerType);
      const passes = def.type === 'nullable' ? null : UNSURE;
      // `undefined` (and for nullable `null`) is left to zod: it may substitute a default.
      return (value, ctx) => {
        if (value === undefined) return UNSURE;
        if (value === null && passes === null) return null;
        const read = inner(value, ctx);
        // A default put in place of an inner output of undefined: zod's to find.
        return read === undefined ? UNSURE : read;
      };
    }
  }
  return (value, ctx) => byZod(schema, value, ctx);
}

/** A plain string: its checks (trim, lengths, refinements) as zod runs them. */
function stringCheck(steps: ReturnType<typeof compileChecks>): Quick {
  // No checks (most JSON members): the value is its own output, without a call.
  if (steps.length === 0) return (value) => (typeof value === 'string' ? value : UNSURE);
  return (value) => (typeof value === 'string' ? runChecks(steps, value) : UNSURE);
}

/** Up to this many values an enum is searched in a list rather than its Set (a little faster on the ledger's enums). */
const SMALL_ENUM = 8;

/**
 * A small enum's or literal's test: its values compared one by one with `===`. It agrees with
 * zod's `Set.has` on every value but NaN, which it never finds (`UNSURE`: zod's to judge).
 */
function oneOf(values: ReadonlySet<unknown>): Quick {
  const list = [...values];
  return (value) => {
    for (let i = 0; i < list.length; i++) if (list[i] === value) return value;
    return UNSURE;
  };
}

/**
 * A number schema: zod's own test (a finite number), then the checks zod runs after it — the
 * schema itself first when it is a check too (`z.int()`'s format), then its `checks`.
 */
function numberCheck(schema: Schema): Quick {
  const { def, traits } = schema._zod;
  const own = def.checks ?? [];
  const steps = compileChecks(
    traits?.has('$ZodCheck') ? [schema as unknown as Check, ...own] : own,
  );
  return (value) =>
    typeof value === 'number' && Number.isFinite(value) ? runChecks(steps, value) : UNSURE;
}

/**
 * A pipe: its input schema, then its output schema on what that gave, as zod's pipe runs
 * them when nothing fails. A codec (a pipe with its own transforms) is zod's: undefined.
 */
function pipeCheck(schema: Schema): Quick | undefined {
  const { def } = schema._zod;
  if (!def.in || !def.out || 'transform' in def) return undefined;
  const into = quickOf(def.in);
  const out = quickOf(def.out);
  const steps = compileChecks(def.checks ?? []);
  return (value, ctx) => {
    const left = into(value, ctx);
    if (left === UNSURE) return UNSURE;
    const right = out(left, ctx);
    return right === UNSURE ? UNSURE : runChecks(steps, right);
  };
}

/**
 * A transform of a text, number or boolean: its function run as zod runs it, on a payload
 * whose `addIssue` records the issue; any issue, or a promise, is `UNSURE`. Any other value
 * is zod's to run, as before.
 */
function transformCheck(schema: Schema): Quick | undefined {
  const { def } = schema._zod;
  const transform = def.transform;
  if (typeof transform !== 'function' || (def.checks ?? []).length > 0) return undefined;
  return (value, ctx) => {
    const kind = typeof value;
    if (kind !== 'string' && kind !== 'number' && kind !== 'boolean')
      return byZod(schema, value, ctx);
    const payload: TransformPayload = { value, issues: [], addIssue };
    const output = transform(value, payload);
    return output instanceof Promise || payload.issues.length > 0 ? UNSURE : output;
  };
}

/** What a transform is given as its context: zod's payload with `addIssue`. */
interface TransformPayload extends Payload {
  addIssue(this: Payload, issue: unknown): void;
}

/** A transform's `ctx.addIssue`, one function for every payload (no closure made per value). */
function addIssue(this: Payload, issue: unknown): void {
  this.issues.push(issue);
}

/** A schema zod runs itself on a value of its own: its output, or `UNSURE` on any issue. */
function byZod(schema: Schema, value: unknown, ctx: object): unknown {
  const result = schema._zod.run({ value, issues: [] }, ctx);
  return result instanceof Promise || result.issues.length > 0 ? UNSURE : result.value;
}

interface Field extends Unwrapped {
  readonly key: string;
  readonly schema: Schema;
  /** Absent, the field adds nothing (optional in and out), or is zod's to fill in (a default). */
  readonly mayLack: boolean;
}

/**
 * A strict object: no key but its shape's, each field by its schema; an absent field is run by
 * zod (a default fills it in). Zod builds its output in the shape's order; when the input's keys
 * are already in that order, every field's output is its input and no default is added, the
 * input is that output and is returned as it is (the readers build each record afresh, so
 * nothing else holds it); else the output is built as zod builds it.
 */
function compileObject(schema: Schema): Quick {
  const { def } = schema._zod;
  const shape = def.shape ?? {};
  const strict = def.catchall?._zod.def.type === 'never';
  if (!strict || Object.getOwnPropertySymbols(shape).length > 0)
    return (value, ctx) => byZod(schema, value, ctx);
  const keys = Object.keys(shape);
  // An own `__proto__` key (JSON.parse makes one) is left to zod.
  const ordered = keys.filter((key) => key !== '__proto__');
  const order = new Map(ordered.map((key, at) => [key, at]));
  let fields: Field[] | undefined;
  const steps = compileChecks(def.checks ?? []);
  return (value, ctx) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return UNSURE;
    const input = value as Record<string, unknown>;
    const keyed = keyOrder(input, ordered, order);
    if (keyed === undefined) return UNSURE;
    const inOrder = keyed === 'ordered' && Object.getPrototypeOf(input) === Object.prototype;
    fields ??= fieldsOf(keys, shape);
    // Undefined while the output is the input itself.
    let output: Record<string, unknown> | undefined = inOrder ? undefined : {};
    for (let f = 0; f < fields.length; f++) {
      const { key, schema: field, core, wrapped, nullable, mayLack } = fields[f] as Field;
      const got = input[key];
      if (got === undefined) {
        if (Object.hasOwn(input, key)) return UNSURE;
        if (mayLack) continue;
        output ??= outputSoFar(input, fields, f);
        if (!absent(field, output, key, ctx)) return UNSURE;
        continue;
      }
      // What the field's optional, default and nullable wrappers do with a value that is there.
      const read = got === null && nullable ? null : core(got, ctx);
      if (read === UNSURE || (wrapped && read === undefined)) return UNSURE;
      // Object.is: a transform may give 0 for -0, which `!==` would not see.
      if (output === undefined && !Object.is(read, got)) output = outputSoFar(input, fields, f);
      if (output !== undefined) output[key] = read;
    }
    return runChecks(steps, output ?? input);
  };
}

/**
 * Whether every key of `input` is one of the shape's (else undefined), and whether they come in
 * the shape's order. Keys in that order (as most are) are found by a scan forward through
 * `ordered`, comparing interned strings; only a key the scan has passed is looked up in `order`,
 * and it is out of order.
 */
function keyOrder(
  input: Record<string, unknown>,
  ordered: readonly string[],
  order: ReadonlyMap<string, number>,
): 'ordered' | 'unordered' | undefined {
  let next = 0;
  let inOrder = true;
  for (const key in input) {
    let at = next;
    while (at < ordered.length && ordered[at] !== key) at++;
    if (at < ordered.length) next = at + 1;
    else if (order.has(key)) inOrder = false;
    else return undefined;
  }
  return inOrder ? 'ordered' : 'unordered';
}

/** The fields of a shape (not `__proto__`), compiled when first needed (schemas may recurse). */
function fieldsOf(keys: readonly string[], shape: Record<string, Schema>): Field[] {
  return keys
    .filter((key) => key !== '__proto__')
    .map((key) => {
      const field = shape[key] as Schema;
      const { optin, optout } = field._zod;
      return {
        key,
        schema: field,
        ...unwrapped(field),
        mayLack: optin === 'optional' && optout === 'optional',
      };
    });
}

/**
 * A field's schema under its optional, default and nullable wrappers (those without checks, as
 * `compile` walks them): its quick check, whether any wrapper was taken off, whether one was
 * nullable. For a value that is there (not undefined) the wrappers do no more than this: null
 * is null under a nullable one; anything else is the inner output, `UNSURE` when undefined.
 * Checked here, a field's value is one call, not one per wrapper.
 */
interface Unwrapped {
  readonly core: Quick;
  readonly wrapped: boolean;
  readonly nullable: boolean;
}

/** Wrappers taken off one field at most: no real schema nests them deeper. */
const MAX_WRAPPERS = 8;

function unwrapped(schema: Schema): Unwrapped {
  let inner = schema;
  let wrapped = false;
  let nullable = false;
  for (let depth = 0; depth < MAX_WRAPPERS; depth++) {
    const { def } = inner._zod;
    const wrapper = def.type === 'optional' || def.type === 'nullable' || def.type === 'default';
    if (!wrapper || (def.checks ?? []).length > 0 || !def.innerType) break;
    wrapped = true;
    if (def.type === 'nullable') nullable = true;
    inner = def.innerType;
  }
  return { core: quickOf(inner), wrapped, nullable };
}

/** A new output holding the input's fields before field `upTo` (each its own output so far). */
function outputSoFar(
  input: Record<string, unknown>,
  fields: readonly Field[],
  upTo: number,
): Record<string, unknown> {
  const output: Record<string, unknown> = {};
  for (let f = 0; f < upTo; f++) {
    const { key } = fields[f] as Field;
    const got = input[key];
    if (got !== undefined) output[key] = got;
  }
  return output;
}

/** An absent field, by zod's rules: optional adds nothing, a default adds its value. */
function absent(field: Schema, output: Record<string, unknown>, key: string, ctx: object): boolean {
  const { optin, optout } = field._zod;
  if (optin === undefined) return false;
  const read = byZod(field, undefined, ctx);
  if (read === UNSURE) return false;
  // As zod's object parser: a defaulted field that is not optional out always gets its value.
  if (read !== undefined || (optin === 'defaulted' && optout !== 'optional')) output[key] = read;
  return true;
}

/** An array, each element by its schema: the input itself when every element is its own output. */
function compileArray(schema: Schema): Quick {
  const { def } = schema._zod;
  if (!def.element) return (value, ctx) => byZod(schema, value, ctx);
  const steps = compileChecks(def.checks ?? []);
  const element = quickOf(def.element);
  return (value, ctx) => {
    if (!Array.isArray(value)) return UNSURE;
    let output: unknown[] | undefined;
    if (Object.getPrototypeOf(value) !== Array.prototype) output = new Array(value.length);
    for (let index = 0; index < value.length; index++) {
      const got: unknown = value[index];
      const read = element(got, ctx);
      if (read === UNSURE) return UNSURE;
      if (output === undefined && !Object.is(read, got)) output = value.slice(0, index);
      if (output !== undefined) output[index] = read;
    }
    return runChecks(steps, output ?? value);
  };
}
