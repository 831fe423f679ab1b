/**
 * Laws of the classifier, checked with fast-check on the elders of a sample county:
 * monotone in age, monotone in information (Kleene: a missing fact can only leave a status
 * undecided, never decide it differently), `missing` names exactly the absent facts, and the
 * classification of a fixed ledger is deterministic and independent of the time zone.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  Elder,
  fromDayNumber,
  parse,
  plainDate,
  residentIdFacts,
  toDayNumber,
} from '../models/index.js';
import { generateSampleCounty } from '../sample/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { classifyElder, classifyStatuses } from './classifyElder.js';
import { classifyUnderDefinitions } from './classifyUnderDefinitions.js';
import { DEFAULT_POLICY } from './defaultPolicy.js';
import { EMPTY_NEST_DEFINITIONS, type EmptyNestDefinition } from './definitionNames.js';
import { Policy } from './policy.js';
import type { CategoryKey } from './reason.js';

const ASOF = plainDate('2026-06-30');
const POOL: readonly Elder[] = generateSampleCounty({ seed: 7, elders: 300 }).elders;
const NUM_RUNS = 200;

type Json = Record<string, unknown>;

function tokens(path: string): string[] {
  return path.replace(/\[(\d+)\]/g, '.$1').split('.');
}

/** The value at a path such as `household.children[1].awaySince`, or undefined. */
function valueAt(root: unknown, path: string): unknown {
  let value: unknown = root;
  for (const token of tokens(path)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Json)[token];
  }
  return value;
}

/** Remove the fact at `path` (no-op when it is not there). */
function removeAt(root: Json, path: string): void {
  const parts = tokens(path);
  const last = parts.pop() as string;
  const parent = valueAt(root, parts.join('.'));
  if (typeof parent === 'object' && parent !== null && !Array.isArray(parent)) {
    delete (parent as Json)[last];
  }
}

function copy(elder: Elder): Json {
  return structuredClone(elder) as unknown as Json;
}

const statuses = (elder: Elder, policy: Policy = DEFAULT_POLICY) =>
  classifyElder(elder, { asOf: ASOF, policy }).categories;

/** Facts of the elder that a ledger may lack. */
const ELDER_FACTS = [
  'birthDate',
  'residentId',
  'residence.setting',
  'residence.hukou',
  'residence.institution',
  'household.children',
  'household.livingArrangement',
  'household.otherSupportObligors',
  'household.entrustedCarer',
  'household.solitary',
  'economic.minimumLivingAllowance',
  'economic.extremeHardship',
  'economic.fiveGuarantee',
  'economic.threeNo',
  'economic.povertyRegistered',
  'economic.povertyMonitoring',
  'economic.otherHardship',
  'economic.noHardshipAssessedOn',
  'household.spouse.birthDate',
  'household.spouse.capableOfCare',
  'risks.otherSpecialDifficulty',
  'health.abilityAssessments',
  'health.seriousIllness',
  'health.severeMentalIllness',
  'risks.safetyRisk',
  'risks.livingDifficulty',
] as const;
const CHILD_FACTS = [
  'awaySince',
  'awayReason',
  'whereabouts',
  'whereabouts.inElderCounty',
  'whereabouts.regionCode',
  'whereabouts.worksInElderTownship',
  'livesWithElder',
  'capableOfSupport',
  'kinship',
] as const;
const OBLIGOR_FACTS = [
  'atElderSide',
  'whereabouts',
  'whereabouts.inElderCounty',
  'awaySince',
  'capableOfSupport',
] as const;

const factPath = fc.oneof(
  fc.constantFrom(...ELDER_FACTS),
  fc
    .tuple(fc.nat(5), fc.constantFrom(...CHILD_FACTS))
    .map(([index, fact]) => `household.children[${index}].${fact}`),
  fc
    .tuple(fc.nat(1), fc.constantFrom(...OBLIGOR_FACTS))
    .map(([index, fact]) => `household.otherSupportObligors[${index}].${fact}`),
);

/**
 * Policies over the readings that keep the Kleene law (the two that break it,
 * `institutionCountsAsRural: false` and a narrowed `childKinships`, are shown in
 * leftBehind.test.ts).
 */
const policyArb = fc
  .record({
    riskJoin: fc.constantFrom('and', 'or'),
    illnessJoin: fc.constantFrom('and', 'or'),
    emptyNestDefinition: fc.constantFrom(...EMPTY_NEST_DEFINITIONS),
    emptyNestChildrenLeft: fc.constantFrom('all', 'any'),
    emptyNestIncludesChildless: fc.boolean(),
    semiDisabledCountsAsDisabled: fc.boolean(),
    entrustedCarerIsSupporter: fc.boolean(),
    ruralTest: fc.constantFrom('residence', 'hukou'),
    advancedAgeThreshold: fc.constantFrom(70, 80),
    leapDayBirthday: fc.constantFrom('february28', 'march1'),
    emptyNestCoupleAge: fc.constantFrom('eitherSpouse', 'bothSpouses'),
    emptyNestCoupleMinimumAge: fc.constantFrom(45, 60),
    emptyNestSpouseIsCarer: fc.constantFrom('never', 'ifCapable', 'always'),
    povertyStatuses: fc.constantFrom(null, ['povertyRegistered', 'povertyMonitoring']),
  })
  .map((parameters) =>
    Policy.parse({
      id: 'arbitrary',
      name: 'arbitrary policy',
      jurisdiction: 'national',
      validFrom: '2000-01-01',
      parameters,
    }),
  );
const somePolicy = fc.oneof(fc.constant(DEFAULT_POLICY), policyArb);
/** Any policy, the two readings that break the Kleene law included. */
const anyPolicy = fc
  .tuple(
    somePolicy,
    fc.boolean(),
    fc.subarray(['birth', 'adopted', 'step'] as const, { minLength: 1 }),
    fc.constantFrom(6, 12),
    fc.boolean(),
    // Reading an unlisted list as empty is a fact added, not one left out: not Kleene either.
    fc.constantFrom('unknown', 'none'),
  )
  .map(
    ([
      policy,
      institutionCountsAsRural,
      childKinships,
      awayMinimumMonths,
      thresholdsInclusive,
      unlistedSupportObligors,
    ]) =>
      Policy.parse({
        ...policy,
        parameters: {
          ...policy.parameters,
          institutionCountsAsRural,
          childKinships,
          awayMinimumMonths,
          thresholdsInclusive,
          unlistedSupportObligors,
        },
      }),
  );

const elderArb = fc.nat(POOL.length - 1).map((index) => POOL[index] as Elder);

const household = (elder: Json) => elder.household as Json;
const childrenOf = (elder: Json) => (household(elder).children ?? []) as Json[];

/**
 * Facts the sample generator never writes, added to a pool elder so that the laws meet them
 * too: a grandchild at the side, an obligor away, whereabouts known only by division code, an
 * entrusted carer, recorded risks, another special difficulty or known none, the finding that no
 * hardship status applies, a couple with the spouse's birth date, two assessments.
 */
const ENRICHMENTS: Readonly<Record<string, (elder: Json) => void>> = {
  none: () => {},
  grandchildAtSide: (elder) => {
    household(elder).livingArrangement = 'withGrandchildren';
    household(elder).otherSupportObligors = [
      { relation: 'grandchild', alive: true, atElderSide: true, capableOfSupport: false },
    ];
  },
  obligorAway: (elder) => {
    household(elder).otherSupportObligors = [
      {
        relation: 'childInLaw',
        alive: true,
        atElderSide: false,
        whereabouts: { inElderCounty: false },
        awaySince: '2025-10-01',
        capableOfSupport: true,
      },
    ];
  },
  regionCodesOnly: (elder) => {
    for (const child of childrenOf(elder)) {
      const where = child.whereabouts as Json | undefined;
      if (where?.inElderCounty === false) child.whereabouts = { regionCode: '360702' };
      if (where?.inElderCounty === true) child.whereabouts = { regionCode: '360733102000' };
    }
  },
  entrusted: (elder) => {
    household(elder).entrustedCarer = { name: '李春梅', relation: 'neighbour' };
  },
  risks: (elder) => {
    elder.risks = { safetyRisk: true, livingDifficulty: false };
  },
  otherSpecialDifficulty: (elder) => {
    elder.risks = { safetyRisk: false, otherSpecialDifficulty: '独自照料残疾孙子' };
  },
  noOtherSpecialDifficulty: (elder) => {
    elder.risks = { ...(elder.risks as Json), otherSpecialDifficulty: null };
  },
  noHardshipChecked: (elder) => {
    elder.economic = { noHardshipAssessedOn: '2026-01-15' };
  },
  agedCouple: (elder) => {
    household(elder).livingArrangement = 'spouseOnly';
    household(elder).spouse = {
      status: 'married',
      livesWithElder: true,
      capableOfCare: false,
      birthDate: '1972-05-01',
    };
    for (const child of childrenOf(elder)) child.livesWithElder = false;
  },
  twoAssessments: (elder) => {
    elder.health = {
      ...(elder.health as Json),
      abilityAssessments: [
        {
          level: 'severe',
          assessedOn: '2025-01-01',
          assessor: '县评估中心',
          standard: 'GB/T 42195-2022',
        },
        {
          level: 'mild',
          assessedOn: '2026-05-01',
          assessor: '县评估中心',
          standard: 'GB/T 42195-2022',
        },
      ],
    };
  },
};
const enrichedArb = fc
  .tuple(elderArb, fc.constantFrom(...Object.keys(ENRICHMENTS)))
  .map(([elder, name]) => {
    const rich = copy(elder);
    ENRICHMENTS[name]?.(rich);
    return rich as unknown as Elder;
  });

/** The mismatches between a partial and the full record that the Kleene law forbids. */
function kleeneViolations(full: Elder, partial: Elder, policy: Policy): string[] {
  const before = statuses(full, policy);
  const after = statuses(partial, policy);
  return CATEGORY_KEYS.filter(
    (key) => after[key].status !== 'unknown' && after[key].status !== before[key].status,
  ).map((key) => `${key}: full ${before[key].status}, partial ${after[key].status}`);
}

/**
 * Problems with `missing`: empty exactly when decided, no duplicates, and naming only absent
 * facts. `strict: false` tolerates the one documented exception: `health.abilityAssessments`
 * named while recorded but with no assessment in force (`[]`, future-dated or expired).
 */
function missingProblems(elder: Elder, policy: Policy, strict = false): string[] {
  const categories = statuses(elder, policy);
  const noneInForce = categories.disabled.reasons[0]?.status === 'unknown';
  return CATEGORY_KEYS.flatMap((key) => {
    const { status, missing } = categories[key];
    const problems: string[] = [];
    if ((status === 'unknown') !== missing.length > 0)
      problems.push(`${key}: ${status} ${missing}`);
    if (new Set(missing).size !== missing.length) problems.push(`${key}: duplicates ${missing}`);
    for (const path of missing) {
      if (valueAt(elder, path) === undefined) continue;
      if (!strict && path === 'health.abilityAssessments' && noneInForce) continue;
      problems.push(`${key}: ${path} is present`);
    }
    return problems;
  });
}

describe('the pool', () => {
  it('holds decided and undecided elders of every kind', () => {
    const left = POOL.map((elder) => statuses(elder).leftBehindElder.status);
    expect(new Set(left)).toEqual(new Set(['yes', 'no', 'unknown']));
  });

  it('stays valid with every enrichment', () => {
    for (const elder of POOL.slice(0, 12)) {
      for (const [name, enrich] of Object.entries(ENRICHMENTS)) {
        const rich = copy(elder);
        enrich(rich);
        expect(parse(Elder, rich), name).toStrictEqual(rich);
      }
    }
  });
});

describe('(1) monotone in age (spec §1.1 LB1, §1.8: 「以上」 thresholds)', () => {
  const day = (from: string, to: string) =>
    fc
      .integer({ min: toDayNumber(plainDate(from)), max: toDayNumber(plainDate(to)) })
      .map(fromDayNumber);

  it('an older elder never drops from yes to no, in any category', () => {
    fc.assert(
      fc.property(
        elderArb,
        day('1920-01-01', '1975-12-31'),
        fc.integer({ min: 0, max: 9000 }),
        somePolicy,
        (elder, birthDate, days, policy) => {
          const younger = copy(elder);
          delete younger.residentId;
          younger.birthDate = birthDate;
          const older = { ...younger, birthDate: addDays(birthDate, -days) };
          const before = statuses(younger as unknown as Elder, policy);
          const after = statuses(older as unknown as Elder, policy);
          const flipped = CATEGORY_KEYS.filter(
            (key) => before[key].status === 'yes' && after[key].status !== 'yes',
          );
          expect(flipped).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('in particular for 高龄, 留守, the screening scope and 重点对象 across the birthdays', () => {
    const watched: CategoryKey[] = [
      'advancedAge',
      'leftBehindElder',
      'leftBehindScreeningScope',
      'priorityTarget',
    ];
    fc.assert(
      fc.property(elderArb, fc.integer({ min: -3, max: 3 }), (elder, shift) => {
        // Around the 60th and 80th birthdays, a day at a time.
        for (const years of [60, 80]) {
          const birthday = addDays(plainDate(`${2026 - years}-06-30`), shift);
          const young = { ...copy(elder), birthDate: birthday } as Json;
          delete young.residentId;
          const old = { ...young, birthDate: addDays(birthday, -1) };
          const before = statuses(young as unknown as Elder);
          const after = statuses(old as unknown as Elder);
          for (const key of watched) {
            if (before[key].status === 'yes') expect(after[key].status, key).toBe('yes');
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it('age comes from the resident ID number the same way as from the birth date', () => {
    const withId = POOL.filter((elder) => elder.residentId !== undefined);
    expect(withId.length).toBeGreaterThan(100);
    for (const elder of withId.slice(0, 20)) {
      const onlyId = copy(elder);
      delete onlyId.birthDate;
      expect(residentIdFacts(elder.residentId as never).birthDate).toBe(elder.birthDate);
      expect(statuses(onlyId as unknown as Elder)).toEqual(statuses(elder));
    }
  });
});

describe('(2) information monotonicity (Kleene; spec §1: unknown, never a guess)', () => {
  it('removing facts never decides a status differently from the full record', () => {
    fc.assert(
      fc.property(
        enrichedArb,
        fc.array(factPath, { minLength: 1, maxLength: 6 }),
        somePolicy,
        (elder, paths, policy) => {
          const partial = copy(elder);
          for (const path of paths) removeAt(partial, path);
          expect(kleeneViolations(elder, partial as unknown as Elder, policy)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('removing one fact at a time from 40 elders of the pool', () => {
    for (const elder of POOL.slice(0, 40)) {
      const full = statuses(elder);
      for (const path of ELDER_FACTS) {
        const partial = copy(elder);
        removeAt(partial, path);
        const after = statuses(partial as unknown as Elder);
        const changed = CATEGORY_KEYS.filter(
          (key) => after[key].status !== 'unknown' && after[key].status !== full[key].status,
        );
        expect(changed, `${elder.id} without ${path}`).toEqual([]);
      }
    }
  });
});

describe('(2b) the status-only pass decides as the explained one', () => {
  it('classifyStatuses gives classifyElder’s status in every category, facts removed, any policy', () => {
    fc.assert(
      fc.property(
        enrichedArb,
        fc.array(factPath, { maxLength: 6 }),
        anyPolicy,
        (elder, paths, policy) => {
          const partial = copy(elder);
          for (const path of paths) removeAt(partial, path);
          const options = { asOf: ASOF, policy };
          const explained = classifyElder(partial as unknown as Elder, options).categories;
          const { statuses: decided } = classifyStatuses(partial as unknown as Elder, options);
          for (const key of CATEGORY_KEYS) expect(decided[key], key).toBe(explained[key].status);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('and so on 150 enriched elders of the pool with any one fact removed, under two policies', () => {
    const narrow = Policy.parse({
      ...DEFAULT_POLICY,
      parameters: {
        ...DEFAULT_POLICY.parameters,
        childKinships: ['birth'],
        institutionCountsAsRural: false,
      },
    });
    const enrichments = Object.values(ENRICHMENTS);
    POOL.slice(0, 150).forEach((pooled, index) => {
      // Each elder with one of the enrichments in turn, so that every kind of fact is met.
      const rich = copy(pooled);
      enrichments[index % enrichments.length]?.(rich);
      const elder = rich as unknown as Elder;
      const paths: string[] = [...ELDER_FACTS];
      const listed = (list: string, count: number, facts: readonly string[]) => {
        for (let i = 0; i < count; i++)
          for (const fact of facts) paths.push(`${list}[${i}].${fact}`);
      };
      listed('household.children', elder.household.children?.length ?? 0, CHILD_FACTS);
      listed(
        'household.otherSupportObligors',
        elder.household.otherSupportObligors?.length ?? 0,
        OBLIGOR_FACTS,
      );
      for (const path of paths) {
        const partial = copy(elder);
        removeAt(partial, path);
        for (const policy of [DEFAULT_POLICY, narrow]) {
          const options = { asOf: ASOF, policy };
          const explained = classifyElder(partial as unknown as Elder, options).categories;
          const { statuses: decided } = classifyStatuses(partial as unknown as Elder, options);
          const differ = CATEGORY_KEYS.filter((key) => decided[key] !== explained[key].status);
          expect(differ, `${elder.id} without ${path} under ${policy.id}`).toEqual([]);
        }
      }
    });
  });
});

describe('(2c) 「不属于经济困难」 recorded once reads as every status recorded no (spec §1.11)', () => {
  const EVERY_STATUS_NO = {
    minimumLivingAllowance: false,
    extremeHardship: false,
    fiveGuarantee: false,
    threeNo: false,
    povertyRegistered: false,
    povertyMonitoring: 'none',
    otherHardship: false,
  };

  it('classifies every category alike, under any policy', () => {
    fc.assert(
      fc.property(enrichedArb, somePolicy, (elder, policy) => {
        const once = { ...copy(elder), economic: { noHardshipAssessedOn: '2026-01-15' } };
        const each = { ...copy(elder), economic: EVERY_STATUS_NO };
        const a = statuses(once as unknown as Elder, policy);
        const b = statuses(each as unknown as Elder, policy);
        for (const key of CATEGORY_KEYS) expect(a[key].status, key).toBe(b[key].status);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});

describe('(3) `missing` is empty exactly when decided, and names absent facts', () => {
  it('holds for every elder of the pool under the default policy', () => {
    for (const elder of POOL) expect(missingProblems(elder, DEFAULT_POLICY), elder.id).toEqual([]);
  });

  it('holds for elders with facts removed, under any policy', () => {
    fc.assert(
      fc.property(
        enrichedArb,
        fc.array(factPath, { maxLength: 8 }),
        somePolicy,
        (elder, paths, policy) => {
          const partial = copy(elder);
          for (const path of paths) removeAt(partial, path);
          expect(missingProblems(partial as unknown as Elder, policy)).toEqual([]);
        },
      ),
      { numRuns: NUM_RUNS },
    );
  });

  it('adding the named facts is what decides: the bare elder names only absent facts', () => {
    const bare = parse(Elder, {
      id: 'E-0',
      name: '无名',
      residence: { villageCode: '530325101203' },
    });
    expect(missingProblems(bare, DEFAULT_POLICY)).toEqual([]);
    expect(statuses(bare).leftBehindElder.missing).toEqual([
      'birthDate',
      'residence.setting',
      'household.children',
      'household.otherSupportObligors',
    ]);
  });

  // When the assessment list is recorded but none is in force (`[]`, future-dated or expired),
  // 失能 / 半失能 are unknown and `missing` names `health.abilityAssessments`: where a new
  // assessment goes, although the list itself is present. The law above allows that one case.
});

describe('(4) determinism and time-zone independence', () => {
  /** One letter per category and elder: y, n or u. */
  const fingerprint = (elders: readonly Elder[]) =>
    elders
      .map((elder) => {
        const categories = statuses(elder);
        return CATEGORY_KEYS.map((key) => categories[key].status[0]).join('');
      })
      .join('\n');

  it('classifies the pool the same way every time, in every time zone', () => {
    const text = fingerprint(POOL);
    expect(fingerprint(POOL)).toBe(text);
    const sha256 = createHash('sha256').update(text).digest('hex');
    expect({ elders: POOL.length, sha256 }).toMatchInlineSnapshot(`
      {
        "elders": 300,
        "sha256": "8a600051e442e1cbb50620877d9141e954930dabdfd4fe6070d6b0d358754703",
      }
    `);
  });

  it('does not change the elder it classifies', () => {
    for (const elder of POOL.slice(0, 50)) {
      const before = structuredClone(elder);
      classifyElder(elder, { asOf: ASOF, incidents: ['criticalIllness'] });
      expect(elder).toStrictEqual(before);
    }
  });

  it('reads no clock: the result depends only on asOf', () => {
    const elder = POOL[0] as Elder;
    const a = classifyElder(elder, { asOf: ASOF });
    const b = classifyElder(elder, { asOf: plainDate('2026-06-30') });
    expect(a).toEqual(b);
    expect(a.asOf).toBe('2026-06-30');
  });
});

describe('(8) both definitions in one call equal one classification per definition', () => {
  const withDefinition = (policy: Policy, emptyNestDefinition: EmptyNestDefinition): Policy =>
    Policy.parse({ ...policy, parameters: { ...policy.parameters, emptyNestDefinition } });
  const dependents = ['emptyNestElder', 'emptyNestPriority', 'facilityPriority'] as const;

  it('classifyUnderDefinitions gives, for every definition, what classifyElder gives under it', () => {
    fc.assert(
      fc.property(enrichedArb, somePolicy, (elder, policy) => {
        const options = { asOf: ASOF, policy };
        const compared = classifyUnderDefinitions(elder, options);
        for (const definition of EMPTY_NEST_DEFINITIONS) {
          const alone = classifyElder(elder, {
            ...options,
            policy: withDefinition(policy, definition),
          });
          const answers = compared.emptyNestDefinition[definition];
          for (const key of dependents) {
            expect(answers.categories[key]).toEqual(alone.categories[key]);
            expect(answers.statuses[key]).toBe(alone.statuses[key]);
          }
        }
        expect([compared.elderId, compared.policyId]).toEqual([elder.id, policy.id]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('every other category is the same under every definition (only 空巢 and its readers differ)', () => {
    fc.assert(
      fc.property(elderArb, somePolicy, (elder, policy) => {
        const [first, ...rest] = EMPTY_NEST_DEFINITIONS.map(
          (definition) =>
            classifyStatuses(elder, { asOf: ASOF, policy: withDefinition(policy, definition) })
              .statuses,
        );
        const others = CATEGORY_KEYS.filter(
          (key) => !(dependents as readonly string[]).includes(key),
        );
        for (const statuses of rest) {
          for (const key of others) expect(statuses[key]).toBe(first?.[key]);
        }
      }),
      { numRuns: 50 },
    );
  });
});
