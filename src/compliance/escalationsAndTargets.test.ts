/**
 * Escalation up the village → township → county chain and targets as data, on the shared
 * tracked township: who hears what and since when, once only, and targets judged from the same
 * counts as coverage.
 */
import { describe, expect, it } from 'vitest';
import {
  asOf,
  caregiverId,
  occurrences,
  records,
  sample,
} from '../../test/fixtures/trackedTownship.js';
import { addDays, plainDate } from '../models/index.js';
import { occurrenceState, periodOf } from '../recurrence/index.js';
import { coverage } from './coverage.js';
import { DEFAULT_ESCALATION_RULES, escalations } from './escalations.js';
import { matchRecords } from './matchRecords.js';
import { evaluateTargets, SEED_TARGETS } from './targets.js';

const input = { occurrences, records, elders: sample.elders };
const match = matchRecords(occurrences, records);

describe('escalations', () => {
  const raised = escalations({ ...input, match }, { asOf });

  /** Keys of the visits overdue `days` days or more on `asOf` while still open to a visit. */
  const overdueKeys = (days: number) =>
    occurrences
      .filter((o) => {
        const state = occurrenceState(o, { asOf, records: match.outcomes });
        const since = addDays(o.overdueFrom, days);
        return (
          (state === 'overdue' || state === 'expired') && since <= asOf && since <= o.expiresAt
        );
      })
      .map((o) => o.key)
      .sort();

  it('reminds the caregiver of every visit overdue 3 days or more, once, from the right day', () => {
    const reminders = raised.filter((e) => e.ruleId === 'overdueReminder');
    expect(reminders.map((e) => e.occurrenceKey).sort()).toEqual(overdueKeys(3));
    expect(reminders.length).toBeGreaterThan(0);
    for (const reminder of reminders) {
      expect(reminder.caregiverId).toBe(caregiverId);
      expect(reminder.recipient).toBe('caregiver');
    }
    expect(new Set(raised.map((e) => e.id)).size).toBe(raised.length);
  });

  it('tells the village committee, the township digest and, for an incident, all three bodies', () => {
    const village = raised.filter((e) => e.ruleId === 'overdueVillage');
    // The loop below checks something only if the list is the one expected, and not empty.
    expect(village.map((e) => e.occurrenceKey).sort()).toEqual(overdueKeys(7));
    expect(village.length).toBeGreaterThan(0);
    const elders = new Map(sample.elders.map((e) => [e.id, e]));
    for (const e of village) expect(e.areaCode).toBe(elders.get(e.elderId)?.residence.villageCode);
    const digest = raised.filter((e) => e.ruleId === 'expiredDigest');
    expect(digest.length).toBeGreaterThan(0);
    for (const e of digest) {
      expect(e.delivery).toBe('weeklyDigest');
      expect(e.areaCode).toMatch(/^\d{9}000$/);
    }
    const incidents = records.filter((r) => r.incident && r.on <= asOf);
    expect(incidents.length).toBeGreaterThan(0);
    const told = raised.filter((e) => e.trigger === 'incident');
    expect(told).toHaveLength(incidents.length * 3);
    expect(new Set(told.map((e) => e.recipient))).toEqual(
      new Set(['villageCommittee', 'townshipGovernment', 'countyCivilAffairs']),
    );
    expect(told.find((e) => e.recipient === 'countyCivilAffairs')?.areaCode).toMatch(/^\d{6}$/);
  });

  it('does not notify twice: what was delivered stays delivered, later days raise only the new', () => {
    const delivered = new Set(raised.map((e) => e.id));
    expect(escalations({ ...input, match }, { asOf, delivered })).toEqual([]);
    const next = escalations({ ...input, match }, { asOf: addDays(asOf, 1), delivered });
    for (const e of next) expect(e.since).toBe(addDays(asOf, 1));
    // The next day may raise nothing; a fortnight on, visits still open have fallen due.
    const later = addDays(asOf, 14);
    const fortnight = escalations({ ...input, match }, { asOf: later, delivered });
    expect(fortnight.length).toBeGreaterThan(0);
    for (const e of fortnight) {
      expect(delivered.has(e.id)).toBe(false);
      expect(e.since > asOf && e.since <= later).toBe(true);
    }
    const all = escalations({ ...input, match }, { asOf: later });
    expect(all.filter((e) => !delivered.has(e.id))).toEqual(fortnight);
  });

  it('refuses a rule whose days are not a whole number of at least 0, with its path', () => {
    expect(() =>
      escalations(
        { ...input, match },
        {
          asOf,
          rules: [
            {
              id: 'x',
              when: { on: 'overdue', days: -1 },
              notify: ['caregiver'],
              delivery: 'immediate',
            },
          ],
        },
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({ code: 'invalid_argument', path: ['rules', 0, 'when', 'days'] }),
        ],
      }),
    );
    expect(() =>
      escalations(
        { ...input, match },
        {
          asOf,
          rules: [
            { id: 'y', when: { on: 'silence' }, notify: ['caregiver'], delivery: 'immediate' },
          ] as never,
        },
      ),
    ).toThrow(
      expect.objectContaining({
        issues: [
          expect.objectContaining({
            code: 'invalid_value',
            path: ['rules', 0, 'when', 'on'],
            params: { allowed: ['overdue', 'expired', 'incident', 'majorEvent'] },
          }),
        ],
      }),
    );
    expect(() =>
      coverage(
        { occurrences, records },
        { asOf, from: plainDate('2026-03-31'), to: plainDate('2026-03-01'), by: 'county' },
      ),
    ).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ code: 'range_reversed' })] }),
    );
  });

  it('raises nothing for visits that were cancelled, and follows the rules given', () => {
    const onlyIncidents = escalations(
      { ...input, match },
      { asOf, rules: DEFAULT_ESCALATION_RULES.filter((r) => r.id === 'incident') },
    );
    expect(onlyIncidents.length).toBeGreaterThan(0);
    expect(onlyIncidents.every((e) => e.trigger === 'incident')).toBe(true);
    const elderId = sample.elders[2]?.id as string;
    const gone = matchRecords(occurrences, records, {
      ends: [{ elderId: elderId as never, from: plainDate('2026-02-01'), reason: 'deceased' }],
    });
    const after = escalations({ ...input, match: gone }, { asOf });
    expect(raised.some((e) => e.elderId === elderId && e.trigger !== 'incident')).toBe(true);
    expect(after.some((e) => e.elderId === elderId && e.trigger !== 'incident')).toBe(false);
  });
});

describe('targets', () => {
  const results = evaluateTargets(SEED_TARGETS, input, { asOf });

  it('judges each target per group over its period, from the coverage counts', () => {
    const week = periodOf('week', asOf);
    const weekly = results.filter((r) => r.targetId === 'weeklyVisit');
    const rows = coverage(
      { ...input, match },
      { asOf, from: week.start, to: week.end, by: 'village', kinds: ['homeVisit'] },
    );
    expect(weekly.map((r) => r.group)).toEqual(rows.map((r) => r.group));
    weekly.forEach((result, i) => {
      const row = rows[i];
      expect(result.period).toBe(week.label);
      expect(result.value).toBeCloseTo(
        row && row.due > 0 ? (100 * row.completed) / row.due : 100,
        2,
      );
      expect(result.passes).toBe(result.value >= 100);
    });
    expect(results.filter((r) => r.targetId === 'census').map((r) => r.group)).toEqual([
      `${sample.elders[0]?.residence.villageCode.slice(0, 9)}000`,
    ]);
    // With real misses some villages fall short.
    expect(results.some((r) => !r.passes)).toBe(true);
  });

  it('passes an at-most target at its goal, and a percentage of nothing due', () => {
    const none = evaluateTargets(
      [
        {
          id: 'x',
          measure: 'expired',
          goal: 1_000_000,
          period: 'week',
          by: 'county',
          passesIf: 'atMost',
        },
      ],
      input,
      { asOf },
    );
    expect(none.length).toBeGreaterThan(0);
    expect(none.every((r) => r.passes)).toBe(true);
    const nothingDue = evaluateTargets(
      [
        {
          id: 'y',
          measure: 'completionRate',
          kinds: ['census'],
          goal: 100,
          period: 'week',
          by: 'county',
          passesIf: 'atLeast',
        },
      ],
      input,
      { asOf: plainDate('2026-02-10') },
    );
    expect(nothingDue).toEqual([]);
  });
});
