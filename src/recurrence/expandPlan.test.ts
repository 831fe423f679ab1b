/**
 * expandPlan: each cadence of spec §5 over hand-checked days of 2026 (State Council holidays:
 * 春节 02-15…02-23 with make-up Saturdays 02-14 and 02-28; 中秋 09-25…09-27; 国庆 10-01…10-07
 * with make-up days 09-20 and 10-10), windows, holiday policies, keys and ranges.
 */
import { describe, expect, it } from 'vitest';
import { chinaHolidayCalendar, extendHolidayCalendar } from '../calendar/index.js';
import { GuanaiError } from '../errors/index.js';
import { type PlainDate, plainDate } from '../models/index.js';
import { type ExpandPlanOptions, expandPlan, expandPlans } from './expandPlan.js';
import type { Occurrence } from './occurrence.js';
import { VisitPlan, type VisitPlanInput } from './visitPlan.js';

const BASE = {
  id: 'p',
  who: { role: 'townshipResponsibleCadre' },
  whom: { elders: ['E-1', 'E-2'] },
  kind: 'homeVisit',
  channel: 'inPerson',
  validFrom: '2026-01-01',
} as const satisfies Partial<VisitPlanInput>;

function plan(extra: Partial<VisitPlanInput> & Pick<VisitPlanInput, 'cadence'>): VisitPlan {
  return VisitPlan.parse({ ...BASE, ...extra });
}

function range(from: string, to: string, extra: Partial<ExpandPlanOptions> = {}) {
  return { from: plainDate(from), to: plainDate(to), ...extra };
}

/** The due days of the first elder's visits. */
function dues(visits: readonly Occurrence[]): PlainDate[] {
  return visits.filter((visit) => visit.subject === 'E-1').map((visit) => visit.due);
}

function code(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues[0]?.code;
    throw error;
  }
  return undefined;
}

describe('quota cadences (spec §5.1 K01 「每周走访一次」, K02, §5.2 K31)', () => {
  it('a weekly quota: one visit per ISO week, open all week, due Sunday, expired on Monday', () => {
    const visits = expandPlan(
      plan({ cadence: { type: 'quota', period: 'week' } }),
      range('2026-03-01', '2026-03-22'),
    );
    expect(
      visits
        .filter((v) => v.subject === 'E-1')
        .map((v) => [v.period, v.openFrom, v.due, v.overdueFrom, v.expiresAt]),
    ).toEqual([
      ['2026-W09', '2026-02-23', '2026-03-01', '2026-03-02', '2026-03-01'],
      ['2026-W10', '2026-03-02', '2026-03-08', '2026-03-09', '2026-03-08'],
      ['2026-W11', '2026-03-09', '2026-03-15', '2026-03-16', '2026-03-15'],
      ['2026-W12', '2026-03-16', '2026-03-22', '2026-03-23', '2026-03-22'],
    ]);
  });

  it('ISO weeks cross the year: 2026-12-28…2027-01-03 is 2026-W53', () => {
    const visits = expandPlan(
      plan({ cadence: { type: 'quota', period: 'week' } }),
      range('2026-12-20', '2027-01-10'),
    );
    expect(visits.filter((v) => v.subject === 'E-1').map((v) => v.period)).toEqual([
      '2026-W51',
      '2026-W52',
      '2026-W53',
      '2027-W01',
    ]);
  });

  it('the census in March and September only (K31 「每年春季(3月)、秋季(9月)」)', () => {
    const census = plan({
      kind: 'census',
      cadence: { type: 'quota', period: 'month', months: [3, 9] },
    });
    const visits = expandPlan(census, range('2026-01-01', '2027-12-31'));
    expect(
      visits.filter((v) => v.subject === 'E-1').map((v) => `${v.period} ${v.openFrom}…${v.due}`),
    ).toEqual([
      '2026-03 2026-03-01…2026-03-31',
      '2026-09 2026-09-01…2026-09-30',
      '2027-03 2027-03-01…2027-03-31',
      '2027-09 2027-09-01…2027-09-30',
    ]);
  });

  it('quarters and half years, and several visits a period with their own keys', () => {
    const quarterly = expandPlan(
      plan({ cadence: { type: 'quota', period: 'quarter', count: 2 } }),
      range('2026-01-01', '2026-06-30'),
    );
    expect(quarterly.filter((v) => v.subject === 'E-1').map((v) => v.key)).toEqual([
      'p/E-1/2026-Q1#1',
      'p/E-1/2026-Q1#2',
      'p/E-1/2026-Q2#1',
      'p/E-1/2026-Q2#2',
    ]);
    const half = expandPlan(
      plan({ cadence: { type: 'quota', period: 'halfYear' } }),
      range('2026-01-01', '2026-12-31'),
    );
    expect(
      half.filter((v) => v.subject === 'E-1').map((v) => `${v.period} ${v.openFrom}…${v.due}`),
    ).toEqual(['2026-H1 2026-01-01…2026-06-30', '2026-H2 2026-07-01…2026-12-31']);
  });

  it('a grace period makes a quota overdue before it expires', () => {
    const [visit] = expandPlan(
      plan({
        cadence: { type: 'quota', period: 'month' },
        window: { type: 'period', graceDays: 5 },
      }),
      range('2026-04-01', '2026-04-30'),
    );
    expect(visit).toMatchObject({
      openFrom: '2026-04-01',
      due: '2026-04-30',
      overdueFrom: '2026-05-01',
      expiresAt: '2026-05-05',
    });
  });

  it('a period cut by the plan’s first or last day shrinks to the days in force', () => {
    const short = plan({
      cadence: { type: 'quota', period: 'month' },
      validFrom: '2026-03-10',
      validTo: '2026-05-20',
    });
    const visits = expandPlan(short, range('2026-01-01', '2026-12-31'));
    expect(visits.filter((v) => v.subject === 'E-1').map((v) => `${v.openFrom}…${v.due}`)).toEqual([
      '2026-03-10…2026-03-31',
      '2026-04-01…2026-04-30',
      '2026-05-01…2026-05-20',
    ]);
  });
});

describe('calendar-fixed cadences', () => {
  it('weekly on Monday and Thursday, every visit with the default window (−2 / +1 / +6)', () => {
    const visits = expandPlan(
      plan({ cadence: { type: 'weekly', weekdays: [4, 1] } }),
      range('2026-03-01', '2026-03-14'),
    );
    expect(dues(visits)).toEqual(['2026-03-02', '2026-03-05', '2026-03-09', '2026-03-12']);
    expect(visits[0]).toMatchObject({
      openFrom: '2026-02-28',
      due: '2026-03-02',
      overdueFrom: '2026-03-03',
      expiresAt: '2026-03-08',
    });
  });

  it('every two weeks counts from the plan’s first week', () => {
    const fortnightly = plan({
      cadence: { type: 'weekly', weekdays: [3], interval: 2 },
      validFrom: '2026-01-05',
    });
    expect(dues(expandPlan(fortnightly, range('2026-01-01', '2026-02-28')))).toEqual([
      '2026-01-07',
      '2026-01-21',
      '2026-02-04',
      '2026-02-18',
    ]);
  });

  it('the 31st of each month: clamped to month-end by default, or skipped', () => {
    const clamp = plan({ cadence: { type: 'monthlyDay', day: 31 } });
    expect(dues(expandPlan(clamp, range('2026-01-01', '2026-04-30')))).toEqual([
      '2026-01-31',
      '2026-02-28',
      '2026-03-31',
      '2026-04-30',
    ]);
    const skip = plan({ cadence: { type: 'monthlyDay', day: 31, shortMonth: 'skip' } });
    expect(dues(expandPlan(skip, range('2026-01-01', '2026-04-30')))).toEqual([
      '2026-01-31',
      '2026-03-31',
    ]);
  });

  it('counting from the month’s end, and every three months from the first month', () => {
    const last = plan({
      cadence: { type: 'monthlyDay', day: -1, interval: 3 },
      validFrom: '2026-02-01',
    });
    expect(dues(expandPlan(last, range('2026-01-01', '2026-12-31')))).toEqual([
      '2026-02-28',
      '2026-05-31',
      '2026-08-31',
      '2026-11-30',
    ]);
  });

  it('the nth weekday: the second Tuesday, the last Friday; no fifth Monday in a four-Monday month', () => {
    expect(
      dues(
        expandPlan(
          plan({ cadence: { type: 'monthlyWeekday', weekday: 2, nth: 2 } }),
          range('2026-01-01', '2026-03-31'),
        ),
      ),
    ).toEqual(['2026-01-13', '2026-02-10', '2026-03-10']);
    expect(
      dues(
        expandPlan(
          plan({ cadence: { type: 'monthlyWeekday', weekday: 5, nth: -1 } }),
          range('2026-01-01', '2026-03-31'),
        ),
      ),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-27']);
    // 2026: March has five Mondays (2, 9, 16, 23, 30); January and February have four.
    expect(
      dues(
        expandPlan(
          plan({ cadence: { type: 'monthlyWeekday', weekday: 1, nth: 5 } }),
          range('2026-01-01', '2026-03-31'),
        ),
      ),
    ).toEqual(['2026-03-30']);
  });

  it('yearly dates, 29 February clamped to the 28th in common years', () => {
    const yearly = plan({
      cadence: {
        type: 'yearly',
        dates: [
          { month: 3, day: 15 },
          { month: 2, day: 29 },
        ],
      },
    });
    expect(dues(expandPlan(yearly, range('2026-01-01', '2028-12-31')))).toEqual([
      '2026-02-28',
      '2026-03-15',
      '2027-02-28',
      '2027-03-15',
      '2028-02-29',
      '2028-03-15',
    ]);
  });

  it('a lunar date each lunar year: 九月初九 (重阳)', () => {
    const lunar = plan({ cadence: { type: 'lunarYearly', month: 9, day: 9 } });
    expect(dues(expandPlan(lunar, range('2026-01-01', '2028-12-31')))).toEqual([
      '2026-10-18',
      '2027-10-08',
      '2028-10-26',
    ]);
  });

  it('festivals keep their dates, holidays or not (K23 「逢年过节」)', () => {
    const festivals = plan({
      kind: 'festivalVisit',
      cadence: {
        type: 'festival',
        festivals: ['springFestival', 'midAutumn', 'nationalDay', 'doubleNinth'],
      },
      holidayPolicy: 'nextWorkingDay',
    });
    const visits = expandPlan(festivals, range('2026-01-01', '2026-12-31'));
    expect(visits.filter((v) => v.subject === 'E-1').map((v) => `${v.period} ${v.due}`)).toEqual([
      'springFestival-2026 2026-02-17',
      'midAutumn-2026 2026-09-25',
      'nationalDay-2026 2026-10-01',
      'doubleNinth-2026 2026-10-18',
    ]);
    expect(visits.every((v) => v.holiday === undefined)).toBe(true);
  });

  it('a festival offset: the day before 春节, and 除夕 of the lunar year 2025 falls in 2026', () => {
    const eve = plan({
      cadence: { type: 'festival', festivals: ['springFestival', 'newYearsEve'], offsetDays: -1 },
    });
    const visits = expandPlan(eve, range('2026-01-01', '2026-12-31'));
    expect(visits.filter((v) => v.subject === 'E-1').map((v) => `${v.period} ${v.due}`)).toEqual([
      'newYearsEve-2025 2026-02-15',
      'springFestival-2026 2026-02-16',
    ]);
  });

  it('an offset can bring next year’s festival into this year (a week before 元旦)', () => {
    const eve = plan({ cadence: { type: 'festival', festivals: ['newYearsDay'], offsetDays: -7 } });
    const visits = expandPlan(eve, range('2026-01-01', '2026-12-31'));
    expect(visits.filter((v) => v.subject === 'E-1').map((v) => `${v.period} ${v.due}`)).toEqual([
      'newYearsDay-2027 2026-12-25',
    ]);
  });

  it('an RRULE cadence runs from the plan’s first day', () => {
    const rule = plan({
      cadence: { type: 'rrule', rule: 'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1' },
    });
    expect(dues(expandPlan(rule, range('2026-01-01', '2026-03-31')))).toEqual([
      '2026-01-30',
      '2026-02-27',
      '2026-03-31',
    ]);
  });
});

describe('holiday policies (the State Council arrangement, 调休 included)', () => {
  const weekly = (holidayPolicy: VisitPlanInput['holidayPolicy']) =>
    plan({ cadence: { type: 'weekly', weekdays: [1, 4] }, holidayPolicy });

  it('keep: a visit on a holiday stays and says nothing', () => {
    const visits = expandPlan(weekly('keep'), range('2026-09-28', '2026-10-09'));
    expect(dues(visits)).toEqual(['2026-09-28', '2026-10-01', '2026-10-05', '2026-10-08']);
    expect(visits.some((v) => v.holiday)).toBe(false);
  });

  it('skip: holiday visits are dropped', () => {
    expect(dues(expandPlan(weekly('skip'), range('2026-09-28', '2026-10-09')))).toEqual([
      '2026-09-28',
      '2026-10-08',
    ]);
  });

  it('next working day: moved only inside the window, else kept and flagged', () => {
    const visits = expandPlan(weekly('nextWorkingDay'), range('2026-09-28', '2026-10-09')).filter(
      (v) => v.subject === 'E-1',
    );
    expect(visits.map((v) => [v.period, v.due, v.holiday ?? '', v.plannedDue ?? ''])).toEqual([
      ['2026-09-28', '2026-09-28', '', ''],
      // Thursday 10-01: the next working day 10-08 is past the window's last day (10-07).
      ['2026-10-01', '2026-10-01', 'notMovable', '2026-10-01'],
      // Monday 10-05 → Thursday 10-08, inside its window (…10-11); the window moves with it.
      ['2026-10-05', '2026-10-08', 'moved', '2026-10-05'],
      ['2026-10-08', '2026-10-08', '', ''],
    ]);
    expect(visits[2]).toMatchObject({
      openFrom: '2026-10-06',
      overdueFrom: '2026-10-09',
      expiresAt: '2026-10-14',
      holidayPolicy: 'nextWorkingDay',
    });
  });

  it('previous working day, and a make-up Saturday counts as a working day', () => {
    const saturday = plan({
      cadence: { type: 'weekly', weekdays: [6] },
      holidayPolicy: 'previousWorkingDay',
      window: { type: 'days', openBefore: 3, overdueAfter: 1, expiresAfter: 3 },
    });
    const visits = expandPlan(saturday, range('2026-02-14', '2026-03-07')).filter(
      (v) => v.subject === 'E-1',
    );
    expect(visits.map((v) => `${v.period}→${v.due}${v.holiday ? ` ${v.holiday}` : ''}`)).toEqual([
      '2026-02-14→2026-02-14', // 调休: a working Saturday
      '2026-02-21→2026-02-21 notMovable', // inside the 春节 holiday: 02-13 is 8 days back
      '2026-02-28→2026-02-28', // 调休 again
      '2026-03-07→2026-03-06 moved',
    ]);
  });

  it('a year the calendar does not hold: the visit stays and says so', () => {
    const visits = expandPlan(weekly('nextWorkingDay'), range('2030-10-01', '2030-10-07'));
    expect(visits.filter((v) => v.subject === 'E-1').map((v) => [v.due, v.holiday])).toEqual([
      ['2030-10-03', 'calendarUnknown'],
      ['2030-10-07', 'calendarUnknown'],
    ]);
  });

  it('a local calendar with an extra rest day moves visits off it', () => {
    const local = extendHolidayCalendar(chinaHolidayCalendar(), [
      {
        year: 2026,
        scope: 'local',
        rest: [{ holiday: 'local', name: '三月三', from: '2026-03-05', to: '2026-03-05' }],
        makeupWorkdays: [],
      },
    ]);
    if (!local.ok) throw new Error(JSON.stringify(local.issues));
    const options = range('2026-03-02', '2026-03-08', { calendar: local.value });
    const visits = expandPlan(weekly('nextWorkingDay'), options);
    expect(dues(visits)).toEqual(['2026-03-02', '2026-03-06']);
  });
});

describe('keys, order, ranges and subjects', () => {
  const weekly = plan({ cadence: { type: 'quota', period: 'week' } });

  it('keys are plan/subject/period, stable across runs and ranges', () => {
    const a = expandPlan(weekly, range('2026-03-01', '2026-03-31'));
    const b = expandPlan(weekly, range('2026-03-08', '2026-03-31'));
    expect(new Set(a.map((v) => v.key)).size).toBe(a.length);
    expect(b.map((v) => v.key)).toEqual(a.map((v) => v.key).slice(2));
    expect(a[0]?.key).toBe('p/E-1/2026-W09');
  });

  it('lists visits in due order, the plan’s elders in their order', () => {
    const visits = expandPlan(weekly, range('2026-03-01', '2026-03-14'));
    expect(visits.map((v) => `${v.due} ${v.subject}`)).toEqual([
      '2026-03-01 E-1',
      '2026-03-01 E-2',
      '2026-03-08 E-1',
      '2026-03-08 E-2',
    ]);
  });

  it('carries what the plan says of every visit', () => {
    const timed = plan({
      cadence: { type: 'quota', period: 'month' },
      whom: { children: ['C-1'] },
      kind: 'childContact',
      channel: 'phone',
      services: ['psychologicalComfort'],
      time: '19:30',
      durationMinutes: 20,
    });
    const [visit] = expandPlan(timed, range('2026-03-01', '2026-03-31'));
    expect(visit).toEqual({
      key: 'p/C-1/2026-03',
      planId: 'p',
      subject: 'C-1',
      subjectKind: 'child',
      period: '2026-03',
      kind: 'childContact',
      channel: 'phone',
      who: { role: 'townshipResponsibleCadre' },
      services: ['psychologicalComfort'],
      time: '19:30',
      durationMinutes: 20,
      openFrom: '2026-03-01',
      due: '2026-03-31',
      overdueFrom: '2026-04-01',
      expiresAt: '2026-03-31',
    });
  });

  it('occurrences are plain objects, fields in a fixed order, from expandPlan and expandPlans', () => {
    // Monday 10-05 (国庆) moves to Thursday 10-08: every optional field is there.
    const moved = plan({
      cadence: { type: 'weekly', weekdays: [1] },
      holidayPolicy: 'nextWorkingDay',
      services: ['healthCare'],
    });
    const options = range('2026-10-06', '2026-10-10');
    const visits = [...expandPlan(moved, options), ...expandPlans([moved], options)];
    expect(visits.map((visit) => visit.due)).toEqual(Array(4).fill('2026-10-08'));
    for (const visit of visits) {
      expect(Object.getPrototypeOf(visit)).toBe(Object.prototype);
      expect(visit.constructor).toBe(Object);
      expect(structuredClone(visit)).toStrictEqual(visit);
      expect(Object.keys(visit)).toEqual([
        'key',
        'planId',
        'subject',
        'subjectKind',
        'period',
        'kind',
        'channel',
        'who',
        'openFrom',
        'due',
        'overdueFrom',
        'expiresAt',
        'services',
        'plannedDue',
        'holiday',
        'holidayPolicy',
      ]);
    }
    // Literal-equal, prototype and all: what an object literal of the same fields would be.
    const [first] = expandPlan(moved, options);
    expect(first).toStrictEqual({ ...first });
  });

  it('nothing before the plan starts or after it ends', () => {
    const bounded = plan({
      cadence: { type: 'weekly', weekdays: [1] },
      validFrom: '2026-03-04',
      validTo: '2026-03-20',
    });
    expect(dues(expandPlan(bounded, range('2026-03-01', '2026-03-31')))).toEqual([
      '2026-03-09',
      '2026-03-16',
    ]);
    expect(expandPlan(bounded, range('2026-04-01', '2026-04-30'))).toEqual([]);
  });

  it('bad ranges are coded errors: reversed, too long, not a date', () => {
    expect(code(() => expandPlan(weekly, range('2026-03-31', '2026-03-01')))).toBe(
      'range_reversed',
    );
    expect(code(() => expandPlan(weekly, range('2026-01-01', '2036-01-01')))).toBe(
      'range_too_long',
    );
    expect(
      code(() =>
        expandPlan(weekly, { from: '2026-02-30' as PlainDate, to: plainDate('2026-03-01') }),
      ),
    ).toBe('invalid_plain_date');
    expect(expandPlan(weekly, range('2026-01-01', '2036-01-01', { maxDays: 4000 }))).toHaveLength(
      2 * 522,
    );
  });
});

describe('rolling cadences (「N days after the last completed visit」)', () => {
  const rolling = plan({ cadence: { type: 'rolling', days: 14 }, validFrom: '2026-03-01' });

  it('the first visit falls on the plan’s first day; the next 14 days after the last completed', () => {
    const last = (_plan: string, subject: string) =>
      subject === 'E-2' ? plainDate('2026-03-10') : undefined;
    const visits = expandPlan(rolling, range('2026-03-01', '2026-04-30', { lastCompleted: last }));
    expect(visits.map((v) => `${v.subject} ${v.due} ${v.period}`)).toEqual([
      'E-1 2026-03-01 2026-03-01',
      'E-2 2026-03-24 2026-03-24',
    ]);
  });

  it('an overdue next visit stays listed while its window is open in the range', () => {
    const last = () => plainDate('2026-03-01');
    // Due 03-15, expires 03-21: still open on 03-20, gone by 03-22.
    expect(
      expandPlan(rolling, range('2026-03-20', '2026-04-30', { lastCompleted: last })).map(
        (v) => v.due,
      ),
    ).toEqual(['2026-03-15', '2026-03-15']);
    expect(expandPlan(rolling, range('2026-03-22', '2026-04-30', { lastCompleted: last }))).toEqual(
      [],
    );
  });

  it('a next visit outside the range is not listed', () => {
    const last = () => plainDate('2026-04-25');
    expect(expandPlan(rolling, range('2026-03-01', '2026-04-30', { lastCompleted: last }))).toEqual(
      [],
    );
  });
});

describe('expandPlans: a whole ledger, lazily, distinct rules dated once', () => {
  it('gives what expandPlan gives plan by plan', () => {
    const plans = [
      plan({ id: 'a', cadence: { type: 'quota', period: 'week' } }),
      plan({ id: 'b', cadence: { type: 'quota', period: 'week' }, whom: { elders: ['E-3'] } }),
      plan({ id: 'c', cadence: { type: 'festival', festivals: ['doubleNinth'] } }),
    ];
    const options = range('2026-01-01', '2026-12-31');
    expect([...expandPlans(plans, options)]).toEqual(plans.flatMap((p) => expandPlan(p, options)));
  });

  it('is lazy: taking the first visit does not expand the rest', () => {
    function* endless(): Generator<VisitPlan> {
      for (let i = 0; ; i++)
        yield plan({ id: `p${i}`, cadence: { type: 'quota', period: 'week' } });
    }
    const first = expandPlans(endless(), range('2026-01-01', '2026-12-31')).next();
    expect(first.value).toMatchObject({ key: 'p0/E-1/2026-W01' });
  });

  it('closes the plans’ iterator when the caller stops early; checks the range when first asked', () => {
    let closed = false;
    function* two(): Generator<VisitPlan> {
      try {
        yield plan({ id: 'a', cadence: { type: 'quota', period: 'week' } });
        yield plan({ id: 'b', cadence: { type: 'quota', period: 'week' } });
      } finally {
        closed = true;
      }
    }
    for (const visit of expandPlans(two(), range('2026-01-01', '2026-12-31'))) {
      expect(visit.planId).toBe('a');
      break;
    }
    expect(closed).toBe(true);
    const reversed = range('2026-02-01', '2026-01-01');
    for (const plans of [[], two()]) {
      const visits = expandPlans(plans, reversed); // nothing thrown yet: lazily
      expect(code(() => visits.next())).toBe('range_reversed');
    }
  });
});

describe('bounds: the end of the calendar, options, values that are not plans', () => {
  it('a quota plan in 9999 ends at the calendar’s end (it used to loop until out of memory)', () => {
    for (const period of ['year', 'halfYear', 'quarter', 'month', 'week'] as const) {
      const quota = plan({ cadence: { type: 'quota', period }, validFrom: '9999-01-01' });
      // The last period's overdue day would be 10000-01-01: a coded error, not a hang.
      expect(code(() => expandPlan(quota, range('9999-01-01', '9999-12-31')))).toBe(
        'date_out_of_range',
      );
    }
    const quarters = plan({
      cadence: { type: 'quota', period: 'quarter' },
      validFrom: '9999-01-01',
    });
    expect(expandPlan(quarters, range('9999-01-01', '9999-09-30')).map((v) => v.due)).toEqual([
      '9999-03-31',
      '9999-03-31',
      '9999-06-30',
      '9999-06-30',
      '9999-09-30',
      '9999-09-30',
    ]);
    // A visit whose window would run past 9999-12-31 is date_out_of_range; the ones before are kept.
    const weekly = plan({ cadence: { type: 'weekly', weekdays: [1] }, validFrom: '9999-12-01' });
    expect(dues(expandPlan(weekly, range('9999-12-01', '9999-12-25')))).toEqual([
      '9999-12-06',
      '9999-12-13',
      '9999-12-20',
    ]);
    expect(code(() => expandPlan(weekly, range('9999-12-01', '9999-12-31')))).toBe(
      'date_out_of_range',
    );
  });

  it('a long range steps through at most 10,000 periods (work_limit)', () => {
    const weekly = plan({ cadence: { type: 'quota', period: 'week' }, validFrom: '1800-01-01' });
    expect(
      code(() => expandPlan(weekly, range('1800-01-01', '2200-01-01', { maxDays: 1e6 }))),
    ).toBe('work_limit');
  });

  it('every numeric option is checked: NaN no longer turns the range guard off', () => {
    const weekly = plan({ cadence: { type: 'quota', period: 'week' } });
    for (const maxDays of [Number.NaN, -1, 2.5, Number.POSITIVE_INFINITY, '30']) {
      expect(
        code(() =>
          expandPlan(weekly, range('2026-01-01', '2036-01-01', { maxDays: maxDays as number })),
        ),
      ).toBe('invalid_argument');
    }
  });

  it('a value that is not a plan, or a bad calendar, is a coded error with its index', () => {
    const options = range('2026-01-01', '2026-01-31');
    for (const bad of [null, undefined, 42, {}, { cadence: null }, { ...BASE, cadence: {} }]) {
      expect(code(() => expandPlan(bad as unknown as VisitPlan, options))).toBeDefined();
    }
    const weekly = plan({ cadence: { type: 'quota', period: 'week' } });
    expect(code(() => [...expandPlans(42 as unknown as VisitPlan[], options)])).toBe(
      'invalid_argument',
    );
    expect(code(() => expandPlan(weekly, { ...options, calendar: {} as never }))).toBe(
      'invalid_argument',
    );
    expect(code(() => expandPlan(weekly, null as never))).toBe('invalid_argument');
  });
});
