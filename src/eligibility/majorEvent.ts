import * as z from 'zod';
import { jsonTypeOf } from '../_lib/jsonTypeOf.js';
import { GuanaiError, issue, prefixIssues } from '../errors/index.js';
import { MutualAidGroup, safeParse } from '../models/index.js';

/**
 * A major event (重大情况) of a member of a mutual-aid group that the group must report to the
 * village and 组 cadres (spec §2 R10 · S10 L233 / S18 L519 「若遇有重大情况(如生病及其他天灾人祸)」):
 * `illness` (生病), `naturalDisaster` (天灾), `accident` (人祸), and `other` for the rest of the
 * open list (如 … 及其他). Whether *any* illness is 「重大」 the text leaves open: the caller passes
 * only the events it judges major. A closed list of words: a misspelt kind is `invalid_value`.
 *
 * @example
 * ```ts
 * MajorEventKind.parse('illness');
 * ```
 * @category Incidents
 */
export const MajorEventKind = /* @__PURE__ */ z.enum([
  'illness',
  'naturalDisaster',
  'accident',
  'other',
]);
/** @category Incidents */
export type MajorEventKind = z.infer<typeof MajorEventKind>;

const MAJOR_EVENT_KINDS: ReadonlySet<unknown> = /* @__PURE__ */ new Set(MajorEventKind.options);

/** Major events must be a list of known kinds: a misspelt one would count as an event. @internal */
export function checkMajorEvents(events: unknown): void {
  if (events === undefined) return;
  if (!Array.isArray(events)) {
    throw new GuanaiError([
      issue('invalid_type', ['majorEvents'], { expected: 'array', received: jsonTypeOf(events) }),
    ]);
  }
  for (let index = 0; index < events.length; index++) {
    if (!MAJOR_EVENT_KINDS.has(events[index])) {
      throw new GuanaiError([
        issue('invalid_value', ['majorEvents', index], { allowed: MajorEventKind.options }),
      ]);
    }
  }
}

/** Lists of groups already checked: a ledger's groups are checked once, not per elder. */
const checkedGroups = new WeakSet<object>();

/** The groups option must be a list of valid groups, checked once per list. @internal */
export function checkMutualAidGroups(groups: unknown): void {
  if (groups === undefined) return;
  if (!Array.isArray(groups)) {
    throw new GuanaiError([
      issue('invalid_type', ['mutualAidGroups'], {
        expected: 'array',
        received: jsonTypeOf(groups),
      }),
    ]);
  }
  if (checkedGroups.has(groups)) return;
  const issues = groups.flatMap((group, index) => {
    const result = safeParse(MutualAidGroup, group);
    return result.ok ? [] : prefixIssues(result.issues, ['mutualAidGroups', index]);
  });
  if (issues.length > 0) throw new GuanaiError(issues);
  checkedGroups.add(groups);
}
