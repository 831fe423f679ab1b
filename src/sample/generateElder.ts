/**
 * One fictional elder of a sample county: identity, residence, household, health, economic
 * status, benefits, burdens and risks, drawn so that every cross-field rule of the
 * {@link Elder} schema holds.
 * @module
 */
import {
  type AbilityLevel,
  addYears,
  type Disability,
  type EconomicStatus,
  type Elder,
  type ElderId,
  type Enrolment,
  type Health,
  type PlainDate,
  type ResidentIdNumber,
  residentIdCheckCharacter,
  type Sex,
  toDayNumber,
} from '../models/index.js';
import type { ElderContext } from './elderContext.js';
import type { CountyLayout, VillageLayout } from './generateCountyArea.js';
import { generateHousehold, type HouseholdFacts } from './generateHousehold.js';
import {
  birthDayForAge,
  dateOf,
  daysBeforeAsOf,
  mobileNumber,
  personName,
  scatterAround,
} from './people.js';
import type { Random, WeightedTable } from './random.js';

/**
 * Generate the elder with ledger number `serial` (1-based) living in `village`: aged 60–100
 * on asOf (mostly in their sixties), with a resident ID number for about nine in ten and a
 * phone for about six in ten, and household, health and assistance facts that agree with
 * each other. About one in twenty has one fact left unrecorded, to exercise "unknown".
 *
 * @param context - the county's shared tables and random stream
 * @param village - the elder's village
 * @param serial - 1-based number, giving the id `E-000001` …
 * @returns a record that {@link Elder} parses to a deep-equal value
 * @example
 * ```ts
 * const elder = generateElder(context, layout.villages[0], 1);
 * ```
 * @category Sample data
 */
export function generateElder(
  context: ElderContext,
  village: VillageLayout,
  serial: number,
): Elder {
  const { random, people, tables, layout } = context;
  const age = random.weighted(tables.age);
  // Women outlive men, so the oldest elders are mostly women.
  const sex: Sex = random.chance(age < 70 ? 0.5 : age < 80 ? 0.46 : 0.38) ? 'male' : 'female';
  const birthDay = birthDayForAge(random, people, age);
  const birthDate = dateOf(people, birthDay);
  const surname = random.weighted(people.surnames);
  const name = personName(random, people, sex, 'elder', surname);
  const residentId = random.chance(0.9)
    ? residentIdFor(context, birthDay, birthDate, sex)
    : undefined;
  // Children take the father's surname: the elder's, or the (late) husband's.
  const familySurname = sex === 'male' ? surname : random.weighted(people.surnames);
  const { household, facts } = generateHousehold(context, { age, sex, familySurname });
  const health = generateHealth(context, village, age);
  const level = health.abilityAssessments?.[0]?.level;
  const impaired = level === 'moderate' || level === 'severe' || level === 'total';
  const economic = generateEconomicStatus(random, facts, {
    age,
    disabled: health.disability != null,
  });

  const risks: Elder['risks'] = {};
  if (random.chance(facts.alone && age >= 80 ? 0.15 : 0.02)) risks.safetyRisk = true;
  if (random.chance(economic.minimumLivingAllowance || economic.extremeHardship ? 0.2 : 0.02)) {
    risks.livingDifficulty = true;
  }
  if (facts.alone && random.chance(0.1)) risks.loneliness = true;

  const group = random.int(1, village.groupNames.length);
  const setting = random.chance(0.97) ? 'rural' : 'urban';
  const urbanHukou = random.chance(setting === 'rural' ? 0.03 : 0.5);
  const elder: Elder = {
    id: `E-${String(serial).padStart(6, '0')}` as ElderId,
    name,
    birthDate,
    sex,
    residence: {
      setting,
      villageCode: village.code,
      codeVintage: layout.county.vintage,
      group,
      address: `${village.name}${village.groupNames[group - 1]}${random.int(1, 120)}号`,
      coordinates: scatterAround(random, village.centre, 0.5, 1.5),
      hukou: urbanHukou ? 'urban' : 'rural',
      institution: facts.institution ? 'nursingHome' : null,
    },
    household,
    health,
    economic,
    benefits: generateBenefits(context, {
      age,
      birthDate,
      institution: facts.institution,
      minimumLivingAllowance: economic.minimumLivingAllowance === true,
      disability: health.disability ?? null,
    }),
    burdens: {
      farmLabour:
        !facts.institution && !impaired && random.chance(age < 75 ? 0.55 : age < 85 ? 0.2 : 0.03),
      raisingGrandchildren: facts.raisingGrandchildren,
    },
    risks,
    updatedOn: daysBeforeAsOf(random, people, 0, 90),
  };
  // Optional keys are set only when known (assigning is also faster than spreading).
  if (residentId) elder.residentId = residentId;
  if (random.chance(age < 70 ? 0.75 : age < 80 ? 0.55 : 0.3)) {
    elder.phone = mobileNumber(random, people);
  }
  if (random.chance(0.85)) {
    const byGuardian = level === 'severe' || level === 'total';
    elder.consent = {
      given: true,
      on: daysBeforeAsOf(random, people, 0, 700),
      by: byGuardian ? (random.chance(0.5) ? 'guardian' : 'familyMember') : 'elder',
    };
  }
  if (random.chance(0.05)) forgetOneFact(random, elder);
  return elder;
}

/** Ability assessment for most (more at 80+), serious illness rising with age, a few disabilities. */
function generateHealth(context: ElderContext, village: VillageLayout, age: number): Health {
  const { random, people, tables, layout } = context;
  const assessed = random.chance(age >= 80 ? 0.85 : 0.66);
  const byAge = tables.abilityByAgeBand[Math.min(3, Math.floor((age - 60) / 10))];
  const level: AbilityLevel | undefined = assessed
    ? random.weighted(byAge as WeightedTable<AbilityLevel>)
    : undefined;
  const disability: Disability | null = random.chance(age >= 80 ? 0.08 : 0.055)
    ? {
        category: random.weighted(tables.disabilityCategory),
        grade: random.weighted(tables.disabilityGrade),
        certifiedOn: daysBeforeAsOf(random, people, 365, 20 * 365),
      }
    : null;
  const bedridden = level === 'severe' || level === 'total';
  return {
    abilityAssessments: level
      ? [
          {
            level,
            assessedOn: daysBeforeAsOf(random, people, 0, 730),
            assessor: assessorName(random, layout, village),
            standard: 'GB/T 42195-2022',
          },
        ]
      : [],
    seriousIllness: random.chance(bedridden ? 0.5 : 0.035 + (age - 60) * 0.0018),
    severeMentalIllness: random.chance(0.01),
    disability,
  };
}

/**
 * 特困 mostly for elders with no one to support them (and never with 低保), 五保 for childless
 * 特困, 三无 a subset of those; 低保 more often for elders alone, disabled or very old.
 */
function generateEconomicStatus(
  random: Random,
  facts: HouseholdFacts,
  elder: { readonly age: number; readonly disabled: boolean },
): EconomicStatus {
  const unsupported = facts.noLivingChild && !facts.married;
  const extremeHardship = facts.institution || random.chance(unsupported ? 0.6 : 0.004);
  const minimumLivingAllowance =
    !extremeHardship &&
    random.chance(
      0.075 + (facts.alone ? 0.05 : 0) + (elder.disabled ? 0.05 : 0) + (elder.age >= 80 ? 0.04 : 0),
    );
  const povertyRegistered = random.chance(minimumLivingAllowance || extremeHardship ? 0.4 : 0.1);
  return {
    minimumLivingAllowance,
    extremeHardship,
    fiveGuarantee: extremeHardship && facts.noLivingChild,
    threeNo: extremeHardship && facts.noLivingChild && random.chance(0.5),
    povertyRegistered,
    povertyMonitoring: povertyMonitoring(random, povertyRegistered),
    otherHardship: random.chance(0.04),
  };
}

/** A unique resident ID number for the elder, or `undefined` when the sequence space is full. */
function residentIdFor(
  context: ElderContext,
  birthDay: number,
  birthDate: PlainDate,
  sex: Sex,
): ResidentIdNumber | undefined {
  let prefix = context.residentIdPrefixes.get(birthDay);
  if (prefix === undefined) {
    prefix =
      context.layout.county.code +
      birthDate.slice(0, 4) +
      birthDate.slice(5, 7) +
      birthDate.slice(8, 10);
    context.residentIdPrefixes.set(birthDay, prefix);
  }
  // Sequence 001–999: odd for men, even for women (GB 11643-1999).
  const start = context.random.int(1, 499);
  for (let i = 0; i < 499; i++) {
    const k = ((start - 1 + i) % 499) + 1;
    const sequence = sex === 'male' ? 2 * k - 1 : 2 * k;
    const key = birthDay * 1000 + sequence;
    if (!context.residentIds.has(key)) {
      context.residentIds.add(key);
      const first17 = prefix + (sequence < 10 ? '00' : sequence < 100 ? '0' : '') + sequence;
      return (first17 + residentIdCheckCharacter(first17)) as ResidentIdNumber;
    }
  }
  return undefined;
}

function assessorName(random: Random, layout: CountyLayout, village: VillageLayout): string {
  const u = random.next();
  if (u < 0.6) return `${layout.county.name}老年人能力评估中心`;
  if (u < 0.9) return `${village.township.name}卫生院`;
  return `${layout.county.name}人民医院`;
}

function povertyMonitoring(
  random: Random,
  registered: boolean,
): EconomicStatus['povertyMonitoring'] {
  if (registered) return random.chance(0.2) ? 'unstableOutOfPoverty' : 'none';
  const u = random.next();
  return u < 0.03 ? 'atRiskOfPoverty' : u < 0.04 ? 'suddenHardship' : 'none';
}

function generateBenefits(
  context: ElderContext,
  elder: {
    age: number;
    birthDate: PlainDate;
    institution: boolean;
    minimumLivingAllowance: boolean;
    disability: Disability | null;
  },
): Enrolment[] {
  const { random, people } = context;
  const { asOfDay } = people;
  const benefits: Enrolment[] = [];
  // Rural residents' medical insurance (城乡居民医保) covers nearly everyone.
  if (random.chance(0.97)) {
    benefits.push({ programme: 'residentMedicalInsurance', status: 'enrolled' });
  }
  const doctor = random.next();
  if (doctor < 0.6) {
    const since = daysBeforeAsOf(random, people, 0, 3 * 365);
    benefits.push({ programme: 'familyDoctorContract', status: 'enrolled', since });
  } else if (doctor < 0.65) {
    benefits.push({ programme: 'familyDoctorContract', status: 'referred' });
  }
  if (elder.age >= 80) {
    const u = random.next();
    // Enrolled a few weeks to months after the 80th birthday, never after asOf.
    const eightieth = toDayNumber(addYears(elder.birthDate, 80));
    const start = Math.min(asOfDay, eightieth + random.int(30, 120));
    const status = u < 0.88 ? 'enrolled' : u < 0.95 ? 'referred' : 'notAssessed';
    benefits.push(
      status === 'enrolled'
        ? { programme: 'advancedAgeAllowance', status, since: dateOf(people, start) }
        : { programme: 'advancedAgeAllowance', status },
    );
  }
  if (elder.minimumLivingAllowance) {
    benefits.push({
      programme: 'minimumLivingAllowance',
      status: 'enrolled',
      since: daysBeforeAsOf(random, people, 60, 8 * 365),
    });
  }
  if (elder.disability && elder.disability.grade <= 2 && random.chance(0.8)) {
    benefits.push({
      programme: 'disabilityAllowance',
      status: 'enrolled',
      since: daysBeforeAsOf(random, people, 60, 10 * 365),
    });
  }
  if (elder.institution) {
    benefits.push({
      programme: 'centralisedSupport',
      status: 'enrolled',
      since: daysBeforeAsOf(random, people, 60, 10 * 365),
    });
  }
  return benefits;
}

/** Remove one recorded fact (a child's absence date, a whereabouts flag …). */
function forgetOneFact(random: Random, elder: Elder): void {
  const away = (elder.household.children ?? []).filter((child) => child.awaySince !== undefined);
  const choice = random.int(0, away.length > 0 ? 4 : 1);
  const child = away.length > 0 ? random.pick(away) : undefined;
  if (choice === 0) delete elder.economic.extremeHardship;
  else if (choice === 1) delete elder.health.disability;
  else if (child && choice === 2) delete child.awaySince;
  else if (child && choice === 3) delete child.awayReason;
  else if (child?.whereabouts) delete child.whereabouts.inElderCounty;
}
