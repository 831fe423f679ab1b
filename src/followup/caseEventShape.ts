import { textOf } from '../_lib/textOf.js';
import { type Issue, issue } from '../errors/index.js';
import { isPlainDate } from '../models/index.js';
import { CASE_EVENT_TYPES, CaseResponse } from './caseEvent.js';

const TYPES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(CASE_EVENT_TYPES);
const RESPONSES: ReadonlySet<unknown> = /* @__PURE__ */ new Set(CaseResponse.options);
const INFORMED = ['townshipGovernment', 'countyCivilAffairs'] as const;

const kindOf = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

/**
 * The first field of an event that a replay cannot read, as an issue with its path inside the
 * event: O(1), so every event is looked at and a malformed one is rejected, not thrown on.
 * Events are typed values (checked by `parseCaseEvents`); this only keeps a bad one from
 * costing the others.
 * @internal
 */
export function caseEventShapeIssue(event: unknown): Issue | undefined {
  if (kindOf(event) !== 'object')
    return issue('invalid_type', [], { expected: 'object', received: kindOf(event) });
  const e = event as Record<string, unknown>;
  for (const field of ['id', 'caseId'] as const)
    if (typeof e[field] !== 'string' || e[field] === '')
      return issue('invalid_type', [field], { expected: 'string', received: kindOf(e[field]) });
  if (!TYPES.has(e.type)) return issue('invalid_value', ['type'], { allowed: CASE_EVENT_TYPES });
  if (!isPlainDate(e.on)) return issue('invalid_plain_date', ['on'], { value: textOf(e.on) });
  if (e.time !== undefined && typeof e.time !== 'string')
    return issue('invalid_type', ['time'], { expected: 'string', received: kindOf(e.time) });
  const by = e.by as Record<string, unknown> | null;
  if (kindOf(by) !== 'object' || typeof by?.kind !== 'string')
    return issue('invalid_type', ['by'], { expected: 'object', received: kindOf(by) });
  if (e.type === 'opened' && typeof e.elderId !== 'string')
    return issue('invalid_type', ['elderId'], { expected: 'string', received: kindOf(e.elderId) });
  if (e.type === 'informed' && !(INFORMED as readonly unknown[]).includes(e.body))
    return issue('invalid_value', ['body'], { allowed: INFORMED });
  if (e.type === 'responded' && !RESPONSES.has(e.response))
    return issue('invalid_value', ['response'], { allowed: CaseResponse.options });
  return undefined;
}
