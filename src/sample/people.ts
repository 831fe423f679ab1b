/**
 * Building blocks for fictional people: names, mobile numbers, birth dates for an age, and
 * map points near a place. Shared by the elder and caregiver generators.
 * @module
 */
import {
  addYears,
  ageInFullYears,
  type Coordinates,
  fromDayNumber,
  type PhoneNumber,
  type PlainDate,
  type Sex,
  toDayNumber,
} from '../models/index.js';
import {
  ELDER_GIVEN_NAME_CHARACTERS,
  MOBILE_PREFIXES,
  SURNAMES,
  YOUNGER_GIVEN_NAME_CHARACTERS,
} from './names.js';
import { type Random, type WeightedTable, weightedTable } from './random.js';

/**
 * Tables built once per generated county and shared by every person in it.
 *
 * @example
 * ```ts
 * const tables: PeopleTables = createPeopleTables(plainDate('2026-06-30'));
 * ```
 * @category Sample data
 */
export interface PeopleTables {
  readonly surnames: WeightedTable<string>;
  readonly asOf: PlainDate;
  readonly asOfDay: number;
  /** Day-number range of birth dates giving each age on `asOf`, filled on demand. */
  readonly birthDays: Map<number, readonly [number, number]>;
  /**
   * Text of each day number used so far, indexed by day number − `firstDay`: generated dates
   * cluster, so most are repeats.
   */
  readonly dates: (PlainDate | undefined)[];
  readonly firstDay: number;
  /** `'0000'` … `'9999'`, for fast phone numbers. */
  readonly fourDigits: readonly string[];
}

/**
 * The tables of {@link PeopleTables} for one as-of date.
 *
 * @example
 * ```ts
 * const tables = createPeopleTables(plainDate('2026-06-30'));
 * ```
 * @category Sample data
 */
export function createPeopleTables(asOf: PlainDate): PeopleTables {
  return {
    surnames: weightedTable(SURNAMES),
    asOf,
    asOfDay: toDayNumber(asOf),
    birthDays: new Map(),
    dates: [],
    // The oldest elder was born at most 101 years before asOf.
    firstDay: toDayNumber(asOf) - 102 * 366,
    fourDigits: Array.from({ length: 10_000 }, (_, n) => String(n).padStart(4, '0')),
  };
}

/**
 * The date `day` (a day number, as {@link toDayNumber} gives), from the tables' cache.
 *
 * @example
 * ```ts
 * dateOf(tables, tables.asOfDay - 1); // the day before asOf
 * ```
 * @category Sample data
 */
export function dateOf(tables: PeopleTables, day: number): PlainDate {
  const index = day - tables.firstDay;
  if (index < 0) return fromDayNumber(day);
  let text = tables.dates[index];
  if (text === undefined) {
    text = fromDayNumber(day);
    tables.dates[index] = text;
  }
  return text;
}

/**
 * The date a random number of days, from `minDays` to `maxDays`, before asOf.
 *
 * @example
 * ```ts
 * daysBeforeAsOf(random, tables, 0, 90); // within the last quarter
 * ```
 * @category Sample data
 */
export function daysBeforeAsOf(
  random: Random,
  tables: PeopleTables,
  minDays: number,
  maxDays: number,
): PlainDate {
  return dateOf(tables, tables.asOfDay - random.int(minDays, maxDays));
}

/**
 * A generation of given names: elders were mostly named before the mid-1960s.
 *
 * @example
 * ```ts
 * personName(random, tables, 'male', 'younger'); // e.g. '张伟'
 * ```
 * @category Sample data
 */
export type NameGeneration = 'elder' | 'younger';

/**
 * A full name: a surname (or `surname` when given) and one or two given-name characters.
 *
 * @example
 * ```ts
 * personName(random, tables, 'female', 'elder'); // e.g. '王秀英'
 * ```
 * @category Sample data
 */
export function personName(
  random: Random,
  tables: PeopleTables,
  sex: Sex,
  generation: NameGeneration,
  surname?: string,
): string {
  const family = surname ?? random.weighted(tables.surnames);
  const characters = (
    generation === 'elder' ? ELDER_GIVEN_NAME_CHARACTERS : YOUNGER_GIVEN_NAME_CHARACTERS
  )[sex];
  const first = random.pick(characters);
  // About a third of rural names of these generations have a single given character.
  if (random.chance(0.3)) return family + first;
  let second = random.pick(characters);
  if (second === first) second = random.pick(characters);
  return family + first + second;
}

/**
 * A mainland mobile number (11 digits, 1[3-9]…).
 *
 * @example
 * ```ts
 * mobileNumber(random, tables); // e.g. '13912345678'
 * ```
 * @category Sample data
 */
export function mobileNumber(random: Random, tables: PeopleTables): PhoneNumber {
  const { fourDigits } = tables;
  return (random.pick(MOBILE_PREFIXES) +
    fourDigits[random.int(0, 9999)] +
    fourDigits[random.int(0, 9999)]) as PhoneNumber;
}

/**
 * The first and last day number of birth dates whose age in full years on `tables.asOf` is
 * `age` (leap days handled as {@link ageInFullYears} does). Cached per age.
 *
 * @example
 * ```ts
 * const [first, last] = birthDayRange(tables, 60);
 * ```
 * @category Sample data
 */
export function birthDayRange(tables: PeopleTables, age: number): readonly [number, number] {
  const cached = tables.birthDays.get(age);
  if (cached) return cached;
  const { asOf } = tables;
  const ageOf = (day: number) => ageInFullYears(fromDayNumber(day), asOf);
  // Start from the calendar answer and step over the 29 February edge cases.
  let last = toDayNumber(addYears(asOf, -age));
  while (ageOf(last) < age) last -= 1;
  while (ageOf(last + 1) >= age) last += 1;
  let first = toDayNumber(addYears(asOf, -(age + 1))) + 1;
  while (ageOf(first) > age) first += 1;
  while (ageOf(first - 1) === age) first -= 1;
  const range = [first, last] as const;
  tables.birthDays.set(age, range);
  return range;
}

/**
 * The day number of a birth date at which a person is exactly `age` full years old on
 * `tables.asOf` (turn it into a date with {@link dateOf}).
 *
 * @example
 * ```ts
 * dateOf(tables, birthDayForAge(random, tables, 72)); // ageInFullYears(…, asOf) === 72
 * ```
 * @category Sample data
 */
export function birthDayForAge(random: Random, tables: PeopleTables, age: number): number {
  const [first, last] = birthDayRange(tables, age);
  return random.int(first, last);
}

const KM_PER_DEGREE_LATITUDE = 111.32;

/**
 * The point `northKm` north and `eastKm` east of `origin` (flat-earth approximation, fine at
 * county scale), rounded to six decimals (about 0.1 m).
 *
 * @example
 * ```ts
 * offsetCoordinates({ latitude: 25.67, longitude: 104.26 }, 1, 0); // about 1 km north
 * ```
 * @category Sample data
 */
export function offsetCoordinates(
  origin: Coordinates,
  northKm: number,
  eastKm: number,
): Coordinates {
  const kmPerDegreeLongitude = KM_PER_DEGREE_LATITUDE * Math.cos((origin.latitude * Math.PI) / 180);
  return {
    latitude: round6(origin.latitude + northKm / KM_PER_DEGREE_LATITUDE),
    longitude: round6(origin.longitude + eastKm / kmPerDegreeLongitude),
  };
}

/**
 * A point scattered around `origin`: normal-ish offsets of `sigmaKm` on each axis, pulled in
 * to at most `maxKm` from it.
 *
 * @example
 * ```ts
 * scatterAround(random, villageCentre, 0.5, 1.5); // a house within 1.5 km of the centre
 * ```
 * @category Sample data
 */
export function scatterAround(
  random: Random,
  origin: Coordinates,
  sigmaKm: number,
  maxKm: number,
): Coordinates {
  let north = random.gaussian() * sigmaKm;
  let east = random.gaussian() * sigmaKm;
  const distance = Math.sqrt(north * north + east * east);
  if (distance > maxKm) {
    const scale = (maxKm / distance) * 0.999;
    north *= scale;
    east *= scale;
  }
  return offsetCoordinates(origin, north, east);
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
