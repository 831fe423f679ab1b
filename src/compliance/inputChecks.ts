import {
  arrayIssue,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import { type Issue, issue } from '../errors/index.js';

/**
 * The compliance functions' shared checks: entry checks of the lists and dates they take (O(1)
 * each), and the diagnosis of an element the work tripped on (run only then: it reads every
 * element's fields, as `diagnosed` expects).
 * @internal
 * @module
 */

/** The fields the compliance functions read of each kind of element. */
const FIELDS = {
  occurrences: {
    key: 'string',
    subject: 'string',
    subjectKind: 'string',
    kind: 'string',
    channel: 'string',
    who: 'object',
    'who.role': 'string?',
    openFrom: 'string',
    due: 'string',
    overdueFrom: 'string',
    expiresAt: 'string',
  },
  records: {
    id: 'string',
    elderId: 'string',
    caregiverIds: 'array',
    on: 'string',
    channel: 'string',
    outcome: 'string',
    recordedOn: 'string',
    time: 'string?',
    amends: 'string?',
    occurrenceKey: 'string?',
  },
  elders: { id: 'string', residence: 'object', 'residence.villageCode': 'string' },
  pairings: {
    id: 'string',
    elderId: 'string',
    status: 'string',
    validFrom: 'string',
    validTo: 'string?',
    duty: 'string?',
    members: 'array',
  },
  ends: { elderId: 'string', from: 'string', reason: 'string' },
  scheduled: { occurrenceKey: 'string', caregiverId: 'string' },
} as const;

type Kind = keyof typeof FIELDS;

/** The diagnosis of a list of records under another name (`earlier`). @internal */
export function diagnoseRecords(list: readonly unknown[], name: string): Issue | undefined {
  return elementsIssue(list, name, FIELDS.records);
}

/** The first element of any of `lists` (given by kind) that is not of its kind's shape. @internal */
export function diagnoseLists(
  lists: Partial<Record<Kind, readonly unknown[] | undefined>>,
): Issue | undefined {
  for (const [kind, list] of Object.entries(lists) as [Kind, readonly unknown[] | undefined][]) {
    const found = Array.isArray(list) ? elementsIssue(list, kind, FIELDS[kind]) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** What coverage, escalations and targets read: the input object and its lists. @internal */
export interface ListsInput {
  readonly occurrences: readonly unknown[];
  readonly records: readonly unknown[];
  readonly elders?: readonly unknown[];
  readonly pairings?: readonly unknown[];
  readonly duties?: readonly unknown[];
  readonly scheduled?: readonly unknown[];
  readonly match?: unknown;
}

/** Entry checks of a {@link ListsInput}: an object, its lists, `match` an object. @internal */
export function checkListsInput(input: ListsInput, options: unknown): void {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.occurrences, 'occurrences'),
    arrayIssue(input.records, 'records'),
    arrayIssue(input.elders, 'elders', { optional: true }),
    arrayIssue(input.pairings, 'pairings', { optional: true }),
    arrayIssue(input.duties, 'duties', { optional: true }),
    arrayIssue(input.scheduled, 'scheduled', { optional: true }),
    objectIssue(input.match, 'match', { optional: true }),
  ]);
  throwIssues([matchIssue(input.match, input.occurrences)]);
}

/** Each match `matchRecords` gave, with the very list of visits it was made of. */
const madeOf = /* @__PURE__ */ new WeakMap<object, readonly unknown[]>();

/**
 * `match`, remembered as made of `occurrences`: handed back with that very list, it needs no
 * check of its visits (a copy of it, cloned or sent to a worker, is checked visit by visit).
 * @internal
 */
export function rememberMatchOf<M extends object>(match: M, occurrences: readonly unknown[]): M {
  madeOf.set(match, occurrences);
  return match;
}

/**
 * `invalid_argument` at `match` (rule `matchOfOccurrences`) when a match given was made of
 * another list of visits than `occurrences`: its lists per visit are aligned with the list it
 * was made of, so their length must be that of `occurrences`, and each visit's outcomes must
 * name that visit (a list of the same visits in another order is caught where they have any).
 * @internal
 */
export function matchIssue(match: unknown, occurrences: readonly unknown[]): Issue | undefined {
  if (match === undefined || madeOf.get(match as object) === occurrences) return undefined;
  const perVisit = (match as { readonly outcomesOf?: unknown }).outcomesOf;
  const aligned =
    Array.isArray(perVisit) &&
    perVisit.length === occurrences.length &&
    perVisit.every((outcomes, index) => outcomesName(outcomes, occurrences[index]));
  return aligned
    ? undefined
    : issue('invalid_argument', ['match'], { name: 'match', rule: 'matchOfOccurrences' });
}

/** A visit's outcomes are none, or name that visit by its key. */
function outcomesName(outcomes: unknown, visit: unknown): boolean {
  if (!Array.isArray(outcomes)) return false;
  if (outcomes.length === 0) return true;
  const [first] = outcomes as { readonly occurrenceKey?: unknown }[];
  const named = typeof first === 'object' && first !== null ? first.occurrenceKey : undefined;
  return typeof visit === 'object' && visit !== null && named === (visit as { key?: unknown }).key;
}

/** Entry checks of the days a report is for: each a real date. @internal */
export function checkDays(days: Readonly<Record<string, unknown>>): void {
  throwIssues(Object.entries(days).map(([name, value]) => plainDateIssue(value, name)));
}

/** The diagnosis of a {@link ListsInput}'s elements. @internal */
export function diagnoseInput(input: ListsInput): Issue | undefined {
  return diagnoseLists({
    occurrences: input.occurrences,
    records: input.records,
    elders: input.elders,
    pairings: input.pairings,
    scheduled: input.scheduled,
  });
}
