/**
 * VisitPlan, Cadence and VisitWindow as schemas: defaults, and coded issues with paths for
 * every kind of bad plan; occurrenceState on each side of each window point; the presets of
 * spec §5 with their sources.
 */
import { describe, expect, it } from 'vitest';
import { GuanaiError } from '../errors/index.js';
import { type PlainDate, plainDate, safeParse } from '../models/index.js';
import { Cadence } from './cadence.js';
import type { Occurrence } from './occurrence.js';
import { occurrenceState } from './occurrenceState.js';
import { PROGRAMME_PRESETS, planFromPreset } from './presets.js';
import { formatRRule, parseRRule } from './rruleText.js';
import { VisitPlan, windowOf } from './visitPlan.js';

const PLAN = {
  id: 'p',
  who: { role: 'townshipResponsibleCadre' },
  whom: { elders: ['E-1'] },
  kind: 'homeVisit',
  channel: 'inPerson',
  cadence: { type: 'quota', period: 'week' },
  validFrom: '2026-01-01',
};

function problems(input: unknown): string[] {
  const result = safeParse(VisitPlan, input);
  return result.ok ? [] : result.issues.map((i) => `${i.path.join('.')} ${i.code}`);
}

describe('VisitPlan', () => {
  it('applies defaults: holidays kept, one visit a period, the cadence’s window', () => {
    const plan = VisitPlan.parse(PLAN);
    expect(plan.holidayPolicy).toBe('keep');
    expect(plan.cadence).toEqual({ type: 'quota', period: 'week', count: 1 });
    expect(windowOf(plan)).toEqual({ type: 'period', graceDays: 0 });
    const weekly = VisitPlan.parse({ ...PLAN, cadence: { type: 'weekly', weekdays: [1] } });
    expect(weekly.cadence).toEqual({ type: 'weekly', weekdays: [1], interval: 1 });
    expect(windowOf(weekly)).toEqual({
      type: 'days',
      openBefore: 2,
      overdueAfter: 1,
      expiresAfter: 6,
    });
  });

  it('reports every bad field with its path and code', () => {
    expect(problems({ ...PLAN, validTo: '2025-12-31' })).toEqual(['validTo range_reversed']);
    expect(problems({ ...PLAN, channel: 'letter' })).toEqual(['channel invalid_value']);
    expect(problems({ ...PLAN, cadence: { type: 'weekly', weekdays: [1, 8, 1] } })).toEqual([
      'cadence.weekdays.1 too_big',
    ]);
    expect(problems({ ...PLAN, cadence: { type: 'weekly', weekdays: [1, 3, 1] } })).toEqual([
      'cadence.weekdays.2 duplicate_value',
    ]);
    expect(problems({ ...PLAN, cadence: { type: 'monthlyDay', day: 0 } })).toEqual([
      'cadence.day zero_not_allowed',
    ]);
    expect(problems({ ...PLAN, cadence: { type: 'festival', festivals: ['christmas'] } })).toEqual([
      'cadence.festivals.0 invalid_value',
    ]);
    expect(
      problems({
        ...PLAN,
        window: { type: 'days', openBefore: 1, overdueAfter: 3, expiresAfter: 1 },
      }),
    ).toEqual(['window.expiresAfter window_points_order']);
    expect(
      problems({
        ...PLAN,
        window: { type: 'days', openBefore: 1, overdueAfter: 1, expiresAfter: 1 },
      }),
    ).toEqual(['window.type window_cadence_mismatch']);
    expect(
      problems({ ...PLAN, cadence: { type: 'weekly', weekdays: [1] }, window: { type: 'period' } }),
    ).toEqual(['window.type window_cadence_mismatch']);
    expect(problems({ ...PLAN, whom: { elders: ['E-1', 'E-2', 'E-1'] } })).toEqual([
      'whom.elders.2 duplicate_id',
    ]);
    expect(problems({ ...PLAN, cadence: { type: 'rrule', rule: 'FREQ=WEEKLY;BYDAY=XX' } })).toEqual(
      ['cadence.rule rrule_invalid'],
    );
    expect(problems({ ...PLAN, extra: 1 })).toEqual([' unrecognized_keys']);
  });

  it('refuses a rule that can never match from the plan’s first day (expandPlan hung on it)', () => {
    // DTSTART is validFrom at 00:00: every other hour from midnight is never 1 o'clock.
    const hourly = { type: 'rrule', rule: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=1' };
    expect(problems({ ...PLAN, cadence: hourly })).toEqual(['cadence.rule rrule_invalid']);
    const february30 = { type: 'rrule', rule: 'FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30' };
    expect(problems({ ...PLAN, cadence: february30 })).toEqual(['cadence.rule rrule_invalid']);
    const everyOtherHour = { type: 'rrule', rule: 'FREQ=HOURLY;INTERVAL=2;BYHOUR=0' };
    expect(problems({ ...PLAN, cadence: everyOtherHour })).toEqual([]);
  });

  it('accepts children as subjects and any assignee form', () => {
    expect(problems({ ...PLAN, whom: { children: ['C-1'] }, who: { pairingId: 'P-1' } })).toEqual(
      [],
    );
    expect(problems({ ...PLAN, who: { caregiverId: 'G-1' } })).toEqual([]);
  });

  it('every cadence kind parses', () => {
    for (const cadence of [
      { type: 'quota', period: 'month', months: [3, 9] },
      { type: 'weekly', weekdays: [1, 4], interval: 2 },
      { type: 'monthlyDay', day: -1, shortMonth: 'skip' },
      { type: 'monthlyWeekday', weekday: 5, nth: -1 },
      { type: 'yearly', dates: [{ month: 3, day: 15 }] },
      { type: 'lunarYearly', month: 9, day: 9 },
      { type: 'festival', festivals: ['doubleNinth'], offsetDays: -1 },
      { type: 'rolling', days: 14 },
      { type: 'rrule', rule: 'RSCALE=CHINESE;FREQ=YEARLY;BYMONTH=8;BYMONTHDAY=15' },
    ])
      expect(Cadence.safeParse(cadence).success, cadence.type).toBe(true);
  });
});

describe('parseRRule and formatRRule', () => {
  it('round-trip, RSCALE and leap months included', () => {
    for (const text of [
      'FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,SU;WKST=SU',
      'FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1',
      'FREQ=YEARLY;UNTIL=20301231T235959;BYMONTHDAY=-1;BYMONTH=2',
      'RSCALE=CHINESE;FREQ=YEARLY;COUNT=5;BYMONTHDAY=1;BYMONTH=2L;SKIP=BACKWARD',
    ]) {
      const parsed = parseRRule(text);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      expect(formatRRule(parsed.value)).toBe(text);
    }
  });

  it('fails with every bad part', () => {
    const parsed = parseRRule('FREQ=FORTNIGHTLY;BYHOUR=25');
    expect(parsed.ok ? [] : parsed.issues.map((i) => i.params)).toEqual([
      { part: 'FREQ=FORTNIGHTLY', problem: 'badValue' },
      { part: 'BYHOUR=25', problem: 'badValue' },
    ]);
  });
});

describe('occurrenceState: whole days, one rule for every list', () => {
  const visit = {
    key: 'p/E-1/2026-03-09',
    openFrom: '2026-03-07',
    due: '2026-03-09',
    overdueFrom: '2026-03-10',
    expiresAt: '2026-03-15',
  } as unknown as Occurrence;
  const on = (day: string) => occurrenceState(visit, { asOf: plainDate(day) });

  it('upcoming → open → due → overdue → expired at the window points', () => {
    expect(
      [
        '2026-03-06',
        '2026-03-07',
        '2026-03-08',
        '2026-03-09',
        '2026-03-10',
        '2026-03-15',
        '2026-03-16',
      ].map(on),
    ).toEqual(['upcoming', 'open', 'open', 'due', 'overdue', 'overdue', 'expired']);
  });

  it('an outcome decides: completed wins, then cancelled, then not done; later records are not yet known', () => {
    const record = (
      day: string,
      outcome: 'completed' | 'notDone' | 'cancelled',
      key = visit.key,
    ) => ({
      occurrenceKey: key,
      on: day as PlainDate,
      outcome,
    });
    const asOf = plainDate('2026-03-12');
    const state = (records: ReturnType<typeof record>[]) =>
      occurrenceState(visit, { asOf, records });
    expect(state([record('2026-03-09', 'notDone')])).toBe('notDone');
    expect(state([record('2026-03-09', 'notDone'), record('2026-03-11', 'completed')])).toBe(
      'completed',
    );
    expect(state([record('2026-03-11', 'completed'), record('2026-03-12', 'cancelled')])).toBe(
      'completed',
    );
    expect(state([record('2026-03-09', 'notDone'), record('2026-03-10', 'cancelled')])).toBe(
      'cancelled',
    );
    expect(state([record('2026-03-13', 'completed')])).toBe('overdue');
    expect(state([record('2026-03-09', 'completed', 'other')])).toBe('overdue');
  });

  it('a date that is not one is invalid_argument with its path (found by fuzzing: a TypeError)', () => {
    const codeAt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        if (error instanceof GuanaiError) return error.issues.map((i) => [i.code, i.path]);
        throw error;
      }
      return 'returned';
    };
    const record = { occurrenceKey: visit.key, on: [Object.create(null)], outcome: 'completed' };
    expect(
      codeAt(() =>
        occurrenceState(visit, { asOf: plainDate('2026-03-09'), records: [record] } as never),
      ),
    ).toEqual([['invalid_argument', ['records', 0, 'on']]]);
    expect(codeAt(() => occurrenceState(visit, { asOf: undefined } as never))).toEqual([
      ['invalid_argument', ['asOf']],
    ]);
    expect(
      codeAt(() =>
        occurrenceState({ ...visit, due: 5 } as never, { asOf: plainDate('2026-03-09') }),
      ),
    ).toEqual([['invalid_argument', ['occurrence', 'due']]]);
    expect(codeAt(() => occurrenceState(null as never, null as never))[0]?.[0]).toBe(
      'invalid_argument',
    );
  });
});

describe('PROGRAMME_PRESETS (spec §5)', () => {
  it('each preset makes a valid plan and cites its source', () => {
    for (const key of Object.keys(PROGRAMME_PRESETS) as (keyof typeof PROGRAMME_PRESETS)[]) {
      const plan = planFromPreset(key, {
        id: key,
        whom: { elders: ['E-1'] },
        validFrom: '2026-01-01',
      });
      expect(plan.source, key).toMatch(/^spec §5\.\d K\d\d/);
    }
  });

  it('anything given replaces the preset’s', () => {
    const plan = planFromPreset('townshipCadreWeeklyVisit', {
      id: 'w',
      whom: { elders: ['E-1'] },
      validFrom: '2026-01-01',
      who: { pairingId: 'P-1' },
    });
    expect(plan.who).toEqual({ pairingId: 'P-1' });
    expect(plan.cadence).toEqual({ type: 'quota', period: 'week', count: 1 });
  });
});
