import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { reportIssue } from '../errors/index.js';
import { Coordinates, PhoneNumber, Sex } from './contact.js';
import { Extensions } from './extensions.js';
import { CaregiverId } from './ids.js';
import { PlainDate } from './plainDate.js';
import { regionCodeOfLevel } from './regionCode.js';
import { ServiceCategory } from './service.js';
import { TimeOfDay } from './timeOfDay.js';

/**
 * The roles of people who visit and care (spec §3), each under its spec id:
 * 乡包保干部 `townshipResponsibleCadre` and 村包保干部 `villageResponsibleCadre` (§3.1 · S18
 * L515), 包村干部 `villageLiaisonCadre` (§3.1 · S12 L281), 村、组党员干部 `villageGroupPartyCadre`
 * (§3.1 · S18 L497), 村两委 member `villageCommitteeMember` and 妇联支委
 * `womensFederationBranchMember` (§3.2 · S16 L431), 儿童主任 `childrenDirector` (§3.2 · S16 L435),
 * 村医 `villageDoctor`, 家庭医生 `familyDoctor`, 医务人员 `medicalWorker` and third-party carer
 * `contractedCareWorker` (§3.3), 教师 `teacher` (§3.4), 社工 `socialWorker` (§3.5), volunteers
 * (§3.6: `partyMemberVolunteer`, `youthVolunteer`, `womenVolunteer`, `studentVolunteer`,
 * `youngOldVolunteer` 低龄老年志愿者, `communityVolunteer`, `cadreVolunteer` 干部职工), 邻里
 * `neighbour` (§3.7), 老年协会 member `eldersAssociationMember` (§3.8), and the carer entrusted
 * by the family `familyEntrustedCarer` (§2 R6 · S14 L367).
 * @example
 * ```ts
 * CaregiverRole.parse('townshipResponsibleCadre');
 * CaregiverRole.options.length; // every role, for a picker
 * ```
 * @category Caregivers
 */
export const CaregiverRole = /* @__PURE__ */ z.enum([
  'townshipResponsibleCadre',
  'villageResponsibleCadre',
  'villageLiaisonCadre',
  'villageGroupPartyCadre',
  'villageCommitteeMember',
  'womensFederationBranchMember',
  'childrenDirector',
  'villageDoctor',
  'familyDoctor',
  'medicalWorker',
  'contractedCareWorker',
  'teacher',
  'socialWorker',
  'partyMemberVolunteer',
  'youthVolunteer',
  'womenVolunteer',
  'studentVolunteer',
  'youngOldVolunteer',
  'communityVolunteer',
  'cadreVolunteer',
  'neighbour',
  'eldersAssociationMember',
  'familyEntrustedCarer',
]);
/** @category Caregivers */
export type CaregiverRole = z.infer<typeof CaregiverRole>;

/**
 * ISO weekday number: 1 = Monday … 7 = Sunday.
 * @example
 * ```ts
 * IsoWeekday.parse(6); // Saturday
 * ```
 * @category Time
 */
export const IsoWeekday = /* @__PURE__ */ z.int().min(1).max(7);
/** @category Time */
export type IsoWeekday = z.infer<typeof IsoWeekday>;

/**
 * A span of days, both ends included.
 * @example
 * ```ts
 * DateRange.parse({ from: '2026-10-01', to: '2026-10-07' });
 * ```
 * @category Time
 */
export const DateRange = /* @__PURE__ */ z
  .strictObject({ from: PlainDate, to: PlainDate })
  .superRefine((range, ctx) => {
    if (range.to < range.from)
      reportIssue(ctx, range, 'range_reversed', { from: range.from, to: range.to }, ['to']);
  }, afterFieldsPass);
/** @category Time */
export type DateRange = z.infer<typeof DateRange>;

/**
 * Wall-clock hours in a day, `from` before `to`.
 * @example
 * ```ts
 * TimeRange.parse({ from: '08:30', to: '17:30' });
 * ```
 * @category Time
 */
export const TimeRange = /* @__PURE__ */ z
  .strictObject({ from: TimeOfDay, to: TimeOfDay })
  .superRefine((range, ctx) => {
    if (range.to <= range.from)
      reportIssue(ctx, range, 'range_reversed', { from: range.from, to: range.to }, ['to']);
  }, afterFieldsPass);
/** @category Time */
export type TimeRange = z.infer<typeof TimeRange>;

/**
 * When a caregiver can visit: weekdays, hours on those days, and leave (请假) ranges.
 * @example
 * ```ts
 * Availability.parse({ weekdays: [1, 2, 3, 4, 5], hours: [{ from: '08:30', to: '17:30' }],
 *   leave: [{ from: '2026-10-01', to: '2026-10-07', reason: '国庆休假' }] });
 * ```
 * @category Caregivers
 */
export const Availability = /* @__PURE__ */ z.strictObject({
  weekdays: z
    .array(IsoWeekday)
    .min(1)
    .default(() => [1, 2, 3, 4, 5, 6, 7]),
  hours: z.array(TimeRange).default(() => []),
  leave: z
    .array(DateRange.safeExtend({ reason: z.string().max(200).optional() }))
    .default(() => []),
});
/** @category Caregivers */
export type Availability = z.infer<typeof Availability>;

/**
 * How much a caregiver can take on: elders paired at once, and visits a week.
 * @example
 * ```ts
 * Capacity.parse({ elders: 20, visitsPerWeek: 20 });
 * ```
 * @category Caregivers
 */
export const Capacity = /* @__PURE__ */ z.strictObject({
  elders: z.int().min(0).max(10_000),
  visitsPerWeek: z.int().min(0).max(1_000),
});
/** @category Caregivers */
export type Capacity = z.infer<typeof Capacity>;

/** A caregiver record with the deprecated `activeFrom`/`activeTo` moved to `validFrom`/`validTo`. */
function withValidDates<
  T extends {
    validFrom?: PlainDate | undefined;
    validTo?: PlainDate | undefined;
    activeFrom?: PlainDate | undefined;
    activeTo?: PlainDate | undefined;
  },
>(record: T): Omit<T, 'activeFrom' | 'activeTo'> {
  const { activeFrom, activeTo, ...rest } = record;
  const validFrom = rest.validFrom ?? activeFrom;
  const validTo = rest.validTo ?? activeTo;
  return {
    ...rest,
    ...(validFrom === undefined ? {} : { validFrom }),
    ...(validTo === undefined ? {} : { validTo }),
  };
}

/**
 * A person who visits and cares for elders: a cadre, volunteer, village doctor, social
 * worker … with roles (one person often holds several), home, capacity, availability and
 * skills (the service categories they can deliver).
 *
 * @example
 * ```ts
 * Caregiver.parse({
 *   id: 'C-1', name: '李建国', roles: ['villageResponsibleCadre'],
 *   home: { regionCode: '530325101203' },
 *   capacity: { elders: 8, visitsPerWeek: 10 },
 * });
 * ```
 * @category Caregivers
 */
export const Caregiver = /* @__PURE__ */ z
  .strictObject({
    id: CaregiverId,
    name: z.string().trim().min(1).max(50),
    roles: z.array(CaregiverRole).min(1),
    phone: PhoneNumber.optional(),
    sex: Sex.optional(),
    birthDate: PlainDate.optional(),
    home: z.strictObject({
      /** A township code (township cadres) or a village code. */
      regionCode: regionCodeOfLevel(['township', 'village']),
      group: z.int().min(1).max(999).optional(),
      coordinates: Coordinates.optional(),
    }),
    capacity: Capacity,
    availability: Availability.default(() => ({
      weekdays: [1, 2, 3, 4, 5, 6, 7],
      hours: [],
      leave: [],
    })),
    skills: z.array(ServiceCategory).default(() => []),
    /**
     * The school a teacher (教师) teaches at, as its pupils' `school.id`: a duty with
     * `sameSchool` gives the teacher pupils of this school only (spec §3.4 · S18 L515).
     */
    schoolId: z.string().trim().min(1).max(64).optional(),
    /** Serving since / until (inclusive civil dates); `validTo` absent while still serving. */
    validFrom: PlainDate.optional(),
    validTo: PlainDate.optional(),
    /**
     * @deprecated The name of `validFrom` before 1.0, still read because apps store caregiver
     * records: parsing moves it to `validFrom` (which wins when both are given).
     */
    activeFrom: PlainDate.optional(),
    /** @deprecated The name of `validTo` before 1.0: parsing moves it to `validTo`. */
    activeTo: PlainDate.optional(),
    notes: z.string().max(2000).optional(),
    extensions: Extensions.optional(),
  })
  .superRefine((caregiver, ctx) => {
    const from = caregiver.validFrom ?? caregiver.activeFrom;
    const to = caregiver.validTo ?? caregiver.activeTo;
    if (from && to && to < from) {
      reportIssue(ctx, to, 'range_reversed', { from, to }, [
        caregiver.validTo === undefined ? 'activeTo' : 'validTo',
      ]);
    }
    const seen = new Map<string, number>();
    caregiver.roles.forEach((role, index) => {
      const first = seen.get(role);
      if (first !== undefined) {
        reportIssue(ctx, role, 'duplicate_id', { id: role, firstPath: ['roles', first] }, [
          'roles',
          index,
        ]);
      } else seen.set(role, index);
    });
  }, afterFieldsPass)
  .transform(withValidDates);
/**
 * A validated caregiver record: a cadre, volunteer or social worker who can be paired with elders.
 * @example
 * ```ts
 * const caregiver: Caregiver = parse(Caregiver, {
 *   id: 'C-1', name: '赵建华', roles: ['villageResponsibleCadre'],
 *   home: { regionCode: '530325101203' }, capacity: { elders: 8, visitsPerWeek: 10 },
 * });
 * console.log(caregiver.capacity.elders); // 8
 * ```
 * @category Caregivers
 */
export type Caregiver = z.infer<typeof Caregiver>;
