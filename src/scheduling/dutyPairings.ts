import type { DutyHolding, ElderId, Pairing, PairingMember, PlainDate } from '../models/index.js';
import type { Duty } from './duty.js';
import { ROLE_FACTS } from './roleFacts.js';

/**
 * The pairings of the elders' duty lines in force on `asOf`: one per elder and duty, its members
 * the duty's holders over time (the current holder is the primary), its pattern the holder
 * role's (spec §4), its id `P-<duty>-<elder>` so that it stays the same across runs.
 * @internal
 */
export function dutyPairings(
  duties: readonly Duty[],
  holdings: readonly DutyHolding[],
  caregiverRoles: ReadonlyMap<string, readonly string[]>,
  asOf: PlainDate,
): Pairing[] {
  // Each elder's lines, by duty: the history a pairing's members tell.
  const byDuty = new Map<string, Map<string, DutyHolding[]>>();
  for (const line of holdings) {
    if (line.subject.kind !== 'elder') continue;
    const byElder = byDuty.get(line.duty) ?? new Map<string, DutyHolding[]>();
    byDuty.set(line.duty, byElder);
    const lines = byElder.get(line.subject.id);
    if (lines) lines.push(line);
    else byElder.set(line.subject.id, [line]);
  }
  return duties.flatMap((duty) =>
    [...(byDuty.get(duty.key)?.values() ?? [])].flatMap((lines) => {
      const current = lines.find((line) => line.from <= asOf && line.to === undefined);
      return current ? [pairingOf(duty, lines, current, caregiverRoles)] : [];
    }),
  );
}

function pairingOf(
  duty: Duty,
  lines: readonly DutyHolding[],
  current: DutyHolding,
  caregiverRoles: ReadonlyMap<string, readonly string[]>,
): Pairing {
  const sorted = [...lines].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const role = duty.roles.find((r) => caregiverRoles.get(current.caregiverId)?.includes(r));
  const members: PairingMember[] = sorted.map((line) => ({
    caregiverId: line.caregiverId,
    role: 'primary',
    from: line.from,
    ...(line.to === undefined ? {} : { to: line.to }),
    ...(line.endReason === undefined ? {} : { endReason: line.endReason }),
  }));
  return {
    id: `P-${duty.key}-${current.subject.id}` as Pairing['id'],
    elderId: current.subject.id as ElderId,
    pattern: ROLE_FACTS[role ?? duty.roles[0] ?? 'communityVolunteer'].pattern,
    status: 'active',
    validFrom: (sorted[0] as DutyHolding).from,
    members,
    duty: duty.key,
  };
}
