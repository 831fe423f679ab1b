/** A planVisits schedule exported as it comes: the same events as its occurrences on the days planned. */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { occurrences, sample, schedule } from '../../test/fixtures/dutyTownship.js';
import { GuanaiError } from '../errors/index.js';
import { type CaregiverId, PlainDateTime, plainDate } from '../models/index.js';
import type { Occurrence } from '../recurrence/index.js';
import type { ScheduledVisit } from '../scheduling/index.js';
import { toICalendar } from './index.js';

const stamp = PlainDateTime.parse('2026-09-01T08:00');
const byKey = new Map(occurrences.map((o) => [o.key, o]));
const names = new Map(sample.elders.map((e) => [e.id as string, e.name]));
const options = { stamp, subjectName: (visit: Occurrence) => names.get(visit.subject) };

/** Each VEVENT's properties as text, by name (the description split into its lines). */
function eventsOf(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return calendar.getAllSubcomponents('vevent').map((event) => {
    const value = (name: string) => String(event.getFirstPropertyValue(name) ?? '');
    return {
      uid: value('uid'),
      start: value('dtstart'),
      end: value('dtend'),
      summary: value('summary'),
      location: value('location'),
      description: value('description').split('\n'),
    };
  });
}

/** What an app had to write before: each occurrence moved by hand to its planned day. */
function rebuilt(visits: readonly ScheduledVisit[]): Occurrence[] {
  return visits.map((v) => ({ ...(byKey.get(v.occurrenceKey) as Occurrence), due: v.date }));
}

const issuesOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof GuanaiError) return error.issues;
    throw error;
  }
  return [];
};

describe('toICalendar with scheduled visits', () => {
  const byCaregiver = new Map<CaregiverId, ScheduledVisit[]>();
  for (const v of schedule.visits)
    byCaregiver.set(v.caregiverId, [...(byCaregiver.get(v.caregiverId) ?? []), v]);

  it("gives each caregiver the events of their occurrences moved by hand, plus who and the route's stop", () => {
    expect(byCaregiver.size).toBeGreaterThan(3);
    let compared = 0;
    for (const [caregiverId, mine] of byCaregiver) {
      const scheduled = eventsOf(toICalendar({ visits: mine, occurrences }, options));
      const byHand = eventsOf(toICalendar(rebuilt(mine), options));
      expect(scheduled).toHaveLength(mine.length);
      scheduled.forEach((event, i) => {
        const hand = byHand[i];
        const visit = mine[i] as ScheduledVisit;
        const { description, ...rest } = event;
        expect(rest).toEqual({ ...hand, description: undefined, start: visit.date });
        const extra = [
          `帮扶人：${caregiverId}${visit.deputyFor ? `（代 ${visit.deputyFor}）` : ''}`,
          ...(visit.stop > 0 ? [`路线：第 ${visit.stop} 站`] : []),
        ];
        expect(description).toEqual([...(hand?.description ?? []), ...extra]);
        compared++;
      });
    }
    expect(compared).toBe(schedule.visits.length);
    expect(schedule.visits.some((v) => v.stop > 0)).toBe(true);
  });

  it('takes a VisitSchedule spread with its occurrences', () => {
    const whole = toICalendar({ ...schedule, occurrences }, options);
    expect(eventsOf(whole)).toHaveLength(schedule.visits.length);
  });

  it("names the caregiver and the holder a deputy stands in for, in the locale's words", () => {
    const occurrence = occurrences.find((o) => o.channel === 'inPerson') as Occurrence;
    const visit: ScheduledVisit = {
      occurrenceKey: occurrence.key,
      elderId: occurrence.subject as ScheduledVisit['elderId'],
      caregiverId: 'C-2' as CaregiverId,
      deputyFor: 'C-1' as CaregiverId,
      date: plainDate('2026-09-03'),
      onTime: true,
      stop: 2,
    };
    const staff = new Map([
      ['C-1', 'Li Lei'],
      ['C-2', 'Wang Fang'],
    ]);
    const [event] = eventsOf(
      toICalendar(
        { visits: [visit], occurrences: [occurrence] },
        { stamp, locale: 'en', caregiverName: (id) => staff.get(id) },
      ),
    );
    expect(event?.start).toBe('2026-09-03');
    expect(event?.description.slice(-2)).toEqual([
      'Caregiver: Wang Fang (standing in for Li Lei)',
      'Route: stop 2',
    ]);
  });

  it('refuses a visit with no occurrence, a bad day, a visit twice and a bad occurrence, with paths', () => {
    const [first, second] = schedule.visits as [ScheduledVisit, ScheduledVisit];
    const run = (visits: unknown, given: unknown = occurrences, more = {}) =>
      issuesOf(() =>
        toICalendar({ visits, occurrences: given } as never, { ...options, ...more }),
      ).map((i) => [i.code, i.path]);
    expect(
      run([
        { ...first, occurrenceKey: 'nowhere' },
        { ...second, date: '2026-09-31' },
      ]),
    ).toEqual([
      ['unknown_reference', ['visits', 0, 'occurrenceKey']],
      ['invalid_plain_date', ['visits', 1, 'date']],
    ]);
    expect(run([first, first])).toEqual([['duplicate_id', ['visits', 1]]]);
    expect(run('C-1')).toEqual([['invalid_argument', ['visits']]]);
    expect(run([null])).toEqual([['invalid_type', ['visits', 0]]]);
    expect(run([first], [{ ...byKey.get(first.occurrenceKey), kind: 'party' }])).toEqual([
      ['invalid_value', ['occurrences', 0, 'kind']],
    ]);
    expect(run([first], occurrences, { caregiverName: () => 7 })).toEqual([
      ['invalid_type', ['caregiverName', 0]],
    ]);
  });
});
