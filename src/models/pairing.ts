import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { GuanaiError, issue, reportIssue } from '../errors/index.js';
import { diagnosed, requirePlainDateArgument } from './diagnosed.js';
import { Extensions } from './extensions.js';
import { CaregiverId, DutyKey, ElderId, PairingId } from './ids.js';
import { PlainDate } from './plainDate.js';
import { addDays, isPlainDate } from './plainDateOps.js';
import { parse, safeParse } from './validate.js';

/**
 * How a pairing is composed (spec §4): 一对一 `oneToOne` and 多对一 `manyToOne` (S12 L297,
 * 就近就便); 多带一 `manyForOne` — a young-old neighbour volunteer plus a volunteer or cadre
 * (S17 L459); 邻里结对 `neighbourPairing` (S12 L297); 包保责任制 `responsibilityContract`
 * (S18 L515); 联系制度 `liaisonAssignment` — one village leader for one or more elders (S16 L431).
 * @example
 * ```ts
 * PairingPattern.parse('manyForOne'); // 多带一
 * ```
 * @category Pairings
 */
export const PairingPattern = /* @__PURE__ */ z.enum([
  'oneToOne',
  'manyToOne',
  'manyForOne',
  'neighbourPairing',
  'responsibilityContract',
  'liaisonAssignment',
]);
/** @category Pairings */
export type PairingPattern = z.infer<typeof PairingPattern>;

/** How many current members each pattern takes (spec §4; sizes the text leaves open are open). */
const MEMBER_COUNT: Record<PairingPattern, { minimum: number; maximum: number }> = {
  oneToOne: { minimum: 1, maximum: 1 },
  manyToOne: { minimum: 2, maximum: 20 },
  manyForOne: { minimum: 2, maximum: 2 },
  neighbourPairing: { minimum: 1, maximum: 20 },
  responsibilityContract: { minimum: 1, maximum: 20 },
  liaisonAssignment: { minimum: 1, maximum: 20 },
};

/**
 * Why a membership or a whole pairing ended.
 * @example
 * ```ts
 * PairingEndReason.parse('caregiverLeft');
 * ```
 * @category Pairings
 */
export const PairingEndReason = /* @__PURE__ */ z.enum([
  'caregiverLeft',
  'caregiverOverloaded',
  'reassigned',
  'elderMoved',
  'elderMovedInWithChildren',
  'elderDeceased',
  'elderNoLongerEligible',
  'elderDeclined',
  'other',
]);
/** @category Pairings */
export type PairingEndReason = z.infer<typeof PairingEndReason>;

/**
 * One caregiver's place in a pairing over a span of days. Members are never deleted: a
 * reassignment closes one membership (`to`, `endReason`) and opens another, so the list is
 * the pairing's history.
 * @example
 * ```ts
 * PairingMember.parse({ caregiverId: 'C-7', role: 'primary', from: '2026-03-01' });
 * ```
 * @category Pairings
 */
export const PairingMember = /* @__PURE__ */ z.strictObject({
  caregiverId: CaregiverId,
  /** `primary` answers for the elder; `partner` shares the visits; `backup` stands in. */
  role: z.enum(['primary', 'partner', 'backup']),
  from: PlainDate,
  to: PlainDate.optional(),
  endReason: PairingEndReason.optional(),
});
/** @category Pairings */
export type PairingMember = z.infer<typeof PairingMember>;

/**
 * A pairing (结对帮扶 / 包保) of one elder with a caregiver or a team, valid over a span of
 * days, with its history of members. Checks: dates in order; members inside the pairing's
 * span; while it is active, exactly one current primary, no caregiver twice, and as many
 * current members as the pattern takes; an ended pairing says when and why.
 *
 * @example
 * ```ts
 * Pairing.parse({
 *   id: 'P-1', elderId: 'E-1', pattern: 'manyForOne', status: 'active', validFrom: '2026-03-01',
 *   members: [
 *     { caregiverId: 'C-7', role: 'primary', from: '2026-03-01' },
 *     { caregiverId: 'C-9', role: 'partner', from: '2026-03-01' },
 *   ],
 * });
 * ```
 * @category Pairings
 */
export const Pairing = /* @__PURE__ */ z
  .strictObject({
    id: PairingId,
    elderId: ElderId,
    pattern: PairingPattern,
    status: z.enum(['active', 'suspended', 'ended']),
    validFrom: PlainDate,
    validTo: PlainDate.optional(),
    endReason: PairingEndReason.optional(),
    members: z.array(PairingMember).min(1),
    /** The duty this pairing carries out (包保 and the like), when it is a duty's pairing. */
    duty: DutyKey.optional(),
    notes: z.string().max(2000).optional(),
    extensions: Extensions.optional(),
  })
  .superRefine((pairing, ctx) => {
    const { validFrom, validTo } = pairing;
    if (validTo && validTo < validFrom) {
      reportIssue(ctx, validTo, 'range_reversed', { from: validFrom, to: validTo }, ['validTo']);
    }
    pairing.members.forEach((member, index) => {
      if (member.to && member.to < member.from) {
        reportIssue(ctx, member.to, 'range_reversed', { from: member.from, to: member.to }, [
          'members',
          index,
          'to',
        ]);
      }
      if (member.from < validFrom) {
        reportIssue(ctx, member.from, 'range_reversed', { from: validFrom, to: member.from }, [
          'members',
          index,
          'from',
        ]);
      }
      // A member cannot serve after the pairing ends.
      const lastDay = member.to ?? member.from;
      if (validTo && lastDay > validTo) {
        const field = member.to ? 'to' : 'from';
        reportIssue(ctx, lastDay, 'range_reversed', { from: lastDay, to: validTo }, [
          'members',
          index,
          field,
        ]);
      }
    });
    if (pairing.status === 'ended') {
      if (!validTo || !pairing.endReason)
        reportIssue(ctx, pairing, 'pairing_end_incomplete', {}, ['status']);
      return;
    }
    // Current: serving with no end, or to the pairing's own last day.
    const isCurrent = (member: PairingMember) =>
      member.to === undefined || (validTo !== undefined && member.to >= validTo);
    const current = pairing.members.filter(isCurrent);
    const seen = new Map<string, number>();
    pairing.members.forEach((member, index) => {
      if (member.to !== undefined) return;
      if (seen.has(member.caregiverId)) {
        reportIssue(ctx, member, 'pairing_member_duplicate', { caregiverId: member.caregiverId }, [
          'members',
          index,
        ]);
      }
      seen.set(member.caregiverId, index);
    });
    const primaries = current.filter((member) => member.role === 'primary').length;
    if (primaries !== 1)
      reportIssue(ctx, pairing, 'pairing_primary_count', { actual: primaries }, ['members']);
    const { minimum, maximum } = MEMBER_COUNT[pairing.pattern];
    const teamSize = current.filter((member) => member.role !== 'backup').length;
    if (teamSize < minimum || teamSize > maximum) {
      reportIssue(
        ctx,
        pairing,
        'pairing_member_count',
        { pattern: pairing.pattern, minimum, maximum, actual: teamSize },
        ['members'],
      );
    }
  }, afterFieldsPass);
/**
 * A validated pairing (结对): one elder and the caregivers responsible, each membership dated.
 * @example
 * ```ts
 * const pairing: Pairing = parse(Pairing, {
 *   id: 'P-1', elderId: 'E-1', pattern: 'oneToOne', status: 'active', validFrom: '2026-03-01',
 *   members: [{ caregiverId: 'C-1', role: 'primary', from: '2026-03-01' }],
 * });
 * pairingMembersOn(pairing, plainDate('2026-06-30')); // who was responsible that day
 * ```
 * @category Pairings
 */
export type Pairing = z.infer<typeof Pairing>;

/**
 * The members serving on `date` (their span includes it), in list order. Throws
 * {@link errors!GuanaiError} for a `date` that is not a real date (`['date']`) and, when it
 * makes the lookup fail, a pairing the schema rejects (its issues).
 *
 * @example
 * ```ts
 * pairingMembersOn(pairing, plainDate('2026-05-01')).map((m) => m.caregiverId);
 * ```
 * @category Pairings
 */
export function pairingMembersOn(pairing: Pairing, date: PlainDate): PairingMember[] {
  requirePlainDateArgument(date, isPlainDate(date), ['date']);
  try {
    return pairing.members.filter(
      (member) => member.from <= date && (member.to === undefined || member.to >= date),
    );
  } catch (error) {
    throw diagnosed(error, Pairing, pairing, 'pairing');
  }
}

/** A reassignment as data, checked before it is applied. */
const ReassignmentSchema = /* @__PURE__ */ z.strictObject({
  on: PlainDate,
  remove: z.array(CaregiverId).optional(),
  add: z
    .array(z.strictObject({ caregiverId: CaregiverId, role: PairingMember.shape.role }))
    .optional(),
  reason: PairingEndReason,
});

/**
 * A change of team on one day: who leaves (and why) and who joins (with which role).
 * @category Pairings
 */
export interface Reassignment {
  /** The first day of the new team; leavers serve until the day before. */
  readonly on: PlainDate;
  readonly remove?: readonly CaregiverId[];
  readonly add?: readonly {
    readonly caregiverId: CaregiverId;
    readonly role: PairingMember['role'];
  }[];
  readonly reason: PairingEndReason;
}

/**
 * The pairing after a reassignment (e.g. a volunteer leaves and another takes over): the
 * leavers' memberships close the day before `on` with `reason`, the new members start on
 * `on`, and the history is kept. The result is validated like any pairing; a change that
 * would break it (no primary left, a caregiver not in the team) throws {@link GuanaiError}, as
 * do a pairing the schema rejects and a change that is not a reassignment (paths inside it).
 *
 * @example
 * ```ts
 * const next = reassignPairing(pairing, {
 *   on: plainDate('2026-07-01'),
 *   remove: [CaregiverId.parse('C-7')],
 *   add: [{ caregiverId: CaregiverId.parse('C-12'), role: 'primary' }],
 *   reason: 'caregiverLeft',
 * });
 * ```
 * @category Pairings
 */
export function reassignPairing(pairing: Pairing, change: Reassignment): Pairing {
  // Not a hot path, and the result is parsed anyway: check both arguments whole.
  parse(Pairing, pairing);
  const checked = safeParse(ReassignmentSchema, change);
  if (!checked.ok) throw new GuanaiError(checked.issues);
  const leavers = new Set(change.remove ?? []);
  const current = new Set(pairingMembersOn(pairing, change.on).map((member) => member.caregiverId));
  for (const caregiverId of leavers) {
    if (!current.has(caregiverId)) {
      throw new GuanaiError([
        issue('unknown_reference', ['remove'], { kind: 'caregiver', id: caregiverId }),
      ]);
    }
  }
  const dayBefore = addDays(change.on, -1);
  const members: PairingMember[] = pairing.members.map((member) =>
    leavers.has(member.caregiverId) && (member.to === undefined || member.to >= change.on)
      ? { ...member, to: dayBefore, endReason: change.reason }
      : member,
  );
  for (const joiner of change.add ?? [])
    members.push({ caregiverId: joiner.caregiverId, role: joiner.role, from: change.on });
  return parse(Pairing, { ...pairing, members });
}
