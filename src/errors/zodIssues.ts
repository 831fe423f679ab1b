import type * as z from 'zod';
import { type Issue, type IssuePath, issue } from './issue.js';
import type { IssueCode, IssueParams } from './issueParams.js';

/**
 * What {@link reportIssue} needs of a zod refinement context: its `addIssue`.
 * @category Issues
 */
export interface IssueSink {
  addIssue(raw: {
    code: 'custom';
    message: string;
    input: unknown;
    path?: PropertyKey[];
    params: object;
  }): void;
}

/**
 * Report a guanai issue from inside a zod refinement, so that it comes out of
 * {@link fromZodIssues} with its own code and parameters.
 *
 * @example
 * ```ts
 * const Even = z.number().superRefine((n, ctx) => {
 *   if (n % 2) reportIssue(ctx, n, 'not_multiple_of', { divisor: 2 });
 * });
 * ```
 * @category Issues
 */
export function reportIssue<C extends IssueCode>(
  ctx: IssueSink,
  input: unknown,
  code: C,
  params: IssueParams[C],
  path?: IssuePath,
): void {
  ctx.addIssue({
    code: 'custom',
    message: code,
    input,
    ...(path ? { path: [...path] } : {}),
    params: { guanai: { code, params } },
  });
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number' && !Number.isFinite(value))
    return Number.isNaN(value) ? 'NaN' : 'Infinity';
  return typeof value;
}

function toPath(path: readonly PropertyKey[]): IssuePath {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

function fromZodIssue(raw: z.core.$ZodIssue): Issue {
  const path = toPath(raw.path);
  switch (raw.code) {
    case 'invalid_type':
      // A missing required field arrives as `undefined`.
      return issue('invalid_type', path, { expected: raw.expected, received: jsonType(raw.input) });
    case 'too_small':
      return issue('too_small', path, {
        origin: raw.origin,
        minimum: Number(raw.minimum),
        inclusive: raw.inclusive ?? true,
      });
    case 'too_big':
      return issue('too_big', path, {
        origin: raw.origin,
        maximum: Number(raw.maximum),
        inclusive: raw.inclusive ?? true,
      });
    case 'invalid_format':
      return issue('invalid_format', path, { format: raw.format });
    case 'invalid_value':
      return issue('invalid_value', path, {
        allowed: raw.values.map((v) =>
          typeof v === 'bigint' || typeof v === 'symbol' ? String(v) : (v ?? null),
        ),
      });
    case 'unrecognized_keys':
      return issue('unrecognized_keys', path, { keys: raw.keys });
    case 'invalid_union':
      // A missing field is "required", whatever the alternatives were.
      return raw.input === undefined
        ? issue('invalid_type', path, { expected: 'union', received: 'undefined' })
        : issue('invalid_union', path, {});
    case 'not_multiple_of':
      return issue('not_multiple_of', path, { divisor: raw.divisor });
    case 'custom': {
      const own = (raw.params as { guanai?: { code: IssueCode; params: object } } | undefined)
        ?.guanai;
      if (own) return { code: own.code, path, params: own.params } as Issue;
      return issue('invalid_input', path, {});
    }
    default:
      return issue('invalid_input', path, {});
  }
}

/**
 * Turn zod's issues into guanai {@link Issue}s: coded, with a path and typed parameters,
 * and without the input values (which may be personal data).
 *
 * @example
 * ```ts
 * const parsed = Elder.safeParse(row, { reportInput: true });
 * if (!parsed.success) console.log(fromZodIssues(parsed.error.issues));
 * ```
 * @category Issues
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[]): Issue[] {
  return issues.map(fromZodIssue);
}
