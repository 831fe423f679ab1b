import { textOf } from '../_lib/textOf.js';
import { GuanaiError, issue } from '../errors/index.js';
import { parse } from '../models/index.js';
import { VisitPlan, type VisitPlanInput } from './visitPlan.js';

/** What a preset fixes: everything but the plan's id, subjects and dates. */
type PresetTemplate = Omit<VisitPlanInput, 'id' | 'whom' | 'validFrom' | 'validTo'>;

/**
 * The seed programme's cadences (spec §5), ready to attach to a village's elders (or children):
 *
 * - `townshipCadreWeeklyVisit` — the township cadre visits each 空巢 elder once a week,
 *   「每周走访一次」 (K01 · S18 L515).
 * - `villageCadreMonthlyChildContact` — the village cadre contacts the elder's children once a
 *   month by 「电话、短信或网络交流」 (K02 · S18 L515).
 * - `volunteerWeeklyVisit` — the volunteer team 「保证每周走访一次」 (K05 · S18 L521).
 * - `teamMonthlyService` — a 「多带一」 team organises 「每月……一次文化、生活服务」 (K07 · S17 L465).
 * - `census` — the census of 空巢 elders and left-behind children 「每年春季(3月)、秋季(9月)」
 *   (K31 · S10 L207, S18 L493).
 * - `festivalVisits` — 「逢年过节开展上门慰问」 (K23 · S12 L297): 春节, 中秋, 重阳 and 国庆 (重阳
 *   and 国庆 are named in S01/S02; 春节 and 中秋 are an inference, spec §5.4), open from a week
 *   before the festival.
 * - `teacherMonthlyVisit` — a teacher visits each left-behind child 「每月至少走访一次」
 *   (K03 · S18 L515); its subjects are children.
 * - `healthCheck` — 「定期上门进行健康检查」 (K18 · S12 L297): the text gives no interval, so a
 *   quarter is guanai's default — change `cadence` to the local rule.
 *
 * @example
 * ```ts
 * PROGRAMME_PRESETS.census.cadence; // { type: 'quota', period: 'month', months: [3, 9] }
 * ```
 * @category Visit plans
 */
export const PROGRAMME_PRESETS = {
  townshipCadreWeeklyVisit: {
    who: { role: 'townshipResponsibleCadre' },
    kind: 'homeVisit',
    channel: 'inPerson',
    cadence: { type: 'quota', period: 'week' },
    source: 'spec §5.1 K01 · S18 L515',
  },
  villageCadreMonthlyChildContact: {
    who: { role: 'villageResponsibleCadre' },
    kind: 'childContact',
    channel: 'phone',
    cadence: { type: 'quota', period: 'month' },
    source: 'spec §5.1 K02 · S18 L515',
  },
  volunteerWeeklyVisit: {
    who: { role: 'communityVolunteer' },
    kind: 'homeVisit',
    channel: 'inPerson',
    cadence: { type: 'quota', period: 'week' },
    source: 'spec §5.1 K05 · S18 L521',
  },
  teamMonthlyService: {
    who: { role: 'communityVolunteer' },
    kind: 'activity',
    channel: 'inPerson',
    services: ['recreationCulture', 'dailyLivingCare'],
    cadence: { type: 'quota', period: 'month' },
    source: 'spec §5.1 K07 · S17 L465',
  },
  census: {
    who: { role: 'townshipResponsibleCadre' },
    kind: 'census',
    channel: 'inPerson',
    cadence: { type: 'quota', period: 'month', months: [3, 9] },
    source: 'spec §5.2 K31 · S10 L207, S18 L493',
  },
  festivalVisits: {
    who: { role: 'townshipResponsibleCadre' },
    kind: 'festivalVisit',
    channel: 'inPerson',
    services: ['condolenceVisit'],
    cadence: {
      type: 'festival',
      festivals: ['springFestival', 'midAutumn', 'nationalDay', 'doubleNinth'],
    },
    window: { type: 'days', openBefore: 7, overdueAfter: 1, expiresAfter: 7 },
    source: 'spec §5.4 K23 · S12 L297; 重阳、国庆 S01, S02',
  },
  teacherMonthlyVisit: {
    who: { role: 'teacher' },
    kind: 'homeVisit',
    channel: 'inPerson',
    cadence: { type: 'quota', period: 'month' },
    source: 'spec §5.1 K03 · S18 L515',
  },
  healthCheck: {
    who: { role: 'villageDoctor' },
    kind: 'healthCheck',
    channel: 'inPerson',
    services: ['healthCare'],
    cadence: { type: 'quota', period: 'quarter' },
    source: 'spec §5.1 K18 · S12 L297 (interval not stated: quarterly by default)',
  },
} as const satisfies Readonly<Record<string, PresetTemplate>>;

/** The name of a programme preset. @category Visit plans */
export type PresetKey = keyof typeof PROGRAMME_PRESETS;

/**
 * A validated plan from a preset of the seed programme: give it an id, its elders (or
 * children) and its first day; anything else given replaces the preset's (another role, a
 * pairing, a window, a local cadence). Throws a `GuanaiError`: `unknown_name` (kind `preset`,
 * with the presets there are) for a name not in {@link PROGRAMME_PRESETS}, the plan's issues
 * when the result is not a valid plan.
 *
 * @example
 * ```ts
 * const weekly = planFromPreset('townshipCadreWeeklyVisit', {
 *   id: 'wang-village-weekly',
 *   whom: { elders: ['E-000001', 'E-000002'] },
 *   validFrom: '2026-01-01',
 * });
 * weekly.cadence; // { type: 'quota', period: 'week', count: 1 }
 * ```
 * @category Visit plans
 */
export function planFromPreset(
  preset: PresetKey,
  plan: Pick<VisitPlanInput, 'id' | 'whom' | 'validFrom'> & Partial<VisitPlanInput>,
): VisitPlan {
  // Own keys only: `toString` must not find Object.prototype's, nor a typo pass silently.
  if (typeof preset !== 'string' || !Object.hasOwn(PROGRAMME_PRESETS, preset))
    throw new GuanaiError([
      issue('unknown_name', ['preset'], {
        kind: 'preset',
        name: textOf(preset),
        known: Object.keys(PROGRAMME_PRESETS),
      }),
    ]);
  return parse(VisitPlan, { ...PROGRAMME_PRESETS[preset], ...plan });
}
