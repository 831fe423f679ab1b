import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { arrayIssue, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import type { IncidentKind } from '../eligibility/index.js';
import { reportIssue } from '../errors/index.js';
import {
  CaregiverId,
  ElderId,
  Extensions,
  PlainDate,
  ServiceCategory,
  TimeOfDay,
} from '../models/index.js';
import { VisitChannel, VisitKind } from '../recurrence/index.js';

/**
 * The id of a visit record (走访日志 entry).
 * @example
 * ```ts
 * VisitRecordId.parse('R-2026-000123');
 * ```
 * @category Visit records
 */
export const VisitRecordId = /* @__PURE__ */ z
  .string()
  .trim()
  .min(1)
  .max(64)
  .brand<'VisitRecordId'>();
/** @category Visit records */
export type VisitRecordId = z.infer<typeof VisitRecordId>;

/**
 * Why a visit was not made: 不在家 `notAtHome`, 外出就医 `awayForTreatment`, 拒绝 `refused`,
 * 随子女居住 `movedInWithChildren`, 去世 `deceased`, 电话未接通 `callNotConnected`, 其他 `other`.
 * The elder's moving in with children or death end the visits rather than fail them (see
 * {@link matchRecords}).
 * @example
 * ```ts
 * NotDoneReason.parse('notAtHome');
 * ```
 * @category Visit records
 */
export const NotDoneReason = /* @__PURE__ */ z.enum([
  'notAtHome',
  'awayForTreatment',
  'refused',
  'movedInWithChildren',
  'deceased',
  'callNotConnected',
  'other',
]);
/** @category Visit records */
export type NotDoneReason = z.infer<typeof NotDoneReason>;

/**
 * The concrete tasks of a visit (spec §6.1 · S16 L431, S12 L285–L297), each in its service
 * category ({@link SERVICE_TASK_CATEGORY}).
 * @example
 * ```ts
 * ServiceTask.parse('bloodPressureGlucoseCheck'); // 测量血压血糖
 * ```
 * @category Visit records
 */
export const ServiceTask = /* @__PURE__ */ z.enum([
  'cleaning',
  'laundry',
  'cooking',
  'haircut',
  'mealDelivery',
  'proxyShopping',
  'medicalEscort',
  'bloodPressureGlucoseCheck',
  'medicineDelivery',
  'healthCheck',
  'chat',
  'readingAloud',
  'counselling',
  'emergencyAssistance',
  'culturalActivity',
  'legalConsultation',
  'safetyEducation',
  'giftDelivery',
]);
/** @category Visit records */
export type ServiceTask = z.infer<typeof ServiceTask>;

/**
 * The category each task belongs to (spec §6.1): 打扫卫生, 洗衣, 做饭, 理发, 送餐助餐, 代购代买,
 * 陪同就医 are 生活照料; 测量血压血糖, 送药, 体检 are 健康保健; 陪聊, 读报, 心理疏导 are 心理抚慰;
 * and so on.
 * @example
 * ```ts
 * SERVICE_TASK_CATEGORY.haircut; // 'dailyLivingCare'
 * ```
 * @category Visit records
 */
export const SERVICE_TASK_CATEGORY: Readonly<Record<ServiceTask, ServiceCategory>> = {
  cleaning: 'dailyLivingCare',
  laundry: 'dailyLivingCare',
  cooking: 'dailyLivingCare',
  haircut: 'dailyLivingCare',
  mealDelivery: 'dailyLivingCare',
  proxyShopping: 'dailyLivingCare',
  medicalEscort: 'dailyLivingCare',
  bloodPressureGlucoseCheck: 'healthCare',
  medicineDelivery: 'healthCare',
  healthCheck: 'healthCare',
  chat: 'psychologicalComfort',
  readingAloud: 'psychologicalComfort',
  counselling: 'psychologicalComfort',
  emergencyAssistance: 'emergencyHelp',
  culturalActivity: 'recreationCulture',
  legalConsultation: 'legalAid',
  safetyEducation: 'safetyEducation',
  giftDelivery: 'condolenceVisit',
};

/**
 * What a visitor saw that the ledger should know (动态管理, spec §7 · S14 L379): living
 * conditions and safety.
 * @example
 * ```ts
 * ObservationFlag.parse('unsafeHousing');
 * ```
 * @category Visit records
 */
export const ObservationFlag = /* @__PURE__ */ z.enum([
  'unsafeHousing',
  'noHeatingOrCooling',
  'foodShortage',
  'poorHygiene',
  'fireOrGasHazard',
  'fallRisk',
  'lonely',
  'unwell',
  'needsCare',
]);
/** @category Visit records */
export type ObservationFlag = z.infer<typeof ObservationFlag>;

/**
 * Whom a record's contact was with (联系对象): the elder (老人本人), the elder's children (子女),
 * a left-behind child's parents (父母), a guardian (监护人) or someone else. The monthly call,
 * message or online contact of spec §3.1 (「每月与空巢老人子女、留守儿童父母进行一次电话、短信或网络
 * 交流」, S18 L515) is with the children or the parents — a call to the elder is not it.
 * @example
 * ```ts
 * VisitCounterpart.parse('children');
 * ```
 * @category Visit records
 */
export const VisitCounterpart = /* @__PURE__ */ z.enum([
  'elder',
  'children',
  'parents',
  'guardian',
  'other',
]);
/** @category Visit records */
export type VisitCounterpart = z.infer<typeof VisitCounterpart>;

const INCIDENT_KINDS = [
  'wanderingOrBegging',
  'illegalInfringement',
  'criticalIllness',
  'severeMentalIllness',
  'majorDifficulty',
] as const satisfies readonly IncidentKind[];

/**
 * A visit record (走访日志, spec §7 · S18 L515, L521): which planned visit it answers (none for
 * an unplanned visit), who came, when and how, what was done, the outcome (completed, or not
 * done with a reason), what was observed, an incident of spec §2 R4 found on the way, and
 * evidence. Records are append-only: a correction is a new record that `amends` an earlier one.
 *
 * Checks across fields: a completed visit has no not-done reason and a visit not done has one;
 * an unanswered call is a call; blood pressure's systolic is above its diastolic; each task sits
 * in a category the record lists (or the categories are left to the tasks); a record cannot
 * amend itself.
 *
 * @example
 * ```ts
 * VisitRecord.parse({
 *   id: 'R-1', occurrenceKey: 'V-1/E-1/2026-W10', elderId: 'E-1', caregiverIds: ['C-1'],
 *   on: '2026-03-03', time: '09:30', channel: 'inPerson', durationMinutes: 40,
 *   tasks: ['cleaning', 'bloodPressureGlucoseCheck'], outcome: 'completed',
 *   observations: { bloodPressure: { systolic: 150, diastolic: 90 }, flags: ['fallRisk'] },
 *   recordedOn: '2026-03-03',
 * });
 * ```
 * @category Visit records
 */
export const VisitRecord = /* @__PURE__ */ z
  .strictObject({
    id: VisitRecordId,
    /** The planned visit this answers; absent for an unplanned visit. */
    occurrenceKey: z.string().min(1).max(300).optional(),
    elderId: ElderId,
    caregiverIds: z.array(CaregiverId).min(1).max(20),
    on: PlainDate,
    time: TimeOfDay.optional(),
    kind: VisitKind.optional(),
    channel: VisitChannel,
    /**
     * Whom the contact was with. A `childContact` visit needs the children or the parents; a
     * record that says nothing is taken as with them unless matching asks for it to be stated
     * (see `matchRecords`, option `childContactCounterpart`).
     */
    counterpart: VisitCounterpart.optional(),
    durationMinutes: z
      .int()
      .min(0)
      .max(24 * 60)
      .optional(),
    categories: z.array(ServiceCategory).optional(),
    tasks: z.array(ServiceTask).optional(),
    outcome: z.enum(['completed', 'notDone']),
    notDoneReason: NotDoneReason.optional(),
    observations: z
      .strictObject({
        bloodPressure: z
          .strictObject({ systolic: z.int().min(40).max(300), diastolic: z.int().min(20).max(200) })
          .optional(),
        /** mmol/L. */
        bloodGlucose: z.number().min(0.5).max(50).optional(),
        flags: z.array(ObservationFlag).optional(),
        /** Needs the elder raised, in their words. */
        needs: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
        note: z.string().max(2000).optional(),
      })
      .optional(),
    incident: z
      .strictObject({ kind: z.enum(INCIDENT_KINDS), note: z.string().max(2000).optional() })
      .optional(),
    evidence: z
      .strictObject({
        /** How far from the elder's home the visitor checked in, in metres. */
        checkInDistanceM: z.number().min(0).max(1e7).optional(),
        signatureRef: z.string().max(300).optional(),
        photoRefs: z.array(z.string().max(300)).max(20).optional(),
      })
      .optional(),
    /** The record this one corrects. */
    amends: VisitRecordId.optional(),
    /** The day the record was written (a correction is written later than what it corrects). */
    recordedOn: PlainDate,
    notes: z.string().max(2000).optional(),
    extensions: Extensions.optional(),
  })
  .superRefine((record, ctx) => {
    const { outcome, notDoneReason: reason } = record;
    if (outcome === 'completed' && reason !== undefined)
      reportIssue(ctx, reason, 'visit_outcome_conflict', { outcome, fact: 'notDoneReason' }, [
        'notDoneReason',
      ]);
    if (outcome === 'notDone' && reason === undefined)
      reportIssue(ctx, record, 'visit_outcome_conflict', { outcome, fact: 'notDoneReason' }, [
        'notDoneReason',
      ]);
    if (reason === 'callNotConnected' && record.channel !== 'phone')
      reportIssue(ctx, reason, 'visit_outcome_conflict', { outcome, fact: 'channel' }, ['channel']);
    const pressure = record.observations?.bloodPressure;
    if (pressure && pressure.systolic <= pressure.diastolic)
      reportIssue(
        ctx,
        pressure,
        'range_reversed',
        { from: String(pressure.diastolic), to: String(pressure.systolic) },
        ['observations', 'bloodPressure', 'systolic'],
      );
    if (record.categories && record.tasks)
      record.tasks.forEach((task, index) => {
        const category = SERVICE_TASK_CATEGORY[task];
        if (!record.categories?.includes(category))
          reportIssue(ctx, task, 'service_task_category', { task, category }, ['tasks', index]);
      });
    if (record.amends === record.id)
      reportIssue(ctx, record.amends, 'amendment_cycle', { id: record.id }, ['amends']);
    if (record.recordedOn < record.on)
      reportIssue(
        ctx,
        record.recordedOn,
        'range_reversed',
        { from: record.on, to: record.recordedOn },
        ['recordedOn'],
      );
  }, afterFieldsPass);
/**
 * A checked visit record (走访日志): what a caregiver did on one visit, or why it was not done.
 * @example
 * ```ts
 * function seenInPerson(record: VisitRecord): boolean {
 *   return record.outcome === 'completed' && record.channel === 'inPerson';
 * }
 * ```
 * @category Visit records
 */
export type VisitRecord = z.infer<typeof VisitRecord>;
/** A visit record as it may come in (defaults not yet applied). @category Visit records */
export type VisitRecordInput = z.input<typeof VisitRecord>;

/**
 * The service categories a record covers: those it lists, and those of its tasks.
 * @example
 * ```ts
 * categoriesOf({ tasks: ['haircut', 'chat'] }); // ['dailyLivingCare', 'psychologicalComfort']
 * ```
 * @category Visit records
 */
export function categoriesOf(record: Pick<VisitRecord, 'categories' | 'tasks'>): ServiceCategory[] {
  throwIssues([objectIssue(record, 'record')]);
  throwIssues([
    arrayIssue(record.categories, 'categories', { optional: true }),
    arrayIssue(record.tasks, 'tasks', { optional: true }),
  ]);
  const all = new Set<ServiceCategory>(record.categories ?? []);
  for (const task of record.tasks ?? []) all.add(SERVICE_TASK_CATEGORY[task]);
  return [...all];
}
