/**
 * The left-behind children (留守儿童) of a sample county and the schools they attend: one central
 * school (中心学校) per township, a primary school (小学) per few villages.
 * @module
 */
import type {
  ChildId,
  ChildRecord,
  GuardianRelation,
  Parent,
  RegionCode,
  SchoolStage,
  Sex,
} from '../models/index.js';
import type { CountyLayout, VillageLayout } from './generateCountyArea.js';
import { MIGRATION_DESTINATIONS } from './names.js';
import {
  birthDayForAge,
  dateOf,
  daysBeforeAsOf,
  mobileNumber,
  type PeopleTables,
  personName,
  scatterAround,
} from './people.js';
import { apportion, type Random, weightedTable } from './random.js';

/**
 * A school of the sample county: a township's central school (`centralSchool`, primary and
 * junior secondary) or a village primary school (`primarySchool`) serving a few villages.
 *
 * @example
 * ```ts
 * const { schools }: { schools: SampleSchool[] } = generateSampleCounty();
 * schools[0]?.name; // e.g. '石桥镇中心学校'
 * ```
 * @category Sample data
 */
export interface SampleSchool {
  readonly id: string;
  readonly name: string;
  readonly kind: 'centralSchool' | 'primarySchool';
  readonly townshipCode: RegionCode;
  /** The villages whose pupils it takes. */
  readonly villageCodes: readonly RegionCode[];
}

/** Villages a village primary school serves. */
const VILLAGES_PER_PRIMARY_SCHOOL = 3;
const DESTINATIONS = weightedTable(
  MIGRATION_DESTINATIONS.map(([code, name, weight]) => [[code, name] as const, weight] as const),
);
const CARERS = weightedTable<[ChildRecord['dailyCarer'] & string, GuardianRelation]>([
  [['grandparents', 'grandparent'], 80],
  [['relatives', 'relative'], 15],
  [['friends', 'friend'], 5],
]);

/** The schools of a county: each township's central school, then its village primary schools. @internal */
export function generateSchools(layout: CountyLayout): SampleSchool[] {
  const schools: SampleSchool[] = [];
  layout.townships.forEach((township, t) => {
    const prefix = `SCH-${String(t + 1).padStart(3, '0')}`;
    schools.push({
      id: `${prefix}-00`,
      name: `${township.name}中心学校`,
      kind: 'centralSchool',
      townshipCode: township.code,
      villageCodes: township.villages.map((v) => v.code),
    });
    for (let i = 0; i < township.villages.length; i += VILLAGES_PER_PRIMARY_SCHOOL) {
      const served = township.villages.slice(i, i + VILLAGES_PER_PRIMARY_SCHOOL);
      schools.push({
        id: `${prefix}-${String(i / VILLAGES_PER_PRIMARY_SCHOOL + 1).padStart(2, '0')}`,
        name: `${served[0]?.name ?? township.name}小学`,
        kind: 'primarySchool',
        townshipCode: township.code,
        villageCodes: served.map((v) => v.code),
      });
    }
  });
  return schools;
}

/** The school stage at an age: 学龄前 under 6, 小学 6–11, 初中 12–14, then 高中 or out of school. */
function stageAt(random: Random, age: number): SchoolStage {
  if (age < 6) return 'preschool';
  if (random.chance(0.02)) return 'notInSchool';
  if (age < 12) return 'primary';
  if (age < 15) return 'juniorSecondary';
  return random.chance(0.7) ? 'seniorSecondary' : 'notInSchool';
}

/** The school of each kind serving each village (the first listed, if several): `kind|village`. */
type SchoolIndex = ReadonlyMap<string, SampleSchool>;

function indexSchools(schools: readonly SampleSchool[]): SchoolIndex {
  const index = new Map<string, SampleSchool>();
  for (const school of schools)
    for (const village of school.villageCodes) {
      const key = `${school.kind}|${village}`;
      if (!index.has(key)) index.set(key, school);
    }
  return index;
}

function schoolOf(
  schools: SchoolIndex,
  village: VillageLayout,
  stage: SchoolStage,
): ChildRecord['school'] {
  const kind = stage === 'primary' ? 'primarySchool' : 'centralSchool';
  const school = schools.get(`${kind}|${village.code}`);
  return school ? { id: school.id, name: school.name } : undefined;
}

function parentOf(
  random: Random,
  people: PeopleTables,
  role: Parent['role'],
  awayChance: number,
): Parent {
  const awayForWork = random.chance(awayChance);
  if (!awayForWork) return { role, alive: true, awayForWork, phone: mobileNumber(random, people) };
  const [code, place] = random.weighted(DESTINATIONS);
  return {
    role,
    alive: true,
    awayForWork,
    awaySince: daysBeforeAsOf(random, people, 30, 2000),
    yearRound: random.chance(0.5),
    workplace: { address: place, regionCode: code as RegionCode, inChildCounty: false },
    phone: mobileNumber(random, people),
  };
}

/** One child of a village: parents mostly away for work, grandparents at home. */
function generateChild(
  random: Random,
  people: PeopleTables,
  village: VillageLayout,
  schools: SchoolIndex,
  serial: number,
): ChildRecord {
  const age = random.int(0, 16);
  const sex: Sex = random.chance(0.53) ? 'male' : 'female';
  const surname = random.weighted(people.surnames);
  const parents = [
    parentOf(random, people, 'father', 0.9),
    parentOf(random, people, 'mother', 0.7),
  ];
  const bothAway = parents.every((p) => p.awayForWork);
  const [carer, relation] = bothAway ? random.weighted(CARERS) : (['parent', 'parent'] as const);
  const stage = stageAt(random, age);
  const school =
    stage === 'preschool' || stage === 'notInSchool'
      ? undefined
      : schoolOf(schools, village, stage);
  const group = random.int(1, village.groupNames.length);
  const guardianSex: Sex = random.chance(0.6) ? 'female' : 'male';
  return {
    id: `K-${String(serial).padStart(6, '0')}` as ChildId,
    name: personName(random, people, sex, 'younger', surname),
    birthDate: dateOf(people, birthDayForAge(random, people, age)),
    sex,
    residence: {
      villageCode: village.code,
      setting: 'rural',
      group,
      address: `${village.name}${village.groupNames[group - 1]}${random.int(1, 120)}号`,
      coordinates: scatterAround(random, village.centre, 0.5, 1.5),
    },
    parents,
    orphan: false,
    abandoned: false,
    singleParentFamily: random.chance(0.05),
    livesAtHome: stage !== 'seniorSecondary' || random.chance(0.3),
    dailyCarer: carer,
    schoolStage: stage,
    ...(school ? { school } : {}),
    guardian: {
      name: personName(
        random,
        people,
        guardianSex,
        relation === 'grandparent' ? 'elder' : 'younger',
      ),
      relation,
      phone: mobileNumber(random, people),
    },
  };
}

/** `count` children spread over the villages in proportion to their elders (`K-000001` …). @internal */
export function generateChildren(
  random: Random,
  layout: CountyLayout,
  people: PeopleTables,
  schools: readonly SampleSchool[],
  count: number,
): ChildRecord[] {
  const perVillage = apportion(
    count,
    layout.villages.map((v) => v.elders),
  );
  const children: ChildRecord[] = [];
  const index = indexSchools(schools);
  layout.villages.forEach((village, i) => {
    for (let k = 0; k < (perVillage[i] ?? 0); k++)
      children.push(generateChild(random, people, village, index, children.length + 1));
  });
  return children;
}
