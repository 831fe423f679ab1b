import type {
  Caregiver,
  CaregiverId,
  DutyHolding,
  Elder,
  Pairing,
  PlainDate,
} from '../models/index.js';
import type { Duty } from './duty.js';
import type { SubjectEntry } from './dutySubjects.js';
import { pairCaregivers } from './pairCaregivers.js';
import type { PairingUnplacedReason } from './unplacedReason.js';

/** Pairing options a duty's holding passes on to {@link pairElders}. @internal */
export interface HoldingSearch {
  readonly asOf: PlainDate;
  readonly candidatesPerElder?: number;
  readonly keepWithinKm?: number;
  readonly distanceKm?: (elder: Elder, caregiver: Caregiver) => number;
  readonly priority: (entry: SubjectEntry) => boolean;
}

/** Who holds one duty for each of its subjects, and whom no one can hold it for. @internal */
export interface DutyHolders {
  readonly holderOf: ReadonlyMap<string, CaregiverId>;
  readonly unheld: readonly { readonly key: string; readonly reason: PairingUnplacedReason }[];
}

/**
 * Hold one duty: a pairing of its subjects with caregivers of its roles, inside its service
 * area, nearest first, previous holders kept while they still fit, priority subjects first, each
 * holder within the room `remaining` to them (capped by the duty's caseload) — the pairing
 * solver does it exactly. `remaining` is reduced by what this duty takes.
 * @internal
 */
export function holdDuty(
  duty: Duty,
  due: readonly SubjectEntry[],
  caregivers: readonly Caregiver[],
  remaining: Map<CaregiverId, number>,
  previous: ReadonlyMap<string, DutyHolding>,
  search: HoldingSearch,
): DutyHolders {
  const entryOf = new Map(due.map((entry) => [entry.pairable, entry]));
  const eligible = caregivers.flatMap((caregiver) => {
    const room = Math.min(
      remaining.get(caregiver.id) ?? 0,
      duty.caseload ?? Number.MAX_SAFE_INTEGER,
    );
    const holds = caregiver.roles.some((role) => duty.roles.includes(role));
    return holds && room > 0
      ? [{ ...caregiver, capacity: { ...caregiver.capacity, elders: room } }]
      : [];
  });
  const plan = pairCaregivers(
    {
      elders: due.map((entry) => entry.pairable),
      caregivers: eligible,
      pairings: due.flatMap((entry) => previousPairing(entry, previous.get(entry.key))),
    },
    {
      asOf: search.asOf,
      roles: duty.roles,
      serviceAreas: Object.fromEntries(duty.roles.map((role) => [role, duty.serviceArea])),
      wantsPartner: () => false,
      priority: (elder) => search.priority(entryOf.get(elder) as SubjectEntry),
      ...(search.candidatesPerElder === undefined
        ? {}
        : { candidatesPerElder: search.candidatesPerElder }),
      ...(search.keepWithinKm === undefined ? {} : { keepWithinKm: search.keepWithinKm }),
      ...(search.distanceKm ? { distanceKm: search.distanceKm } : {}),
    },
  );
  const holderOf = new Map<string, CaregiverId>();
  for (const pairing of plan.pairings) {
    const holder = pairing.members.find((m) => m.role === 'primary' && m.to === undefined);
    if (!holder) continue;
    holderOf.set(pairing.elderId, holder.caregiverId);
    remaining.set(holder.caregiverId, (remaining.get(holder.caregiverId) ?? 0) - 1);
  }
  return {
    holderOf,
    unheld: plan.unplaced.map(({ elderId, reason }) => ({ key: elderId, reason })),
  };
}

/**
 * {@link holdDuty}, school by school for a `sameSchool` duty: each school's pupils with the
 * caregivers of that school or of none recorded, then the subjects whose school is not recorded
 * with every caregiver. Schools go in the order their first pupil comes.
 * @internal
 */
export function holdDutyBySchool(
  duty: Duty,
  due: readonly SubjectEntry[],
  caregivers: readonly Caregiver[],
  remaining: Map<CaregiverId, number>,
  previous: ReadonlyMap<string, DutyHolding>,
  search: HoldingSearch,
): DutyHolders {
  if (!duty.sameSchool) return holdDuty(duty, due, caregivers, remaining, previous, search);
  const bySchool = new Map<string, SubjectEntry[]>();
  const unknown: SubjectEntry[] = [];
  for (const entry of due) {
    if (entry.school === undefined) unknown.push(entry);
    else {
      const pupils = bySchool.get(entry.school);
      if (pupils) pupils.push(entry);
      else bySchool.set(entry.school, [entry]);
    }
  }
  const parts: [SubjectEntry[], readonly Caregiver[]][] = [...bySchool].map(([school, pupils]) => [
    pupils,
    caregivers.filter((c) => c.schoolId === undefined || c.schoolId === school),
  ]);
  if (unknown.length > 0) parts.push([unknown, caregivers]);
  const holderOf = new Map<string, CaregiverId>();
  const unheld: DutyHolders['unheld'][number][] = [];
  for (const [subjects, staff] of parts) {
    const held = holdDuty(duty, subjects, staff, remaining, previous, search);
    for (const [key, holder] of held.holderOf) holderOf.set(key, holder);
    unheld.push(...held.unheld);
  }
  return { holderOf, unheld };
}

/** A previous holding as the pairing the solver keeps while it still fits. */
function previousPairing(entry: SubjectEntry, holding: DutyHolding | undefined): Pairing[] {
  if (!holding) return [];
  return [
    {
      id: `held:${entry.key}` as Pairing['id'],
      elderId: entry.pairable.id,
      pattern: 'oneToOne',
      status: 'active',
      validFrom: holding.from,
      members: [{ caregiverId: holding.caregiverId, role: 'primary', from: holding.from }],
    },
  ];
}
