import * as z from 'zod';
import { Sex } from './contact.js';
import { Extensions } from './extensions.js';
import { PlainDate } from './plainDate.js';
import { VillageCode } from './regionCode.js';

/**
 * The id of a child in a 留守儿童 ledger.
 *
 * @example
 * ```ts
 * ChildId.parse('K-0001');
 * ```
 * @category Children
 */
export const ChildId = /* @__PURE__ */ z.string().trim().min(1).max(64).brand<'ChildId'>();
/** @category Children */
export type ChildId = z.infer<typeof ChildId>;

/**
 * A parent of a child in the ledger: alive, away for work, since when, and whether all year
 * round (「常年」).
 *
 * @example
 * ```ts
 * Parent.parse({ role: 'father', alive: true, awayForWork: true, awaySince: '2025-02-20' });
 * ```
 * @category Children
 */
export const Parent = /* @__PURE__ */ z.strictObject({
  role: z.enum(['father', 'mother']),
  alive: z.boolean().optional(),
  awayForWork: z.boolean().optional(),
  awaySince: PlainDate.optional(),
  yearRound: z.boolean().optional(),
  /** Able to look after the child (监护能力). */
  capableOfCare: z.boolean().optional(),
});
/** @category Children */
export type Parent = z.infer<typeof Parent>;

/**
 * A child in the ledgers of programmes that pair children too (spec §1.3, S17): the facts the
 * two 留守儿童 definitions need. Absent facts are unknown, as for elders.
 *
 * @example
 * ```ts
 * ChildRecord.parse({
 *   id: 'K-1', name: '王小明', birthDate: '2016-05-01', residence: { villageCode: '530325101203' },
 *   parents: [{ role: 'father', awayForWork: true, awaySince: '2024-03-01' }, { role: 'mother', awayForWork: true, awaySince: '2024-03-01' }],
 *   livesAtHome: true, dailyCarer: 'grandparents',
 * });
 * ```
 * @category Children
 */
export const ChildRecord = /* @__PURE__ */ z.strictObject({
  id: ChildId,
  name: z.string().trim().min(1).max(50),
  birthDate: PlainDate.optional(),
  sex: Sex.optional(),
  residence: z.strictObject({
    villageCode: VillageCode,
    setting: z.enum(['rural', 'urban']).optional(),
  }),
  /** Both parents when known; `[]` is not allowed — leave it out when not known. */
  parents: z.array(Parent).min(1).max(2).optional(),
  orphan: z.boolean().optional(),
  abandoned: z.boolean().optional(),
  singleParentFamily: z.boolean().optional(),
  /** Lives at home (在家), not boarding or with the parents. */
  livesAtHome: z.boolean().optional(),
  /** Who looks after the child day to day. */
  dailyCarer: z.enum(['parent', 'grandparents', 'relatives', 'friends', 'other']).optional(),
  schoolStage: z.enum(['preschool', 'compulsory', 'other']).optional(),
  extensions: Extensions.optional(),
});
/** A validated child record. @category Children */
export type ChildRecord = z.infer<typeof ChildRecord>;
