import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { arrayIssue, objectIssue, plainDateIssue, throwIssues } from '../_lib/argumentGuards.js';
import { type Issue, issue, reportIssue } from '../errors/index.js';
import {
  CaregiverId,
  Elder,
  ElderId,
  type InvalidRow,
  type PlainDate,
  PlainDate as PlainDateSchema,
  parseRows,
} from '../models/index.js';
import { FactPath, factPathProblem, factPathText } from './factPath.js';
import { FactSource } from './factSource.js';

/**
 * The id of a fact update: any text of 1 to 128 characters, unique in the app's store of updates.
 * @example
 * ```ts
 * FactUpdateId.parse('FU-2026-000123');
 * ```
 * @category Fact updates
 */
export const FactUpdateId = /* @__PURE__ */ z
  .string()
  .trim()
  .min(1)
  .max(128)
  .brand<'FactUpdateId'>();
/** @category Fact updates */
export type FactUpdateId = z.infer<typeof FactUpdateId>;

/** A path whose field the elder record has, for the change's `op`. */
function checkedPath(op: 'set' | 'remove' | 'append') {
  return FactPath.superRefine((path, ctx) => {
    const problem = factPathProblem(path, op);
    if (problem) reportIssue(ctx, path, 'fact_path_invalid', { path: factPathText(path), problem });
  }, afterFieldsPass);
}

/**
 * One change to an elder's record: `set` a field to a value, `remove` it (the fact is no longer
 * known), `append` an element to a list (a new child, a new ability assessment, a benefit), or
 * `register` an elder who is not yet in the ledger (found at the census, say). Paths lead to
 * fields the `Elder` schema has (`fact_path_invalid` otherwise); the elder's `id` never changes.
 * Values are checked when the change is applied, against the whole record.
 * @example
 * ```ts
 * FactChange.parse({ op: 'set', path: ['household', 'spouse', 'status'], value: 'widowed' });
 * FactChange.parse({ op: 'remove', path: ['household', 'children', 0, 'awaySince'] });
 * ```
 * @category Fact updates
 */
export const FactChange = /* @__PURE__ */ z.discriminatedUnion('op', [
  z.strictObject({ op: z.literal('set'), path: checkedPath('set'), value: z.json() }),
  z.strictObject({ op: z.literal('remove'), path: checkedPath('remove') }),
  z.strictObject({ op: z.literal('append'), path: checkedPath('append'), value: z.json() }),
  z.strictObject({ op: z.literal('register'), elder: Elder }),
]);
/** @category Fact updates */
export type FactChange = z.infer<typeof FactChange>;

/**
 * A fact about an elder, as an append-only record (动态管理, spec §7 · S14 L365 「实行分类动态管理」):
 * what changed (`changes`, applied together — a child who comes home stops being away and lives
 * with the elder at once), the day it became true (`on`), the day it was written down
 * (`recordedOn`, not before `on`), where it came from, who recorded it and the record it came
 * from (a visit record's id, a census record's). Updates are never edited: a mistake is put
 * right by a later update.
 *
 * Checks: `recordedOn` before `on` is `range_reversed`; a `register` must be the update's only
 * change and register the update's own `elderId` (`fact_register_conflict`).
 * @example
 * ```ts
 * FactUpdate.parse({
 *   id: 'FU-1', elderId: 'E-1', on: '2026-05-20', recordedOn: '2026-05-22', source: 'visit',
 *   recordedBy: 'C-7', recordId: 'R-2026-0311',
 *   changes: [{ op: 'set', path: ['household', 'spouse', 'status'], value: 'widowed' }],
 * });
 * ```
 * @category Fact updates
 */
export const FactUpdate = /* @__PURE__ */ z
  .strictObject({
    id: FactUpdateId,
    elderId: ElderId,
    /** The day the fact became true. */
    on: PlainDateSchema,
    /** The day it was written down. */
    recordedOn: PlainDateSchema,
    source: FactSource,
    recordedBy: CaregiverId.optional(),
    /** The record it came from: a visit record (走访日志), a census record. */
    recordId: z.string().trim().min(1).max(64).optional(),
    changes: z.array(FactChange).min(1).max(32),
    note: z.string().max(2000).optional(),
  })
  .superRefine((update, ctx) => {
    if (update.recordedOn < update.on)
      reportIssue(
        ctx,
        update.recordedOn,
        'range_reversed',
        {
          from: update.on,
          to: update.recordedOn,
        },
        ['recordedOn'],
      );
    update.changes.forEach((change, index) => {
      if (change.op !== 'register') return;
      if (update.changes.length > 1)
        reportIssue(ctx, change, 'fact_register_conflict', { problem: 'withOtherChanges' }, [
          'changes',
          index,
        ]);
      if (change.elder.id !== update.elderId)
        reportIssue(ctx, change.elder.id, 'fact_register_conflict', { problem: 'otherElderId' }, [
          'changes',
          index,
          'elder',
          'id',
        ]);
    });
  }, afterFieldsPass);
/** @category Fact updates */
export type FactUpdate = z.infer<typeof FactUpdate>;

/**
 * An update that was not applied, with its position in the input and every reason, as issues
 * with paths inside the update (`['elderId']`, `['changes', 0, 'value', 'status']` …). The
 * elder keeps the state it had before it.
 * @category Fact updates
 */
export interface FactUpdateRejection {
  readonly index: number;
  readonly update: FactUpdate;
  readonly issues: readonly Issue[];
}

/** Options of {@link parseFactUpdates}. @category Fact updates */
export interface ParseFactUpdatesOptions {
  /** No update may be written down after this day (`date_after_as_of` at `['recordedOn']`). */
  readonly asOf?: PlainDate;
}

/**
 * The updates accepted, and every bad row with its index and coded issues.
 * @category Fact updates
 */
export interface ParsedFactUpdates {
  readonly updates: readonly FactUpdate[];
  readonly invalid: readonly InvalidRow[];
}

/**
 * Validate a batch of fact updates from an app (a visit form, a census sheet, a family's call
 * written down): each against {@link FactUpdate}, ids unique in the batch, and — with `asOf` —
 * none written down after that day. Good rows are kept; every bad row comes back with its
 * index and coded issues — none is dropped silently. Whether each update fits its elder is
 * decided when it is applied (`applyFactUpdates`).
 * @example
 * ```ts
 * const { updates, invalid } = parseFactUpdates(rows, { asOf: plainDate('2026-06-30') });
 * ```
 * @category Fact updates
 */
export function parseFactUpdates(
  rows: readonly unknown[],
  options: ParseFactUpdatesOptions = {},
): ParsedFactUpdates {
  throwIssues([arrayIssue(rows, 'rows'), objectIssue(options, 'options')]);
  throwIssues([plainDateIssue(options.asOf, 'asOf', { optional: true })]);
  const parsed = parseRows(FactUpdate, rows, (update) => update.id);
  const { asOf } = options;
  if (asOf === undefined) return { updates: parsed.valid, invalid: parsed.invalid };
  const updates: FactUpdate[] = [];
  const invalid: InvalidRow[] = [...parsed.invalid];
  parsed.valid.forEach((update, position) => {
    if (update.recordedOn <= asOf) updates.push(update);
    else
      invalid.push({
        index: parsed.validIndexes[position] as number,
        issues: [issue('date_after_as_of', ['recordedOn'], { date: update.recordedOn, asOf })],
      });
  });
  invalid.sort((a, b) => a.index - b.index);
  return { updates, invalid };
}
