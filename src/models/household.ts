import * as z from 'zod';
import { AWAY_REASONS } from './awayReasons.js';
import { PhoneNumber } from './contact.js';
import { LIVING_ARRANGEMENTS } from './livingArrangements.js';
import { PlainDate } from './plainDate.js';
import { RegionCode } from './regionCode.js';

// Convention for every fact below: a missing key means "not known"; `false`, `null` or an
// empty list means "known: no". Classifiers answer "unknown" rather than guess.

/**
 * Why a family member is away (spec §1.1 LB4 · S14 L359 「外出务工或经商等」; the open 等 and
 * spec §1.1 ambiguity 5): migrant work, business, study, military service, marriage,
 * medical treatment elsewhere, imprisonment, or other.
 * @example
 * ```ts
 * AwayReason.parse('migrantWork');
 * ```
 * @category Household
 */
export const AwayReason = /* @__PURE__ */ z.enum(AWAY_REASONS);
/** @category Household */
export type AwayReason = z.infer<typeof AwayReason>;

/**
 * Where a family member lives or works, relative to the elder. The county test is the
 * boundary of the 留守 definition (「子女全部离开县域范围」, spec §1.1 LB3 · S14 L359); the
 * township tests serve 空巢 definition B (「子女不在本镇工作」, spec §1.2 · S17 L457).
 * @example
 * ```ts
 * Whereabouts.parse({ inElderCounty: false, regionCode: '440300', address: '深圳市宝安区' });
 * ```
 * @category Household
 */
export const Whereabouts = /* @__PURE__ */ z.strictObject({
  /** Lives inside the elder's county-level unit (县域). */
  inElderCounty: z.boolean().optional(),
  /** Lives inside the elder's township (乡镇). */
  inElderTownship: z.boolean().optional(),
  /** Works inside the elder's township (本镇工作). */
  worksInElderTownship: z.boolean().optional(),
  /** Division code of where they are, at any level, when known. */
  regionCode: RegionCode.optional(),
  /** Free-text address or workplace (务工地址). */
  address: z.string().max(200).optional(),
});
/** @category Household */
export type Whereabouts = z.infer<typeof Whereabouts>;

/**
 * When an absence began, known only to lie in a span of days: a ledger that gives the month
 * (外出时间 2023年3月: 1 to 31 March) or says only 常年在外 / 长期外出 (away at least a year before
 * the file's date: no earliest day). The half-year test (spec §1.1 LB5 「半年以上」) answers from
 * the span, and stays unknown when its boundary falls inside it. `awaySince`, when given, wins.
 * @example
 * ```ts
 * AwaySinceBetween.parse({ earliest: '2023-03-01', latest: '2023-03-31' });
 * ```
 * @category Household
 */
export const AwaySinceBetween = /* @__PURE__ */ z
  .strictObject({
    earliest: PlainDate.optional(),
    latest: PlainDate,
  })
  .refine((span) => span.earliest === undefined || span.earliest <= span.latest, {
    message: 'earliest after latest',
    path: ['earliest'],
  });
/** @category Household */
export type AwaySinceBetween = z.infer<typeof AwaySinceBetween>;

/**
 * A son or daughter of the elder (子女), with what the definitions need: alive, living
 * with the elder, whereabouts, since when and why away, and whether able to support (赡养能力).
 *
 * @example
 * ```ts
 * Child.parse({ relation: 'son', alive: true, livesWithElder: false,
 *   whereabouts: { inElderCounty: false }, awaySince: '2024-02-20', awayReason: 'migrantWork' });
 * ```
 * @category Household
 */
export const Child = /* @__PURE__ */ z.strictObject({
  name: z.string().trim().min(1).max(50).optional(),
  relation: z.enum(['son', 'daughter']).optional(),
  /** Birth, adoptive or step child: the text does not say which count (spec §1.1 ambiguity 4). */
  kinship: z.enum(['birth', 'adopted', 'step']).optional(),
  alive: z.boolean().optional(),
  livesWithElder: z.boolean().optional(),
  whereabouts: Whereabouts.optional(),
  /** The day the current absence began (for 「半年以上」, spec §1.1 LB5). */
  awaySince: PlainDate.optional(),
  /** The span the absence began in, when the day is not known (see {@link AwaySinceBetween}). */
  awaySinceBetween: AwaySinceBetween.optional(),
  awayReason: AwayReason.optional(),
  /** Able to support the elder (赡养能力, spec §1.1 LB6). */
  capableOfSupport: z.boolean().optional(),
  phone: PhoneNumber.optional(),
});
/** @category Household */
export type Child = z.infer<typeof Child>;

/**
 * The elder's spouse (配偶). A spouse is a 扶养人, not a 赡养人 (spec §1.1 ambiguity 8), so a
 * living spouse does not by itself end left-behind status; it matters for 空巢 and 独居: the
 * spouse's birth date for 空巢 definition A's 「中老年夫妇」, the capacity to care for definition
 * B's 「身边无人照顾」 (spec §1.2 ambiguities 2 and 7).
 * @example
 * ```ts
 * Spouse.parse({ status: 'married', livesWithElder: true, birthDate: '1952-09-01' });
 * ```
 * @category Household
 */
export const Spouse = /* @__PURE__ */ z.strictObject({
  status: z.enum(['married', 'widowed', 'divorced', 'neverMarried']),
  livesWithElder: z.boolean().optional(),
  /** Able to look after the elder (照顾), for 空巢 definition B's 「身边无人照顾」. */
  capableOfCare: z.boolean().optional(),
  name: z.string().trim().min(1).max(50).optional(),
  /** The spouse's birth date (出生日期), for the age of a 「中老年夫妇」 (空巢 definition A). */
  birthDate: PlainDate.optional(),
});
/** @category Household */
export type Spouse = z.infer<typeof Spouse>;

/**
 * Another person with a duty to support the elder (其他赡养义务人, spec §1.1 · S14 L365), such
 * as a grandchild or a child-in-law: where they are and whether they can support.
 * @example
 * ```ts
 * SupportObligor.parse({ relation: 'grandchild', atElderSide: true, capableOfSupport: false });
 * ```
 * @category Household
 */
export const SupportObligor = /* @__PURE__ */ z.strictObject({
  relation: z.enum(['grandchild', 'childInLaw', 'sibling', 'other']),
  name: z.string().trim().min(1).max(50).optional(),
  alive: z.boolean().optional(),
  /** Lives with or beside the elder (身边). */
  atElderSide: z.boolean().optional(),
  whereabouts: Whereabouts.optional(),
  awaySince: PlainDate.optional(),
  awaySinceBetween: AwaySinceBetween.optional(),
  awayReason: AwayReason.optional(),
  capableOfSupport: z.boolean().optional(),
  phone: PhoneNumber.optional(),
});
/** @category Household */
export type SupportObligor = z.infer<typeof SupportObligor>;

/**
 * The capable person the absent children asked to look after the elder (spec §2 R6 ·
 * S14 L367 「应委托亲属等其他有能力的人代为照顾」).
 * @example
 * ```ts
 * EntrustedCarer.parse({ name: '李春梅', relation: 'neighbour', since: '2025-02-10' });
 * ```
 * @category Household
 */
export const EntrustedCarer = /* @__PURE__ */ z.strictObject({
  name: z.string().trim().min(1).max(50),
  relation: z.enum(['relative', 'neighbour', 'friend', 'other']),
  phone: PhoneNumber.optional(),
  since: PlainDate.optional(),
});
/** @category Household */
export type EntrustedCarer = z.infer<typeof EntrustedCarer>;

/**
 * Who the elder lives with (家庭结构): alone (独居), with the spouse only, with
 * grandchildren but no adult child (隔代), with one or more children, with others, or in
 * an institution (敬老院, 幸福院).
 * @example
 * ```ts
 * LivingArrangement.parse('alone'); // 独居
 * ```
 * @category Household
 */
export const LivingArrangement = /* @__PURE__ */ z.enum(LIVING_ARRANGEMENTS);
/** @category Household */
export type LivingArrangement = z.infer<typeof LivingArrangement>;

/**
 * The elder's household and family: spouse, children, other support obligors, entrusted
 * carer, living arrangement, and the recorded 孤寡 status (spec §1.6 advises recording it
 * rather than deriving it).
 * @example
 * ```ts
 * Household.parse({ livingArrangement: 'spouseOnly', spouse: { status: 'married', livesWithElder: true },
 *   children: [], entrustedCarer: null });
 * ```
 * @category Household
 */
export const Household = /* @__PURE__ */ z.strictObject({
  livingArrangement: LivingArrangement.optional(),
  spouse: Spouse.optional(),
  /** Every son and daughter; `[]` when the elder has none. */
  children: z.array(Child).optional(),
  otherSupportObligors: z.array(SupportObligor).optional(),
  /** `null` when the family has entrusted nobody. */
  entrustedCarer: EntrustedCarer.nullable().optional(),
  /** Recorded as 孤寡老人 by the village. */
  solitary: z.boolean().optional(),
});
/** @category Household */
export type Household = z.infer<typeof Household>;
