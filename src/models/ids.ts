import * as z from 'zod';

const idText = /* @__PURE__ */ z.string().trim().min(1).max(64);

/**
 * The id of an elder in a ledger (any non-empty text up to 64 characters, e.g. a ledger
 * number). Branded so that it cannot be passed where a caregiver id is expected.
 *
 * @example
 * ```ts
 * const id = ElderId.parse('E-000123');
 * ```
 * @category Identity
 */
export const ElderId = /* @__PURE__ */ idText.brand<'ElderId'>();
/** A checked elder id. @category Identity */
export type ElderId = z.infer<typeof ElderId>;

/**
 * The id of a caregiver (cadre, volunteer, village doctor …).
 *
 * @example
 * ```ts
 * const id = CaregiverId.parse('C-0042');
 * ```
 * @category Identity
 */
export const CaregiverId = /* @__PURE__ */ idText.brand<'CaregiverId'>();
/** A checked caregiver id. @category Identity */
export type CaregiverId = z.infer<typeof CaregiverId>;

/**
 * The id of a pairing (结对帮扶 / 包保).
 *
 * @example
 * ```ts
 * const id = PairingId.parse('P-0007');
 * ```
 * @category Identity
 */
export const PairingId = /* @__PURE__ */ idText.brand<'PairingId'>();
/** A checked pairing id. @category Identity */
export type PairingId = z.infer<typeof PairingId>;

/**
 * The key of a duty (包保 or another responsibility): camelCase, as in
 * `townshipContract` — the duty table itself is policy data in `guanai/scheduling`.
 *
 * @example
 * ```ts
 * DutyKey.parse('townshipContract');
 * ```
 * @category Duties
 */
export const DutyKey = /* @__PURE__ */ z
  .string()
  .regex(/^[a-z][A-Za-z0-9]*$/)
  .max(64)
  .brand<'DutyKey'>();
/** A checked duty key. @category Duties */
export type DutyKey = z.infer<typeof DutyKey>;
