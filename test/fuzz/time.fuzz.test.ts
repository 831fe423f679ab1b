/**
 * Fuzzing the time modules: every public export of PlainDate's helpers, calendar, recurrence
 * and ical, fed generated values of every kind (wrong types, NaN, ±Infinity, huge numbers,
 * impossible dates, the calendar's ends, year 10000) and random recurrence rules, must return
 * or throw one GuanaiError, within the hang bound (see harness.ts). The hand-made cases of the
 * reliability catalogue come first.
 */
import fc from 'fast-check';
import { afterAll, describe, it, vi } from 'vitest';
import {
  addWorkingDays,
  chinaHolidayCalendar,
  dayInfo,
  eldersMonth,
  extendHolidayCalendar,
  FestivalKey,
  festivalDate,
  festivalsBetween,
  fromLunar,
  HolidayKey,
  HolidayYear,
  isWorkingDay,
  leapMonthOf,
  lunarMonthLength,
  lunarRange,
  nextWorkingDay,
  previousWorkingDay,
  RestDays,
  toLunar,
  workingDaysBetween,
} from '../../src/calendar/index.js';
import { toICalendar } from '../../src/ical/index.js';
import {
  addDays,
  addMonths,
  addYears,
  ageInFullYears,
  comparePlainDates,
  daysBetween,
  fromDayNumber,
  isoWeekdayOf,
  isPlainDate,
  PlainDate,
  PlainDateTime,
  plainDate,
  safeParse,
  toDayNumber,
} from '../../src/models/index.js';
import {
  Cadence,
  expandPlan,
  expandPlans,
  expandRRule,
  formatRRule,
  HolidayPolicy,
  occurrenceState,
  PlanAssignee,
  PlanSubjects,
  PROGRAMME_PRESETS,
  parseRRule,
  periodOf,
  planFromPreset,
  QuotaPeriod,
  ShortMonth,
  VisitChannel,
  VisitKind,
  VisitPlan,
  VisitWindow,
  windowOf,
} from '../../src/recurrence/index.js';
import { FUZZ_RUNS, FUZZ_SEED, outcomeOf, reportTallies } from './harness.js';

afterAll(() => reportTallies('time'));
// Each property makes FUZZ_RUNS calls or more; a longer run gets a longer test timeout (the
// bound on a single call is the harness's HANG_MS).
vi.setConfig({ testTimeout: 5000 + FUZZ_RUNS * 25 });

const settings = { numRuns: FUZZ_RUNS, seed: FUZZ_SEED };
/** Properties whose calls do real work (expansions) get a quarter of the runs. */
const heavy = { numRuns: Math.max(1, Math.floor(FUZZ_RUNS / 4)), seed: FUZZ_SEED };

// ---------------------------------------------------------------------------------------------
// Generators

/** Values of every kind, nested a little, BigInts and odd prototypes included. */
const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

const edgeNumbers = fc.constantFrom(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  1e308,
  -1e308,
  2 ** 53,
  2_932_896,
  -719_162,
  1e6,
);
const numbers = fc.oneof(fc.integer(), fc.double(), edgeNumbers, fc.integer({ min: -40, max: 40 }));

const edgeDates = fc.constantFrom(
  '2026-02-30',
  '2023-02-29',
  '2024-02-29',
  '9999-12-31',
  '9999-12-27',
  '0001-01-01',
  '10000-01-01',
  '0000-01-01',
  '1899-12-31',
  '2100-12-31',
  '2101-01-01',
  '2026-1-1',
  ' 2026-01-01',
  '2026-01-01T09:30',
  '',
  'x'.repeat(100_000),
);
/** Real days 1900–2100, where the tables are. */
const realDate = fc
  .integer({ min: toDayNumber(plainDate('1900-01-31')), max: toDayNumber(plainDate('2100-12-31')) })
  .map(fromDayNumber);
/** Any day a PlainDate can name. */
const anyDay = fc.integer({ min: -719_162, max: 2_932_896 }).map(fromDayNumber);
const dateish = fc.oneof(
  { weight: 4, arbitrary: realDate },
  { weight: 2, arbitrary: anyDay },
  { weight: 2, arbitrary: edgeDates },
  { weight: 1, arbitrary: anything },
);
const junkOrNumber = fc.oneof(numbers, anything);

/** `good` eight times in nine, `bad` otherwise. */
const mostly = <T, U>(good: fc.Arbitrary<T>, bad: fc.Arbitrary<U>) =>
  fc.oneof({ weight: 8, arbitrary: good }, { weight: 1, arbitrary: bad });

/** `arbitrary` one time in `every`, undefined otherwise. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, every: number) =>
  fc.oneof(
    { weight: every - 1, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: arbitrary },
  );

/** One optional value per rule part, so that no part repeats; each in one rule of four. */
const part = (name: string, values: readonly string[]) =>
  sometimes(fc.constantFrom(...values.map((value) => `${name}=${value}`)), 4);

/** A random Gregorian or lunar RRULE, mostly well-formed, sometimes not. */
const rrule = fc
  .record({
    rscale: sometimes(fc.constant('RSCALE=CHINESE'), 6),
    freq: part('FREQ', ['SECONDLY', 'MINUTELY', 'HOURLY', 'DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']),
    interval: part('INTERVAL', ['1', '2', '3', '7', '15', '30', '9999']),
    byHour: part('BYHOUR', ['0', '9,17', '1,3,5']),
    byMinute: part('BYMINUTE', ['0,30', '15']),
    bySecond: part('BYSECOND', ['0', '60', '5,10']),
    byMonth: part('BYMONTH', ['2', '4,6', '1,12']),
    byMonthDay: part('BYMONTHDAY', ['30', '-1,15', '31', '29']),
    byDay: part('BYDAY', ['MO,FR', '-1FR', '2TU', 'SA,SU']),
    bySetPos: part('BYSETPOS', ['1', '-1,3', '400']),
    byYearDay: part('BYYEARDAY', ['1,-1,366', '60']),
    byWeekNo: part('BYWEEKNO', ['53', '1', '-1']),
    wkst: part('WKST', ['SU', 'MO']),
    end: part('X', ['COUNT=5', 'COUNT=999999', 'UNTIL=20270101T000000Z', 'UNTIL=20200101']),
    noise: sometimes(fc.string({ maxLength: 12 }), 12),
  })
  // Nearly every rule has a FREQ: without one it is only a missingFreq.
  .map(({ freq, end, noise, ...parts }) =>
    [
      parts.rscale,
      freq ?? 'FREQ=DAILY',
      ...Object.entries(parts)
        .filter(([name]) => name !== 'rscale')
        .map(([, value]) => value),
      end?.slice(2),
      noise === undefined ? undefined : `X-${noise}`,
    ]
      .filter((item) => item !== undefined)
      .join(';'),
  );

const compact = (date: string) => date.replace(/-/g, '');
const time = fc.constantFrom('000000', '090000', '093015', '235959');
/** Recurrence text: DTSTART (a real day, a date or a time), the rule, maybe RDATE/EXDATE. */
const recurrenceText = fc
  .record({ start: realDate, time, date: fc.boolean(), rule: rrule, extra: fc.boolean() })
  .map(
    ({ start, time: at, date, rule, extra }) =>
      `${date ? `DTSTART;VALUE=DATE:${compact(start)}` : `DTSTART:${compact(start)}T${at}`}\nRRULE:${rule}${
        extra ? `\nRDATE:${compact(start)}T120000\nEXDATE:${compact(start)}T${at}` : ''
      }`,
  );

/** A range near DTSTART's days: from a few years before to a few after, at most a year long. */
const rangeNear = fc
  .record({ from: realDate, days: fc.integer({ min: 0, max: 366 }) })
  .map(({ from, days }) => ({
    from,
    to: toDayNumber(from) + days > 47_846 ? from : addDays(from, days),
  }));

const cadence = fc.oneof(
  fc.record({ type: fc.constant('quota'), period: fc.constantFrom(...QuotaPeriod.options) }),
  fc.record({
    type: fc.constant('weekly'),
    weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 3 }),
    interval: fc.integer({ min: 1, max: 4 }),
  }),
  fc.record({ type: fc.constant('monthlyDay'), day: fc.constantFrom(1, 15, 31, -1) }),
  fc.record({
    type: fc.constant('monthlyWeekday'),
    weekday: fc.integer({ min: 1, max: 7 }),
    nth: fc.constantFrom(1, 5, -1),
  }),
  fc.record({ type: fc.constant('yearly'), dates: fc.constant([{ month: 2, day: 29 }]) }),
  fc.record({ type: fc.constant('lunarYearly'), month: fc.constant(9), day: fc.constant(9) }),
  fc.record({
    type: fc.constant('festival'),
    festivals: fc.constant(['springFestival', 'doubleNinth']),
  }),
  fc.record({ type: fc.constant('rolling'), days: fc.integer({ min: 1, max: 366 }) }),
  rrule.map((text) => ({ type: 'rrule', rule: text })),
);

/** A plan input: valid-looking, with a random cadence, first day and holiday policy. */
const planInput = fc.record({
  id: fc.constant('p'),
  who: fc.constant({ role: 'townshipResponsibleCadre' }),
  whom: fc.constant({ elders: ['E-1', 'E-2'] }),
  kind: fc.constant('homeVisit'),
  channel: fc.constant('inPerson'),
  cadence,
  holidayPolicy: fc.constantFrom(...HolidayPolicy.options),
  validFrom: fc.oneof(realDate, anyDay),
});

/** A plan: mostly valid ones (those that parse), sometimes anything at all. */
const plan = fc.oneof(
  {
    weight: 4,
    arbitrary: planInput
      .map((input) => safeParse(VisitPlan, input))
      .map((r) => (r.ok ? r.value : r.issues)),
  },
  { weight: 1, arbitrary: anything },
);

const expandOptions = fc.oneof(
  { weight: 4, arbitrary: rangeNear },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        from: dateish,
        to: dateish,
        maxDays: junkOrNumber,
        calendar: anything,
        lastCompleted: anything,
      },
      { requiredKeys: ['from', 'to'] },
    ),
  },
  { weight: 1, arbitrary: anything },
);

const call = (name: string, run: () => unknown) => {
  outcomeOf(name, run);
};

// ---------------------------------------------------------------------------------------------
// The catalogue, by hand

describe('the reliability catalogue: each case returns or is coded, quickly', () => {
  it('hangs and raw errors of the catalogue', () => {
    const hourly = 'DTSTART:20260101T090000\nRRULE:FREQ=HOURLY;INTERVAL=2;BYHOUR=0';
    call('expandRRule', () => expandRRule(hourly, { from: '2026-01-01', to: '2026-12-31' }));
    call('expandRRule', () =>
      expandRRule('DTSTART:20251201T000000\nRRULE:FREQ=SECONDLY', {
        from: '2026-01-01',
        to: '2026-01-01',
      }),
    );
    call('expandRRule', () =>
      expandRRule('DTSTART:20260101T090000\nRRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30', {
        from: '2026-01-01',
        to: '2026-12-31',
      }),
    );
    call('expandRRule', () =>
      expandRRule('DTSTART:20260101T090000\nRRULE:FREQ=DAILY', {
        from: '2026-01-01',
        to: '2099-12-31',
        maxDays: Number.NaN,
      }),
    );
    const plan = (cadence: unknown) =>
      safeParse(VisitPlan, {
        id: 'p',
        who: { role: 'townshipResponsibleCadre' },
        whom: { elders: ['E-1'] },
        kind: 'homeVisit',
        channel: 'inPerson',
        cadence,
        validFrom: '9999-01-01',
      });
    for (const period of QuotaPeriod.options) {
      const parsed = plan({ type: 'quota', period });
      if (!parsed.ok) throw new Error('a quota plan in 9999 is valid');
      call('expandPlan', () =>
        expandPlan(parsed.value, { from: plainDate('9999-01-01'), to: plainDate('9999-12-31') }),
      );
    }
    call('VisitPlan', () => plan({ type: 'rrule', rule: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=1' }));
    call('addDays', () => addDays(plainDate('9999-12-31'), 1));
    call('dayInfo', () => dayInfo(undefined as never));
    call('ageInFullYears', () => ageInFullYears(undefined as never, plainDate('2026-01-01')));
    call('isoWeekdayOf', () => isoWeekdayOf(null as never));
    const stamp = PlainDateTime.parse('2026-03-01T08:00');
    const visits = expandPlan(
      VisitPlan.parse({
        id: 'p',
        who: { role: 'townshipResponsibleCadre' },
        whom: { elders: ['E-1'] },
        kind: 'homeVisit',
        channel: 'inPerson',
        cadence: { type: 'quota', period: 'week' },
        validFrom: '2026-01-01',
      }),
      { from: plainDate('2026-01-01'), to: plainDate('2026-01-31') },
    );
    call('toICalendar', () => toICalendar(visits, { stamp, uid: () => 42 as never }));
    call('toICalendar', () => toICalendar(visits, { stamp, locale: 'fr' as never }));
  });
});

// ---------------------------------------------------------------------------------------------
// PlainDate and its helpers

describe('PlainDate helpers: anything in, a value or one GuanaiError out', () => {
  it('one-date functions', () => {
    fc.assert(
      fc.property(dateish, (date) => {
        call('isPlainDate', () => isPlainDate(date));
        call('plainDate', () => plainDate(date as string));
        call('toDayNumber', () => toDayNumber(date as PlainDate));
        call('isoWeekdayOf', () => isoWeekdayOf(date as PlainDate));
        call('PlainDate', () => safeParse(PlainDate, date));
      }),
      settings,
    );
  });

  it('arithmetic with numbers of every kind', () => {
    fc.assert(
      fc.property(dateish, junkOrNumber, anything, (date, n, options) => {
        const d = date as PlainDate;
        const k = n as number;
        call('fromDayNumber', () => fromDayNumber(k));
        call('addDays', () => addDays(d, k));
        call('addMonths', () => addMonths(d, k));
        call('addYears', () => addYears(d, k, options as never));
      }),
      settings,
    );
  });

  it('two-date functions', () => {
    fc.assert(
      fc.property(dateish, dateish, anything, (a, b, options) => {
        const [x, y] = [a as PlainDate, b as PlainDate];
        call('daysBetween', () => daysBetween(x, y));
        call('ageInFullYears', () => ageInFullYears(x, y, options as never));
        call('comparePlainDates', () => comparePlainDates(x, y));
      }),
      settings,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Calendar

const calendarArg = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 1, arbitrary: fc.constant(chinaHolidayCalendar()) },
  {
    weight: 1,
    arbitrary: fc.constant({
      years: [],
      arrangements: [],
      restDayOf: () => ({ holiday: 'newYearsDay' }),
      isMakeupWorkday: () => false,
      covers: () => true,
    }),
  },
  { weight: 1, arbitrary: anything },
);

describe('calendar: anything in, a value or one GuanaiError out', () => {
  it('day lookups and working days', () => {
    fc.assert(
      fc.property(dateish, dateish, junkOrNumber, calendarArg, (a, b, n, calendar) => {
        const [x, y] = [a as PlainDate, b as PlainDate];
        const c = calendar as never;
        call('dayInfo', () => dayInfo(x, c));
        call('isWorkingDay', () => isWorkingDay(x, c));
        call('nextWorkingDay', () => nextWorkingDay(x, c));
        call('previousWorkingDay', () => previousWorkingDay(x, c));
        call('addWorkingDays', () => addWorkingDays(x, n as number, c));
        call('workingDaysBetween', () => workingDaysBetween(x, y, c));
      }),
      settings,
    );
  });

  it('lunar dates and festivals', () => {
    const year = fc.oneof(fc.integer({ min: 1890, max: 2110 }), junkOrNumber);
    const key = fc.oneof(fc.constantFrom(...FestivalKey.options), anything);
    fc.assert(
      fc.property(
        dateish,
        dateish,
        year,
        mostly(fc.integer({ min: 1, max: 12 }), junkOrNumber),
        mostly(fc.integer({ min: 1, max: 30 }), junkOrNumber),
        key,
        mostly(fc.boolean(), anything),
        (a, b, y, m, d, k, leap) => {
          const [x, z] = [a as PlainDate, b as PlainDate];
          call('toLunar', () => toLunar(x));
          call('fromLunar', () =>
            fromLunar({ year: y, month: m, day: d, isLeapMonth: leap } as never),
          );
          call('fromLunar', () => fromLunar(leap as never));
          call('leapMonthOf', () => leapMonthOf(y as number));
          call('lunarMonthLength', () => lunarMonthLength(y as number, m as number, leap as never));
          call('lunarRange', () => lunarRange());
          call('festivalDate', () => festivalDate(k as never, y as number));
          call('festivalsBetween', () => festivalsBetween(x, z));
          call('eldersMonth', () => eldersMonth(y as number));
          call('FestivalKey', () => safeParse(FestivalKey, k));
        },
      ),
      settings,
    );
  });

  it('holiday arrangements and extending the calendar', () => {
    const arrangement = fc.oneof(
      fc.record({
        year: fc.integer({ min: 2020, max: 2035 }),
        scope: fc.constantFrom('national', 'local', 'x'),
        rest: fc.array(
          fc.record({
            holiday: fc.constantFrom(...HolidayKey.options, 'local'),
            from: dateish,
            to: dateish,
            name: fc.string(),
          }),
          { maxLength: 3 },
        ),
        makeupWorkdays: fc.array(dateish, { maxLength: 3 }),
      }),
      anything,
    );
    fc.assert(
      fc.property(
        fc.oneof(fc.array(arrangement, { maxLength: 3 }), anything),
        calendarArg,
        (additions, base) => {
          call('extendHolidayCalendar', () =>
            extendHolidayCalendar((base ?? chinaHolidayCalendar()) as never, additions as never),
          );
          call('HolidayYear', () => safeParse(HolidayYear, (additions as unknown[])?.[0]));
          call('RestDays', () => safeParse(RestDays, additions));
          call('HolidayKey', () => safeParse(HolidayKey, additions));
          call('chinaHolidayCalendar', () => chinaHolidayCalendar().covers(additions as never));
        },
      ),
      settings,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Recurrence

describe('recurrence: anything in, a value or one GuanaiError out', () => {
  it('expandRRule over random rules, DTSTARTs and ranges', () => {
    fc.assert(
      fc.property(recurrenceText, rangeNear, (text, range) => {
        call('expandRRule', () => expandRRule(text, range));
      }),
      heavy,
    );
  });

  it('expandRRule with options and text of every kind', () => {
    const options = fc.oneof(
      fc.record(
        {
          from: dateish,
          to: dateish,
          maxDays: junkOrNumber,
          limit: junkOrNumber,
          maxSteps: junkOrNumber,
        },
        { requiredKeys: ['from', 'to'] },
      ),
      anything,
    );
    fc.assert(
      fc.property(fc.oneof(recurrenceText, anything, fc.string()), options, (text, o) => {
        call('expandRRule', () => expandRRule(text as string, o as never));
      }),
      heavy,
    );
  });

  it('rule text, parts and schemas', () => {
    fc.assert(
      fc.property(fc.oneof(rrule, anything, fc.string()), anything, (text, junk) => {
        call('parseRRule', () => parseRRule(text as string));
        const parsed = typeof text === 'string' ? parseRRule(text) : undefined;
        call('formatRRule', () => formatRRule((parsed?.ok ? parsed.value : junk) as never));
        call('Cadence', () => safeParse(Cadence, junk));
        for (const schema of [
          QuotaPeriod,
          ShortMonth,
          HolidayPolicy,
          PlanAssignee,
          PlanSubjects,
          VisitChannel,
          VisitKind,
          VisitWindow,
        ])
          call('schemas', () => safeParse(schema, junk));
      }),
      settings,
    );
  });

  it('plans: validation, presets, windows and periods', () => {
    const presetKey = fc.oneof(fc.constantFrom(...Object.keys(PROGRAMME_PRESETS)), anything);
    fc.assert(
      fc.property(planInput, anything, presetKey, dateish, (input, junk, key, date) => {
        call('VisitPlan', () => safeParse(VisitPlan, input));
        call('VisitPlan', () => safeParse(VisitPlan, junk));
        call('planFromPreset', () =>
          planFromPreset(
            key as never,
            { id: 'p', whom: { elders: ['E-1'] }, validFrom: date } as never,
          ),
        );
        call('planFromPreset', () => planFromPreset(key as never, junk as never));
        call('windowOf', () => windowOf(junk as never));
        call('windowOf', () => windowOf(input as never));
        call('periodOf', () =>
          periodOf(
            'period' in input.cadence ? input.cadence.period : (junk as never),
            date as PlainDate,
          ),
        );
      }),
      settings,
    );
  });

  it('expandPlan and expandPlans over random plans and ranges', () => {
    fc.assert(
      fc.property(plan, expandOptions, (p, options) => {
        call('expandPlan', () => expandPlan(p as VisitPlan, options as never));
        call('expandPlans', () => [...expandPlans([p, p] as VisitPlan[], options as never)]);
      }),
      heavy,
    );
  });

  it('occurrenceState over real and broken occurrences', () => {
    const real = expandPlan(
      VisitPlan.parse({
        id: 'p',
        who: { role: 'townshipResponsibleCadre' },
        whom: { elders: ['E-1'] },
        kind: 'homeVisit',
        channel: 'inPerson',
        cadence: { type: 'quota', period: 'week' },
        validFrom: '2026-01-01',
      }),
      { from: plainDate('2026-01-01'), to: plainDate('2026-01-31') },
    );
    const occurrence = fc.oneof(fc.constantFrom(...real), anything);
    const records = fc.oneof(
      fc.array(
        fc.record({
          occurrenceKey: fc.constantFrom(...real.map((o) => o.key)),
          on: dateish,
          outcome: fc.constantFrom('completed', 'notDone', 'cancelled'),
        }),
        { maxLength: 3 },
      ),
      anything,
    );
    fc.assert(
      fc.property(occurrence, dateish, records, anything, (o, asOf, r, junk) => {
        call('occurrenceState', () => occurrenceState(o as never, { asOf, records: r } as never));
        call('occurrenceState', () => occurrenceState(o as never, junk as never));
      }),
      settings,
    );
  });
});

// ---------------------------------------------------------------------------------------------
// iCalendar

describe('toICalendar: anything in, a value or one GuanaiError out', () => {
  it('real visits with broken fields, options of every kind', () => {
    const real = expandPlan(
      VisitPlan.parse({
        id: 'p',
        who: { role: 'townshipResponsibleCadre' },
        whom: { elders: ['E-1', 'E-2'] },
        kind: 'homeVisit',
        channel: 'inPerson',
        cadence: { type: 'weekly', weekdays: [1, 4] },
        holidayPolicy: 'nextWorkingDay',
        time: '09:30',
        validFrom: '2026-01-01',
      }),
      { from: plainDate('2026-09-20'), to: plainDate('2026-10-20') },
    );
    const field = fc.constantFrom(
      'due',
      'openFrom',
      'overdueFrom',
      'expiresAt',
      'time',
      'durationMinutes',
      'kind',
      'channel',
      'services',
      'holiday',
      'plannedDue',
      'key',
    );
    // Distinct real visits (the same one twice is a duplicate UID), one of them maybe broken.
    const broken = fc.tuple(field, fc.oneof(anything, dateish, numbers));
    const visits = fc
      .tuple(fc.subarray(real, { maxLength: 4 }), sometimes(broken, 3), sometimes(anything, 8))
      .map(([list, damage, junk]) => {
        const out: unknown[] = [...list];
        if (damage && out.length > 0) out[0] = { ...list[0], [damage[0]]: damage[1] };
        if (junk !== undefined) out.push(junk);
        return out;
      });
    let calls = 0;
    const callback = fc.oneof(
      { weight: 4, arbitrary: fc.constant(undefined) },
      { weight: 4, arbitrary: fc.constant(() => `x${calls++}`) },
      { weight: 1, arbitrary: anything.map((x) => () => x) },
      { weight: 1, arbitrary: anything },
    );
    const options = mostly(
      fc.record(
        {
          stamp: mostly(fc.constant('2026-03-01T08:00'), dateish),
          locale: mostly(fc.constantFrom('zh-CN', 'en'), anything),
          calendarName: mostly(fc.string(), anything),
          productId: mostly(fc.string(), anything),
          uid: callback,
          subjectName: callback,
          location: callback,
        },
        { requiredKeys: ['stamp'] },
      ),
      anything,
    );
    fc.assert(
      fc.property(mostly(visits, anything), options, (visits, o) => {
        call('toICalendar', () => toICalendar(visits as never, o as never));
      }),
      settings,
    );
  });
});
