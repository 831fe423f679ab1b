/**
 * The status pass (`decideStatuses`, what classifyStatuses and classifyLedger run) against the
 * explained rule-by-rule evaluation (classifyElder) on random elders built field by field:
 * unknown facts anywhere, children and obligors of every kind, absences known to a day or to a
 * span, as-of days on month ends and half-year boundaries, and random policies.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base, child, type Raw, VILLAGE } from '../../test/fixtures/elder.js';
import {
  AwayReason,
  addDays,
  addMonths,
  Elder,
  LivingArrangement,
  MutualAidGroup,
  parse,
  plainDate,
  safeParse,
} from '../models/index.js';
import { CATEGORY_KEYS } from './categoryKeys.js';
import { classifyElder, classifyStatuses } from './classifyElder.js';
import { EMPTY_NEST_DEFINITIONS } from './definitionNames.js';
import { IncidentKind } from './incident.js';
import { MajorEventKind } from './majorEvent.js';
import { Policy } from './policy.js';

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** A day of `years`, mostly on a month's edge: where month steps clamp and half-years turn. */
const dayIn = (min: number, max: number) =>
  fc
    .record({
      year: fc.integer({ min, max }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.oneof(fc.constantFrom(1, 28, 29, 30, 31), fc.integer({ min: 1, max: 31 })),
    })
    .map(({ year, month, day }) => {
      const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
      const last = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
      return `${pad(year, 4)}-${pad(month)}-${pad(Math.min(day, last))}`;
    });
/** As-of days on month ends and half-year boundaries, and any day. */
const asOfArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('2026-06-30', '2026-02-28', '2026-12-31') },
  { weight: 1, arbitrary: dayIn(2025, 2027) },
);
/** Any day of the recent years, for the facts not measured against the as-of day. */
const recent = dayIn(2023, 2026);

/**
 * Days an absence may have begun on: mostly those from which 0, 1, 6, 12 or 18 months end
 * exactly on `asOf` or a day either side of it (with the month-end clamp: from 08-31 and from
 * 08-28 six months both end on 02-28), else any recent day.
 */
function awayDays(asOf: string): fc.Arbitrary<string> {
  const days: string[] = [];
  for (const months of [0, 1, 6, 12, 18]) {
    const start = addMonths(plainDate(asOf), -months);
    const monthEnd = addDays(addMonths(addDays(start, 1 - Number(start.slice(8))), 1), -1);
    days.push(start, addDays(start, -1), addDays(start, 1), monthEnd);
  }
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...days) },
    { weight: 1, arbitrary: recent },
  );
}

/**
 * A fact of the left-behind base elder: mostly kept (so that the other conditions leave each
 * one deciding), else drawn at random or removed (unknown).
 */
const KEEP = Symbol('keep');
const fact = <T>(arb: fc.Arbitrary<T>, keep: number) =>
  fc.oneof(
    { weight: keep, arbitrary: fc.constant(KEEP) },
    { weight: 1, arbitrary: arb },
    { weight: 1, arbitrary: fc.constant(undefined) },
  );
type Drawn = Record<string, unknown>;
/** `target` with each drawn fact set (undefined: removed), kept ones unchanged. */
function withFacts(target: Raw, drawn: Drawn): Raw {
  const out: Record<string, unknown> = { ...target };
  for (const [key, value] of Object.entries(drawn)) {
    if (value === KEEP) continue;
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}
/** Facts drawn as {@link fact} draws them; `keep` weighs keeping the base's (removing weighs 1). */
const facts = <T extends Record<string, fc.Arbitrary<unknown>>>(arbs: T, keep = 2) =>
  fc.record(Object.fromEntries(Object.entries(arbs).map(([key, arb]) => [key, fact(arb, keep)])));

/** A region code of the elder's county, its city or province, or elsewhere. */
const regionCode = fc.constantFrom(
  '530325',
  '530325101000',
  '530300',
  '530000',
  '110105',
  '110000',
);
const whereabouts = fc.record(
  {
    inElderCounty: fc.boolean(),
    inElderTownship: fc.boolean(),
    worksInElderTownship: fc.boolean(),
    regionCode,
  },
  { requiredKeys: [] },
);
/** Drop the facts a validated record could not hold together (the schema's conflicts). */
function consistent(member: Raw): Raw {
  const out: Record<string, unknown> = { ...member };
  const where = out.whereabouts as Record<string, unknown> | undefined;
  if (out.alive === false || out.livesWithElder || out.atElderSide) {
    delete out.awaySince;
    delete out.awaySinceBetween;
  }
  if (out.alive === false) delete out.livesWithElder;
  if (where) {
    out.whereabouts = { ...where };
    const copy = out.whereabouts as Record<string, unknown>;
    if (out.livesWithElder && copy.inElderCounty === false) delete copy.inElderCounty;
    if (copy.inElderCounty !== undefined) delete copy.regionCode;
    if (copy.inElderTownship && copy.inElderCounty === false) delete copy.inElderTownship;
  }
  return out;
}

/** A random elder (mostly the base elder's facts) whose absences began on `away` days. */
function elderArb(away: fc.Arbitrary<string>) {
  const span = fc.tuple(away, away, fc.boolean()).map(([a, b, open]) => {
    const [earliest, latest] = a <= b ? [a, b] : [b, a];
    return open ? { latest } : { earliest, latest };
  });
  const absence = {
    whereabouts,
    awaySince: away,
    awaySinceBetween: span,
    awayReason: fc.constantFrom(...AwayReason.options),
    capableOfSupport: fc.boolean(),
    alive: fc.boolean(),
  };
  const childArb = facts(
    {
      kinship: fc.constantFrom('birth', 'adopted', 'step'),
      livesWithElder: fc.boolean(),
      ...absence,
    },
    1,
  ).map((drawn) => consistent(withFacts(child(), drawn)));
  const obligorArb = facts({ atElderSide: fc.boolean(), ...absence }).map((drawn) =>
    consistent(withFacts(child({ relation: 'grandchild', kinship: undefined }), drawn)),
  );
  return fc
    .record({
      elder: facts({
        birthDate: fc.oneof(dayIn(1935, 1975), fc.constantFrom('1956-02-29', '1966-06-30')),
      }),
      residence: facts({
        setting: fc.constantFrom('rural', 'urban'),
        hukou: fc.constantFrom('rural', 'urban'),
        institution: fc.constantFrom(null, 'nursingHome'),
      }),
      household: facts(
        {
          livingArrangement: fc.constantFrom(...LivingArrangement.options),
          spouse: fc.record(
            {
              status: fc.constantFrom('married', 'widowed'),
              livesWithElder: fc.boolean(),
              capableOfCare: fc.boolean(),
              birthDate: dayIn(1940, 1980),
            },
            { requiredKeys: ['status'] },
          ),
          children: fc.array(childArb, { maxLength: 3 }),
          otherSupportObligors: fc.array(obligorArb, { maxLength: 2 }),
          entrustedCarer: fc.constantFrom(null, { name: '李春梅', relation: 'neighbour' }),
          solitary: fc.boolean(),
        },
        1,
      ),
      economic: facts({
        minimumLivingAllowance: fc.boolean(),
        extremeHardship: fc.boolean(),
        fiveGuarantee: fc.boolean(),
        threeNo: fc.boolean(),
        povertyRegistered: fc.boolean(),
        povertyMonitoring: fc.constantFrom('none', 'atRiskOfPoverty'),
        otherHardship: fc.boolean(),
      }),
      noHardshipAssessedOn: fc.option(recent, { nil: undefined }),
      health: facts({
        seriousIllness: fc.boolean(),
        severeMentalIllness: fc.boolean(),
        abilityAssessments: fc.array(
          fc.record({
            level: fc.constantFrom('intact', 'mild', 'moderate', 'severe', 'total'),
            assessedOn: recent,
            assessor: fc.constant('县评估中心'),
          }),
          { maxLength: 2 },
        ),
      }),
      risks: facts({
        safetyRisk: fc.boolean(),
        livingDifficulty: fc.boolean(),
        otherSpecialDifficulty: fc.constantFrom(null, '房屋漏雨'),
      }),
    })
    .map((drawn) => {
      const start = base() as Record<string, Raw>;
      // A finding that no hardship applies stands only beside statuses not recorded yes.
      const economic = drawn.noHardshipAssessedOn
        ? { noHardshipAssessedOn: drawn.noHardshipAssessedOn }
        : withFacts(start.economic as Raw, drawn.economic);
      return {
        ...withFacts(start, drawn.elder),
        residence: withFacts(start.residence as Raw, drawn.residence),
        household: withFacts(start.household as Raw, drawn.household),
        economic,
        health: withFacts(start.health as Raw, drawn.health),
        risks: withFacts(start.risks as Raw, drawn.risks),
      };
    });
}

const policyArb = fc
  .record(
    {
      riskJoin: fc.constantFrom('and', 'or'),
      illnessJoin: fc.constantFrom('and', 'or'),
      emptyNestDefinition: fc.constantFrom(...EMPTY_NEST_DEFINITIONS),
      emptyNestChildrenLeft: fc.constantFrom('all', 'any'),
      emptyNestIncludesChildless: fc.boolean(),
      emptyNestCoupleAge: fc.constantFrom('eitherSpouse', 'bothSpouses'),
      emptyNestCoupleMinimumAge: fc.constantFrom(45, 60),
      emptyNestMinimumAge: fc.constantFrom(60, 65),
      emptyNestSpouseIsCarer: fc.constantFrom('never', 'ifCapable', 'always'),
      semiDisabledCountsAsDisabled: fc.boolean(),
      entrustedCarerIsSupporter: fc.boolean(),
      institutionCountsAsRural: fc.boolean(),
      ruralTest: fc.constantFrom('residence', 'hukou'),
      advancedAgeThreshold: fc.constantFrom(70, 80),
      leapDayBirthday: fc.constantFrom('february28', 'march1'),
      thresholdsInclusive: fc.boolean(),
      awayMinimumMonths: fc.constantFrom(0, 1, 6, 12, 18),
      childKinships: fc.subarray(['birth', 'adopted', 'step'] as const, { minLength: 1 }),
      awayReasons: fc.subarray([...AwayReason.options], { minLength: 1 }),
      unlistedSupportObligors: fc.constantFrom('unknown', 'none'),
      assessmentValidDays: fc.constantFrom(null, 180, 730),
      povertyStatuses: fc.constantFrom(null, ['povertyRegistered', 'povertyMonitoring']),
    },
    // The day arithmetic's two parameters always drawn: where the status pass computes itself.
    { requiredKeys: ['thresholdsInclusive', 'awayMinimumMonths'] },
  )
  .map((parameters) =>
    Policy.parse({
      id: 'arbitrary',
      name: 'arbitrary policy',
      jurisdiction: 'national',
      validFrom: '2000-01-01',
      parameters,
    }),
  );

const groupArb = fc
  .tuple(recent, fc.option(recent, { nil: undefined }), fc.boolean())
  .map(([validFrom, validTo, member]) =>
    parse(MutualAidGroup, {
      id: 'MAG-1',
      villageCode: VILLAGE,
      group: 1,
      members: member ? ['E-1', 'E-2'] : ['E-2', 'E-3'],
      leaderId: 'E-2',
      validFrom,
      ...(validTo !== undefined && validTo >= validFrom ? { validTo } : {}),
    }),
  );
const optionsArb = fc.record(
  {
    incidents: fc.subarray([...IncidentKind.options], { maxLength: 1 }),
    majorEvents: fc.subarray([...MajorEventKind.options], { maxLength: 1 }),
    mutualAidGroups: fc.array(groupArb, { maxLength: 2 }),
  },
  { requiredKeys: [] },
);

/** An as-of day and an elder whose absences often reach their minimum on that very day. */
const elderAndDay = asOfArb.chain((asOf) => fc.tuple(elderArb(awayDays(asOf)), fc.constant(asOf)));

describe('decideStatuses (the status pass)', () => {
  it('decides every category as the explained rules do, on random elders, days and policies', () => {
    let checked = 0;
    let rejected = 0;
    fc.assert(
      fc.property(elderAndDay, policyArb, optionsArb, ([raw, asOf], policy, extra) => {
        const parsed = safeParse(Elder, raw);
        // A draw the schema rejects (a living arrangement its household contradicts) is skipped.
        if (!parsed.ok) rejected++;
        fc.pre(parsed.ok);
        if (!parsed.ok) return;
        const options = { asOf: asOf as Elder['birthDate'] & string, policy, ...extra };
        const explained = classifyElder(parsed.value, options as never).statuses;
        const { statuses } = classifyStatuses(parsed.value, options as never);
        const differ = CATEGORY_KEYS.filter((key) => statuses[key] !== explained[key]);
        expect(differ, JSON.stringify({ raw, asOf, parameters: policy.parameters })).toEqual([]);
        checked++;
      }),
      { numRuns: 1000 },
    );
    expect(checked).toBe(1000);
    expect(rejected).toBeLessThan(checked);
  }, 120_000);
});
