import { arrayIssue, diagnosed, throwIssues } from '../_lib/argumentGuards.js';
import type {
  Caregiver,
  CaregiverId,
  CaregiverRole,
  DutyKey,
  Pairing,
  PlainDate,
} from '../models/index.js';
import type { Duty } from '../scheduling/index.js';
import { type CoverageInput, matchFor } from './coverage.js';
import { tallyRows } from './coverageTally.js';
import { type DutyTable, dutyKeyOf, dutyTable } from './dutyTable.js';
import { checkDays, checkListsInput, diagnoseInput } from './inputChecks.js';
import { percent } from './percent.js';
import { inForce, primaryOf, responsibility } from './responsibleCaregiver.js';

/**
 * One duty holder's line of the supervision inspection (督导检查, spec §5.3 K35 · S12 L305): who
 * holds which duty (包保), for how many elders, and how their visits of that duty went in the
 * period — due, completed, completed late (once overdue), missed (expired unanswered) and the
 * share made. Visits of a duty no one held on their day are the line with `caregiverId: ''`.
 * @category Reports
 */
export interface HolderRow {
  readonly caregiverId: CaregiverId | '';
  /** The holder's role for the duty (one the duty lists), when known. */
  readonly role?: CaregiverRole;
  readonly duty: DutyKey;
  /** Elders the caregiver holds the duty for on the last day of the period (or `asOf`, if earlier). */
  readonly subjects: number;
  readonly visitsDue: number;
  readonly visitsCompleted: number;
  /** Of those completed, the ones made only once overdue. */
  readonly late: number;
  /** Visits that expired with no outcome: missed. */
  readonly expired: number;
  /** Percent of visits due that were made (100 when none was due). */
  readonly visitRate: number;
}

/** What {@link holderSummary} reads. @category Reports */
export interface HolderSummaryInput extends CoverageInput {
  /** For the holders' roles. */
  readonly caregivers?: readonly Caregiver[];
}

/**
 * The per-holder table of the half-year (August) and year-end (December) inspections (spec
 * §5.3 K35 · S12 L305): one row per duty and holder — every holder of a duty on the period's
 * last day, and every caregiver a duty's visit in the period fell to — in the order of the duty
 * table, then by caregiver id. Counts are those of {@link coverage} by caregiver over the duty's
 * visits, so the table agrees with the coverage screens; a visit counts as made only when its
 * holder or planned deputy made it (see {@link matchRecords}).
 *
 * Checked at entry, as one `GuanaiError`: the lists, the duty table and the days.
 *
 * @example
 * ```ts
 * const period = supervisionPeriod(2026, 'halfYear');
 * const holders = holderSummary(
 *   { occurrences, records, pairings, caregivers },
 *   { asOf: plainDate('2026-08-15'), from: period.from, to: period.to },
 * );
 * reportTable('holders', holders, 'zh-CN'); // 包保人, 职务, 包保责任, 包保对象数 …
 * ```
 * @category Reports
 */
export function holderSummary(
  input: HolderSummaryInput,
  options: { readonly asOf: PlainDate; readonly from: PlainDate; readonly to: PlainDate },
): HolderRow[] {
  checkListsInput(input, options);
  checkDays({ asOf: options.asOf, from: options.from, to: options.to });
  throwIssues([arrayIssue(input.caregivers, 'caregivers', { optional: true })]);
  const table = dutyTable(input.duties);
  return diagnosed(
    'holderSummary',
    () => holdersChecked(input, options, table),
    () => diagnoseInput(input),
  );
}

function holdersChecked(
  input: HolderSummaryInput,
  options: { readonly asOf: PlainDate; readonly from: PlainDate; readonly to: PlainDate },
  table: DutyTable,
): HolderRow[] {
  const { caregiverOf } = responsibility(input.pairings, table);
  const counted = tallyRows(input.occurrences, matchFor(input), options, (occurrence) => {
    const duty = dutyKeyOf(table, occurrence);
    return duty === '' ? undefined : keyOf(duty, caregiverOf(occurrence) ?? '');
  });
  const rows = new Map(counted.map((row) => [row.group, row]));
  // biome-ignore lint/complexity/useMathMinMax: civil dates are strings, not numbers
  const lastDay = options.to < options.asOf ? options.to : options.asOf;
  const held = subjectsHeld(input.pairings ?? [], lastDay);
  const rolesOf = new Map((input.caregivers ?? []).map((c) => [c.id as string, c.roles]));
  // The caregivers of each duty, from the rows counted and the lines held, in one pass.
  const idsOf = new Map<string, Set<string>>();
  for (const key of [...rows.keys(), ...held.keys()]) {
    const [duty = '', id = ''] = key.split('\u0000');
    idsOf.set(duty, (idsOf.get(duty) ?? new Set()).add(id));
  }
  const result: HolderRow[] = [];
  for (const duty of table.duties) {
    for (const id of [...(idsOf.get(duty.key) ?? [])].sort()) {
      const row = rows.get(keyOf(duty.key, id));
      const role = id === '' ? undefined : roleFor(duty, rolesOf.get(id));
      result.push({
        caregiverId: id as CaregiverId | '',
        ...(role === undefined ? {} : { role }),
        duty: duty.key as DutyKey,
        subjects: held.get(keyOf(duty.key, id)) ?? 0,
        visitsDue: row?.due ?? 0,
        visitsCompleted: row?.completed ?? 0,
        late: row?.late ?? 0,
        expired: row?.expired ?? 0,
        visitRate: percent(row?.completed ?? 0, row?.due ?? 0),
      });
    }
  }
  return result;
}

/** A row's key: duty and caregiver (a duty key never holds the separator). */
const keyOf = (duty: string, caregiverId: string) => `${duty}\u0000${caregiverId}`;

/** Elders held per duty and holder on `day`: the primaries of the duties' pairings in force. */
function subjectsHeld(pairings: readonly Pairing[], day: PlainDate): Map<string, number> {
  const held = new Map<string, number>();
  for (const pairing of pairings) {
    if (pairing.duty === undefined || !inForce(pairing, day)) continue;
    const holder = primaryOf(pairing, day);
    if (holder === undefined) continue;
    const key = keyOf(pairing.duty, holder);
    held.set(key, (held.get(key) ?? 0) + 1);
  }
  return held;
}

/** The holder's role for a duty: one of theirs the duty lists, else the duty's only role. */
function roleFor(
  duty: Duty,
  roles: readonly CaregiverRole[] | undefined,
): CaregiverRole | undefined {
  return (
    roles?.find((role) => duty.roles.includes(role)) ??
    (duty.roles.length === 1 ? duty.roles[0] : undefined)
  );
}
