/**
 * The keys of {@link FestivalKey}, in the order the festivals fall within a lunar year, 元旦
 * first: the one list both the schema and the functions read. A plain array, so that
 * `festivalDate` and `festivalsBetween` ship without zod (an app that only reads the calendar
 * bundles no schema).
 *
 * @example
 * ```ts
 * FESTIVAL_KEYS.includes('doubleNinth'); // true
 * ```
 * @internal
 */
export const FESTIVAL_KEYS = [
  'newYearsDay',
  'springFestival',
  'lanternFestival',
  'qingming',
  'labourDay',
  'dragonBoat',
  'qixi',
  'midAutumn',
  'nationalDay',
  'doubleNinth',
  'laba',
  'newYearsEve',
] as const;
