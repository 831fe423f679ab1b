import { GuanaiError, issue } from '../errors/index.js';
import {
  type Caregiver,
  type CaregiverId,
  type DutyKey,
  type Elder,
  type Pairing,
  pairingMembersOn,
} from '../models/index.js';
import { type Occurrence, PROGRAMME_PRESETS } from '../recurrence/index.js';
import type { Duty } from './duty.js';
import { withinServiceArea } from './serviceArea.js';

/**
 * Who may make a visit: the team in order of preference and, for a duty's visit, the holder
 * alone with the deputies the duty allows when the holder cannot; or why no one may.
 * @internal
 */
export type VisitTeam =
  | {
      readonly caregivers: readonly Caregiver[];
      readonly deputies: readonly Caregiver[];
      readonly duty?: DutyKey;
    }
  | { readonly reason: 'noCaregiver' | 'noHolder' };

/** What the team of a visit is looked up in, built once per planning run. @internal */
export interface TeamContext {
  /** The duty a visit belongs to (see {@link dutyLookup}). */
  readonly dutyOf: (occurrence: Occurrence) => Duty | undefined;
  readonly caregivers: readonly Caregiver[];
  readonly byId: ReadonlyMap<string, Caregiver>;
  readonly elders: ReadonlyMap<string, Elder>;
  readonly pairingsOf: ReadonlyMap<string, readonly Pairing[]>;
  /** Deputies found so far, by duty, holder and 组 (filled as planning asks). */
  readonly deputies: Map<string, Caregiver[]>;
}

/**
 * The duty whose programme plan a visit comes from: a plan the duty obliges, made by the same
 * role, of the same kind and channel (a census or a festival visit by a 包保 cadre is no duty's).
 * Planning gives such a visit to the duty's holder; tracking credits it to the holder.
 *
 * @example
 * ```ts
 * dutyOfVisit(visit, parseDuties(DEFAULT_DUTIES))?.key; // 'townshipContract' for a weekly visit
 * ```
 * @category Duties
 */
export function dutyOfVisit(occurrence: Occurrence, duties: readonly Duty[]): Duty | undefined {
  const who = (occurrence as Partial<Occurrence> | null)?.who;
  const table: unknown = duties;
  if (!Array.isArray(table)) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'duties', rule: 'array' })]);
  }
  if (typeof who !== 'object' || who === null) {
    throw new GuanaiError([issue('invalid_argument', [], { name: 'occurrence', rule: 'object' })]);
  }
  return 'role' in who
    ? dutyOfPlan(duties, who.role, occurrence.kind, occurrence.channel)
    : undefined;
}

/** The first duty obliging a preset made by `role`, of `kind`, by `channel`. */
function dutyOfPlan(
  duties: readonly Duty[],
  role: string,
  kind: string,
  channel: string,
): Duty | undefined {
  return duties.find((duty) =>
    duty.plans.some((preset) => {
      const plan = PROGRAMME_PRESETS[preset];
      return plan.who.role === role && plan.kind === kind && plan.channel === channel;
    }),
  );
}

/**
 * {@link dutyOfVisit} for a planning run: the visits of one role, kind and channel share their
 * duty, so each combination is looked up once.
 * @internal
 */
export function dutyLookup(duties: readonly Duty[]): (occurrence: Occurrence) => Duty | undefined {
  const known = new Map<string, Duty | undefined>();
  return (occurrence) => {
    const who = occurrence.who;
    if (!('role' in who)) return undefined;
    const key = `${who.role}|${occurrence.kind}|${occurrence.channel}`;
    if (!known.has(key))
      known.set(key, dutyOfPlan(duties, who.role, occurrence.kind, occurrence.channel));
    return known.get(key);
  };
}

/**
 * The team of a visit. A plan's caregiver makes it alone. A duty's visit goes to the holder of
 * that duty for the elder (the current primary of the elder's pairing carrying the duty), then,
 * only when the duty allows and the holder cannot, to a deputy of the holder's role serving the
 * elder's area — never to a role the duty does not list; with no holder it is `noHolder`. Any
 * other visit goes to the elder's team, primary first, members in the plan's role before others.
 * @internal
 */
export function teamFor(occurrence: Occurrence, context: TeamContext): VisitTeam {
  const who = occurrence.who;
  if ('caregiverId' in who) {
    const caregiver = context.byId.get(who.caregiverId);
    return caregiver ? { caregivers: [caregiver], deputies: [] } : { reason: 'noCaregiver' };
  }
  const active = (context.pairingsOf.get(occurrence.subject) ?? []).filter(
    (p) => p.status === 'active' && ('pairingId' in who ? p.id === who.pairingId : true),
  );
  const duty = 'pairingId' in who ? undefined : context.dutyOf(occurrence);
  if (duty) return holderTeam(occurrence, duty, active, context);
  const team = membersOf(active, occurrence, context);
  // A plan for a role prefers team members in that role, then anyone on the team.
  if ('role' in who)
    team.sort((a, b) => Number(b.roles.includes(who.role)) - Number(a.roles.includes(who.role)));
  return team.length > 0 ? { caregivers: team, deputies: [] } : { reason: 'noCaregiver' };
}

function membersOf(
  pairings: readonly Pairing[],
  occurrence: Occurrence,
  context: TeamContext,
): Caregiver[] {
  const seen = new Set<CaregiverId>();
  return pairings
    .flatMap((p) => pairingMembersOn(p, occurrence.due))
    .sort((a, b) => (a.role === 'primary' ? 0 : 1) - (b.role === 'primary' ? 0 : 1))
    .filter((m) => !seen.has(m.caregiverId) && seen.add(m.caregiverId) !== undefined)
    .flatMap((m) => context.byId.get(m.caregiverId) ?? []);
}

function holderTeam(
  occurrence: Occurrence,
  duty: Duty,
  active: readonly Pairing[],
  context: TeamContext,
): VisitTeam {
  const pairing = active.find((p) => p.duty === duty.key);
  const member =
    pairing && pairingMembersOn(pairing, occurrence.due).find((m) => m.role === 'primary');
  const holder = member && context.byId.get(member.caregiverId);
  if (!holder) return { reason: 'noHolder' };
  const elder = context.elders.get(occurrence.subject);
  const deputies =
    duty.deputies === 'none' || !elder ? [] : deputiesOf(duty, holder, elder, context);
  return { caregivers: [holder], deputies, duty: duty.key };
}

/**
 * The caregivers who may stand in for a holder: the holder's roles in the duty, serving the
 * elder's area. The same for every elder of one 组, so asked once per duty, holder and 组.
 */
function deputiesOf(
  duty: Duty,
  holder: Caregiver,
  elder: Elder,
  context: TeamContext,
): Caregiver[] {
  const { villageCode, group } = elder.residence;
  const key = `${duty.key}|${holder.id}|${villageCode}|${group ?? ''}`;
  const known = context.deputies.get(key);
  if (known) return known;
  const roles = holder.roles.filter((role) => duty.roles.includes(role));
  const found = context.caregivers.filter(
    (c) =>
      c.id !== holder.id &&
      c.roles.some((role) => roles.includes(role)) &&
      withinServiceArea(elder, c, duty.serviceArea),
  );
  context.deputies.set(key, found);
  return found;
}
