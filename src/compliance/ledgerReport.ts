import { arrayIssue, diagnosed, objectIssue, throwIssues } from '../_lib/argumentGuards.js';
import {
  type AreaCounts,
  CATEGORY_KEYS,
  type CategoryKey,
  type ClassifyLedgerOptions,
  classifyLedger,
  type LedgerClassification,
} from '../eligibility/index.js';
import {
  AbilityLevel,
  ageInFullYears,
  assessmentOn,
  type Elder,
  LivingArrangement,
  type PlainDate,
  type RegionCode,
} from '../models/index.js';
import { areasOfVillage } from './areasOfVillage.js';
import { checkDays, diagnoseLists } from './inputChecks.js';

/**
 * Age bands of the ledger statistics, in full years (周岁) on the report day: 60–69, 70–79,
 * 80–89 (高龄 from 80 by default), 90 and over; under 60 and unknown (no birth date) kept apart.
 * @category Reports
 */
export type AgeBand = 'under60' | '60to69' | '70to79' | '80to89' | '90plus' | 'unknown';

/**
 * The bands in report order.
 * @example
 * ```ts
 * AGE_BANDS.length; // 6
 * ```
 * @category Reports
 */
export const AGE_BANDS: readonly AgeBand[] = [
  'under60',
  '60to69',
  '70to79',
  '80to89',
  '90plus',
  'unknown',
];

/**
 * One area's statistics (数量规模、基本分布、主要特征, spec §7 · S14 L379): how many elders, how
 * many in each category (answered yes, and still unknown), and how they are spread over age
 * bands, living arrangements and ability levels (the assessment in force on the day).
 * @category Reports
 */
export interface LedgerReportRow {
  readonly code: RegionCode;
  readonly level: AreaCounts['level'];
  readonly name?: string;
  readonly elders: number;
  readonly categories: Readonly<Record<CategoryKey, number>>;
  readonly unknown: Readonly<Record<CategoryKey, number>>;
  readonly ageBands: Readonly<Record<AgeBand, number>>;
  readonly livingArrangement: Readonly<Record<LivingArrangement | 'unknown', number>>;
  readonly abilityLevel: Readonly<Record<AbilityLevel | 'unknown', number>>;
}

/** Options of {@link ledgerReport}: those of `classifyLedger`, or its result. @category Reports */
export interface LedgerReportOptions extends ClassifyLedgerOptions {
  /** A classification of these elders already made (else it is made here). */
  readonly classification?: LedgerClassification;
}

// The schemas' own values, and a column for the unknown.
const LIVING = [...LivingArrangement.options, 'unknown'] as const;
const ABILITY = [...AbilityLevel.options, 'unknown'] as const;

const tally = <K extends string>(keys: readonly K[]) =>
  Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;

/** The age band of an elder on a day. @internal */
export function ageBandOf(elder: Elder, asOf: PlainDate): AgeBand {
  if (!elder.birthDate) return 'unknown';
  const age = ageInFullYears(elder.birthDate, asOf);
  if (age < 60) return 'under60';
  if (age < 70) return '60to69';
  if (age < 80) return '70to79';
  return age < 90 ? '80to89' : '90plus';
}

/**
 * The ledger statistics a county must know (县级层面要掌握辖区留守老年人数量规模、基本分布、主要特征,
 * spec §7 · S14 L379), one typed row per county, township and village in code order: elders,
 * categories (yes and unknown), age bands, living arrangements, ability levels. Ready for a
 * spreadsheet through `reportTable` (zh-CN or en column labels).
 *
 * @example
 * ```ts
 * const rows = ledgerReport(ledger.elders, { asOf: plainDate('2026-06-30'), areas: indexAreas(county) });
 * rows.filter((r) => r.level === 'village').map((r) => [r.name, r.categories.leftBehindElder, r.ageBands['80to89']]);
 * ```
 * @category Reports
 */
export function ledgerReport(
  elders: readonly Elder[],
  options: LedgerReportOptions,
): LedgerReportRow[] {
  throwIssues([arrayIssue(elders, 'elders'), objectIssue(options, 'options')]);
  checkDays({ asOf: options.asOf });
  throwIssues([objectIssue(options.classification, 'classification', { optional: true })]);
  return diagnosed(
    'ledgerReport',
    () => reportChecked(elders, options),
    () => diagnoseLists({ elders }),
  );
}

function reportChecked(elders: readonly Elder[], options: LedgerReportOptions): LedgerReportRow[] {
  const { classification: given, ...classify } = options;
  const classification = given ?? classifyLedger(elders, classify);
  const byCode = new Map<
    string,
    {
      ageBands: Record<AgeBand, number>;
      livingArrangement: Record<LivingArrangement | 'unknown', number>;
      abilityLevel: Record<AbilityLevel | 'unknown', number>;
    }
  >();
  for (const area of classification.byArea)
    byCode.set(area.code, {
      ageBands: tally(AGE_BANDS),
      livingArrangement: tally(LIVING),
      abilityLevel: tally(ABILITY),
    });
  const classified = new Set(classification.results.map((r) => r.elderId));
  for (const elder of elders) {
    if (!classified.has(elder.id)) continue;
    const village = elder.residence.villageCode;
    const band = ageBandOf(elder, options.asOf);
    const living = elder.household.livingArrangement ?? 'unknown';
    const ability = assessmentOn(elder.health, options.asOf)?.level ?? 'unknown';
    for (const code of Object.values(areasOfVillage(village))) {
      const area = byCode.get(code);
      if (!area) continue;
      area.ageBands[band] += 1;
      area.livingArrangement[living] += 1;
      area.abilityLevel[ability] += 1;
    }
  }
  return classification.byArea.map((area) => {
    const spread = byCode.get(area.code) as NonNullable<ReturnType<typeof byCode.get>>;
    const yes = {} as Record<CategoryKey, number>;
    const unknown = {} as Record<CategoryKey, number>;
    for (const key of CATEGORY_KEYS) {
      yes[key] = area.categories[key].yes;
      unknown[key] = area.categories[key].unknown;
    }
    return {
      code: area.code,
      level: area.level,
      ...(area.name === undefined ? {} : { name: area.name }),
      elders: area.elders,
      categories: yes,
      unknown,
      ...spread,
    };
  });
}
