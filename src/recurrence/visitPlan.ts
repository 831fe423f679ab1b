import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { requireOptionsObject } from '../_lib/requireOption.js';
import { type IssueParams, reportIssue } from '../errors/index.js';
import {
  CaregiverId,
  CaregiverRole,
  ChildId,
  ElderId,
  PairingId,
  PlainDate,
  ServiceCategory,
  TimeOfDay,
} from '../models/index.js';
import { Cadence } from './cadence.js';
import { readRRule } from './rruleText.js';
import { reachProblems } from './ruleReach.js';

/**
 * What a visit is (spec §5): a home visit (走访), contact with the elder's children by phone,
 * SMS or online (K02), a call to the elder, a health check (K18), the census (K31), a
 * screening (排查, K33), a festival visit (K23), an activity or service (K07), or supervision
 * (督导检查, K35).
 * @example
 * ```ts
 * VisitKind.parse('childContact');
 * ```
 * @category Visit plans
 */
export const VisitKind = /* @__PURE__ */ z.enum([
  'homeVisit',
  'childContact',
  'elderCall',
  'healthCheck',
  'census',
  'screening',
  'festivalVisit',
  'activity',
  'supervision',
]);
/** @category Visit plans */
export type VisitKind = z.infer<typeof VisitKind>;

/**
 * How a visit is made (spec §5 channel codes): 上门 `inPerson`, 电话 `phone`, 短信 `sms`,
 * 网络 `online`.
 * @example
 * ```ts
 * VisitChannel.options; // ['inPerson', 'phone', 'sms', 'online']
 * ```
 * @category Visit plans
 */
export const VisitChannel = /* @__PURE__ */ z.enum(['inPerson', 'phone', 'sms', 'online']);
/** @category Visit plans */
export type VisitChannel = z.infer<typeof VisitChannel>;

/**
 * What a visit due on a public holiday, a weekend or another rest day does: `keep` its day (the
 * default), `skip` it, or move to the `previousWorkingDay` or `nextWorkingDay` (调休 make-up
 * working days count as working days). A move must stay inside the visit's window, or the visit
 * keeps its day and says it could not move. Festival visits always keep their festival's date,
 * and a quota, due any day of its period, has nothing to move.
 * @example
 * ```ts
 * HolidayPolicy.parse('nextWorkingDay');
 * ```
 * @category Visit plans
 */
export const HolidayPolicy = /* @__PURE__ */ z.enum([
  'keep',
  'skip',
  'previousWorkingDay',
  'nextWorkingDay',
]);
/** @category Visit plans */
export type HolidayPolicy = z.infer<typeof HolidayPolicy>;

/**
 * When a visit may be made around its due date, in whole days:
 *
 * - `days` — it opens `openBefore` days before the due date, is overdue from `overdueAfter`
 *   days after it and expires after the day `expiresAfter` days after it.
 * - `period` — the whole period of a quota: open from its first day, due on its last, then
 *   overdue for `graceDays` days before it expires (0: it expires the day after the period).
 *
 * Without a window a plan gets `{ type: 'period', graceDays: 0 }` for a quota and
 * `{ type: 'days', openBefore: 2, overdueAfter: 1, expiresAfter: 6 }` otherwise: a visit due on
 * Monday opens on Saturday, is overdue from Tuesday and expires after Sunday.
 * @example
 * ```ts
 * VisitWindow.parse({ type: 'days', openBefore: 3, overdueAfter: 2, expiresAfter: 7 });
 * ```
 * @category Windows
 */
export const VisitWindow = /* @__PURE__ */ z.discriminatedUnion('type', [
  z
    .strictObject({
      type: z.literal('days'),
      openBefore: z.int().min(0).max(366),
      overdueAfter: z.int().min(1).max(366),
      expiresAfter: z.int().min(0).max(366),
    })
    .superRefine((window, ctx) => {
      if (window.expiresAfter < window.overdueAfter - 1) {
        const { overdueAfter, expiresAfter } = window;
        reportIssue(ctx, expiresAfter, 'window_points_order', { overdueAfter, expiresAfter }, [
          'expiresAfter',
        ]);
      }
    }, afterFieldsPass),
  z.strictObject({
    type: z.literal('period'),
    graceDays: z.int().min(0).max(366).default(0),
  }),
]);
/** @category Windows */
export type VisitWindow = z.infer<typeof VisitWindow>;

/**
 * Who makes a plan's visits: everyone in a role (the township cadres), one pairing (结对), or
 * one caregiver.
 * @example
 * ```ts
 * PlanAssignee.parse({ role: 'townshipResponsibleCadre' });
 * ```
 * @category Visit plans
 */
export const PlanAssignee = /* @__PURE__ */ z.union([
  z.strictObject({ role: CaregiverRole }),
  z.strictObject({ pairingId: PairingId }),
  z.strictObject({ caregiverId: CaregiverId }),
]);
/** @category Visit plans */
export type PlanAssignee = z.infer<typeof PlanAssignee>;

/**
 * Whom a plan visits: elders, or children for the programmes that pair children too (K03, K06).
 * @example
 * ```ts
 * PlanSubjects.parse({ elders: ['E-000001', 'E-000002'] });
 * ```
 * @category Visit plans
 */
export const PlanSubjects = /* @__PURE__ */ z.union([
  z.strictObject({ elders: z.array(ElderId).min(1) }),
  z.strictObject({ children: z.array(ChildId).min(1) }),
]);
/** @category Visit plans */
export type PlanSubjects = z.infer<typeof PlanSubjects>;

/**
 * A visit plan: who visits whom, what for, how, how often (`cadence`), inside which `window`,
 * what holidays do, and from when to when. Expand it into dated visits with `expandPlan`.
 *
 * @example
 * ```ts
 * const plan = VisitPlan.parse({
 *   id: 'weekly-visit',
 *   who: { role: 'townshipResponsibleCadre' },
 *   whom: { elders: ['E-000001'] },
 *   kind: 'homeVisit',
 *   channel: 'inPerson',
 *   cadence: { type: 'quota', period: 'week' },
 *   validFrom: '2026-01-01',
 * });
 * plan.holidayPolicy; // 'keep'
 * ```
 * @category Visit plans
 */
export const VisitPlan = /* @__PURE__ */ z
  .strictObject({
    id: z.string().trim().min(1).max(64),
    who: PlanAssignee,
    whom: PlanSubjects,
    kind: VisitKind,
    channel: VisitChannel,
    /** The service categories the visit delivers (spec §6). */
    services: z.array(ServiceCategory).optional(),
    cadence: Cadence,
    window: VisitWindow.optional(),
    holidayPolicy: HolidayPolicy.default('keep'),
    /** The time of day visits are planned for, when it matters (a call after work). */
    time: TimeOfDay.optional(),
    durationMinutes: z
      .int()
      .min(1)
      .max(24 * 60)
      .optional(),
    validFrom: PlainDate,
    validTo: PlainDate.optional(),
    /** Where the plan comes from, e.g. `spec §5.1 K01 · S18 L515` or a local document. */
    source: z.string().trim().min(1).max(200).optional(),
  })
  .superRefine((plan, ctx) => {
    const { validFrom, validTo, cadence, window } = plan;
    if (validTo && validTo < validFrom)
      reportIssue(ctx, validTo, 'range_reversed', { from: validFrom, to: validTo }, ['validTo']);
    const quota = cadence.type === 'quota';
    if (window && (window.type === 'period') !== quota) {
      reportIssue(
        ctx,
        window.type,
        'window_cadence_mismatch',
        { window: window.type, cadence: cadence.type },
        ['window', 'type'],
      );
    }
    if (cadence.type === 'rrule') {
      // The plan's first day is the rule's DTSTART (a date: 00:00).
      const { parts, issues } = readRRule(cadence.rule);
      const problems = parts
        ? reachProblems(parts, `${validFrom}T00:00:00`)
        : issues.map((found) => found.params as IssueParams['rrule_invalid']);
      for (const problem of problems)
        reportIssue(ctx, cadence.rule, 'rrule_invalid', problem, ['cadence', 'rule']);
    }
    const ids: readonly string[] = 'elders' in plan.whom ? plan.whom.elders : plan.whom.children;
    const list = 'elders' in plan.whom ? 'elders' : 'children';
    ids.forEach((id, index) => {
      const first = ids.indexOf(id);
      if (first !== index)
        reportIssue(ctx, id, 'duplicate_id', { id, firstPath: ['whom', list, first] }, [
          'whom',
          list,
          index,
        ]);
    });
  }, afterFieldsPass);
/**
 * A checked visit plan: whom to visit, on which cadence, by whom, from which day.
 * @example
 * ```ts
 * const plan: VisitPlan = planFromPreset('townshipCadreWeeklyVisit', {
 *   id: 'weekly', whom: { elders: [elderId] }, validFrom: plainDate('2026-09-01'),
 * });
 * const visits = expandPlan(plan, { from: plainDate('2026-09-01'), to: plainDate('2026-09-30') });
 * ```
 * @category Visit plans
 */
export type VisitPlan = z.infer<typeof VisitPlan>;
/** A plan as written, defaults not yet applied. @category Visit plans */
export type VisitPlanInput = z.input<typeof VisitPlan>;

const DEFAULT_DAYS_WINDOW: VisitWindow = {
  type: 'days',
  openBefore: 2,
  overdueAfter: 1,
  expiresAfter: 6,
};
const DEFAULT_PERIOD_WINDOW: VisitWindow = { type: 'period', graceDays: 0 };

/**
 * The window a plan's visits get: its own, or the default for its cadence (see
 * {@link VisitWindow}).
 * @example
 * ```ts
 * windowOf(plan); // { type: 'period', graceDays: 0 } for a quota without a window
 * ```
 * @category Windows
 */
export function windowOf(plan: Pick<VisitPlan, 'cadence' | 'window'>): VisitWindow {
  requireOptionsObject(plan, 'plan');
  if (plan.window === undefined) requireOptionsObject(plan.cadence, 'cadence');
  return (
    plan.window ?? (plan.cadence.type === 'quota' ? DEFAULT_PERIOD_WINDOW : DEFAULT_DAYS_WINDOW)
  );
}
