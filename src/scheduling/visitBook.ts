import { type HolidayCalendar, isWorkingDay } from '../calendar/index.js';
import { type Caregiver, type Elder, isoWeekdayOf, type PlainDate } from '../models/index.js';
import { ROLE_FACTS } from './roleFacts.js';
import type { Need } from './visitNeeds.js';
import type { PlanVisitsOptions, ScheduledVisit } from './visitSchedule.js';

/** The key of a caregiver-day. @internal */
export const dayKey = (caregiver: string, date: string) => `${caregiver}|${date}`;

/** A caregiver and a day a visit could be made on. @internal */
export interface Choice {
  readonly caregiver: Caregiver;
  readonly date: PlainDate;
}

/**
 * The visits booked so far and what they take of each caregiver-day: home visits (`load`),
 * calls and messages (`calls`: they take no trip and no visit slot, but a caregiver's evening
 * of calls still has an end), and the villages visited; with whether a caregiver works a day,
 * asked once per caregiver-day (many visits share both).
 * @internal
 */
export class VisitBook {
  readonly placed: ScheduledVisit[] = [];
  readonly load = new Map<string, number>();
  readonly calls = new Map<string, number>();
  readonly villages = new Map<string, Set<string>>();
  private readonly works = new Map<string, boolean>();

  constructor(
    private readonly planning: PlanVisitsOptions,
    private readonly calendar: HolidayCalendar,
    private readonly elders: ReadonlyMap<string, Elder>,
  ) {}

  /** Book a visit on its caregiver-day. */
  book(visit: ScheduledVisit, inPerson: boolean): void {
    this.placed.push(visit);
    const key = dayKey(visit.caregiverId, visit.date);
    if (!inPerson) {
      this.calls.set(key, (this.calls.get(key) ?? 0) + 1);
      return;
    }
    this.load.set(key, (this.load.get(key) ?? 0) + 1);
    const village = this.elders.get(visit.elderId)?.residence.villageCode;
    if (village) this.villages.set(key, (this.villages.get(key) ?? new Set()).add(village));
  }

  /** Whether `caregiver` works on `date`. */
  worksOn(caregiver: Caregiver, date: PlainDate): boolean {
    const key = dayKey(caregiver.id, date);
    let answer = this.works.get(key);
    if (answer === undefined) {
      answer = available(caregiver, date, this.planning, this.calendar);
      this.works.set(key, answer);
    }
    return answer;
  }

  /** The caregiver-days of a visit's window on which one of `caregivers` works. */
  options(need: Need, caregivers: readonly Caregiver[]): Choice[] {
    return caregivers.flatMap((caregiver) =>
      need.days.filter((d) => this.worksOn(caregiver, d)).map((date) => ({ caregiver, date })),
    );
  }
}

/** Whether `caregiver` can make a visit on `date`. */
function available(
  caregiver: Caregiver,
  date: PlainDate,
  options: PlanVisitsOptions,
  calendar: HolidayCalendar,
): boolean {
  const { availability } = caregiver;
  if (!availability.weekdays.includes(isoWeekdayOf(date))) return false;
  if (availability.leave.some((leave) => leave.from <= date && date <= leave.to)) return false;
  if (caregiver.validFrom && date < caregiver.validFrom) return false;
  if (caregiver.validTo && date > caregiver.validTo) return false;
  return worksOnRestDays(caregiver, options.onRestDays) || isWorkingDay(date, calendar);
}

/** Whether `caregiver` may visit on a weekend or a public holiday. */
function worksOnRestDays(caregiver: Caregiver, rule: PlanVisitsOptions['onRestDays']): boolean {
  if (typeof rule === 'boolean') return rule;
  if (rule) return rule(caregiver);
  return caregiver.roles.every((role) => ROLE_FACTS[role].ownTime);
}
