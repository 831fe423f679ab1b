import * as z from 'zod';

/**
 * The service categories of the volunteer plans (spec §6.1 · S12 L283): 生活照料
 * `dailyLivingCare`, 心理抚慰 `psychologicalComfort`, 健康保健 `healthCare`, 应急救助
 * `emergencyHelp`, 文体娱乐 `recreationCulture`, 法律援助 `legalAid`; and from spec §6.2:
 * 安全防范 `safetyEducation`, 慰问 `condolenceVisit`, 互助养老 `mutualAid`.
 *
 * @example
 * ```ts
 * ServiceCategory.parse('dailyLivingCare');
 * ```
 * @category Services
 */
export const ServiceCategory = /* @__PURE__ */ z.enum([
  'dailyLivingCare',
  'psychologicalComfort',
  'healthCare',
  'emergencyHelp',
  'recreationCulture',
  'legalAid',
  'safetyEducation',
  'condolenceVisit',
  'mutualAid',
]);
/** @category Services */
export type ServiceCategory = z.infer<typeof ServiceCategory>;
