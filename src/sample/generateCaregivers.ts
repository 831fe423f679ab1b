/**
 * The caregivers of a sample county (spec §3): township and village cadres on responsibility
 * contracts (包保), women's-federation members, village doctors, volunteers of each kind, and a
 * few social workers and contracted carers, each with a home, capacity, availability and skills.
 * @module
 */
import {
  type Caregiver,
  type CaregiverId,
  type CaregiverRole,
  type Coordinates,
  type RegionCode,
  ServiceCategory,
  type Sex,
  type TimeOfDay,
} from '../models/index.js';
import type { CountyLayout, TownshipLayout, VillageLayout } from './generateCountyArea.js';
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

/** Roles a generated caregiver holds first; other roles come as second roles. @internal */
export type PrimaryRole =
  | 'townshipResponsibleCadre'
  | 'villageResponsibleCadre'
  | 'womensFederationBranchMember'
  | 'villageDoctor'
  | 'socialWorker'
  | 'contractedCareWorker'
  | 'teacher'
  | VolunteerRole;

/** The volunteer roles a generated volunteer is drawn from. @internal */
export type VolunteerRole =
  | 'partyMemberVolunteer'
  | 'youthVolunteer'
  | 'womenVolunteer'
  | 'youngOldVolunteer'
  | 'communityVolunteer';

/** How people in one role look: ages, sex mix, capacity, hours, skills, usual second roles. */
interface RoleProfile {
  readonly ages: readonly [number, number];
  readonly maleShare: number;
  /** Elders paired at once. */
  readonly elders: readonly [number, number];
  /** Visits a week, given the elders. */
  readonly visits: (elders: number, random: Random) => number;
  readonly weekdays: (random: Random) => number[];
  readonly hours: readonly (readonly [string, string])[];
  readonly skills: readonly ServiceCategory[];
  readonly extraSkills: readonly ServiceCategory[];
  readonly secondRoles: readonly (readonly [CaregiverRole, number])[];
  /** Lives in a villager group (and records it). */
  readonly hasGroup: boolean;
  /** Days of service before asOf. */
  readonly servingDays: readonly [number, number];
}

const WORKDAYS = [1, 2, 3, 4, 5];
const EXCEPT_SUNDAY = [1, 2, 3, 4, 5, 6];

/** `count` distinct ISO weekdays, sorted; with `weekend`, Saturday or Sunday is among them. */
function someDays(random: Random, count: number, weekend = false): number[] {
  const days = [1, 2, 3, 4, 5, 6, 7];
  for (let i = days.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [days[i], days[j]] = [days[j] as number, days[i] as number];
  }
  const chosen = days.slice(0, count);
  if (weekend && !chosen.includes(6) && !chosen.includes(7)) chosen[0] = random.chance(0.5) ? 6 : 7;
  return chosen.sort((a, b) => a - b);
}

const PROFILES: Record<PrimaryRole, RoleProfile> = {
  townshipResponsibleCadre: {
    ages: [26, 55],
    maleShare: 0.65,
    elders: [20, 40],
    // 乡包保干部 visit each paired elder weekly (spec §3.1 · S18 L515).
    visits: (elders, random) => Math.max(1, elders + random.int(-2, 2)),
    weekdays: () => [...WORKDAYS],
    hours: [['08:30', '17:30']],
    skills: ['condolenceVisit', 'safetyEducation'],
    extraSkills: ['emergencyHelp', 'legalAid'],
    secondRoles: [['villageLiaisonCadre', 0.5]],
    hasGroup: false,
    servingDays: [180, 3000],
  },
  villageResponsibleCadre: {
    ages: [35, 62],
    maleShare: 0.75,
    elders: [10, 25],
    visits: (elders, random) => Math.max(1, Math.round(elders * random.float(0.6, 1))),
    weekdays: (random) => (random.chance(0.6) ? [...EXCEPT_SUNDAY] : [...WORKDAYS]),
    hours: [
      ['08:00', '12:00'],
      ['14:00', '18:00'],
    ],
    skills: ['dailyLivingCare', 'emergencyHelp'],
    extraSkills: ['safetyEducation', 'condolenceVisit', 'mutualAid'],
    secondRoles: [
      ['villageCommitteeMember', 0.7],
      ['villageGroupPartyCadre', 0.2],
    ],
    hasGroup: true,
    servingDays: [180, 4000],
  },
  womensFederationBranchMember: {
    ages: [30, 58],
    maleShare: 0,
    elders: [5, 12],
    visits: (elders, random) => Math.max(1, Math.round(elders * random.float(0.5, 0.9))),
    weekdays: (random) => someDays(random, random.int(3, 5)),
    hours: [
      ['09:00', '11:30'],
      ['15:00', '17:30'],
    ],
    skills: ['psychologicalComfort', 'dailyLivingCare'],
    extraSkills: ['condolenceVisit', 'recreationCulture'],
    secondRoles: [['villageCommitteeMember', 0.35]],
    hasGroup: true,
    servingDays: [180, 3000],
  },
  villageDoctor: {
    ages: [30, 64],
    maleShare: 0.7,
    elders: [15, 40],
    visits: (_elders, random) => random.int(10, 25),
    weekdays: () => [...EXCEPT_SUNDAY],
    hours: [
      ['08:00', '11:30'],
      ['14:30', '17:30'],
    ],
    skills: ['healthCare', 'emergencyHelp'],
    extraSkills: ['psychologicalComfort'],
    secondRoles: [['familyDoctor', 0.3]],
    hasGroup: true,
    servingDays: [365, 8000],
  },
  socialWorker: {
    ages: [23, 45],
    maleShare: 0.35,
    elders: [15, 30],
    visits: (_elders, random) => random.int(10, 20),
    weekdays: () => [...WORKDAYS],
    hours: [['09:00', '17:00']],
    skills: ['psychologicalComfort', 'legalAid'],
    extraSkills: ['recreationCulture', 'mutualAid'],
    secondRoles: [],
    hasGroup: false,
    servingDays: [90, 2000],
  },
  contractedCareWorker: {
    ages: [35, 58],
    maleShare: 0.2,
    elders: [6, 15],
    visits: (_elders, random) => random.int(10, 25),
    weekdays: () => [...EXCEPT_SUNDAY],
    hours: [['08:00', '18:00']],
    skills: ['dailyLivingCare', 'healthCare'],
    extraSkills: ['emergencyHelp'],
    secondRoles: [],
    hasGroup: false,
    servingDays: [60, 1500],
  },
  teacher: {
    // 教师家访 (spec §3.4 · S18 L515): pupils at home visited after lessons, on school days;
    // `elders` is the number of children the teacher takes.
    ages: [23, 58],
    maleShare: 0.4,
    elders: [5, 10],
    visits: (children, random) => Math.ceil(children / 4) + random.int(0, 1),
    weekdays: () => [...WORKDAYS],
    hours: [['16:00', '18:30']],
    skills: ['psychologicalComfort', 'safetyEducation'],
    extraSkills: ['recreationCulture'],
    secondRoles: [],
    hasGroup: false,
    servingDays: [180, 6000],
  },
  partyMemberVolunteer: {
    ages: [25, 66],
    maleShare: 0.6,
    elders: [2, 6],
    visits: (elders, random) => Math.max(1, elders - random.int(0, 2)),
    weekdays: (random) => someDays(random, random.int(2, 4), random.chance(0.6)),
    hours: [
      ['09:00', '11:30'],
      ['14:30', '17:00'],
    ],
    skills: ['dailyLivingCare', 'psychologicalComfort'],
    extraSkills: ['condolenceVisit', 'safetyEducation'],
    secondRoles: [['villageGroupPartyCadre', 0.1]],
    hasGroup: true,
    servingDays: [30, 1500],
  },
  youthVolunteer: {
    ages: [18, 35],
    maleShare: 0.5,
    elders: [2, 5],
    visits: (elders, random) => Math.max(1, elders - random.int(0, 2)),
    weekdays: (random) => (random.chance(0.6) ? [6, 7] : [5, 6, 7]),
    hours: [['09:00', '17:00']],
    skills: ['recreationCulture', 'dailyLivingCare'],
    extraSkills: ['psychologicalComfort'],
    secondRoles: [],
    hasGroup: false,
    servingDays: [30, 1000],
  },
  womenVolunteer: {
    ages: [25, 62],
    maleShare: 0,
    elders: [2, 6],
    visits: (elders, random) => Math.max(1, elders - random.int(0, 2)),
    weekdays: (random) => someDays(random, random.int(3, 5), random.chance(0.5)),
    hours: [['15:00', '18:00']],
    skills: ['dailyLivingCare', 'psychologicalComfort'],
    extraSkills: ['recreationCulture'],
    secondRoles: [],
    hasGroup: true,
    servingDays: [30, 1500],
  },
  youngOldVolunteer: {
    // 低龄老年志愿者: a healthy neighbour of 60–70 (spec §3.6 · S17 L459).
    ages: [60, 70],
    maleShare: 0.5,
    elders: [2, 4],
    visits: (elders, random) => elders + random.int(0, 3),
    weekdays: (random) =>
      random.chance(0.5) ? [1, 2, 3, 4, 5, 6, 7] : someDays(random, random.int(4, 6), true),
    hours: [
      ['08:00', '11:00'],
      ['15:00', '18:00'],
    ],
    skills: ['mutualAid', 'psychologicalComfort'],
    extraSkills: ['dailyLivingCare', 'emergencyHelp'],
    secondRoles: [
      ['eldersAssociationMember', 0.35],
      ['neighbour', 0.3],
    ],
    hasGroup: true,
    servingDays: [30, 1500],
  },
  communityVolunteer: {
    ages: [20, 65],
    maleShare: 0.45,
    elders: [2, 6],
    visits: (elders, random) => Math.max(1, elders - random.int(1, 2)),
    weekdays: (random) => (random.chance(0.7) ? [6, 7] : someDays(random, random.int(2, 3), true)),
    hours: [['09:00', '12:00']],
    skills: ['recreationCulture'],
    extraSkills: ['dailyLivingCare', 'legalAid', 'safetyEducation'],
    secondRoles: [],
    hasGroup: false,
    servingDays: [30, 1200],
  },
};

const VOLUNTEER_KINDS = weightedTable<VolunteerRole>([
  ['partyMemberVolunteer', 25],
  ['youngOldVolunteer', 25],
  ['womenVolunteer', 20],
  ['youthVolunteer', 15],
  ['communityVolunteer', 15],
]);

const LEAVE_REASONS = ['病假', '事假', '培训', '探亲', '农忙'] as const;

/** One planned caregiver: a role and where they are based. @internal */
export interface Slot {
  readonly role: PrimaryRole | 'volunteer';
  /** Township of a township-level or county-level caregiver. */
  readonly township?: TownshipLayout;
  /** Village of a village-level caregiver. */
  readonly village?: VillageLayout;
  /** The school a teacher teaches at (`SCH-…`). */
  readonly school?: string;
}

/**
 * How many caregivers a county gets by default: about one per five elders, and never fewer
 * than the cadres, village doctors, women's-federation members and one volunteer per village.
 *
 * @example
 * ```ts
 * defaultCaregiverCount(layout); // 77 for 300 elders in 3 townships of 6 villages
 * ```
 * @category Sample data
 */
export function defaultCaregiverCount(layout: CountyLayout): number {
  const elders = layout.villages.reduce((sum, village) => sum + village.elders, 0);
  return Math.max(Math.round(elders / 5), layout.townships.length + 4 * layout.villages.length + 2);
}

/**
 * Generate `count` caregivers for a county. Roles are filled by priority — a responsible
 * cadre for every township and village first, then village doctors and women's-federation
 * members, a social worker and a contracted carer, a volunteer per village, second cadres and
 * extra township cadres where elders are many — and the rest are volunteers spread over the
 * villages in proportion to their elders. Output is in area order, ids `C-00001` ….
 *
 * @param random - the caregiver stream
 * @param layout - the county
 * @param people - shared name and date tables
 * @param count - how many caregivers
 * @returns caregivers that {@link Caregiver} parses to deep-equal values
 * @example
 * ```ts
 * const caregivers = generateCaregivers(createRandom(1, 2), layout, people, 60);
 * ```
 * @category Sample data
 */
export function generateCaregivers(
  random: Random,
  layout: CountyLayout,
  people: PeopleTables,
  count: number,
): Caregiver[] {
  const slots = planSlots(random, layout, count);
  const caregivers: Caregiver[] = [];
  // Area order: each township's cadres, then each of its villages; county-wide workers last.
  const emit = (slot: Slot) =>
    caregivers.push(generateCaregiver(random, people, slot, caregivers.length + 1));
  const byTownship = new Map<TownshipLayout, Slot[]>();
  const byVillage = new Map<VillageLayout, Slot[]>();
  const countyWide: Slot[] = [];
  for (const slot of slots) {
    if (slot.village) push(byVillage, slot.village, slot);
    else if (slot.role === 'townshipResponsibleCadre' && slot.township)
      push(byTownship, slot.township, slot);
    else countyWide.push(slot);
  }
  for (const township of layout.townships) {
    for (const slot of byTownship.get(township) ?? []) emit(slot);
    for (const village of township.villages) {
      const villageSlots = byVillage.get(village) ?? [];
      villageSlots.sort((a, b) => roleOrder(a.role) - roleOrder(b.role));
      for (const slot of villageSlots) emit(slot);
    }
  }
  for (const slot of countyWide) emit(slot);
  return caregivers;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** About this share of the sample's elders are 空巢 (measured on generated townships). */
const EMPTY_NEST_SHARE = 0.56;
/** Subjects a township cadre holds on a 包保 contract (weekly visits) in the sample. @internal */
export const TOWNSHIP_CASELOAD = 20;
/** Subjects a village cadre holds on a 包保 contract (monthly calls) in the sample. @internal */
export const VILLAGE_CASELOAD = 15;

const VILLAGE_ROLE_ORDER = [
  'villageResponsibleCadre',
  'womensFederationBranchMember',
  'villageDoctor',
  'volunteer',
];
function roleOrder(role: Slot['role']): number {
  return VILLAGE_ROLE_ORDER.indexOf(role);
}

/** The roles to fill, in priority order, cut at `count`. */
function planSlots(random: Random, layout: CountyLayout, count: number): Slot[] {
  const { townships, villages } = layout;
  const elders = villages.reduce((sum, village) => sum + village.elders, 0);
  const seatTownship = townships[0] as TownshipLayout;
  const slots: Slot[] = [];
  // 包保 caseloads (spec §3.1 · S18 L515): enough township cadres for a weekly visit to each
  // empty-nest elder, and village cadres for their monthly contact, first of all.
  for (const township of townships) {
    const cadres = Math.max(
      1,
      Math.round((EMPTY_NEST_SHARE * township.elders) / TOWNSHIP_CASELOAD),
    );
    for (let i = 0; i < cadres; i++) slots.push({ role: 'townshipResponsibleCadre', township });
  }
  for (const village of villages) {
    const cadres = Math.max(1, Math.ceil((EMPTY_NEST_SHARE * village.elders) / VILLAGE_CASELOAD));
    for (let i = 0; i < cadres; i++) slots.push({ role: 'villageResponsibleCadre', village });
  }
  for (const village of villages) slots.push({ role: 'villageDoctor', village });
  for (const village of villages) slots.push({ role: 'womensFederationBranchMember', village });
  slots.push({ role: 'socialWorker', township: seatTownship });
  slots.push({ role: 'contractedCareWorker', township: seatTownship });
  // One volunteer per village, the villages with most elders first.
  const byElders = [...villages].sort((a, b) => b.elders - a.elders);
  for (const village of byElders) slots.push({ role: 'volunteer', village });
  // A few county-wide workers, based at the seat or another township.
  const extraSocial = Math.min(2, Math.floor(elders / 2000));
  const extraCare = Math.min(3, Math.floor(elders / 1500));
  for (let i = 0; i < extraSocial; i++) {
    slots.push({ role: 'socialWorker', township: random.pick(townships) });
  }
  for (let i = 0; i < extraCare; i++) {
    slots.push({ role: 'contractedCareWorker', township: random.pick(townships) });
  }

  const planned = slots.slice(0, count);
  const rest = count - planned.length;
  if (rest > 0 && villages.length > 0) {
    // The remaining volunteers follow the elders (plus one, so empty villages get a few).
    const shares = apportion(
      rest,
      villages.map((village) => village.elders + 1),
    );
    villages.forEach((village, i) => {
      for (let n = 0; n < (shares[i] ?? 0); n++) planned.push({ role: 'volunteer', village });
    });
  }
  return planned;
}

/** One caregiver for a slot, with id `C-<serial>`. @internal */
export function generateCaregiver(
  random: Random,
  people: PeopleTables,
  slot: Slot,
  serial: number,
): Caregiver {
  const role: PrimaryRole =
    slot.role === 'volunteer' ? random.weighted(VOLUNTEER_KINDS) : slot.role;
  const profile = PROFILES[role];
  const sex: Sex = random.chance(profile.maleShare) ? 'male' : 'female';
  const age = random.int(profile.ages[0], profile.ages[1]);
  const roles: CaregiverRole[] = [role];
  for (const [second, p] of profile.secondRoles) if (random.chance(p)) roles.push(second);

  let regionCode: RegionCode;
  let coordinates: Coordinates;
  let group: number | undefined;
  if (slot.village) {
    regionCode = slot.village.code;
    coordinates = scatterAround(random, slot.village.centre, 0.5, 1.5);
    if (profile.hasGroup) group = random.int(1, slot.village.groupNames.length);
  } else {
    const township = slot.township as TownshipLayout;
    regionCode = township.code;
    // Township staff live and work at the township seat.
    coordinates = scatterAround(random, township.seat, 0.2, 0.6);
  }

  const elders = random.int(profile.elders[0], profile.elders[1]);
  const skills = new Set<ServiceCategory>(profile.skills);
  for (const skill of profile.extraSkills) if (random.chance(0.5)) skills.add(skill);
  const leave = random.chance(0.08) ? [leaveNear(random, people)] : [];

  return {
    id: `C-${String(serial).padStart(5, '0')}` as CaregiverId,
    name: personName(random, people, sex, age >= 60 ? 'elder' : 'younger'),
    roles,
    phone: mobileNumber(random, people),
    sex,
    birthDate: dateOf(people, birthDayForAge(random, people, age)),
    home: group === undefined ? { regionCode, coordinates } : { regionCode, group, coordinates },
    capacity: { elders, visitsPerWeek: profile.visits(elders, random) },
    availability: {
      weekdays: profile.weekdays(random),
      hours: profile.hours.map(([from, to]) => ({ from: from as TimeOfDay, to: to as TimeOfDay })),
      leave,
    },
    // In the order the schema lists the categories.
    skills: ServiceCategory.options.filter((skill) => skills.has(skill)),
    ...(slot.school === undefined ? {} : { schoolId: slot.school }),
    // Nobody started serving before the age of 17.
    validFrom: daysBeforeAsOf(
      random,
      people,
      profile.servingDays[0],
      Math.min(profile.servingDays[1], (age - 17) * 365),
    ),
  };
}

/** A short leave (请假) starting within a month before or six weeks after asOf. */
function leaveNear(
  random: Random,
  people: PeopleTables,
): Caregiver['availability']['leave'][number] {
  const from = people.asOfDay + random.int(-30, 45);
  return {
    from: dateOf(people, from),
    to: dateOf(people, from + random.int(1, 14)),
    reason: random.pick(LEAVE_REASONS),
  };
}
