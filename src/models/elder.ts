import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { reportIssue } from '../errors/index.js';
import { EconomicStatus, Enrolment } from './assistance.js';
import { Coordinates, PhoneNumber, Sex } from './contact.js';
import { Extensions } from './extensions.js';
import { Health } from './health.js';
import { type Child, Household } from './household.js';
import { ElderId } from './ids.js';
import { PlainDate } from './plainDate.js';
import { type RegionCode, VillageCode } from './regionCode.js';
import { countyCodeOf, isWithinRegion } from './regionCodeOps.js';
import { ResidentIdNumber } from './residentId.js';
import { residentIdFacts } from './residentIdFacts.js';

/**
 * Where the elder actually lives (spec §1.1 LB2 「留在农村生活」): rural or urban setting,
 * village code (with the vintage of the code list), villager group, address, map point,
 * household registration type, and an institution if the elder lives in one.
 * @example
 * ```ts
 * Residence.parse({ setting: 'rural', villageCode: '530325101203', group: 3 });
 * ```
 * @category Elders
 */
export const Residence = /* @__PURE__ */ z.strictObject({
  /** Where the elder lives, not the hukou: the text's test is 「留在农村生活」. */
  setting: z.enum(['rural', 'urban']).optional(),
  villageCode: VillageCode,
  /** Year of the division-code list `villageCode` comes from. */
  codeVintage: z.int().min(1980).max(2200).optional(),
  /** Number of the villager group (村民小组, 组). */
  group: z.int().min(1).max(999).optional(),
  address: z.string().max(200).optional(),
  coordinates: Coordinates.optional(),
  /** Household registration (户籍) type; not used by the definitions but often disputed. */
  hukou: z.enum(['rural', 'urban']).optional(),
  /** `null` when the elder lives at home; else 敬老院, 农村幸福院 or another institution. */
  institution: z.enum(['nursingHome', 'happinessHome', 'other']).nullable().optional(),
});
/** @category Elders */
export type Residence = z.infer<typeof Residence>;

/**
 * Burdens the elder carries (spec §1.1 · S14 L359 「承担着繁重的农务劳动或者抚育孙辈的义务」).
 * @example
 * ```ts
 * Burdens.parse({ farmLabour: true, raisingGrandchildren: true });
 * ```
 * @category Elders
 */
export const Burdens = /* @__PURE__ */ z.strictObject({
  farmLabour: z.boolean().optional(),
  raisingGrandchildren: z.boolean().optional(),
});
/** @category Elders */
export type Burdens = z.infer<typeof Burdens>;

/**
 * Risks recorded by visitors (spec §2 R2 安全风险 / 生活困难 · S14 L369; R12 精神寂寞 /
 * 心理疾患 · S12 L287), and a special difficulty (特殊困难) other than those R3 names (S14 L379
 * 「独居、失能、贫困、高龄等特殊困难」: the 等 leaves the list open).
 * @example
 * ```ts
 * Risks.parse({ safetyRisk: true, otherSpecialDifficulty: '子女失联，房屋漏雨' });
 * ```
 * @category Elders
 */
export const Risks = /* @__PURE__ */ z.strictObject({
  safetyRisk: z.boolean().optional(),
  livingDifficulty: z.boolean().optional(),
  loneliness: z.boolean().optional(),
  psychologicalDisorder: z.boolean().optional(),
  /**
   * 其他特殊困难: what another special difficulty is, as the visitor describes it (spec §2 R3 ·
   * S14 L379, the open 等); `null` when the elder is known to have none.
   */
  otherSpecialDifficulty: z.string().trim().min(1).max(200).nullable().optional(),
});
/** @category Elders */
export type Risks = z.infer<typeof Risks>;

/**
 * The elder's (or guardian's) consent to processing personal information, and notes on
 * sensitive data (PIPL arts. 28–29: health, disability and assistance status are sensitive).
 * @example
 * ```ts
 * Consent.parse({ given: true, on: '2026-03-12', by: 'elder' });
 * ```
 * @category Elders
 */
export const Consent = /* @__PURE__ */ z.strictObject({
  given: z.boolean(),
  on: PlainDate,
  by: z.enum(['elder', 'guardian', 'familyMember']),
  scope: z.string().max(500).optional(),
});
/** @category Elders */
export type Consent = z.infer<typeof Consent>;

/**
 * An elder in the ledger (台账): identity, residence, household, health, economic status,
 * benefits, burdens, risks and consent. Every fact a definition needs is here, and every one
 * may be left out, which means "not known" (distinct from `false`, `null` or `[]`).
 * Checks across fields: birth date and sex agree with the resident ID number; the living
 * arrangement agrees with who lives with the elder; a child's facts agree with each other
 * and with the elder's county.
 *
 * @example
 * ```ts
 * const elder = Elder.parse({
 *   id: 'E-1', name: '王秀英', birthDate: '1950-03-08', sex: 'female',
 *   residence: { setting: 'rural', villageCode: '530325101203', group: 3 },
 *   household: {
 *     livingArrangement: 'alone', spouse: { status: 'widowed' },
 *     children: [{ relation: 'son', alive: true, livesWithElder: false,
 *       whereabouts: { inElderCounty: false }, awaySince: '2024-02-20', awayReason: 'migrantWork' }],
 *   },
 * });
 * ```
 * @category Elders
 */
export const Elder = /* @__PURE__ */ z
  .strictObject({
    id: ElderId,
    name: z.string().trim().min(1).max(50),
    residentId: ResidentIdNumber.optional(),
    birthDate: PlainDate.optional(),
    sex: Sex.optional(),
    phone: PhoneNumber.optional(),
    residence: Residence,
    household: Household.default(() => ({})),
    health: Health.default(() => ({})),
    economic: EconomicStatus.default(() => ({})),
    benefits: z.array(Enrolment).default(() => []),
    burdens: Burdens.default(() => ({})),
    risks: Risks.default(() => ({})),
    consent: Consent.optional(),
    /** Last day the record was checked or updated (动态管理). */
    updatedOn: PlainDate.optional(),
    notes: z.string().max(2000).optional(),
    /** Host-app fields guanai does not interpret; kept as they are. */
    extensions: Extensions.optional(),
  })
  .superRefine((elder, ctx) => {
    if (elder.residentId) {
      const facts = residentIdFacts(elder.residentId);
      if (elder.birthDate && elder.birthDate !== facts.birthDate) {
        reportIssue(
          ctx,
          elder.birthDate,
          'birth_date_mismatch',
          { birthDate: elder.birthDate, fromResidentId: facts.birthDate },
          ['birthDate'],
        );
      }
      if (elder.sex && elder.sex !== facts.sex) {
        reportIssue(ctx, elder.sex, 'sex_mismatch', { sex: elder.sex, fromResidentId: facts.sex }, [
          'sex',
        ]);
      }
    }
    const arrangementFact = livingArrangementConflict(elder);
    if (arrangementFact) {
      const livingArrangement = elder.household.livingArrangement ?? '';
      reportIssue(
        ctx,
        livingArrangement,
        'living_arrangement_conflict',
        { livingArrangement, fact: arrangementFact },
        ['household', 'livingArrangement'],
      );
    }
    const elderCounty = countyCodeOf(elder.residence.villageCode);
    elder.household.children?.forEach((child, index) => {
      const fact = childConflict(child, elderCounty);
      if (fact)
        reportIssue(ctx, child, 'child_facts_conflict', { fact }, ['household', 'children', index]);
    });
  }, afterFieldsPass);

/**
 * A validated elder record: `parse(Elder, row)` or `parseLedger` gives one. A fact left out
 * is not known (`undefined`), not false.
 * @example
 * ```ts
 * const elder: Elder = parse(Elder, { id: 'E-1', name: '王秀英', residence: { villageCode: '530325101203' } });
 * if (elder.household.children === undefined) console.log('children not known: ask on the next visit');
 * ```
 * @category Elders
 */
export type Elder = z.infer<typeof Elder>;

/** The first household fact that contradicts the recorded living arrangement, if any. */
function livingArrangementConflict(elder: z.infer<typeof Elder>): string | undefined {
  const { livingArrangement, spouse, children } = elder.household;
  const spouseAtHome = spouse?.status === 'married' && spouse.livesWithElder === true;
  const childAtHome = children?.some((child) => child.livesWithElder === true) ?? false;
  const noChildAtHome =
    children?.every((child) => child.livesWithElder === false || child.alive === false) ?? false;
  switch (livingArrangement) {
    case 'alone':
      if (spouseAtHome) return 'spouse.livesWithElder';
      return childAtHome ? 'children.livesWithElder' : undefined;
    case 'spouseOnly':
      if (spouse && (spouse.status !== 'married' || spouse.livesWithElder === false))
        return 'spouse.status';
      return childAtHome ? 'children.livesWithElder' : undefined;
    case 'withChildren':
      return noChildAtHome ? 'children.livesWithElder' : undefined;
    case 'institution':
      return elder.residence.institution === null ? 'residence.institution' : undefined;
    default:
      return undefined;
  }
}

/** The first contradiction among one child's facts, if any. */
function childConflict(child: Child, elderCounty: RegionCode | undefined): string | undefined {
  const where = child.whereabouts;
  // An absence known to a day or only to a span (a month, 常年在外) is an absence all the same.
  const away = child.awaySince !== undefined || child.awaySinceBetween !== undefined;
  if (child.alive === false && (child.livesWithElder || away)) return 'alive';
  if (child.livesWithElder && (away || where?.inElderCounty === false)) return 'livesWithElder';
  if (where?.inElderTownship && where.inElderCounty === false) return 'whereabouts.inElderTownship';
  if (where?.regionCode && where.inElderCounty !== undefined && elderCounty) {
    const childCounty = countyCodeOf(where.regionCode);
    // A province or city code says "not here" only when the elder's county lies outside it.
    const inCounty = childCounty
      ? childCounty === elderCounty
      : where.inElderCounty && isWithinRegion(elderCounty, where.regionCode);
    if (inCounty !== where.inElderCounty) return 'whereabouts.regionCode';
  }
  return undefined;
}
