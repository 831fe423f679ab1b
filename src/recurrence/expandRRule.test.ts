/**
 * expandRRule against python-dateutil (golden vectors generated once by
 * test/generate/rruleGolden.py), RFC 7529 lunar rules against the calendar module's festival
 * dates, and coded errors for bad text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { festivalDate, fromLunar } from '../calendar/index.js';
import { GuanaiError, type Issue } from '../errors/index.js';
import { expandRRule } from './expandRRule.js';
import golden from './rrule.golden.json' with { type: 'json' };

function issues(run: () => unknown): Issue[] {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError) return [...error.issues];
    throw error;
  }
  return [];
}

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

describe('RFC 5545 semantics: python-dateutil’s golden vectors', () => {
  it('holds enough cases to mean something', () => {
    expect(golden.generator).toBe('python-dateutil 2.9.0.post0');
    expect(golden.cases.length).toBeGreaterThanOrEqual(40);
  });

  for (const vector of golden.cases) {
    it(vector.name, () => {
      // A few vectors span up to nine years (29 February, ISO week 53).
      expect(expandRRule(vector.text, { from: vector.from, to: vector.to, maxDays: 4000 })).toEqual(
        vector.expected,
      );
    });
  }
});

describe('ranges and text forms', () => {
  it('a day bound covers the whole day; a date-time bound is exact', () => {
    const text = 'DTSTART:20260105T093000\nRRULE:FREQ=DAILY;COUNT=3';
    expect(expandRRule(text, { from: '2026-01-06', to: '2026-01-06' })).toEqual([
      '2026-01-06T09:30:00',
    ]);
    expect(expandRRule(text, { from: '2026-01-06T09:31', to: '2026-01-07T09:30' })).toEqual([
      '2026-01-07T09:30:00',
    ]);
  });

  it('a UTC DTSTART is China time eight hours later, across midnight', () => {
    expect(expandRRule('DTSTART:20260104T200000Z\nRRULE:FREQ=DAILY;COUNT=2', YEAR)).toEqual([
      '2026-01-05T04:00:00',
      '2026-01-06T04:00:00',
    ]);
  });

  it('unfolds folded lines and accepts CRLF and lower case', () => {
    const text =
      'DTSTART;TZID=Asia/Shanghai:20260105T093000\r\nRRULE:FREQ=WEEKLY;\r\n BYDAY=mo;COUNT=2';
    expect(expandRRule(text, YEAR)).toEqual(['2026-01-05T09:30:00', '2026-01-12T09:30:00']);
  });

  it('a DTSTART alone is one occurrence', () => {
    expect(expandRRule('DTSTART:20260105T093000', YEAR)).toEqual(['2026-01-05T09:30:00']);
  });

  it('bounds the work: range length and number of occurrences', () => {
    const minutely = 'DTSTART:20260101T000000\nRRULE:FREQ=MINUTELY';
    expect(issues(() => expandRRule(minutely, YEAR)).map((i) => i.code)).toEqual([
      'too_many_occurrences',
    ]);
    expect(
      issues(() => expandRRule(minutely, { from: '2026-01-01', to: '2036-01-01' })).map(
        (i) => i.code,
      ),
    ).toEqual(['range_too_long']);
    expect(
      expandRRule(minutely, { from: '2026-01-01T00:00', to: '2026-01-01T00:09', limit: 10 }),
    ).toHaveLength(10);
  });
});

describe('RSCALE=CHINESE (RFC 7529): lunar rules', () => {
  it('重阳 every year: 九月初九 equals the calendar’s 重阳, 2026–2035', () => {
    const text =
      'DTSTART;VALUE=DATE:20260101\nRRULE:RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=9;BYMONTHDAY=9';
    const days = expandRRule(text, { from: '2026-01-01', to: '2035-12-31', maxDays: 4000 }).map(
      (at) => at.slice(0, 10),
    );
    expect(days).toEqual(
      Array.from({ length: 10 }, (_, i) => festivalDate('doubleNinth', 2026 + i)),
    );
  });

  it('without BYMONTH and BYMONTHDAY the rule takes DTSTART’s lunar date (中秋 2026 onwards)', () => {
    const text = 'DTSTART:20260925T190000\nRRULE:RSCALE=CHINESE;FREQ=YEARLY;COUNT=3';
    expect(expandRRule(text, { from: '2026-01-01', to: '2030-12-31' })).toEqual(
      [2026, 2027, 2028].map((year) => `${festivalDate('midAutumn', year)}T19:00:00`),
    );
  });

  it('a leap month: 闰二月初一 exists in 2023 only; SKIP sends other years back or forward', () => {
    const rule = (skip: string) =>
      `DTSTART;VALUE=DATE:20230322\nRRULE:RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=2L;BYMONTHDAY=1${skip}`;
    const range = { from: '2023-01-01', to: '2025-12-31' };
    const days = (skip: string) => expandRRule(rule(skip), range).map((at) => at.slice(0, 10));
    expect(days('')).toEqual(['2023-03-22']);
    expect(days(';SKIP=BACKWARD')).toEqual([
      '2023-03-22',
      fromLunar({ year: 2024, month: 2, day: 1 }),
      fromLunar({ year: 2025, month: 2, day: 1 }),
    ]);
    expect(days(';SKIP=FORWARD')).toEqual([
      '2023-03-22',
      fromLunar({ year: 2024, month: 3, day: 1 }),
      fromLunar({ year: 2025, month: 3, day: 1 }),
    ]);
  });

  it('monthly on the lunar 1st and 15th (初一、十五), leap months included', () => {
    const text =
      'DTSTART;VALUE=DATE:20230301\nRRULE:RSCALE=CHINESE;FREQ=MONTHLY;BYMONTHDAY=1,15;COUNT=6';
    expect(
      expandRRule(text, { from: '2023-01-01', to: '2023-12-31' }).map((at) => at.slice(0, 10)),
    ).toEqual([
      fromLunar({ year: 2023, month: 2, day: 15 }),
      fromLunar({ year: 2023, month: 2, day: 1, isLeapMonth: true }),
      fromLunar({ year: 2023, month: 2, day: 15, isLeapMonth: true }),
      fromLunar({ year: 2023, month: 3, day: 1 }),
      fromLunar({ year: 2023, month: 3, day: 15 }),
      fromLunar({ year: 2023, month: 4, day: 1 }),
    ]);
  });

  it('the 30th of a 29-day month: omitted, or the last day (BACKWARD)', () => {
    // 腊月 of lunar 2025 has 29 days (除夕 2026-02-16 is 腊月廿九).
    const text = (skip: string) =>
      `DTSTART;VALUE=DATE:20250101\nRRULE:RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=30${skip}`;
    const range = { from: '2026-01-01', to: '2026-03-31' };
    expect(expandRRule(text(''), range)).toEqual([]);
    expect(expandRRule(text(';SKIP=BACKWARD'), range)).toEqual(['2026-02-16T00:00:00']);
  });
});

describe('bad text: coded errors naming the part', () => {
  const problems = (text: string) =>
    issues(() => expandRRule(text, YEAR)).map((i) =>
      i.code === 'rrule_invalid' ? `${i.params.part} ${i.params.problem}` : i.code,
    );

  it('names each bad part of the rule', () => {
    expect(
      problems('DTSTART:20260105T093000\nRRULE:FREQ=WEEKLY;BYDAY=XX;FOO=1;INTERVAL=0'),
    ).toEqual(['BYDAY=XX badValue', 'FOO=1 unknownName', 'INTERVAL=0 badValue']);
    expect(problems('DTSTART:20260105T093000\nRRULE:BYDAY=MO')).toEqual(['BYDAY=MO missingFreq']);
    expect(problems('DTSTART:20260105T093000\nRRULE:FREQ=DAILY;COUNT=2;UNTIL=20260201')).toEqual([
      'FREQ=DAILY;COUNT=2;UNTIL=20260201 countWithUntil',
    ]);
    expect(problems('DTSTART:20260105T093000\nRRULE:FREQ=YEARLY;BYMONTH=2L')).toEqual([
      'FREQ=YEARLY;BYMONTH=2L leapMonthWithoutRscale',
    ]);
    expect(problems('DTSTART:20260105T093000\nRRULE:RSCALE=HEBREW;FREQ=YEARLY')).toEqual([
      'RSCALE=HEBREW unsupported',
    ]);
    expect(problems('DTSTART:20260105T093000\nRRULE:RSCALE=CHINESE;FREQ=WEEKLY')).toEqual([
      'FREQ=WEEKLY unsupported',
    ]);
  });

  it('rejects what the lunar scale and this library do not define', () => {
    const start = 'DTSTART:20260105T093000\nRRULE:';
    expect(problems(`${start}RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=13`)).toEqual([
      'BYMONTH=13 badValue',
    ]);
    expect(problems(`${start}RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=BACKWARD`)).toEqual([
      'SKIP=BACKWARD unsupported',
    ]);
    expect(problems('DTSTART:20260101T000060')).toEqual(['DTSTART:20260101T000060 badValue']);
  });

  it('names bad lines: a missing DTSTART, a foreign zone, a bad date, an unknown line', () => {
    expect(problems('RRULE:FREQ=DAILY')).toEqual(['DTSTART missingStart']);
    expect(problems('DTSTART;TZID=America/New_York:20260105T093000')).toEqual([
      'DTSTART;TZID=AMERICA/NEW_YORK unsupported',
    ]);
    expect(problems('DTSTART:20260230T093000')).toEqual(['DTSTART:20260230T093000 badValue']);
    expect(problems('DTSTART:20260105T093000\nSUMMARY:走访')).toEqual(['SUMMARY:走访 unknownLine']);
  });

  it('bad bounds are coded too', () => {
    expect(
      issues(() =>
        expandRRule('DTSTART:20260105T093000', { from: '2026-13-01', to: '2026-12-31' }),
      ).map((i) => i.code),
    ).toEqual(['invalid_plain_date_time']);
    expect(
      issues(() =>
        expandRRule('DTSTART:20260105T093000', { from: '2026-12-31', to: '2026-01-01' }),
      ).map((i) => i.code),
    ).toEqual(['range_reversed']);
  });
});

describe('bounded work: rules that never match, rules started long ago, options', () => {
  const codes = (run: () => unknown) =>
    issues(run).map((i) =>
      i.code === 'rrule_invalid' ? `${i.params.part} ${i.params.problem}` : i.code,
    );

  it('refuses a sub-daily rule that can never match from DTSTART (it hung rrule.js)', () => {
    expect(
      codes(() =>
        expandRRule('DTSTART:20260101T090000\nRRULE:FREQ=HOURLY;INTERVAL=2;BYHOUR=0', YEAR),
      ),
    ).toEqual(['FREQ=HOURLY;INTERVAL=2;BYHOUR=0 neverMatches']);
    expect(
      codes(() =>
        expandRRule('DTSTART:20260101T000010\nRRULE:FREQ=SECONDLY;INTERVAL=20;BYSECOND=5', YEAR),
      ),
    ).toEqual(['FREQ=SECONDLY;INTERVAL=20;BYSECOND=5 neverMatches']);
    // Odd hours are reached from an odd DTSTART.
    expect(
      expandRRule('DTSTART:20260101T090000\nRRULE:FREQ=HOURLY;INTERVAL=2;BYHOUR=1;COUNT=2', YEAR),
    ).toEqual(['2026-01-02T01:00:00', '2026-01-03T01:00:00']);
    // rrule.js jumps whole hours here, off the rule's steps: not supported.
    expect(
      codes(() =>
        expandRRule('DTSTART:20260101T090000\nRRULE:FREQ=MINUTELY;INTERVAL=7;BYHOUR=9', YEAR),
      ),
    ).toEqual(['INTERVAL=7;BYHOUR=9 unsupported']);
  });

  it('refuses days no month has (it walked to the year 9999: 13 s)', () => {
    for (const freq of ['DAILY', 'MONTHLY', 'YEARLY', 'HOURLY']) {
      expect(
        codes(() =>
          expandRRule(`DTSTART:20260101T090000\nRRULE:FREQ=${freq};BYMONTH=2;BYMONTHDAY=30`, YEAR),
        ),
      ).toEqual(['BYMONTH=2;BYMONTHDAY=30 neverMatches']);
    }
    expect(
      codes(() => expandRRule('DTSTART:20260131T090000\nRRULE:FREQ=MONTHLY;BYMONTH=4,6', YEAR)),
    ).toEqual(['BYMONTH=4,6;DTSTART day 31 neverMatches']);
    expect(
      expandRRule('DTSTART:20240229T090000\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-29', {
        from: '2026-01-01',
        to: '2028-12-31',
      }),
    ).toEqual(['2028-02-01T09:00:00']);
  });

  it('starts at the range, not at DTSTART: a SECONDLY rule from a month before is quick', () => {
    const started = Date.now();
    const seconds = expandRRule('DTSTART:20251201T000003\nRRULE:FREQ=SECONDLY;INTERVAL=7', {
      from: '2026-01-01T00:00',
      to: '2026-01-01T00:00:30',
    });
    expect(Date.now() - started).toBeLessThan(1000);
    // 2026-01-01T00:00:00 is 2,678,397 s (7 × 382,628 + 1) after DTSTART: the next step is 6 s later.
    expect(seconds).toEqual([
      '2026-01-01T00:00:06',
      '2026-01-01T00:00:13',
      '2026-01-01T00:00:20',
      '2026-01-01T00:00:27',
    ]);
  });

  it('a rule that matches nothing in the range stops past its end; with COUNT from long ago, at maxSteps', () => {
    // BYYEARDAY=1 is never in February, which this check cannot prove: the range bounds it.
    const never = 'DTSTART:19000101T090000\nRRULE:FREQ=DAILY;BYMONTH=2;BYYEARDAY=1';
    const started = Date.now();
    expect(expandRRule(never, YEAR)).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
    // 46,000 days from 1900 to 2026 stay inside the default 50,000 steps.
    expect(expandRRule(`${never};COUNT=3`, YEAR)).toEqual([]);
    expect(
      issues(() => expandRRule(`${never};COUNT=3`, { ...YEAR, maxSteps: 10 }))[0]?.params,
    ).toEqual({
      what: 'recurrenceSteps',
      limit: 10,
    });
  });

  it('a range that ends before DTSTART is empty at once (found by fuzzing: 33 s)', () => {
    const text =
      'DTSTART;VALUE=DATE:20150621\nRRULE:FREQ=HOURLY;BYHOUR=1,3,5;BYMONTH=4,6;BYYEARDAY=60';
    const started = Date.now();
    expect(expandRRule(text, { from: '1952-03-24', to: '1952-12-08' })).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('checks every numeric option and the argument types', () => {
    const text = 'DTSTART:20260101T090000\nRRULE:FREQ=DAILY';
    for (const name of ['maxDays', 'limit', 'maxSteps']) {
      for (const value of [Number.NaN, -1, 1.5, Number.POSITIVE_INFINITY, '10', {}]) {
        expect(issues(() => expandRRule(text, { ...YEAR, [name]: value }))[0]).toMatchObject({
          code: 'invalid_argument',
          path: [name],
        });
      }
    }
    expect(codes(() => expandRRule(text, { ...YEAR, maxDays: 0 }))).toEqual(['range_too_long']);
    expect(codes(() => expandRRule(undefined as never, YEAR))).toEqual(['invalid_argument']);
    expect(codes(() => expandRRule(text, null as never))).toEqual(['invalid_argument']);
    expect(codes(() => expandRRule(text, { from: 5, to: '2026-01-01' } as never))).toEqual([
      'invalid_argument',
    ]);
  });

  it('moving DTSTART to the range changes nothing (COUNT keeps rrule.js at DTSTART)', () => {
    const rules = fc.record({
      freq: fc.constantFrom(
        'SECONDLY',
        'MINUTELY',
        'HOURLY',
        'DAILY',
        'WEEKLY',
        'MONTHLY',
        'YEARLY',
      ),
      interval: fc.integer({ min: 1, max: 5 }),
      extra: fc.constantFrom(
        '',
        ';BYMONTH=2,3,11',
        ';BYMONTHDAY=1,15,-1',
        ';BYDAY=MO,FR',
        ';BYDAY=MO;BYSETPOS=1',
        ';BYHOUR=9,10;BYMINUTE=0,30',
      ),
      startDay: fc.integer({ min: 0, max: 3000 }),
      time: fc.constantFrom('000000', '093000', '231559'),
    });
    fc.assert(
      fc.property(rules, ({ freq, interval, extra, startDay, time }) => {
        // Sub-daily rules start a few days before the range, the others a few years.
        const back = ['SECONDLY', 'MINUTELY', 'HOURLY'].includes(freq) ? startDay % 3 : startDay;
        const start = new Date(Date.UTC(2026, 0, 10) - back * 86_400_000)
          .toISOString()
          .slice(0, 10);
        const head = `DTSTART:${start.replace(/-/g, '')}T${time}\nRRULE:FREQ=${freq};INTERVAL=${interval}${extra}`;
        const range = { from: '2026-01-10T10:00', to: '2026-01-10T12:00', limit: 100_000 };
        const wide = freq === 'MONTHLY' || freq === 'YEARLY' || freq === 'WEEKLY';
        const window = wide ? { ...range, to: '2027-12-31' } : range;
        const expand = (text: string) => {
          try {
            return expandRRule(text, { ...window, maxSteps: 10_000_000 });
          } catch (error) {
            if (error instanceof GuanaiError) return error.issues.map((i) => i.code);
            throw error;
          }
        };
        expect(expand(head)).toEqual(expand(`${head};COUNT=999999`));
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});
