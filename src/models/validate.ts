import type * as z from 'zod';
import { pathPastDepth } from '../_lib/nestingPath.js';
import { fromZodIssues, GuanaiError, type Issue, issue, type Result } from '../errors/index.js';

/**
 * The deepest nesting of objects and arrays a value given to {@link safeParse}, {@link parse}
 * or {@link parseRows} may have: 64 levels, room for any record with `extensions` of 32 levels
 * (the ledger files' JSON cells allow 32). Deeper input is rejected with `json_too_deep` at the
 * path where it passes the limit, before the schema sees it: the schema's JSON checks recurse,
 * and input nested a few thousand levels deep (or an object that contains itself) would
 * overflow the stack.
 *
 * @example
 * ```ts
 * safeParse(Elder, rowWithExtensionsNested100Deep); // { ok: false, issues: [{ code: 'json_too_deep', … }] }
 * ```
 * @category Validation
 */
export const MAX_INPUT_DEPTH = 64;

/**
 * Validate `input` against one of guanai's schemas and return a {@link Result}: the parsed
 * value, or every issue with its code, path and parameters. Never throws for bad input; input
 * nested deeper than {@link MAX_INPUT_DEPTH} levels is `json_too_deep`. Throws
 * {@link GuanaiError} (`invalid_argument`, rule `object`) only when `schema` is not a schema.
 *
 * @example
 * ```ts
 * const result = safeParse(Elder, row);
 * if (!result.ok) console.log(result.issues);
 * ```
 * @category Validation
 */
export function safeParse<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  requireSchema(schema);
  return parseChecked(schema, input);
}

/** {@link safeParse} with the schema already checked: a batch checks it once, not per row. */
function parseChecked<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  let parsed: z.ZodSafeParseResult<z.output<S>>;
  try {
    const tooDeep = pathPastDepth(input, MAX_INPUT_DEPTH);
    if (tooDeep) {
      return { ok: false, issues: [issue('json_too_deep', tooDeep, { maximum: MAX_INPUT_DEPTH })] };
    }
    parsed = schema.safeParse(input, { reportInput: true });
  } catch (error) {
    // A getter that throws, or a structure the depth check cannot see: the row is bad, not the batch.
    if (error instanceof TypeError || error instanceof RangeError) {
      return { ok: false, issues: [issue('invalid_input', [], {})] };
    }
    throw error;
  }
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fromZodIssues(parsed.error.issues) };
}

/** A schema argument must be a zod schema: anything else is a programmer error. */
function requireSchema(schema: unknown): void {
  const safeParseOf = (schema as { safeParse?: unknown } | null | undefined)?.safeParse;
  if (typeof safeParseOf !== 'function') {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'schema', rule: 'object' })]);
  }
}

/**
 * Validate `input` and return the value, or throw {@link GuanaiError} with every issue.
 * For input the caller trusts (fixtures, literals); use {@link safeParse} for user data.
 *
 * @example
 * ```ts
 * const caregiver = parse(Caregiver, fixture);
 * ```
 * @category Validation
 */
export function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = safeParse(schema, input);
  // The input lets the message show the value found (masked); the error does not keep it.
  if (!result.ok) throw new GuanaiError(result.issues, { input });
  return result.value;
}

/**
 * A row of a batch that did not validate: its position in the input and every issue, with
 * paths inside the row.
 * @category Validation
 */
export interface InvalidRow {
  readonly index: number;
  readonly issues: readonly Issue[];
}

/**
 * The outcome of validating a batch: the good rows (in input order, with their input
 * index) and every bad one. Nothing is dropped silently.
 * @category Validation
 */
export interface BatchResult<T> {
  readonly valid: readonly T[];
  /** Input index of each valid row, parallel to `valid`. */
  readonly validIndexes: readonly number[];
  readonly invalid: readonly InvalidRow[];
}

/**
 * Validate every row of a batch against a schema, keeping the good rows and returning each
 * bad one with its index. With `idOf`, a row whose id repeats an earlier valid row's is bad
 * too (`duplicate_id`, pointing at the first). Each row is checked as {@link safeParse} checks
 * it, so one bad row (too deep, wrong type) never costs the others. Throws {@link GuanaiError}
 * (`invalid_argument`) when `rows` is not an array (rule `array`), `schema` not a schema
 * (`object`) or `idOf` not a function (`function`).
 *
 * @example
 * ```ts
 * const { valid, invalid } = parseRows(Elder, rows, (elder) => elder.id);
 * ```
 * @category Validation
 */
export function parseRows<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[],
  idOf?: (row: z.output<S>) => string,
): BatchResult<z.output<S>> {
  requireSchema(schema);
  if (!Array.isArray(rows)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'rows', rule: 'array' })]);
  }
  if (idOf !== undefined && typeof idOf !== 'function') {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'idOf', rule: 'function' })]);
  }
  const valid: z.output<S>[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidRow[] = [];
  const firstIndexById = new Map<string, number>();
  rows.forEach((row, index) => {
    const result = parseChecked(schema, row);
    if (!result.ok) {
      invalid.push({ index, issues: result.issues });
      return;
    }
    if (idOf) {
      const id = idOf(result.value);
      const firstIndex = firstIndexById.get(id);
      if (firstIndex !== undefined) {
        invalid.push({
          index,
          issues: [
            { code: 'duplicate_id', path: ['id'], params: { id, firstPath: [firstIndex, 'id'] } },
          ],
        });
        return;
      }
      firstIndexById.set(id, index);
    }
    valid.push(result.value);
    validIndexes.push(index);
  });
  return { valid, validIndexes, invalid };
}
