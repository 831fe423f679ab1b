import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { type Issue, type IssuePath, issue } from '../errors/index.js';
import { isPlainDate } from '../models/index.js';

/**
 * What a leaf of a record must be, as JSON: a string, a `date` (a string naming a real day,
 * `YYYY-MM-DD`) or a list of strings; `?` when it may be absent.
 * @internal
 */
export type LeafType = 'string' | 'string?' | 'string[]' | 'date' | 'date?';

/** A nested object (a list of them when `list`), absent allowed unless `required`. @internal */
export interface NestedShape {
  readonly fields: Shape;
  readonly list?: boolean;
  readonly required?: boolean;
  readonly nullable?: boolean;
}

/** The JSON type of each field of a record that a pure function reads, by name. @internal */
export type Shape = { readonly [field: string]: LeafType | NestedShape };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeIssue(expected: string, value: unknown, path: IssuePath): Issue {
  return issue('invalid_type', path, { expected, received: jsonTypeOf(value) });
}

/** The issue of a leaf value against its type, if any. */
function leafIssue(value: unknown, type: LeafType, path: IssuePath): Issue | undefined {
  if (value === undefined && type.endsWith('?')) return undefined;
  if (type === 'string[]') {
    if (!Array.isArray(value)) return typeIssue('array', value, path);
    const at = value.findIndex((item) => typeof item !== 'string');
    return at < 0 ? undefined : typeIssue('string', value[at], [...path, at]);
  }
  if (typeof value !== 'string') return typeIssue('string', value, path);
  return type.startsWith('date') && !isPlainDate(value)
    ? issue('invalid_plain_date', path, { value })
    : undefined;
}

/** The first issue of a nested object (or list of them), if any. */
function nestedIssue(value: unknown, shape: NestedShape, path: IssuePath): Issue | undefined {
  if (value === undefined && !shape.required) return undefined;
  if (value === null && shape.nullable) return undefined;
  if (!shape.list) return shapeIssue(value, shape.fields, path);
  if (!Array.isArray(value)) return typeIssue('array', value, path);
  for (let index = 0; index < value.length; index++) {
    const found = shapeIssue(value[index], shape.fields, [...path, index]);
    if (found) return found;
  }
  return undefined;
}

/**
 * The first issue of a record against a shape, field by field in the shape's order: a check
 * of JSON types without a schema (and zod), for the pure functions' failure paths. Bounded by
 * the shape's depth and the record's lists.
 * @internal
 */
export function shapeIssue(value: unknown, shape: Shape, path: IssuePath): Issue | undefined {
  if (!isRecord(value)) return typeIssue('object', value, path);
  for (const field in shape) {
    const type = shape[field] as LeafType | NestedShape;
    const at = [...path, field];
    const found =
      typeof type === 'string'
        ? leafIssue(value[field], type, at)
        : nestedIssue(value[field], type, at);
    if (found) return found;
  }
  return undefined;
}
