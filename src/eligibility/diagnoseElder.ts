import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, type Issue, type IssuePath, issue } from '../errors/index.js';
import { isPlainDate } from '../models/index.js';
import { ELDER_SHAPE, type LeafType, type NestedShape, type Shape } from './elderShape.js';

type Path = (string | number)[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The issue of a leaf value against its type, if any. */
function leafIssue(value: unknown, type: LeafType, path: Path): Issue | undefined {
  if (value === undefined && type.includes('?')) return undefined;
  if (value === null && type.endsWith('|null')) return undefined;
  const expected = type.replace(/[?].*$/, '');
  if (expected === 'date') {
    if (isPlainDate(value)) return undefined;
    if (typeof value === 'string') return issue('invalid_plain_date', path, { value });
    return issue('invalid_type', path, { expected: 'string', received: jsonTypeOf(value) });
  }
  const ok = expected === 'object' ? isRecord(value) : typeof value === expected;
  return ok ? undefined : issue('invalid_type', path, { expected, received: jsonTypeOf(value) });
}

/** The first issue of a nested object (or list of them), if any. */
function nestedIssue(value: unknown, shape: NestedShape, path: Path): Issue | undefined {
  if (value === undefined && !shape.required) return undefined;
  if (value === null && shape.nullable) return undefined;
  if (!shape.list) return shapeIssue(value, shape.fields, path);
  if (!Array.isArray(value)) {
    return issue('invalid_type', path, { expected: 'array', received: jsonTypeOf(value) });
  }
  for (let index = 0; index < value.length; index++) {
    const found = shapeIssue(value[index], shape.fields, [...path, index]);
    if (found) return found;
  }
  return undefined;
}

/** The first issue of a record against a shape, field by field, if any. */
function shapeIssue(value: unknown, shape: Shape, path: Path): Issue | undefined {
  if (!isRecord(value)) {
    return issue('invalid_type', path, { expected: 'object', received: jsonTypeOf(value) });
  }
  for (const [field, type] of Object.entries(shape)) {
    const at = [...path, field];
    const found =
      typeof type === 'string'
        ? leafIssue(value[field], type, at)
        : nestedIssue(value[field], type, at);
    if (found) return found;
  }
  return undefined;
}

/**
 * The error to throw when a classifier's fast path failed on an elder it trusted (typed, not
 * parsed): the first field of the elder whose JSON type is wrong for the `Elder` schema (with
 * `prefix` before its path), found by a table walked only now, without the schema or zod; or,
 * when every field it knows is of the right type, `invalid_argument` (rule `object`) at
 * `prefix` with the raw failure as `cause`. An error of another class than `TypeError`,
 * `RangeError` or {@link GuanaiError} (the caller's own getter, say) passes unchanged.
 * @internal
 */
export function diagnoseElder(
  error: unknown,
  elder: unknown,
  name: string,
  prefix: IssuePath = [],
): unknown {
  const ours =
    error instanceof TypeError || error instanceof RangeError || error instanceof GuanaiError;
  if (!ours) return error;
  const found = shapeIssue(elder, ELDER_SHAPE, [...prefix]);
  const reason = found ?? issue('invalid_argument', prefix, { name, rule: 'object' });
  return new GuanaiError([reason], { cause: error });
}
