import * as z from 'zod';
import { Coordinates, PhoneNumber, Sex } from './contact.js';
import { Extensions } from './extensions.js';
import { PlainDate } from './plainDate.js';
import { RegionCode, VillageCode } from './regionCode.js';

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
 * The school stage of a child (学段): pre-school (学龄前), primary (小学), junior secondary (初中),
 * senior secondary (高中) or not in school. The 包保 duties depend on it (spec §1.3 · S18 L515):
 * 学龄前 children go to township and village cadres, 义务教育阶段 children to teachers.
 *
 * @example
 * ```ts
 * SchoolStage.parse('juniorSecondary'); // 初中
 * ```
 * @category Children
 */
export const SchoolStage = /* @__PURE__ */ z.enum([
  'preschool',
  'primary',
  'juniorSecondary',
  'seniorSecondary',
  'notInSchool',
]);
/** @category Children */
export type SchoolStage = z.infer<typeof SchoolStage>;

/**
 * The stages of compulsory education (义务教育阶段): primary and junior secondary school. A
 * child at one of them is contracted to a teacher (spec §1.3 · S18 L515
 * 「义务教育阶段留守儿童由教师包保」).
 *
 * @example
 * ```ts
 * COMPULSORY_SCHOOL_STAGES.includes('primary'); // true
 * COMPULSORY_SCHOOL_STAGES.includes('seniorSecondary'); // false
 * ```
 * @category Children
 */
export const COMPULSORY_SCHOOL_STAGES: readonly SchoolStage[] = ['primary', 'juniorSecondary'];

/**
 * The school a child attends, by id, name or both, so that teachers can be matched to their
 * pupils by school (spec §3.4 · S18 L515).
 *
 * @example
 * ```ts
 * SchoolRef.parse({ id: 'SCH-01', name: '石桥镇中心学校' });
 * ```
 * @category Children
 */
export const SchoolRef = /* @__PURE__ */ z.strictObject({
  id: z.string().trim().min(1).max(64).optional(),
  name: z.string().trim().min(1).max(100).optional(),
});
/** @category Children */
export type SchoolRef = z.infer<typeof SchoolRef>;

/**
 * Where a parent works (务工地址, spec §1.3 「务工地址、联系电话」): the place as text, its division
 * code at any level, and whether it lies inside the child's county (县域), as for an elder's
 * children (`Whereabouts`).
 *
 * @example
 * ```ts
 * Workplace.parse({ address: '广东省东莞市长安镇', regionCode: '441900', inChildCounty: false });
 * ```
 * @category Children
 */
export const Workplace = /* @__PURE__ */ z.strictObject({
  address: z.string().max(200).optional(),
  regionCode: RegionCode.optional(),
  /** Works inside the child's county-level unit (县域). */
  inChildCounty: z.boolean().optional(),
});
/** @category Children */
export type Workplace = z.infer<typeof Workplace>;

/**
 * A parent of a child in the ledger: alive, away for work, since when, and whether all year
 * round (「常年」); where they work and their phone, for the monthly contact of the village cadre
 * and the teacher (spec §3.1, §3.4 · S18 L515).
 *
 * @example
 * ```ts
 * Parent.parse({ role: 'father', alive: true, awayForWork: true, awaySince: '2025-02-20',
 *   workplace: { address: '浙江省宁波市', inChildCounty: false }, phone: '13800138000' });
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
  workplace: Workplace.optional(),
  phone: PhoneNumber.optional(),
});
/** @category Children */
export type Parent = z.infer<typeof Parent>;

/**
 * How a guardian (监护人) is related to the child: grandparent, other relative, family friend,
 * parent, or other.
 *
 * @example
 * ```ts
 * GuardianRelation.parse('grandparent');
 * ```
 * @category Children
 */
export const GuardianRelation = /* @__PURE__ */ z.enum([
  'grandparent',
  'relative',
  'friend',
  'parent',
  'other',
]);
/** @category Children */
export type GuardianRelation = z.infer<typeof GuardianRelation>;

/**
 * The child's guardian (监护人) at home and how to reach them: the teacher's monthly home visit
 * talks with the guardian (spec §3.4 · S18 L515 「与留守儿童监护人沟通」).
 *
 * @example
 * ```ts
 * Guardian.parse({ name: '王桂兰', relation: 'grandparent', phone: '13912345678' });
 * ```
 * @category Children
 */
export const Guardian = /* @__PURE__ */ z.strictObject({
  name: z.string().trim().min(1).max(50),
  relation: GuardianRelation,
  phone: PhoneNumber.optional(),
});
/** @category Children */
export type Guardian = z.infer<typeof Guardian>;

/**
 * A child in the ledgers of programmes that pair children too (spec §1.3, S17): the facts the
 * two 留守儿童 definitions need, and those the 包保 duties need (spec §3.1, §3.4 · S18 L515):
 * school stage and school, guardian, the parents' workplace and phone, the 组 and map point of
 * the home. Absent facts are unknown, as for elders.
 *
 * @example
 * ```ts
 * ChildRecord.parse({
 *   id: 'K-1', name: '王小明', birthDate: '2016-05-01', residence: { villageCode: '530325101203' },
 *   parents: [{ role: 'father', awayForWork: true, awaySince: '2024-03-01' }, { role: 'mother', awayForWork: true, awaySince: '2024-03-01' }],
 *   livesAtHome: true, dailyCarer: 'grandparents', schoolStage: 'primary',
 *   school: { id: 'SCH-01', name: '石桥村小学' },
 *   guardian: { name: '王桂兰', relation: 'grandparent', phone: '13912345678' },
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
    /** Number of the villager group (村民小组, 组), as for an elder. */
    group: z.int().min(1).max(999).optional(),
    address: z.string().max(200).optional(),
    coordinates: Coordinates.optional(),
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
  schoolStage: SchoolStage.optional(),
  school: SchoolRef.optional(),
  guardian: Guardian.optional(),
  extensions: Extensions.optional(),
});
/** A validated child record. @category Children */
export type ChildRecord = z.infer<typeof ChildRecord>;
