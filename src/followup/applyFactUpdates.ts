import {
  arrayIssue,
  diagnosed,
  elementsIssue,
  objectIssue,
  plainDateIssue,
  throwIssues,
} from '../_lib/argumentGuards.js';
import type { Elder, PlainDate } from '../models/index.js';
import { orderUpdates } from './compareFactUpdates.js';
import type { FactUpdate, FactUpdateRejection } from './factUpdate.js';
import { LedgerState } from './ledgerState.js';

/** Options of {@link applyFactUpdates}. @category Fact updates */
export interface ApplyFactUpdatesOptions {
  /** The day the ledger is for: updates of facts that became true after it wait. */
  readonly asOf: PlainDate;
  /**
   * The ledger as it was known on this day: updates written down after it wait too (default:
   * every update given counts, however late it was written down).
   */
  readonly knownOn?: PlainDate;
}

/**
 * The ledger as of a day, and what became of every update: applied, rejected with its
 * reasons, or still waiting (a fact of a later day, or written down after `knownOn`). Each
 * update given is in exactly one of the three lists.
 * @category Fact updates
 */
export interface AppliedFactUpdates {
  /** The ledger's elders in its order (the same objects where nothing changed), then those registered. */
  readonly elders: readonly Elder[];
  /** In the order they were applied. */
  readonly applied: readonly FactUpdate[];
  /** By input position. */
  readonly rejected: readonly FactUpdateRejection[];
  /** In the order they would apply. */
  readonly pending: readonly FactUpdate[];
}

/**
 * The ledger (台账) as of `asOf`: every update of a fact true by then applied to its elder in
 * the order of `compareFactUpdates` (by day, registrations first, then day written down, then
 * id), so the order updates arrive in never matters, and applying to one day and then the rest
 * gives the same ledger as applying all at once (动态管理, spec §7 · S14 L365, L379
 * 「将相关信息及时更新到留守老年人台账」).
 *
 * After each update its elder is checked against the `Elder` schema; an update that would make
 * the record invalid is rejected with the schema's issues (paths inside the update, e.g.
 * `['changes', 0, 'value', 'status']`) and the elder keeps the state it had. So is an update
 * for an elder not in the ledger (`unknown_reference` at `['elderId']`), a registration of an
 * elder already there (`duplicate_id`), and an update whose id an earlier one has
 * (`duplicate_id`). Every other update is applied: nothing is lost. Elders no update touched are
 * returned as the same objects.
 *
 * The ledger's elders and the updates must be validated (`parseLedger`, `parseFactUpdates`);
 * they are not parsed again. A bad argument throws `GuanaiError`: the ledger or its `elders`,
 * `updates` or the options of the wrong kind, a day that is not a real date, an elder id the
 * ledger lists twice (`duplicate_id` at `['elders', i, 'id']`), an element that is not an
 * update or an elder (`invalid_type` at its path).
 * @example
 * ```ts
 * const { elders, rejected } = applyFactUpdates(ledger, updates, { asOf: plainDate('2026-06-30') });
 * ```
 * @category Fact updates
 */
export function applyFactUpdates(
  ledger: { readonly elders: readonly Elder[] },
  updates: readonly FactUpdate[],
  options: ApplyFactUpdatesOptions,
): AppliedFactUpdates {
  throwIssues([
    objectIssue(ledger, 'ledger'),
    arrayIssue(updates, 'updates'),
    objectIssue(options, 'options'),
  ]);
  throwIssues([
    arrayIssue(ledger.elders, 'elders', { path: ['ledger', 'elders'] }),
    plainDateIssue(options.asOf, 'asOf'),
    plainDateIssue(options.knownOn, 'knownOn', { optional: true }),
  ]);
  return diagnosed(
    'applyFactUpdates',
    () => applyChecked(ledger.elders, updates, options),
    () => inputIssue(ledger.elders, updates),
  );
}

function applyChecked(
  elders: readonly Elder[],
  updates: readonly FactUpdate[],
  { asOf, knownOn }: ApplyFactUpdatesOptions,
): AppliedFactUpdates {
  const state = new LedgerState(elders);
  const { ordered, duplicates } = orderUpdates(updates, 'fact');
  const applied: FactUpdate[] = [];
  const rejected: FactUpdateRejection[] = [...duplicates];
  const pending: FactUpdate[] = [];
  for (const entry of ordered) {
    const { update } = entry;
    if (update.on > asOf || (knownOn !== undefined && update.recordedOn > knownOn)) {
      pending.push(update);
      continue;
    }
    const issues = state.apply(entry);
    if (issues) rejected.push({ ...entry, issues });
    else applied.push(update);
  }
  rejected.sort((a, b) => a.index - b.index);
  return { elders: state.elders(), applied, rejected, pending };
}

/**
 * What is wrong with the elders' and updates' elements, found when a fast path failed: slow,
 * only then.
 * @internal
 */
export function inputIssue(elders: readonly unknown[], updates: readonly unknown[]) {
  return (
    elementsIssue(updates, 'updates', {
      id: 'string',
      elderId: 'string',
      on: 'string',
      recordedOn: 'string',
      changes: 'array',
    }) ??
    elementsIssue(elders, 'elders', { id: 'string', name: 'string', residence: 'object' }) ??
    changesIssue(updates as readonly FactUpdate[])
  );
}

/** The first change that is not an object with an `op` and, but for a registration, a `path` list. */
function changesIssue(updates: readonly FactUpdate[]) {
  for (let i = 0; i < updates.length; i++) {
    const changes = (updates[i] as FactUpdate).changes;
    const found = elementsIssue(changes, 'changes', { op: 'string' });
    if (found) return { ...found, path: ['updates', i, ...found.path] } as typeof found;
    for (let k = 0; k < changes.length; k++) {
      const change = changes[k] as FactUpdate['changes'][number];
      const fields =
        change.op === 'register' ? { elder: 'object' as const } : { path: 'array' as const };
      const bad = elementsIssue([change], 'changes', fields);
      if (bad)
        return { ...bad, path: ['updates', i, 'changes', k, ...bad.path.slice(2)] } as typeof bad;
    }
  }
  return undefined;
}
