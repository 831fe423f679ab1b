import type { Issue, IssuePath } from '../errors/index.js';
import { checkRecord } from './checkRecord.js';
import { isTree } from './fieldPath.js';
import { LEDGER_SCHEMAS, type LedgerKind, type LedgerRecords } from './ledgerKind.js';
import { startsWith } from './ledgerLayout.js';

/**
 * The cells that say which record a row is, per kind: a bad one rejects the row, for without it
 * the record cannot be told from another, found again or joined. Every other cell is a fact.
 * For an elder the id, name, village and resident ID (the resident ID ties the elder to the
 * hukou and to other files); a caregiver's id and name; a pairing's id, elder and members (who
 * is paired with whom is what a pairing is); a visit record's id, elder, caregivers and date
 * (what a duty is credited from), the planned visit it meets and the record it amends.
 * @internal
 */
export const LEDGER_IDENTITY_FIELDS: { readonly [K in LedgerKind]: readonly IssuePath[] } = {
  elders: [['id'], ['name'], ['residentId'], ['residence', 'villageCode']],
  caregivers: [['id'], ['name']],
  pairings: [['id'], ['elderId'], ['members']],
  visitRecords: [['id'], ['elderId'], ['caregiverIds'], ['on'], ['occurrenceKey'], ['amends']],
};

/**
 * Rounds of dropping a row may take before it is rejected: the field issues, then one
 * contradiction per round as the model reports the first it finds per child (a child's facts
 * may contradict each other in four ways), and one to spare.
 */
const MAX_ROUNDS = 6;

/** A record settled: checked, or rejected with its issues; `dropped` are the facts left out. @internal */
export type Settled<T> =
  | { readonly ok: true; readonly value: T; readonly dropped: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Whether a cell issue at `path` concerns an identity cell of `kind`. @internal */
export function isIdentityPath(kind: LedgerKind, path: IssuePath): boolean {
  return LEDGER_IDENTITY_FIELDS[kind].some((keys) => startsWith(path, keys));
}

/**
 * Check a record made from a row's cells (`cellIssues`: the cells that could not be read, left
 * out of it). Unless `strict` or an identity cell is bad, a fact the schema rejects is dropped —
 * the field its issue's path names (the named fact of a `child_facts_conflict`; the whole list
 * for a bad list member, since a list short of a member would say too little; the nearest
 * object holding a missing required field) — and the record checked again, at most
 * {@link MAX_ROUNDS} times. A row whose issue would drop an identity field or the record itself
 * (a required field missing) is rejected with every issue.
 * @internal
 */
export function settleRecord<K extends LedgerKind>(
  kind: K,
  record: Record<string, unknown>,
  cellIssues: readonly Issue[],
  strict: boolean,
): Settled<LedgerRecords[K]> {
  const schema = LEDGER_SCHEMAS[kind];
  if (strict || cellIssues.some((bad) => isIdentityPath(kind, bad.path))) {
    const parsed = checkRecord(schema, record);
    if (parsed.ok && cellIssues.length === 0)
      return { ok: true, value: parsed.value, dropped: NO_ISSUES };
    return rejected(cellIssues, parsed.ok ? NO_ISSUES : parsed.issues);
  }
  let dropped: Issue[] | undefined;
  for (let round = 0; ; round++) {
    const parsed = checkRecord(schema, record);
    if (parsed.ok) {
      const all = dropped ? [...cellIssues, ...dropped] : cellIssues;
      return { ok: true, value: parsed.value, dropped: all };
    }
    const drops = round < MAX_ROUNDS ? dropsFor(kind, record, parsed.issues) : undefined;
    if (!drops) return rejected(cellIssues, [...(dropped ?? NO_ISSUES), ...parsed.issues]);
    for (const drop of drops) removeAt(record, drop);
    dropped ??= [];
    dropped.push(...parsed.issues);
  }
}

const NO_ISSUES: readonly Issue[] = [];

/**
 * A row rejected: its cell issues, and the schema's — but for the fields of cells that could
 * not be read, whose "missing" says nothing more.
 */
function rejected(cellIssues: readonly Issue[], found: readonly Issue[]) {
  return {
    ok: false as const,
    issues: [
      ...cellIssues,
      ...found.filter((one) => !cellIssues.some((bad) => startsWith(one.path, bad.path))),
    ],
  };
}

/** What to take out of the record: a path, or keys of the object at a path. */
interface Drop {
  readonly path: IssuePath;
  readonly keys?: readonly string[];
}

/** The drops that settle `issues`, or undefined when one of them cannot be settled by dropping. */
function dropsFor(
  kind: LedgerKind,
  record: Record<string, unknown>,
  issues: readonly Issue[],
): Drop[] | undefined {
  const drops: Drop[] = [];
  for (const found of issues) {
    if (found.code === 'unrecognized_keys') {
      const at = found.path;
      if (at.length === 0 || !isTree(valueAt(record, at))) return undefined;
      drops.push({ path: at, keys: (found.params as { keys: readonly string[] }).keys });
      continue;
    }
    let path = found.path;
    // The fact a contradiction among a child's facts names is the one dropped.
    if (found.code === 'child_facts_conflict')
      path = [...path, ...(found.params as { fact: string }).fact.split('.')];
    // A required field missing: the object that needs it goes (an obligor without a relation).
    while (path.length > 0 && valueAt(record, path) === undefined) path = path.slice(0, -1);
    if (typeof path.at(-1) === 'number') path = path.slice(0, -1);
    const identity = LEDGER_IDENTITY_FIELDS[kind];
    if (
      path.length === 0 ||
      identity.some((keys) => startsWith(keys, path) || startsWith(path, keys))
    )
      return undefined;
    drops.push({ path });
  }
  return drops;
}

/** The value at `path` through objects and arrays, or undefined. */
function valueAt(record: unknown, path: IssuePath): unknown {
  let node = record;
  for (const key of path) {
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

/** Take the field at a drop's path (or the drop's keys of the object there) out of the record. */
function removeAt(record: Record<string, unknown>, drop: Drop): void {
  const parent = valueAt(record, drop.keys ? drop.path : drop.path.slice(0, -1));
  if (typeof parent !== 'object' || parent === null) return;
  const target = parent as Record<string | number, unknown>;
  if (drop.keys) for (const key of drop.keys) delete target[key];
  else delete target[drop.path.at(-1) as string | number];
}
