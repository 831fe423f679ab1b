import * as z from 'zod';
import { afterFieldsPass } from '../_lib/afterFieldsPass.js';
import { reportIssue } from '../errors/index.js';
import { PlainDate } from './plainDate.js';

/** The statuses that `noHardshipAssessedOn` says do not apply. */
const HARDSHIP_FLAGS = [
  'minimumLivingAllowance',
  'extremeHardship',
  'fiveGuarantee',
  'threeNo',
  'povertyRegistered',
  'otherHardship',
] as const;

/**
 * The elder's recorded economic and social-assistance statuses (spec §1.5, §1.7, §1.11).
 * The text defines none of them, so they are recorded facts, each optional (unknown). A ledger
 * that found none of them applies records that once, dated, in `noHardshipAssessedOn`, instead
 * of seven `false`s; a status recorded as applying beside it is `economic_status_conflict`.
 *
 * @example
 * ```ts
 * EconomicStatus.parse({ minimumLivingAllowance: true, extremeHardship: false });
 * EconomicStatus.parse({ noHardshipAssessedOn: '2026-03-01' }); // none applies, as of that day
 * ```
 * @category Assistance
 */
export const EconomicStatus = /* @__PURE__ */ z
  .strictObject({
    /** 低保 — receives the minimum living allowance. */
    minimumLivingAllowance: z.boolean().optional(),
    /** 特困 — supported as a person in extreme hardship (特困供养人员). */
    extremeHardship: z.boolean().optional(),
    /** 五保 — a five-guarantee household (the older name of rural 特困 support). */
    fiveGuarantee: z.boolean().optional(),
    /** 三无 — no ability to work, no income, no legal supporter. */
    threeNo: z.boolean().optional(),
    /** 建档立卡 — registered in the poverty-alleviation file. */
    povertyRegistered: z.boolean().optional(),
    /**
     * A household under the monitoring of spec §2 R15 · S16 L437: 脱贫不稳定户
     * `unstableOutOfPoverty`, 边缘易致贫户 `atRiskOfPoverty`, 突发严重困难户 `suddenHardship`,
     * or `none`.
     */
    povertyMonitoring: z
      .enum(['none', 'unstableOutOfPoverty', 'atRiskOfPoverty', 'suddenHardship'])
      .optional(),
    /** 经济困难家庭 as recorded locally, for hardship not covered above. */
    otherHardship: z.boolean().optional(),
    /**
     * 经济困难核查：均不符合 — the day a check found that none of the statuses above applies (and
     * poverty monitoring is `none`). From that day on, each status not recorded reads as `false`.
     */
    noHardshipAssessedOn: PlainDate.optional(),
  })
  .superRefine((economic, ctx) => {
    if (economic.noHardshipAssessedOn === undefined) return;
    for (const status of HARDSHIP_FLAGS) {
      if (economic[status])
        reportIssue(ctx, true, 'economic_status_conflict', { status }, [status]);
    }
    const monitoring = economic.povertyMonitoring;
    if (monitoring !== undefined && monitoring !== 'none') {
      reportIssue(ctx, monitoring, 'economic_status_conflict', { status: 'povertyMonitoring' }, [
        'povertyMonitoring',
      ]);
    }
  }, afterFieldsPass);
/** @category Assistance */
export type EconomicStatus = z.infer<typeof EconomicStatus>;

/**
 * The programmes and benefits of spec §8 an elder may be referred to or enrolled in. The
 * text gives none of their conditions, so guanai records status only.
 * @example
 * ```ts
 * Programme.parse('advancedAgeAllowance');
 * ```
 * @category Assistance
 */
export const Programme = /* @__PURE__ */ z.enum([
  'minimumLivingAllowance',
  'medicalAssistance',
  'temporaryAssistance',
  'advancedAgeAllowance',
  'assistiveDevices',
  'disabilityAllowance',
  'housingRenovation',
  'familyDoctorContract',
  'residentMedicalInsurance',
  'povertyRegistration',
  'lowFeeInstitutionalCare',
  'nursingHomeAccess',
  'centralisedSupport',
  'homeCareCentre',
  'dayCareCentre',
  'freeHealthCheck',
  'legalAid',
]);
/** @category Assistance */
export type Programme = z.infer<typeof Programme>;

/**
 * Where an elder stands with one programme (spec §8 inference `Enrolment`).
 *
 * @example
 * ```ts
 * Enrolment.parse({ programme: 'advancedAgeAllowance', status: 'enrolled', since: '2025-01-01' });
 * ```
 * @category Assistance
 */
export const Enrolment = /* @__PURE__ */ z.strictObject({
  programme: Programme,
  status: z.enum(['notAssessed', 'referred', 'enrolled', 'rejected', 'notApplicable']),
  since: PlainDate.optional(),
});
/** @category Assistance */
export type Enrolment = z.infer<typeof Enrolment>;
