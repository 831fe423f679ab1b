import { describe, expect, it } from 'vitest';
import type { ReasonCode, ReasonParams, Tri } from '../eligibility/index.js';
import { type Issue, type IssueCode, type IssueParams, issue } from '../errors/index.js';
import { enExplanations } from './en.explain.js';
import { en } from './en.js';
import { formatIssue, formatRowIssue, issueCodes, label } from './format.js';
import { formatPath } from './formatPath.js';
import type { EnumLabels, ExplanationLocale } from './types.js';
import { zhCNExplanations } from './zh-CN.explain.js';
import { zhCN } from './zh-CN.js';

/** One example per code; the mapped type makes a new code without an example a compile error. */
const EXAMPLES: { readonly [C in IssueCode]: IssueParams[C] } = {
  invalid_type: { expected: 'string', received: 'number' },
  too_small: { origin: 'number', minimum: 0, inclusive: true },
  too_big: { origin: 'string', maximum: 50, inclusive: true },
  invalid_format: { format: 'regex' },
  invalid_value: { allowed: ['rural', 'urban'] },
  unrecognized_keys: { keys: ['birthday'] },
  invalid_union: {},
  not_multiple_of: { divisor: 5 },
  invalid_input: {},
  invalid_plain_date: { value: '2023-02-29' },
  invalid_time_of_day: { value: '24:00' },
  invalid_plain_date_time: { value: '2026-10-01 09:00' },
  range_reversed: { from: '2026-05-01', to: '2026-04-30' },
  range_too_long: { days: 4000, maximum: 1830 },
  date_out_of_range: { value: '10000-01-01', first: '0001-01-01', last: '9999-12-31' },
  work_limit: { what: 'recurrenceSteps', limit: 100000 },
  input_too_large: { what: 'unpackedBytes', size: 189000000, limit: 100000000 },
  rrule_invalid: { part: 'BYDAY=XX', problem: 'badValue' },
  too_many_occurrences: { limit: 10000 },
  not_finite: { value: 'Infinity' },
  zero_not_allowed: {},
  duplicate_value: { value: '3' },
  window_points_order: { overdueAfter: 3, expiresAfter: 1 },
  window_cadence_mismatch: { window: 'period', cadence: 'weekly' },
  date_after_as_of: { date: '2026-12-01', asOf: '2026-11-28' },
  holiday_date_outside_year: { date: '2025-10-01', year: 2027 },
  makeup_workday_not_weekend: { date: '2027-02-03' },
  holiday_overlap: { date: '2026-10-01' },
  holiday_year_known: { year: 2026 },
  local_holiday_needs_name: {},
  policy_overlap: { jurisdiction: '330600', first: 'sx-2023', second: 'sx-2024' },
  policy_gap: {
    jurisdiction: '330600',
    after: 'sx-2023',
    before: 'sx-2025',
    from: '2024-01-01',
    to: '2024-12-31',
  },
  policy_conflict: { parameter: 'disabledLevels', other: 'semiDisabledLevels' },
  policy_unchecked: {},
  lunar_date_invalid: { year: 2026, month: 12, day: 30, isLeapMonth: false },
  lunar_date_out_of_range: { date: '1899-12-31', first: '1900-01-31', last: '2101-01-28' },
  lunar_year_out_of_range: { year: 2101, first: 1900, last: 2100 },
  resident_id_format: { length: 16 },
  resident_id_checksum: { expected: 'X', actual: '1' },
  resident_id_birth_date: { digits: '19490230' },
  birth_date_mismatch: { birthDate: '1949-12-30', fromResidentId: '1949-12-31' },
  sex_mismatch: { sex: 'male', fromResidentId: 'female' },
  phone_format: {},
  region_code_format: { value: '5303' },
  region_code_level: { expected: ['village'], actual: 'county' },
  region_outside_parent: { code: '530326101000', parent: '530325' },
  duplicate_id: { id: 'E-000001', firstPath: [0, 'id'] },
  unknown_reference: { kind: 'caregiver', id: 'C-9' },
  visit_outcome_conflict: { outcome: 'notDone', fact: 'notDoneReason' },
  service_task_category: { task: 'haircut', category: 'dailyLivingCare' },
  amendment_cycle: { id: 'R-7' },
  living_arrangement_conflict: { livingArrangement: 'alone', fact: 'spouse.livesWithElder' },
  child_facts_conflict: { fact: 'livesWithElder' },
  economic_status_conflict: { status: 'minimumLivingAllowance' },
  pairing_member_count: { pattern: 'oneToOne', minimum: 1, maximum: 1, actual: 2 },
  pairing_primary_count: { actual: 0 },
  pairing_member_duplicate: { caregiverId: 'C-7' },
  mutual_aid_member_duplicate: { elderId: 'E-7' },
  mutual_aid_leader_not_member: { leaderId: 'E-9' },
  pairing_end_incomplete: {},
  duplicate_correction: { id: 'R-7', firstPath: [3] },
  duty_plan_role: { duty: 'townshipContract', preset: 'teacherMonthlyVisit', role: 'teacher' },
  duty_group_uncovered: { group: 'compulsoryChild' },
  holder_outside_area: { caregiverId: 'C-7', area: 'village' },
  cell_format: { expected: 'boolean', value: '也许' },
  number_precision_lost: { value: '1.10105E+17' },
  masked_value: { value: '110105********002X' },
  duplicate_column: { column: '姓名' },
  duplicate_row_id: { id: 'E-1', firstRow: 2 },
  json_too_deep: { maximum: 32 },
  csv_quote: {},
  unreadable_file: { format: 'xlsx' },
  sheet_missing: { sheet: '老年人台账', sheets: ['Sheet1'] },
  csv_encoding: { encoding: 'UTF-8' },
  invalid_argument: { name: 'elders', rule: 'nonNegativeInteger' },
  unreachable: { what: 'pattern "x"' },
  // Follow-up: cases.
  case_without_cause: {},
  case_not_open: { caseId: 'case/R-7', on: '2026-06-02', openedOn: '2026-06-03' },
  case_transition: {
    caseId: 'case/R-7',
    event: 'responded',
    step: 'reported',
    needs: ['acknowledged', 'townshipInformed', 'countyInformed'],
    anyOf: true,
  },
  // Follow-up: referrals.
  referral_unknown: { referralId: 'referral/E-9/minimumLivingAllowance' },
  referral_transition: {
    referralId: 'referral/E-1/minimumLivingAllowance',
    state: 'suggested',
    event: 'approved',
  },
  referral_event_early: {
    referralId: 'referral/E-1/familyDoctorContract',
    on: '2026-02-27',
    suggestedOn: '2026-03-02',
  },
  // Follow-up: the ledger over time.
  fact_path_invalid: { path: 'household.children[3].livesWithElder', problem: 'indexOutOfRange' },
  fact_register_conflict: { problem: 'withOtherChanges' },
  census_month: { month: 4, months: [3, 9] },
  // Ledger files: columns.
  place_unresolved: { value: '深圳市宝安区' },
  away_date_unanchored: { value: '常年在外' },
  date_ambiguous: { value: '1958.1' },
  // Ledger files: children on rows of their own, children sheets.
  child_row_conflict: { column: '村（社区）代码', elderRow: 3 },
  too_many_children: { limit: 20 },
  child_row_no_key: {},
  child_key_masked: { key: '530325********1234' },
  child_row_unmatched: { key: 'E-9' },
  child_column_unknown: { column: '学历' },
  // api-errors
  unknown_name: { kind: 'preset', name: 'weekly', known: ['townshipCadreWeeklyVisit', 'census'] },
  // api-elig: renamed fields of stored data.
  deprecated_name_with_current: { name: 'effectiveFrom', current: 'validFrom' },
  // api-plan: options given inside the data.
  moved_to_options: { name: 'from' },
};

describe('issue messages', () => {
  it('has an example for every code the locales know, and no more', () => {
    expect(Object.keys(EXAMPLES).sort()).toEqual(issueCodes().sort());
    expect(Object.keys(en.issues).sort()).toEqual(Object.keys(zhCN.issues).sort());
  });

  it('renders every code in both locales (golden file)', async () => {
    const lines = (Object.keys(EXAMPLES) as IssueCode[]).sort().flatMap((code) => {
      const one = { code, path: [], params: EXAMPLES[code] } as Issue;
      return [
        `${code}`,
        `  zh-CN  ${formatIssue(one)}`,
        `  en     ${formatIssue(one, { locale: 'en' })}`,
      ];
    });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      '../../test/golden/issue-messages.txt',
    );
  });

  it('puts the path before the message', () => {
    const bad = issue('resident_id_checksum', ['residentId'], { expected: 'X', actual: '1' });
    expect(formatIssue(bad)).toBe('residentId：公民身份号码校验码错误：应为 X，实为 1');
    expect(formatIssue(bad, { locale: 'en' })).toBe(
      'residentId: Resident ID number check character is wrong: expected X, got 1',
    );
    expect(formatRowIssue(2, bad)).toBe(
      '第 3 行 residentId：公民身份号码校验码错误：应为 X，实为 1',
    );
    expect(formatRowIssue(2, bad, { locale: 'en' })).toMatch(/^row 3 residentId: /);
  });

  it('joins paths the way people read them', () => {
    expect(formatPath(['household', 'children', 0, 'awaySince'])).toBe(
      'household.children[0].awaySince',
    );
    expect(formatPath([3, 'id'])).toBe('[3].id');
    expect(formatPath([])).toBe('');
  });

  it('accepts a host-supplied locale', () => {
    const custom = { ...en, separator: ' — ' };
    expect(formatIssue(issue('phone_format', ['phone'], {}), { locale: custom })).toBe(
      'phone — A phone number is an 11-digit mobile number or a landline with its area code',
    );
  });
});

/**
 * Example params per reason code; the mapped type makes a new code without an example a
 * compile error. Chosen to read true for `yes`; `BY_STATUS` gives params that fit the other
 * answers where the sentence uses them.
 */
const REASON_EXAMPLES: { readonly [C in ReasonCode]: ReasonParams[C] } = {
  age_minimum: { minimum: 60, age: 72 },
  rural_residence: { setting: 'rural', test: 'residence', institution: null },
  has_children: { count: 2 },
  children_out_of_county: { counted: 2, outside: 2, inside: 0, unknown: 0 },
  away_reason_counts: { reasons: ['migrantWork', 'business'], notCounting: [] },
  away_long_enough: { since: '2023-02-01', minimumMonths: 6, reachedOn: '2023-08-01' },
  no_capable_supporter_at_side: { capable: 0, unknownCapacity: 0 },
  obligors_out_of_county: { counted: 3, outside: 3, inside: 0, unknown: 0 },
  obligors_away_long_enough: { since: '2024-09-15', minimumMonths: 6, reachedOn: '2025-03-15' },
  children_left_home: { counted: 2, leftHome: 2, atHome: 0, unknown: 0, rule: 'all' },
  alone_or_with_spouse_only: { livingArrangement: 'spouseOnly' },
  closed_list_status: { matched: ['fiveGuarantee', 'advancedAgeUncared'] },
  lives_alone: { livingArrangement: 'alone' },
  recorded_status: { status: 'minimumLivingAllowance' },
  advanced_age: { age: 83, threshold: 80 },
  ability_level: { level: 'severe', assessedOn: '2026-03-12', levels: ['severe', 'total'] },
  economic_hardship: {
    matched: ['minimumLivingAllowance', 'povertyRegistered'],
    unknown: [],
    noHardshipAssessedOn: null,
  },
  poverty: { matched: ['povertyRegistered'], unknown: [], noHardshipAssessedOn: null },
  other_special_difficulty: { description: '子女失联，房屋漏雨' },
  empty_nest_age: {
    livingArrangement: 'spouseOnly',
    age: 62,
    spouseAge: 58,
    aloneMinimum: 60,
    coupleMinimum: 45,
    coupleAge: 'bothSpouses',
  },
  category: { category: 'leftBehindElder' },
  any_category: { categories: ['advancedAge', 'disabled'], holding: ['disabled'] },
  risk_and_difficulty: { safetyRisk: 'yes', livingDifficulty: 'yes', join: 'or' },
  illness_or_lost_self_care: { seriousIllness: 'yes', lostSelfCare: 'unknown', join: 'or' },
  report_trigger: {
    triggers: ['criticalIllness', 'severeMentalIllness'],
    reportTo: ['villageCommittee', 'townshipGovernment', 'countyCivilAffairs'],
  },
  no_entrusted_carer: {},
  has_obligors: { count: 3 },
  empty_nest_household: {},
  child_age_range: { age: 9, minimum: 6, maximum: 14 },
  parents_away: { rule: 'both', away: 2, known: 2 },
  parents_away_long_enough: { months: 3, since: '2025-02-20' },
  lives_at_home: {},
  cared_by_others: { carer: 'grandparents' },
  special_child_group: { groups: ['orphan'] },
  mutual_aid_member: { groupId: 'MAG-3' },
  major_event: { events: ['illness', 'naturalDisaster'] },
};

const BY_STATUS: { readonly [C in ReasonCode]?: Partial<Record<Tri, ReasonParams[C]>> } = {
  mutual_aid_member: { no: { groupId: null }, unknown: { groupId: null } },
  major_event: { no: { events: [] }, unknown: { events: [] } },
  age_minimum: { no: { minimum: 60, age: 58 }, unknown: { minimum: 60, age: null } },
  rural_residence: {
    no: { setting: 'rural', test: 'residence', institution: 'nursingHome' },
    unknown: { setting: null, test: 'residence', institution: null },
  },
  has_children: { no: { count: 0 }, unknown: { count: 0 } },
  children_out_of_county: {
    no: { counted: 2, outside: 1, inside: 1, unknown: 0 },
    unknown: { counted: 2, outside: 1, inside: 0, unknown: 1 },
  },
  away_reason_counts: {
    no: { reasons: ['migrantWork'], notCounting: ['imprisonment'] },
    unknown: { reasons: ['migrantWork'], notCounting: [] },
  },
  away_long_enough: {
    no: { since: '2026-03-01', minimumMonths: 6, reachedOn: '2026-09-01' },
    unknown: { since: null, minimumMonths: 6, reachedOn: null },
  },
  no_capable_supporter_at_side: {
    no: { capable: 1, unknownCapacity: 0 },
    unknown: { capable: 0, unknownCapacity: 1 },
  },
  obligors_out_of_county: {
    no: { counted: 3, outside: 2, inside: 1, unknown: 0 },
    unknown: { counted: 3, outside: 1, inside: 0, unknown: 2 },
  },
  obligors_away_long_enough: {
    no: { since: '2026-05-20', minimumMonths: 6, reachedOn: '2026-11-20' },
    unknown: { since: '2024-09-15', minimumMonths: 6, reachedOn: '2025-03-15' },
  },
  children_left_home: {
    no: { counted: 2, leftHome: 1, atHome: 1, unknown: 0, rule: 'all' },
    unknown: { counted: 2, leftHome: 1, atHome: 0, unknown: 1, rule: 'all' },
  },
  alone_or_with_spouse_only: {
    no: { livingArrangement: 'withGrandchildren' },
    unknown: { livingArrangement: null },
  },
  closed_list_status: { no: { matched: [] }, unknown: { matched: [] } },
  lives_alone: { no: { livingArrangement: 'withChildren' }, unknown: { livingArrangement: null } },
  advanced_age: { no: { age: 72, threshold: 80 }, unknown: { age: null, threshold: 80 } },
  ability_level: {
    no: { level: 'mild', assessedOn: '2026-03-12', levels: ['severe', 'total'] },
    unknown: { level: null, assessedOn: null, levels: ['severe', 'total'] },
  },
  economic_hardship: {
    no: { matched: [], unknown: [], noHardshipAssessedOn: '2026-03-01' },
    unknown: {
      matched: [],
      unknown: ['minimumLivingAllowance', 'povertyMonitoring'],
      noHardshipAssessedOn: null,
    },
  },
  poverty: {
    no: { matched: [], unknown: [], noHardshipAssessedOn: null },
    unknown: { matched: [], unknown: ['povertyRegistered'], noHardshipAssessedOn: null },
  },
  other_special_difficulty: { no: { description: null }, unknown: { description: null } },
  empty_nest_age: {
    no: {
      livingArrangement: 'alone',
      age: 58,
      spouseAge: null,
      aloneMinimum: 60,
      coupleMinimum: 45,
      coupleAge: 'eitherSpouse',
    },
    unknown: {
      livingArrangement: 'spouseOnly',
      age: 44,
      spouseAge: null,
      aloneMinimum: 60,
      coupleMinimum: 45,
      coupleAge: 'eitherSpouse',
    },
  },
  any_category: {
    no: { categories: ['advancedAge', 'disabled'], holding: [] },
    unknown: { categories: ['advancedAge', 'disabled'], holding: [] },
  },
  risk_and_difficulty: {
    no: { safetyRisk: 'no', livingDifficulty: 'no', join: 'or' },
    unknown: { safetyRisk: 'no', livingDifficulty: 'unknown', join: 'or' },
  },
  illness_or_lost_self_care: {
    no: { seriousIllness: 'no', lostSelfCare: 'no', join: 'or' },
    unknown: { seriousIllness: 'unknown', lostSelfCare: 'unknown', join: 'or' },
  },
  report_trigger: {
    no: {
      triggers: [],
      reportTo: ['villageCommittee', 'townshipGovernment', 'countyCivilAffairs'],
    },
    unknown: {
      triggers: [],
      reportTo: ['villageCommittee', 'townshipGovernment', 'countyCivilAffairs'],
    },
  },
};

describe('reason messages', () => {
  const STATUSES: readonly Tri[] = ['yes', 'no', 'unknown'];
  const render = <C extends ReasonCode>(code: C, status: Tri, locale: ExplanationLocale) => {
    const params = BY_STATUS[code]?.[status] ?? REASON_EXAMPLES[code];
    return (locale.reasons[code] as (p: ReasonParams[C], s: Tri) => string)(params, status);
  };

  it('has an example for every code, and both locales the same codes', () => {
    expect(Object.keys(REASON_EXAMPLES).sort()).toEqual(
      Object.keys(zhCNExplanations.reasons).sort(),
    );
    expect(Object.keys(enExplanations.reasons).sort()).toEqual(
      Object.keys(zhCNExplanations.reasons).sort(),
    );
  });

  it('says something different for each status (golden file)', async () => {
    const lines = (Object.keys(REASON_EXAMPLES) as ReasonCode[]).sort().flatMap((code) => [
      code,
      ...STATUSES.flatMap((status) => {
        const zh = render(code, status, zhCNExplanations);
        const english = render(code, status, enExplanations);
        return [`  ${status.padEnd(7)} zh-CN  ${zh}`, `          en     ${english}`];
      }),
    ]);
    for (const code of Object.keys(REASON_EXAMPLES) as ReasonCode[]) {
      for (const locale of [zhCNExplanations, enExplanations]) {
        const sentences = STATUSES.map((status) => render(code, status, locale));
        expect(new Set(sentences).size, `${code} in ${locale.locale}`).toBe(3);
      }
    }
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(
      '../../test/golden/reason-messages.txt',
    );
  });
});

describe('labels', () => {
  it('labels every enum value in both locales (golden file)', async () => {
    const lines = (Object.keys(zhCN.labels) as (keyof EnumLabels)[]).sort().flatMap((name) => {
      const values = Object.keys(zhCN.labels[name]).sort();
      expect(Object.keys(en.labels[name]).sort()).toEqual(values);
      return [
        name,
        ...values.map(
          (value) =>
            `  ${value}: ${label(name, value as never)} | ${label(name, value as never, { locale: 'en' })}`,
        ),
      ];
    });
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot('../../test/golden/enum-labels.txt');
  });

  it('looks up one label', () => {
    expect(label('caregiverRole', 'townshipResponsibleCadre')).toBe('乡包保干部');
    expect(label('abilityLevel', 'moderate', { locale: 'en' })).toBe(
      'moderately impaired (moderate disability)',
    );
  });
});
