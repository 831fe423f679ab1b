import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { reportIssue } from '../errors/index.js';
import { Extensions } from './extensions.js';
import { ElderId } from './ids.js';
import { PlainDate } from './plainDate.js';
import { VillageCode } from './regionCode.js';

/**
 * The id of a mutual-aid group (老老互助组织).
 *
 * @example
 * ```ts
 * MutualAidGroupId.parse('MAG-0001');
 * ```
 * @category Pairings
 */
export const MutualAidGroupId = /* @__PURE__ */ z
  .string()
  .trim()
  .min(1)
  .max(64)
  .brand<'MutualAidGroupId'>();
/** A checked mutual-aid group id. @category Pairings */
export type MutualAidGroupId = z.infer<typeof MutualAidGroupId>;

/**
 * The fewest and most members a {@link MutualAidGroup} may have. The text says groups are
 * 「一般采取“十人一联”」 — *usually* ten (spec §4 `tenPersonLink`, §11 item 20): ten is not a rule,
 * so any size from a pair to thirty is accepted, and a host app that wants exactly ten checks it.
 *
 * @example
 * ```ts
 * MUTUAL_AID_GROUP_SIZE.maximum; // 30
 * ```
 * @category Pairings
 */
export const MUTUAL_AID_GROUP_SIZE = { minimum: 2, maximum: 30 } as const;

/**
 * A mutual-aid group of elders (老老互助组织, 「十人一联」, spec §3.8, §4 · S18 L517–519): about ten
 * elders of one villager group (组), 「本着就近就亲的原则」, who visit, look after, help and learn
 * from each other and keep each other informed, and who report a major event of a member
 * (illness, disaster, accident) to the village and 组 cadres (spec §2 R10). It has a leader, who
 * is a member, and is valid over a span of days like a pairing.
 *
 * Checks: 2–30 members ({@link MUTUAL_AID_GROUP_SIZE}), none twice
 * (`mutual_aid_member_duplicate`), the leader among them (`mutual_aid_leader_not_member`), and
 * `validTo` not before `validFrom` (`range_reversed`).
 *
 * @example
 * ```ts
 * MutualAidGroup.parse({
 *   id: 'MAG-1', villageCode: '530325101203', group: 3, name: '三组老老互助组',
 *   members: ['E-1', 'E-2', 'E-3', 'E-4', 'E-5', 'E-6', 'E-7', 'E-8', 'E-9', 'E-10'],
 *   leaderId: 'E-4', validFrom: '2026-03-01',
 * });
 * ```
 * @category Pairings
 */
export const MutualAidGroup = /* @__PURE__ */ z
  .strictObject({
    id: MutualAidGroupId,
    villageCode: VillageCode,
    /** Number of the villager group (村民小组, 组) the group is formed in (「以组为单位」). */
    group: z.int().min(1).max(999),
    name: z.string().trim().min(1).max(100).optional(),
    members: z.array(ElderId).min(MUTUAL_AID_GROUP_SIZE.minimum).max(MUTUAL_AID_GROUP_SIZE.maximum),
    leaderId: ElderId,
    validFrom: PlainDate,
    validTo: PlainDate.optional(),
    notes: z.string().max(2000).optional(),
    extensions: Extensions.optional(),
  })
  .superRefine((group, ctx) => {
    const { validFrom, validTo } = group;
    if (validTo && validTo < validFrom) {
      reportIssue(ctx, validTo, 'range_reversed', { from: validFrom, to: validTo }, ['validTo']);
    }
    const seen = new Set<string>();
    group.members.forEach((elderId, index) => {
      if (seen.has(elderId)) {
        reportIssue(ctx, elderId, 'mutual_aid_member_duplicate', { elderId }, ['members', index]);
      }
      seen.add(elderId);
    });
    if (!seen.has(group.leaderId)) {
      reportIssue(
        ctx,
        group.leaderId,
        'mutual_aid_leader_not_member',
        { leaderId: group.leaderId },
        ['leaderId'],
      );
    }
  }, afterFieldsPass);
/** A validated mutual-aid group. @category Pairings */
export type MutualAidGroup = z.infer<typeof MutualAidGroup>;
