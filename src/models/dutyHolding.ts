import * as z from 'zod';
import { reportIssue } from '../errors/index.js';
import { ChildId } from './childRecord.js';
import { CaregiverId, DutyKey, ElderId } from './ids.js';
import { PairingEndReason } from './pairing.js';
import { PlainDate } from './plainDate.js';

/**
 * Whom a duty is held for: an elder of the ledger or a 留守儿童 (left-behind child).
 *
 * @example
 * ```ts
 * DutySubject.parse({ kind: 'child', id: 'K-12' });
 * ```
 * @category Duties
 */
export const DutySubject = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('elder'), id: ElderId }),
  z.strictObject({ kind: z.literal('child'), id: ChildId }),
]);
/** @category Duties */
export type DutySubject = z.infer<typeof DutySubject>;

/**
 * One line of the responsibility matrix (包保责任表): who holds which duty for whom, since when,
 * and until when with the reason once it ended. Lines are never deleted: a change of holder ends
 * one line and starts another, so the lines of a subject are its history.
 *
 * @example
 * ```ts
 * DutyHolding.parse({
 *   duty: 'townshipContract', subject: { kind: 'elder', id: 'E-1' },
 *   caregiverId: 'C-7', from: '2026-03-01',
 * });
 * ```
 * @category Duties
 */
export const DutyHolding = /* @__PURE__ */ z
  .strictObject({
    duty: DutyKey,
    subject: DutySubject,
    caregiverId: CaregiverId,
    from: PlainDate,
    to: PlainDate.optional(),
    endReason: PairingEndReason.optional(),
  })
  .superRefine((holding, ctx) => {
    if (holding.to && holding.to < holding.from) {
      reportIssue(ctx, holding.to, 'range_reversed', { from: holding.from, to: holding.to }, [
        'to',
      ]);
    }
  });
/** @category Duties */
export type DutyHolding = z.infer<typeof DutyHolding>;
