/**
 * Policies: every open reading of the text as a named parameter (spec §1 ambiguities, §11),
 * and the choice of the policy in force for a place on a day.
 */
import { describe, expect, it } from 'vitest';
import { type PlainDate, plainDate, RegionCode, safeParse } from '../models/index.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { Policy, type PolicyInput, PolicyParameters } from './policy.js';
import { selectPolicy } from './selectPolicy.js';

const on = (date: string): PlainDate => plainDate(date);
const region = (code: string): RegionCode => RegionCode.parse(code);

function make(input: Partial<PolicyInput> & Pick<PolicyInput, 'id' | 'jurisdiction'>): Policy {
  return Policy.parse({ name: `policy ${input.id}`, validFrom: '2000-01-01', ...input });
}

/** The defaults guanai recommends for the open points of the elder rules (spec §1.1–§1.11, §2). */
const ELDER_RULE_DEFAULTS = {
  elderMinimumAge: 60,
  leapDayBirthday: 'february28',
  ruralTest: 'residence',
  institutionCountsAsRural: true,
  awayMinimumMonths: 6,
  awayReasons: ['migrantWork', 'business', 'study', 'military', 'other'],
  childKinships: ['birth', 'adopted', 'step'],
  entrustedCarerIsSupporter: false,
  emptyNestDefinition: 'childrenLeftHomeS18',
  emptyNestChildrenLeft: 'all',
  emptyNestIncludesChildless: false,
  emptyNestAloneMinimumAge: 60,
  emptyNestCoupleMinimumAge: 45,
  emptyNestCoupleAge: 'eitherSpouse',
  emptyNestSpouseIsCarer: 'ifCapable',
  advancedAgeThreshold: 80,
  disabledLevels: ['severe', 'total'],
  semiDisabledLevels: ['mild', 'moderate'],
  assessmentValidDays: null,
  semiDisabledCountsAsDisabled: false,
  economicHardshipStatuses: [
    'minimumLivingAllowance',
    'extremeHardship',
    'fiveGuarantee',
    'threeNo',
    'povertyRegistered',
    'povertyMonitoring',
    'otherHardship',
  ],
  povertyStatuses: null,
  riskJoin: 'or',
  illnessJoin: 'or',
  unlistedSupportObligors: 'unknown',
};
const defaults = () => PolicyParameters.parse({});

describe('DEFAULT_POLICY', () => {
  it('is national, in force from 2000, with the recommended readings', () => {
    expect(DEFAULT_POLICY).toStrictEqual({
      id: 'guanai-default',
      name: 'guanai default (seed documents, recommended readings)',
      jurisdiction: 'national',
      validFrom: '2000-01-01',
      parameters: defaults(),
    });
    expect(DEFAULT_POLICY.parameters).toMatchObject(ELDER_RULE_DEFAULTS);
  });

  it('parameters snapshot: every open point and its default', () => {
    expect(DEFAULT_POLICY.parameters).toMatchInlineSnapshot(`
      {
        "advancedAgeThreshold": 80,
        "assessmentValidDays": null,
        "awayMinimumMonths": 6,
        "awayReasons": [
          "migrantWork",
          "business",
          "study",
          "military",
          "other",
        ],
        "childAgeRange": {
          "maximum": 14,
          "minimum": 6,
        },
        "childAwayMinimumMonths": 3,
        "childDefinition": "caredByOthersS18",
        "childKinships": [
          "birth",
          "adopted",
          "step",
        ],
        "childMaximumAge": 17,
        "childParentsAway": "both",
        "childSpecialGroupsAgeBound": true,
        "disabledLevels": [
          "severe",
          "total",
        ],
        "economicHardshipStatuses": [
          "minimumLivingAllowance",
          "extremeHardship",
          "fiveGuarantee",
          "threeNo",
          "povertyRegistered",
          "povertyMonitoring",
          "otherHardship",
        ],
        "elderMinimumAge": 60,
        "emptyNestAloneMinimumAge": 60,
        "emptyNestChildrenLeft": "all",
        "emptyNestCoupleAge": "eitherSpouse",
        "emptyNestCoupleMinimumAge": 45,
        "emptyNestDefinition": "childrenLeftHomeS18",
        "emptyNestIncludesChildless": false,
        "emptyNestSpouseIsCarer": "ifCapable",
        "entrustedCarerIsSupporter": false,
        "illnessJoin": "or",
        "institutionCountsAsRural": true,
        "leapDayBirthday": "february28",
        "povertyStatuses": null,
        "riskJoin": "or",
        "ruralTest": "residence",
        "semiDisabledCountsAsDisabled": false,
        "semiDisabledLevels": [
          "mild",
          "moderate",
        ],
        "thresholdsInclusive": true,
        "unlistedSupportObligors": "unknown",
      }
    `);
  });

  it('reads 60周岁以上 inclusively and 半年以上 as six calendar months (spec §1.1 amb. 1, 2)', () => {
    expect(DEFAULT_POLICY.parameters.elderMinimumAge).toBe(60);
    expect(DEFAULT_POLICY.parameters.awayMinimumMonths).toBe(6);
  });
});

describe('Policy.parse', () => {
  it('fills every parameter with its default', () => {
    const policy = Policy.parse({
      id: 'p',
      name: 'p',
      jurisdiction: 'national',
      validFrom: '2020-01-01',
    });
    expect(policy).toStrictEqual({
      id: 'p',
      name: 'p',
      jurisdiction: 'national',
      validFrom: '2020-01-01',
      parameters: DEFAULT_POLICY.parameters,
    });
    expect(policy.parameters).toMatchObject(ELDER_RULE_DEFAULTS);
  });

  it('overrides one parameter and keeps the rest (绍兴: 高龄 from 70)', () => {
    const shaoxing = Policy.parse({
      id: 'zj-shaoxing-2024',
      name: '绍兴市高龄津贴（70周岁起）',
      jurisdiction: '330600',
      validFrom: '2024-01-01',
      parameters: { advancedAgeThreshold: 70 },
    });
    expect(shaoxing.parameters).toStrictEqual({ ...defaults(), advancedAgeThreshold: 70 });
  });

  it('gives each policy its own default lists', () => {
    const a = PolicyParameters.parse({});
    const b = PolicyParameters.parse({});
    expect(a.awayReasons).not.toBe(b.awayReasons);
    a.awayReasons.push('marriage');
    expect(b.awayReasons).toEqual(ELDER_RULE_DEFAULTS.awayReasons);
    expect(DEFAULT_POLICY.parameters.awayReasons).toEqual(ELDER_RULE_DEFAULTS.awayReasons);
  });

  it('reports validTo before validFrom as range_reversed', () => {
    const result = safeParse(Policy, {
      id: 'p',
      name: 'p',
      jurisdiction: '530325',
      validFrom: '2026-01-01',
      validTo: '2025-12-31',
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          code: 'range_reversed',
          path: ['validTo'],
          params: { from: '2026-01-01', to: '2025-12-31' },
        },
      ],
    });
  });

  it('accepts a one-day span', () => {
    const result = safeParse(Policy, {
      id: 'p',
      name: 'p',
      jurisdiction: '530325',
      validFrom: '2026-01-01',
      validTo: '2026-01-01',
    });
    expect(result.ok).toBe(true);
  });

  it('rejects an unknown parameter (a typo is never dropped)', () => {
    const result = safeParse(Policy, {
      id: 'p',
      name: 'p',
      jurisdiction: 'national',
      validFrom: '2020-01-01',
      parameters: { advancedAge: 70 },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { code: 'unrecognized_keys', path: ['parameters'], params: { keys: ['advancedAge'] } },
      ]);
    }
  });

  it.each([
    ['a 高龄 threshold below 60', { advancedAgeThreshold: 59 }, 'advancedAgeThreshold'],
    ['no counted reason of absence', { awayReasons: [] }, 'awayReasons'],
    ['no counted kinship', { childKinships: [] }, 'childKinships'],
    ['no hardship status', { economicHardshipStatuses: [] }, 'economicHardshipStatuses'],
    ['a fractional month count', { awayMinimumMonths: 5.5 }, 'awayMinimumMonths'],
    ['an unknown join', { riskJoin: 'xor' }, 'riskJoin'],
  ])('rejects %s', (_, parameters, field) => {
    const result = safeParse(Policy, {
      id: 'p',
      name: 'p',
      jurisdiction: 'national',
      validFrom: '2020-01-01',
      parameters,
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.path)).toEqual([['parameters', field]]);
  });

  it('reads the span names of stored policies (effectiveFrom/To) as validFrom/validTo', () => {
    const stored = { id: 'p', name: 'p', jurisdiction: '530325' };
    const old = Policy.parse({ ...stored, effectiveFrom: '2024-01-01', effectiveTo: '2025-12-31' });
    const current = Policy.parse({ ...stored, validFrom: '2024-01-01', validTo: '2025-12-31' });
    expect(old).toEqual(current);
    expect(Object.keys(old)).toEqual([
      'id',
      'name',
      'jurisdiction',
      'validFrom',
      'validTo',
      'parameters',
    ]);
    // What guanai parsed parses again to the same policy (JSON round trip).
    expect(Policy.parse(JSON.parse(JSON.stringify(old)))).toEqual(old);
  });

  it('reports a reversed span of a stored policy at the name it was written under', () => {
    const result = safeParse(Policy, {
      ...{ id: 'p', name: 'p', jurisdiction: 'national' },
      effectiveFrom: '2026-01-01',
      effectiveTo: '2025-12-31',
    });
    expect(result.ok ? [] : result.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['range_reversed', 'effectiveTo'],
    ]);
  });

  it('rejects a date given under both names, and a policy with no start, with the other issues', () => {
    const both = safeParse(Policy, {
      ...{ id: 'p', name: 'p', jurisdiction: 'national' },
      validFrom: '2024-01-01',
      effectiveFrom: '2024-01-01',
    });
    expect(both.ok ? [] : both.issues).toEqual([
      {
        code: 'deprecated_name_with_current',
        path: ['effectiveFrom'],
        params: { name: 'effectiveFrom', current: 'validFrom' },
      },
    ]);
    const none = safeParse(Policy, { id: 'p', name: '', jurisdiction: 'national' });
    expect(none.ok ? [] : none.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['too_small', 'name'],
      ['invalid_type', 'validFrom'],
    ]);
  });

  it.each([
    ['emptyNestDefinition', 'household', 'childrenLeftHomeS18'],
    ['emptyNestDefinition', 'closedList', 'closedListS17'],
    ['emptyNestDefinition', 'either', 'eitherS18OrS17'],
    ['childDefinition', 'familyCare', 'caredByOthersS18'],
    ['childDefinition', 'townScope', 'ageRangeOrGroupS17'],
    ['childDefinition', 'either', 'eitherS18OrS17'],
  ] as const)('reads the stored %s %s as %s', (parameter, old, current) => {
    expect(PolicyParameters.parse({ [parameter]: old })[parameter]).toBe(current);
    expect(PolicyParameters.parse({ [parameter]: current })[parameter]).toBe(current);
  });

  it('rejects a definition that is neither a current nor a former name', () => {
    const result = safeParse(PolicyParameters, { emptyNestDefinition: 'S18' });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([['emptyNestDefinition']]);
  });

  it('rejects a jurisdiction that is not a division code', () => {
    const result = safeParse(Policy, {
      id: 'p',
      name: 'p',
      jurisdiction: '5303',
      validFrom: '2020-01-01',
    });
    expect(result.ok).toBe(false);
  });
});

describe('selectPolicy: the most specific policy in force', () => {
  const national = make({ id: 'national', jurisdiction: 'national' });
  const province = make({ id: 'province', jurisdiction: '530000', validFrom: '2018-01-01' });
  const city = make({ id: 'city', jurisdiction: '530300', validFrom: '2019-01-01' });
  const county = make({
    id: 'county',
    jurisdiction: '530325',
    validFrom: '2024-01-01',
    validTo: '2026-12-31',
  });
  const township = make({
    id: 'township',
    jurisdiction: '530325101000',
    validFrom: '2026-07-01',
  });
  const village = make({
    id: 'village',
    jurisdiction: '530325101203',
    validFrom: '2027-06-01',
  });
  const all = [national, province, city, county, township, village];
  const VILLAGE = region('530325101203');
  const pick = (policies: readonly Policy[], where: string, asOf: string) =>
    selectPolicy(policies, { region: region(where), asOf: on(asOf) })?.id;

  it('prefers the county over its city, province and the nation', () => {
    expect(pick(all, VILLAGE, '2026-06-30')).toBe('county');
  });

  it('prefers the township from the day it takes effect (inclusive)', () => {
    expect(pick(all, VILLAGE, '2026-06-30')).toBe('county');
    expect(pick(all, VILLAGE, '2026-07-01')).toBe('township');
  });

  it('prefers a village policy over all others', () => {
    expect(pick(all, VILLAGE, '2027-06-01')).toBe('village');
    expect(pick(all, VILLAGE, '2027-05-31')).toBe('township');
  });

  it('keeps a policy in force through its validTo (inclusive) and not a day after', () => {
    const withoutLower = [national, province, city, county];
    expect(pick(withoutLower, VILLAGE, '2026-12-31')).toBe('county');
    expect(pick(withoutLower, VILLAGE, '2027-01-01')).toBe('city');
    expect(pick(withoutLower, VILLAGE, '2023-12-31')).toBe('city');
    expect(pick(withoutLower, VILLAGE, '2024-01-01')).toBe('county');
  });

  it('applies only to places inside the jurisdiction', () => {
    // Another township of the same county: the township policy does not apply.
    expect(pick(all, '530325102201', '2026-07-01')).toBe('county');
    // Another county of the same city.
    expect(pick(all, '530302101201', '2026-07-01')).toBe('city');
    // Another city of the province.
    expect(pick(all, '530102001001', '2026-07-01')).toBe('province');
    // Another province.
    expect(pick(all, '440305001001', '2026-07-01')).toBe('national');
  });

  it('does not depend on the order of the list', () => {
    const reversed = [...all].reverse();
    for (const asOf of ['2017-01-01', '2026-06-30', '2026-07-01', '2027-06-01']) {
      expect(pick(reversed, VILLAGE, asOf)).toBe(pick(all, VILLAGE, asOf));
    }
  });

  it('takes a county-level code as the place too', () => {
    expect(pick(all, '530325', '2026-07-01')).toBe('county');
  });

  it('returns undefined when no policy is in force', () => {
    expect(pick([], VILLAGE, '2026-06-30')).toBeUndefined();
    expect(pick([province, county], '440305001001', '2026-06-30')).toBeUndefined();
    expect(pick([province, county], VILLAGE, '2017-12-31')).toBeUndefined();
    expect(pick([county], VILLAGE, '2027-01-01')).toBeUndefined();
  });

  it('falls back to the national default', () => {
    expect(pick([DEFAULT_POLICY, county], VILLAGE, '2027-01-01')).toBe('guanai-default');
    expect(pick([DEFAULT_POLICY], VILLAGE, '1999-12-31')).toBeUndefined();
  });
});
