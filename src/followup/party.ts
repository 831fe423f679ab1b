import * as z from 'zod';
import { CaregiverId, countyCodeOf, type RegionCode, townshipCodeOf } from '../models/index.js';

/**
 * A body that owns follow-up work: the village (residents') committee, the township
 * government, the county civil-affairs department (the chain of spec §2 R2 and R4 · S14 L369,
 * L379), or the cadres of a villager group (组干部, spec §2 R10 · S18 L519). The same words as
 * compliance's escalation recipients.
 *
 * @example
 * ```ts
 * FollowUpBody.parse('townshipGovernment');
 * ```
 * @category Follow-up
 */
export const FollowUpBody = /* @__PURE__ */ z.enum([
  'villageCommittee',
  'townshipGovernment',
  'countyCivilAffairs',
  'groupCadre',
]);
/** @category Follow-up */
export type FollowUpBody = z.infer<typeof FollowUpBody>;

/**
 * Who does, or owns, a piece of follow-up work: a caregiver of the ledger, or a body with the
 * code of its area — a village, a township (12 digits with trailing zeros) or a county (6
 * digits) — and, for `groupCadre`, the villager group (组).
 *
 * @example
 * ```ts
 * Party.parse({ kind: 'caregiver', caregiverId: 'C-7' });
 * Party.parse({ kind: 'body', body: 'villageCommittee', areaCode: '530325101203' });
 * ```
 * @category Follow-up
 */
export const Party = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('caregiver'), caregiverId: CaregiverId }),
  z.strictObject({
    kind: z.literal('body'),
    body: FollowUpBody,
    areaCode: z.string().regex(/^\d{6}(\d{6})?$/),
    group: z.int().min(1).max(999).optional(),
  }),
]);
/** @category Follow-up */
export type Party = z.infer<typeof Party>;

/**
 * The body of `body` for the area holding `villageCode`: the village itself for the village
 * committee and the 组 cadres, its township (12 digits) or county (6 digits) further up.
 *
 * @example
 * ```ts
 * bodyOf('townshipGovernment', VillageCode.parse('530325101203'));
 * // { kind: 'body', body: 'townshipGovernment', areaCode: '530325101000' }
 * ```
 * @category Follow-up
 */
export function bodyOf(body: FollowUpBody, villageCode: RegionCode, group?: number): Party {
  // A village code always has a township and a county above it.
  const areaCode =
    body === 'countyCivilAffairs'
      ? (countyCodeOf(villageCode) as RegionCode)
      : body === 'townshipGovernment'
        ? (townshipCodeOf(villageCode) as RegionCode)
        : villageCode;

  return group === undefined || body !== 'groupCadre'
    ? { kind: 'body', body, areaCode }
    : { kind: 'body', body, areaCode, group };
}
