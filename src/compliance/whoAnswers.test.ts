/**
 * Who answers for a planned visit: the schedule's caregiver (holder or deputy), else the
 * plan's, else the duty's holder, else the elder's primary — as matching credits it.
 */
import { describe, expect, it } from 'vitest';
import { occurrences, pairings, schedule } from '../../test/fixtures/dutyTownship.js';
import { GuanaiError } from '../errors/index.js';
import { dutyTable } from './dutyTable.js';
import { responsibility } from './responsibleCaregiver.js';
import { whoAnswers } from './whoAnswers.js';

describe('whoAnswers', () => {
  const table = dutyTable();
  const holderOf = responsibility(pairings, table).caregiverOf;

  it('names the planned caregiver first, else the holder', () => {
    const { caregiverOf, dutyOf } = whoAnswers({ pairings, scheduled: schedule.visits });
    const planned = new Map(schedule.visits.map((v) => [v.occurrenceKey, v.caregiverId]));
    const deputy = schedule.visits.find((v) => v.deputyFor !== undefined);
    expect(deputy).toBeDefined();
    for (const visit of occurrences) {
      expect(caregiverOf(visit)).toBe(planned.get(visit.key) ?? holderOf(visit));
      expect(dutyOf(visit)).toBe(table.dutyOf(visit));
    }
    const visit = occurrences.find((o) => o.key === deputy?.occurrenceKey);
    if (!visit) throw new Error('no deputy visit');
    expect(caregiverOf(visit)).toBe(deputy?.caregiverId);
    expect(whoAnswers({ pairings }).caregiverOf(visit)).toBe(holderOf(visit));
    expect(whoAnswers().caregiverOf(visit)).toBeUndefined();
  });

  it('codes bad input', () => {
    expect(() => whoAnswers(null as never)).toThrow(GuanaiError);
    expect(() => whoAnswers({ pairings: 1 as never })).toThrow(GuanaiError);
    expect(() => whoAnswers({ duties: [{}] as never })).toThrow(GuanaiError);
  });
});

describe('whoAnswers on malformed pairings and schedules (found by following up under fuzzing)', () => {
  it('names an element that is not one at its path, never a TypeError', () => {
    const codes = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof GuanaiError ? error.issues.map((i) => [i.code, i.path]) : error;
      }
      return [];
    };
    expect(codes(() => whoAnswers({ pairings: [null as never] }))).toEqual([
      ['invalid_type', ['pairings', 0]],
    ]);
    expect(codes(() => whoAnswers({ scheduled: [undefined as never] }))).toEqual([
      ['invalid_type', ['scheduled', 0]],
    ]);
  });
});
