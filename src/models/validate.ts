import type * as z from 'zod';
import { fromZodIssues, GuanaiError, type Issue, type Result } from '../errors/index.js';

/**
 * Validate `input` against one of guanai's schemas and return a {@link Result}: the parsed
 * value, or every issue with its code, path and parameters. Never throws for bad input.
 *
 * @example
 * ```ts
 * const result = safeParse(Elder, row);
 * if (!result.ok) console.log(result.issues);
 * ```
 * @category Validation
 */
export function safeParse<S extends z.ZodType>(schema: S, input: unknown): Result<z.output<S>> {
  const parsed = schema.safeParse(input, { reportInput: true });
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, issues: fromZodIssues(parsed.error.issues) };
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
  if (!result.ok) throw new GuanaiError(result.issues);
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
 * too (`duplicate_id`, pointing at the first).
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
  const valid: z.output<S>[] = [];
  const validIndexes: number[] = [];
  const invalid: InvalidRow[] = [];
  const firstIndexById = new Map<string, number>();
  rows.forEach((row, index) => {
    const result = safeParse(schema, row);
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
