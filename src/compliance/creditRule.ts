import type { CaregiverId, DutyKey, Pairing } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import type { ScheduledVisit } from '../scheduling/index.js';
import type { DutyTable } from './dutyTable.js';
import { responsibility } from './responsibleCaregiver.js';
import type { VisitRecord } from './visitRecord.js';

/**
 * Whose record may complete a duty's visit: its holder's, or the deputy's the schedule named
 * (`holderOrDeputy`, the default: 包保 is a personal responsibility, spec §3.1 · S18 L515), or
 * anyone's (`anyone`: for old records kept before holders were known).
 * @category Matching
 */
export type CreditRule = 'holderOrDeputy' | 'anyone';

/**
 * How a record that does not say whom it reached counts for a `childContact` visit: as with
 * the children (`presumed`, the default — records kept before `counterpart` existed lack it), or
 * not at all (`stated`: the record must say `children` or `parents`).
 * @category Matching
 */
export type CounterpartRule = 'presumed' | 'stated';

/**
 * Who the schedule gave a visit to: all tracking reads of a `ScheduledVisit`, so an app can pass
 * what it stored (the visit's key and the caregiver) without the rest of the schedule.
 * @example
 * ```ts
 * const scheduled: ScheduledCaregiver[] = rows.map((r) => ({ occurrenceKey: r.key, caregiverId: r.caregiver_id }));
 * ```
 * @category Matching
 */
export type ScheduledCaregiver = Pick<ScheduledVisit, 'occurrenceKey' | 'caregiverId'>;

/** Why a record that fits a visit may not complete it. @internal */
export type Refusal =
  | { readonly reason: 'notByHolder'; readonly duty: DutyKey; readonly holderId?: CaregiverId }
  | { readonly reason: 'notWithChildren' };

/** What the crediting rule reads, besides the policy. @internal */
export interface CreditInput {
  readonly table: DutyTable;
  readonly pairings?: readonly Pairing[] | undefined;
  readonly scheduled?: readonly ScheduledCaregiver[] | undefined;
}

const WITH_CHILDREN: ReadonlySet<string> = new Set(['children', 'parents']);
const NOT_WITH_CHILDREN: Refusal = { reason: 'notWithChildren' };

/**
 * The crediting rule: for a record and a visit it fits, why it may not complete the visit, or
 * `undefined` when it may. A `childContact` visit needs the children or the parents; a duty's
 * visit needs, under `holderOrDeputy`, one of the record's caregivers to be the holder on the
 * day the visit is due or the caregiver the schedule gave the visit to. Maps are built once;
 * each question costs O(1).
 * @internal
 */
export function creditRule(
  input: CreditInput,
  credit: CreditRule,
  counterpart: CounterpartRule,
): (record: VisitRecord, occurrence: Occurrence) => Refusal | undefined {
  const { caregiverOf } = responsibility(input.pairings, input.table);
  const plannedFor = new Map<string, CaregiverId>();
  for (const visit of input.scheduled ?? []) plannedFor.set(visit.occurrenceKey, visit.caregiverId);
  return (record, occurrence) => {
    if (occurrence.kind === 'childContact') {
      const refusal = counterpartRefusal(record, counterpart);
      if (refusal) return refusal;
    }
    if (credit === 'anyone') return undefined;
    const duty = input.table.dutyOf(occurrence);
    if (!duty) return undefined;
    const holderId = caregiverOf(occurrence);
    const deputyId = plannedFor.get(occurrence.key);
    for (const id of record.caregiverIds) if (id === holderId || id === deputyId) return undefined;
    return {
      reason: 'notByHolder',
      duty: duty.key as DutyKey,
      ...(holderId === undefined ? {} : { holderId }),
    };
  };
}

/**
 * How much of the crediting rule can refuse a record for a visit: none of it (`none`: every
 * record may complete the visit), only whom the contact was with (`counterpart`: a
 * `childContact` visit that is no duty's, or under `anyone`), or all of it (`rule`: a duty's
 * visit under `holderOrDeputy`). The answer depends on the visit's kind, channel and plan role
 * alone (as `dutyOf` does), so matching asks it once per combination and reads no visit for
 * `none` or `counterpart`.
 * @internal
 */
export type RefusalScope = 'none' | 'counterpart' | 'rule';

/** The {@link RefusalScope} of a visit under a duty table and credit rule. @internal */
export function refusalScope(
  table: DutyTable,
  credit: CreditRule,
): (occurrence: Occurrence) => RefusalScope {
  return (occurrence) =>
    credit !== 'anyone' && table.dutyOf(occurrence) !== undefined
      ? 'rule'
      : occurrence.kind === 'childContact'
        ? 'counterpart'
        : 'none';
}

/**
 * The refusal of a record for a `childContact` visit: it must be with the children or the
 * parents (a record that says nothing counts as with them unless the rule is `stated`).
 * @internal
 */
export function counterpartRefusal(
  record: VisitRecord,
  counterpart: CounterpartRule,
): Refusal | undefined {
  const said = record.counterpart;
  return (said === undefined ? counterpart === 'stated' : !WITH_CHILDREN.has(said))
    ? NOT_WITH_CHILDREN
    : undefined;
}
