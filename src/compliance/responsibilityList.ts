import { arrayIssue, diagnosed, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import type {
  Caregiver,
  CaregiverId,
  CaregiverRole,
  DutyHolding,
  DutyKey,
  Elder,
  ElderId,
  PlainDate,
  RegionCode,
} from '../models/index.js';
import { type Cadence, PROGRAMME_PRESETS, type VisitKind } from '../recurrence/index.js';
import type { Duty, DutyInput } from '../scheduling/index.js';
import { dutyTable } from './dutyTable.js';
import { checkDays, diagnoseLists } from './inputChecks.js';

/**
 * A visit a duty obliges its holder to make, and how often: the kind and cadence of each
 * programme plan the duty lists (每周入户走访, 每月联系子女 …).
 * @category Reports
 */
export interface DutyVisit {
  readonly kind: VisitKind;
  readonly cadence: Cadence;
}

/**
 * A duty holder answerable for an elder: the duty, the caregiver with their name, role (one of
 * theirs the duty lists) and phone as recorded, and the visits the duty obliges.
 * @category Reports
 */
export interface ResponsibleHolder {
  readonly duty: DutyKey;
  readonly caregiverId: CaregiverId;
  readonly name?: string;
  readonly role?: CaregiverRole;
  readonly phone?: string;
  readonly visits: readonly DutyVisit[];
}

/**
 * One elder's line of the responsibility list (责任清单): where they live, and the duty holders
 * answerable for them on the day (none: no duty is held for them).
 * @category Reports
 */
export interface ResponsibilityRow {
  readonly villageCode: RegionCode;
  readonly elderId: ElderId;
  readonly elderName: string;
  readonly holders: readonly ResponsibleHolder[];
}

/** What {@link responsibilityList} reads. @category Reports */
export interface ResponsibilityInput {
  readonly elders: readonly Elder[];
  readonly caregivers: readonly Caregiver[];
  /** The responsibility matrix (`assignDuties(...).holdings` or `.current`): lines in force on `asOf` count. */
  readonly holdings: readonly DutyHolding[];
  /** The duty table (default `DEFAULT_DUTIES`): each duty's roles and the plans it obliges. */
  readonly duties?: readonly DutyInput[];
}

/**
 * The responsibility list (责任清单, 包保到人 spec §3.1 · S18 L515): each elder of the ledger, by
 * village then elder id, with the duty holders answerable for them on `asOf` — the lines of the
 * matrix in force that day, in the order of the duty table — each with name, role, phone and the
 * visits the duty obliges (from the duty's programme plans). An elder no duty is held for is
 * listed with no holders, so the gap shows. O(elders + holdings).
 *
 * @example
 * ```ts
 * const assignment = assignDuties({ elders, caregivers }, { asOf });
 * const list = responsibilityList({ elders, caregivers, holdings: assignment.current }, { asOf });
 * list[0]?.holders[0]?.visits[0]?.cadence; // { type: 'quota', period: 'week' }
 * ```
 * @category Reports
 */
export function responsibilityList(
  input: ResponsibilityInput,
  options: { readonly asOf: PlainDate },
): ResponsibilityRow[] {
  throwIssues([objectIssue(input, 'input'), objectIssue(options, 'options')]);
  throwIssues([
    arrayIssue(input.elders, 'elders'),
    arrayIssue(input.caregivers, 'caregivers'),
    arrayIssue(input.holdings, 'holdings'),
    arrayIssue(input.duties, 'duties', { optional: true }),
  ]);
  checkDays({ asOf: options.asOf });
  const table = dutyTable(input.duties);
  return diagnosed(
    'responsibilityList',
    () => listChecked(input, options.asOf, table.duties),
    () => diagnoseLists({ elders: input.elders }),
  );
}

function listChecked(
  input: ResponsibilityInput,
  asOf: PlainDate,
  duties: readonly Duty[],
): ResponsibilityRow[] {
  const order = new Map(duties.map((duty, i) => [duty.key as string, i]));
  const byElder = new Map<string, DutyHolding[]>();
  for (const line of input.holdings) {
    if (line.subject.kind !== 'elder' || line.from > asOf) continue;
    if (line.to !== undefined && line.to < asOf) continue;
    const lines = byElder.get(line.subject.id) ?? [];
    lines.push(line);
    byElder.set(line.subject.id, lines);
  }
  const caregiverOf = new Map(input.caregivers.map((c) => [c.id as string, c]));
  const dutyOf = new Map(duties.map((duty) => [duty.key as string, duty]));
  const visitsOf = new Map(duties.map((duty) => [duty.key as string, dutyVisits(duty)]));
  const holderOf = (line: DutyHolding): ResponsibleHolder => {
    const caregiver = caregiverOf.get(line.caregiverId);
    const duty = dutyOf.get(line.duty);
    const role =
      caregiver?.roles.find((r) => duty?.roles.includes(r)) ??
      (duty?.roles.length === 1 ? duty.roles[0] : undefined);
    return {
      duty: line.duty,
      caregiverId: line.caregiverId,
      ...(caregiver ? { name: caregiver.name } : {}),
      ...(role ? { role } : {}),
      ...(caregiver?.phone ? { phone: caregiver.phone } : {}),
      visits: visitsOf.get(line.duty) ?? [],
    };
  };
  const rank = (line: DutyHolding) => order.get(line.duty) ?? duties.length;
  return [...input.elders]
    .sort(
      (a, b) => compare(a.residence.villageCode, b.residence.villageCode) || compare(a.id, b.id),
    )
    .map((elder) => ({
      villageCode: elder.residence.villageCode,
      elderId: elder.id,
      elderName: elder.name,
      holders: (byElder.get(elder.id) ?? [])
        .sort((a, b) => rank(a) - rank(b) || compare(a.caregiverId, b.caregiverId))
        .map(holderOf),
    }));
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The visits a duty obliges: each of its plans' kind and cadence. */
function dutyVisits(duty: Duty): DutyVisit[] {
  return duty.plans.map((plan) => {
    const preset = PROGRAMME_PRESETS[plan];
    return { kind: preset.kind, cadence: preset.cadence as Cadence };
  });
}
